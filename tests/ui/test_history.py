"""`History`: back, forward, and where the user really was (no Qt needed)."""

from ictviewer.ui.history import History, Place

A1, A5, B2, C3 = Place("a", "1"), Place("a", "5"), Place("b", "2"), Place("c", "3")


def test_back_and_forward_walk_the_places_and_a_new_one_cuts_the_forward_ones():
    history = History()
    assert not history.can_go_back() and history.back() is None
    for place in (A1, B2, C3):
        history.record(place)
    assert history.back() == B2 and history.back() == A1
    assert history.back() is None and not history.can_go_back()
    assert history.forward() == B2 and history.can_go_forward()
    history.record(Place("d", "1"))
    assert not history.can_go_forward() and history.forward() is None
    assert history.back() == B2


def test_back_returns_to_where_the_user_had_read_to():
    history = History()
    history.record(A1)
    history.record(B2, here=A5)  # scrolled from a:1 to a:5, then sent to b:2
    assert history.back() == A5


def test_the_first_place_left_is_kept_and_a_repeated_place_is_recorded_once():
    history = History()
    history.record(B2, here=A5)  # reading a:5 (opened from the library), then a hit
    history.record(B2)
    assert history.back() == A5 and not history.can_go_back()


def test_the_oldest_places_fall_off():
    history = History(limit=3)
    for index in range(5):
        history.record(Place("a", str(index)))
    assert [history.back(), history.back(), history.back()] == [
        Place("a", "3"),
        Place("a", "2"),
        None,
    ]


def test_a_kept_copy_drops_the_places_of_a_removed_document_and_keeps_the_cursor():
    history = History()
    for place in (A1, B2, A5, C3):
        history.record(place)
    history.back()  # at a:5, c:3 ahead
    kept = history.kept(lambda place: place.doc_id != "b")
    assert kept.current == A5
    assert kept.forward() == C3 and kept.back() == A5 and kept.back() == A1
    assert kept.back() is None
    assert history.current == A5  # the original is untouched


def test_a_kept_copy_moves_the_cursor_back_when_its_place_went_and_merges_neighbours():
    history = History()
    for place in (A1, B2, A1, C3):
        history.record(place)
    history.back()
    history.back()  # at b:2
    kept = history.kept(lambda place: place.doc_id != "b")
    assert kept.current == A1 and not kept.can_go_back()  # a:1, a:1 are one place now
    assert kept.forward() == C3
    assert History().kept(lambda place: True).current is None
    gone = History()
    gone.record(B2)
    assert gone.kept(lambda place: False).current is None
