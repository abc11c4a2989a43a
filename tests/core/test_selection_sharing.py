"""Two windows, one selection file: changes are merged on save, never overwritten."""

import subprocess
import sys
import textwrap

import pytest

from ictviewer.selection import Selection, save_merged
from ictviewer.selection.sharing import lock_path, locked


def test_two_windows_keep_each_others_picks(tmp_path):
    path = tmp_path / "selection.json"
    Selection([("d", "p1"), ("d", "p2")]).save(path)
    first, second = Selection.load(path), Selection.load(path)
    heard = []
    first.subscribe(lambda: heard.append(first.items))

    first.add("d", "p3")
    save_merged(first, path)
    second.add("e", "p1")
    second.remove("d", "p1")
    assert save_merged(second, path), "the other window's addition came in"
    assert set(second.items) == {("d", "p2"), ("d", "p3"), ("e", "p1")}

    assert save_merged(first, path)
    assert set(first.items) == {("d", "p2"), ("d", "p3"), ("e", "p1")}
    assert heard[-1] == first.items, "listeners hear the merged-in changes"
    assert set(Selection.load(path).items) == set(first.items)
    assert not save_merged(first, path), "nothing new: no change reported"


def test_a_removal_here_wins_over_the_file_and_a_missing_file_is_written(tmp_path):
    path = tmp_path / "selection.json"
    window = Selection([("d", "p1")])
    save_merged(window, path)  # no file yet
    assert Selection.load(path).items == [("d", "p1")]
    window.remove("d", "p1")
    save_merged(window, path)
    assert Selection.load(path).items == []


def test_an_unreadable_file_is_moved_aside_not_merged_or_lost(tmp_path):
    path = tmp_path / "selection.json"
    path.write_text("{broken")
    save_merged(Selection([("d", "p1")]), path)
    assert Selection.load(path).items == [("d", "p1")]
    kept = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_text() == "{broken"


def test_the_lock_refuses_a_second_holder_with_a_message(tmp_path):
    path = tmp_path / "selection.json"
    script = textwrap.dedent(
        f"""
        import sys, time
        from ictviewer.selection.sharing import locked
        with locked({str(path)!r}):
            print("held", flush=True)
            time.sleep(3)
        """
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as h:
        assert h.stdout.readline().strip() == "held"
        with pytest.raises(TimeoutError, match="another ictviewer window"), locked(path, 0.2):
            pass
    with locked(path, timeout=1):  # released when the holder ended
        pass
    assert lock_path(path).name == ".selection.json.lock"


WRITER = textwrap.dedent(
    """
    import sys
    from ictviewer.selection import Selection, save_merged
    path, name = sys.argv[1], sys.argv[2]
    window = Selection.load(path)
    for number in range(60):
        window.add(name, f"p{number}")
        save_merged(window, path)
    """
)


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    path = tmp_path / "selection.json"
    Selection([("start", "p0")]).save(path)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name]) for name in ("a", "b")
    ]
    assert [writer.wait(60) for writer in writers] == [0, 0]
    items = set(Selection.load(path).items)
    expected = {("start", "p0")} | {(n, f"p{i}") for n in ("a", "b") for i in range(60)}
    assert items == expected
