"""Make the README screenshots of the window, from the real corpus and index.

Scenes: library-reader, search-digital-forensics, dark-theme, note-verbale-parallel,
workspace (search, selection and timeline together), compare-tab, timeline-dock (dark,
search hits ringed), selection-dock (provisions ticked in the reader), compare-in-window,
compare-laptop (a comparison opened in a 1366x768 window with the default settings: it
enters focus mode),
precedents-tab (a pasted draft, one precedent beside its paragraph),
ru-window (the window in Russian at 1366x768).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
    # one scene, elsewhere, at another size and theme (QT_SCALE_FACTOR=2 for 200%):
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py \
        --only compare-laptop --size 1920x1080 --scheme dark --out /tmp/shots

Settings and the index go to a temporary folder: the user's own are never touched.
Each scene is grabbed from the window itself (QWidget.grab), so the result is
the same under Xvfb and offscreen; `--root` grabs the whole X screen with
ImageMagick's `import` instead.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from ictviewer.corpus import load_corpus
from ictviewer.ui import theme
from ictviewer.ui.app import create_application
from ictviewer.ui.main_window import MainWindow
from ictviewer.ui.settings import Settings

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1400, 900)
LAPTOP = (1366, 768)


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class Studio:
    def __init__(self, root: bool, out: Path = OUT) -> None:
        self.app = create_application()
        self.root = root
        self.out = out
        self.scratch = Path(tempfile.mkdtemp(prefix="ictviewer-shots-"))
        self.corpus = load_corpus()

    def window(self, scheme: str) -> MainWindow:
        self.count = getattr(self, "count", 0) + 1
        settings = Settings(self.scratch / f"scene-{self.count}.ini")  # a first start each time
        settings.set("preferences/theme", scheme)
        theme.apply(self.app, scheme)
        window = MainWindow(
            self.corpus,
            settings,
            index_dir=self.scratch / "index",
            selection_path=self.scratch / f"selection-{self.count}.json",
        )
        window.restore_state()
        window.apply_theme()
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        window.start_index()
        if window.index_service.index is None:
            wait_for(window.index_ready)
        return window

    def search(self, window: MainWindow, query: str, hit: int | None = 0) -> None:
        window.focus_search()
        window.search.box.setText(query)
        window.search.search_now()
        wait_for(window.index_service.results)
        if hit is not None:
            window.search.go_to_hit(hit)
        settle()

    def save(self, window: MainWindow, name: str) -> Path:
        settle()
        path = self.out / f"{name}.png"
        if self.root:
            subprocess.run(["import", "-window", "root", str(path)], check=True)
        else:
            window.grab().save(str(path))
        print(path)
        return path

    def close(self, window: MainWindow) -> None:
        window.shutdown()
        window.deleteLater()
        settle(50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", action="store_true", help="grab the X screen with `import`")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    parser.add_argument("--only", default="", help="make only this scene (compare-laptop)")
    parser.add_argument("--size", default="", help="WxH of the compare-laptop window")
    parser.add_argument("--scheme", default="light", help="light or dark (compare-laptop)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    studio = Studio(args.root, args.out)
    size = tuple(int(n) for n in args.size.split("x")) if args.size else LAPTOP
    if args.only == "compare-laptop":
        suffix = "" if not args.size and args.scheme == "light" else f"-{args.size}-{args.scheme}"
        compare_laptop(studio, args.scheme, size, f"compare-laptop{suffix}")
        return 0
    if args.only == "ru-window":
        russian_window(studio, size if args.size else LAPTOP, "ru-window")
        return 0
    if args.only:
        parser.error(f"no scene {args.only!r} to make alone")

    window = studio.window("light")
    window.open_document("cica-statement-2022")
    window.reader().go_to("pre1")
    window.library.select("cica-statement-2022")
    studio.save(window, "library-reader")
    studio.close(window)

    window = studio.window("light")
    studio.search(window, "digital forensics")
    studio.save(window, "search-digital-forensics")
    studio.close(window)

    window = studio.window("dark")
    studio.search(window, "confidence building", hit=2)
    studio.save(window, "dark-theme")
    studio.close(window)

    window = studio.window("light")
    window.commands.show_library.setChecked(False)
    window.commands.show_contents.setChecked(False)
    studio.search(window, "Хатшылық", hit=None)
    reader = window.open_document("cica-note-2024")
    reader.set_layout("side-by-side")
    window.search.go_to_hit(0)
    reader.go_to("p1")
    studio.save(window, "note-verbale-parallel")
    studio.close(window)

    window = studio.window("light")
    window.resize(1600, 1000)
    window.commands.show_library.setChecked(False)
    studio.search(window, "digital forensics")
    for ref in (
        ("cica-concept-2022", "s4-3"),
        ("cica-concept-2024-draft", "s1-p5"),
        ("cica-statement-2022", "p5"),
    ):
        window.selection.controller.toggle(*ref)
    window.selection.present()
    window.timeline.present()
    settle()
    window.timeline.view.centre_on_document("cica-concept-2024-draft")
    window.search.go_to_hit(0)
    studio.save(window, "workspace")
    studio.close(window)

    # The comparison in a tab of the window, beside the document it was opened from.
    window = studio.window("light")
    window.commands.show_library.setChecked(False)
    window.commands.show_search.setChecked(False)  # Alt+1: the whole width for the pair
    window.open_document("cica-statement-2022")
    view = window.tabs.open_comparison("cica-statement-2022", "asean-russia-2018")
    wait_for(view.comparison_ready)
    view.jump_to_concept(view.comparison.shared_concepts[0].concept.id)
    studio.save(window, "compare-tab")
    studio.close(window)

    # The timeline dock in the dark theme, with the hits of a search ringed.
    window = studio.window("dark")
    window.commands.show_library.setChecked(False)
    studio.search(window, "workshop", hit=1)
    window.timeline.present()
    settle()
    window.timeline.show_current_document()
    studio.save(window, "timeline-dock")
    studio.close(window)

    # Provisions ticked in the reader's margin, listed in the selection dock.
    window = studio.window("light")
    window.commands.show_search.setChecked(False)
    reader = window.open_document("cica-statement-2022")
    selection = window.selection
    for pid in ("p3", "p5", "p6"):
        selection.controller.toggle("cica-statement-2022", pid)
    selection.controller.toggle("asean-russia-2018", "p10")
    selection.controller.toggle("csto-statement-2022", "p4")
    selection.present()
    settle()
    reader.go_to("p3")
    studio.save(window, "selection-dock")
    studio.close(window)

    window = studio.window("light")
    window.commands.show_library.setChecked(False)
    window.commands.show_search.setChecked(False)
    view = window.tabs.open_comparison("cica-concept-2022", "cica-concept-2024-draft")
    view.set_changes_mode(True)
    wait_for(view.comparison_ready)
    studio.save(window, "compare-in-window")
    studio.close(window)

    compare_laptop(studio, "light", LAPTOP, "compare-laptop")
    # A pasted draft in the Precedents tab at a laptop's size: the 2022 wording beside the
    # 2024 draft's ("the whole range" / "a wide range"), the runs tinted alike on both sides.
    window = studio.window("light")
    window.resize(1366, 768)
    window.commands.show_library.setChecked(False)
    window.commands.show_search.setChecked(False)
    view = window.tabs.open_precedents()
    agreed = studio.corpus.get("cica-concept-2022").provision("s2-chapeau").text
    view.set_draft(agreed + "\n\nMember States will promote an open, secure, stable, "
                   "accessible and peaceful ICT environment.")  # fmt: skip
    if not view.results():
        wait_for(view.results_shown)
    for number, precedent in enumerate(view.results()[0].precedents):
        if (precedent.doc_id, precedent.provision_id) == ("cica-concept-2024-draft", "s2-chapeau"):
            view.tree.setCurrentIndex(view.model.index_of(0, number))
            break
    studio.save(window, "precedents-tab")
    studio.close(window)
    russian_window(studio, LAPTOP, "ru-window")
    return 0


def compare_laptop(studio: Studio, scheme: str, size: tuple[int, int], name: str) -> None:
    """A comparison as a delegate opens it on a 1366x768 laptop, defaults untouched: the
    window enters focus mode; shown at the paragraphs on the digital divide."""
    window = studio.window(scheme)
    window.resize(*size)
    settle()
    view = window.tabs.open_comparison("cica-statement-2022", "asean-russia-2018")
    wait_for(view.comparison_ready)
    settle()
    view.left.go_to("p3")  # scrolling in step brings the aligned paragraphs on the right
    studio.save(window, name)
    studio.close(window)


def russian_window(studio: Studio, size: tuple[int, int], name: str) -> None:
    """The window in Russian on a laptop: a search in Russian, the note verbale's hit open."""
    from ictviewer.ui import i18n

    i18n.install(studio.app, "ru")
    try:
        window = studio.window("light")
        window.resize(*size)
        studio.search(window, "меры доверия")
        studio.save(window, name)
        studio.close(window)
    finally:
        i18n.install(studio.app, "en")


if __name__ == "__main__":
    sys.exit(main())
