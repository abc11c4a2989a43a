"""Acronyms of the field and their spelled-out forms, searched together.

The documents name the same body both ways: the CICA statement writes "Open-ended
Working Group (OEWG)", the CSTO statement only "Open-ended Working Group". A
diplomat typing "OEWG" expects both, so an acronym in a query also searches its
expansion as a phrase (and a phrase that spells one out also searches the
acronym). The list is short and curated: only names used in this field, where
the expansion is unambiguous. `parsed` shows the expansion, so it is never a
hidden rewrite.
"""

from __future__ import annotations

# Each expansion is searched as a phrase, so inflections come for free
# ("technologies" also finds "technology") and hyphens do not matter.
ACRONYMS: dict[str, tuple[str, ...]] = {
    "oewg": ("open-ended working group",),
    "gge": ("group of governmental experts",),
    "un": ("united nations",),
    "unga": ("united nations general assembly",),
    "ict": ("information and communication technologies",),
    "icts": ("information and communication technologies",),
    "cbm": ("confidence-building measure",),
    "cbms": ("confidence-building measures",),
    "cica": ("conference on interaction and confidence building measures in asia",),
    "csto": ("collective security treaty organization",),
    "asean": ("association of southeast asian nations",),
    "arf": ("asean regional forum",),
    "sco": ("shanghai cooperation organisation",),
    "cis": ("commonwealth of independent states",),
    "soc": ("senior officials committee",),
    "икт": ("информационно-коммуникационных технологий",),
    "оон": ("организации объединенных наций",),
    "свмда": ("совещание по взаимодействию и мерам доверия в азии",),
}
