"""`loose_fold`: case- and diacritics-insensitive, and never moves an offset."""

from ictviewer.text import loose_fold


def test_case_and_diacritics_are_ignored():
    assert loose_fold("Coopération") == "cooperation"
    assert loose_fold("ЁЛКА") == "елка"
    assert loose_fold("“ICT’s”") == '"ict\'s"'


def test_the_length_is_kept_so_offsets_stay_true():
    for text in ("İstanbul ﬁnal", "Straße", "Ǆ a\u0301", "a\u2014b\u00a0c"):
        assert len(loose_fold(text)) == len(text)
    text = "see İCTs here"
    assert loose_fold(text).index("icts") == text.index("İCTs")
