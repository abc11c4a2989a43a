"""The concept lexicon measured on a table of phrases: what each phrase must (and must not) mean.

Each row is a phrase as the documents write it (English, Russian in the case
forms the texts use, Kazakh from the note verbale) and the exact set of
concept ids it must be marked with. An exact set, not a subset: a phrase that
also lights up a concept it does not express is as wrong as one that misses
its concept. The audit of #13 found both kinds; its false positives are the
rows whose set deliberately leaves a concept out (marked "not ..."), and the
`NEVER` table names them explicitly so a later lexicon edit cannot bring them
back unnoticed.

`precision()` is what the report of #13 quotes, before and after the lexicon
review: matched concepts that are right / all matched concepts, and rows
whose set is exactly right / all rows.
"""

from __future__ import annotations

import pytest

from ictviewer.compare import bundled_lexicon

LEXICON = bundled_lexicon()

PHRASES: list[tuple[str, str, set[str]]] = [
    # --- English, quoted from the six documents -------------------------------------------
    ("security of and in the use of ICTs", "en", {"ict-security"}),
    ("international information security", "en", {"info-security"}),
    ("ASEAN Cybersecurity Cooperation Strategy", "en", {"cybersecurity"}),
    ("confidence-building measure", "en", {"cbm"}),
    ("increasing confidence", "en", {"cbm"}),
    ("promoting trust and confidence", "en", {"cbm"}),  # the pair is one concept
    ("UN must play the central role", "en", {"un-central-role"}),
    ("UN should play a leading role", "en", {"un-central-role"}),
    ("under the auspices of the UN", "en", {"un-auspices"}),  # not un-central-role
    ("under the auspices of the organisation", "en", set()),  # not un-central-role, nor the UN
    ("Charter of the United Nations", "en", {"un-charter-law"}),
    ("universally recognized principles of international law", "en", {"un-charter-law"}),
    ("UN Open-ended Working Group", "en", {"oewg"}),
    ("Ad Hoc Committee to Elaborate a Comprehensive International Convention", "en",
     {"ad-hoc-committee"}),
    ("countering the use of ICTs for criminal purposes", "en", {"criminal-use"}),
    ("Cybercrime", "en", {"criminal-use"}),
    ("use of ICTs for terrorist purposes", "en", {"terrorist-use"}),
    ("capacity building", "en", {"capacity-building"}),
    ("bridging the 'digital divide'", "en", {"digital-divide"}),
    ("Internet governance issues", "en", {"internet-governance"}),
    ("the Tunis Agenda of the 2005 World Summit on the Information Society", "en",
     {"wsis"}),  # not internet-governance
    ("division of the Internet", "en", {"internet-fragmentation"}),
    ("enhancing the resilience of Internet connectivity", "en", {"connectivity-resilience"}),
    ("role of the International Telecommunication Union", "en", {"itu"}),
    ("critical infrastructure and other important facilities", "en",
     {"critical-infrastructure"}),
    ("protection of personal data", "en", {"data-protection"}),
    ("the increasing risks in the sphere of data security", "en",
     {"data-security"}),  # not data-protection
    ("sovereign equality of States", "en", {"sovereignty"}),
    ("non-interference in the internal affairs of other States", "en", {"non-interference"}),
    ("open, secure, stable, accessible and peaceful ICT environment", "en",
     {"peaceful-environment"}),
    ("voluntary, non-binding norms of responsible State behaviour", "en", {"norms"}),
    ("universal legally binding agreements", "en", {"legally-binding"}),
    ("respect for human rights and fundamental freedoms", "en", {"human-rights"}),
    ("existing regional mechanisms", "en", {"dialogue-mechanisms"}),
    ("exchanging experience and best practices", "en", {"best-practices"}),
    ("online workshops", "en", {"workshops"}),
    ("digital forensics", "en", {"digital-forensics"}),
    ("global information space", "en", {"information-space"}),
    ("reduce the risk of misperception", "en", {"risk-reduction"}),
    ("preventing interstate conflicts", "en", {"conflict-prevention"}),
    ("COVID-19 pandemic", "en", {"covid-19"}),
    ("equal emphasis on development and security", "en", {"development-security"}),
    ("raising awareness", "en", {"awareness"}),
    ("increase transparency", "en", {"transparency-trust"}),
    ("hostile actions and acts of aggression", "en", {"hostile-actions"}),
    ("the use of ICT for propaganda", "en", {"propaganda-hatred"}),  # not hostile-actions
    ("stirring up hate towards ethnic and religious groups", "en",
     {"propaganda-hatred"}),  # not hostile-actions
    ("malicious and unlawful use of ICTs", "en", {"malicious-use"}),
    ("international peace, security and strategic stability", "en", {"international-peace"}),
    ("United Nations Group of Governmental Experts", "en", {"un-gge"}),
    ("resolutions adopted by the United Nations General Assembly", "en", {"unga"}),
    ("all other interested parties, including business, NGOs and academia", "en",
     {"stakeholders"}),
    ("States bear primary responsibility", "en", {"state-responsibility"}),
    ("regional organisations and associations", "en", {"regional-organisations"}),
    ("cross-border nature of ICTs", "en", {"cross-border"}),
    # concepts the lexicon lacked although the documents share them
    ("the unprecedented progress in the development and use of ICTs", "en", {"ict-progress"}),
    ("significant progress in the development of information and communication technology",
     "en", {"ict-progress"}),
    ("its increasing influence on people's daily lives", "en", {"ict-progress"}),
    ("further strengthening of cooperation among the CICA Member States", "en",
     {"cooperation"}),
    ("strengthening cooperation between states", "en", {"cooperation"}),
    ("strengthening practical cooperation", "en", {"cooperation"}),
    ("the need to further strengthen international cooperation", "en", {"cooperation"}),
    ("growing threats related to the use of ICT", "en", {"ict-threats"}),
    ("timely and effective responses to threats and challenges", "en", {"ict-threats"}),
    ("to address the threats stemming from the use of ICTs", "en", {"ict-threats"}),
    ("ready to consider initiatives of CICA Member States", "en", {"initiatives"}),
    ("ASEAN will consider the initiative of the Russian Federation", "en", {"initiatives"}),
    # --- Russian, in the case forms the texts use ---------------------------------------
    ("на основе Устава ООН", "ru", {"un-charter-law"}),
    ("в соответствии с Уставом Организации Объединённых Наций", "ru", {"un-charter-law"}),
    ("Устав ООН", "ru", {"un-charter-law"}),
    ("преодоления цифрового разрыва", "ru", {"digital-divide"}),
    ("цифровой разрыв", "ru", {"digital-divide"}),
    ("резолюций Генеральной Ассамблеи ООН", "ru", {"unga"}),
    ("на сессии Генеральной Ассамблеи", "ru", {"unga"}),
    ("Генеральная Ассамблея", "ru", {"unga"}),
    ("меры доверия", "ru", {"cbm"}),
    ("реализации меры доверия СВМДА", "ru", {"cbm"}),
    ("укреплению доверия и уверенности", "ru", {"cbm"}),
    ("Безопасность в сфере использования ИКТ и самих ИКТ", "ru", {"ict-security"}),
    ("международной информационной безопасности", "ru", {"info-security"}),
    ("общепризнанных принципов международного права", "ru", {"un-charter-law"}),
    ("Рабочей группы открытого состава", "ru", {"oewg"}),
    ("в преступных целях", "ru", {"criminal-use"}),
    ("киберпреступности", "ru", {"criminal-use"}),
    ("под эгидой ООН", "ru", {"un-auspices"}),  # not un-central-role
    ("центральную роль ООН", "ru", {"un-central-role"}),
    ("защиты персональных данных", "ru", {"data-protection"}),
    ("безопасности данных", "ru", {"data-security"}),  # not data-protection
    ("Тунисской программы", "ru", {"wsis"}),  # not internet-governance
    ("пропаганды и разжигания ненависти", "ru", {"propaganda-hatred"}),  # not hostile-actions
    ("актов агрессии", "ru", {"hostile-actions"}),
    ("укрепления сотрудничества между государствами", "ru", {"cooperation"}),
    ("угроз в сфере использования ИКТ", "ru", {"ict-threats"}),
    ("беспрецедентный прогресс в развитии ИКТ", "ru", {"ict-progress"}),
    ("рассмотреть инициативы государств-членов", "ru", {"initiatives"}),
    ("наращиванию потенциала", "ru", {"capacity-building"}),
    ("невмешательства во внутренние дела", "ru", {"non-interference"}),
    # --- Kazakh, from the note verbale --------------------------------------------------
    ("АКТ пайдалану қауіпсіздігі", "kk", {"ict-security"}),
    ("Азия Кеңесінің аталған сенім шарасын", "kk", {"cbm"}),
    ("Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің", "kk", set()),  # CICA's name
    # --- what must not match ------------------------------------------------------------
    ("Conference on Interaction and Confidence Building Measures in Asia", "en", set()),
    ("Совещания по взаимодействию и мерам доверия в Азии", "ru", set()),
    ("the internal procedures of the Secretariat", "en", set()),
    ("with the reference to its Note Verbal No. NCT/ICT/267", "en", set()),
]  # fmt: skip

#: The audit's false positives: (phrase, lang, a concept it must never be marked with).
NEVER: list[tuple[str, str, str]] = [
    ("under the auspices of the UN", "en", "un-central-role"),
    ("under the auspices of the organisation", "en", "un-central-role"),
    ("под эгидой ООН", "ru", "un-central-role"),
    ("data security", "en", "data-protection"),
    ("безопасность данных", "ru", "data-protection"),
    ("Tunis Agenda", "en", "internet-governance"),
    ("World Summit on the Information Society", "en", "internet-governance"),
    ("WSIS", "en", "internet-governance"),
    ("propaganda", "en", "hostile-actions"),
    ("stirring up hate", "en", "hostile-actions"),
    ("incitement to hatred", "en", "hostile-actions"),
    ("пропаганда", "ru", "hostile-actions"),
    ("trust and confidence", "en", "transparency-trust"),
]

#: Where the audit's phrases belong instead: each has a concept of its own now (#13).
OWN: list[tuple[str, str, str]] = [
    ("under the auspices of the United Nations", "en", "un-auspices"),
    ("под эгидой Организации Объединенных Наций", "ru", "un-auspices"),
    ("security of data", "en", "data-security"),
    ("безопасность данных", "ru", "data-security"),
    ("Tunis Agenda", "en", "wsis"),
    ("World Summit on the Information Society", "en", "wsis"),
    ("WSIS", "en", "wsis"),
    ("Всемирной встрече на высшем уровне по вопросам информационного общества", "ru", "wsis"),
    ("propaganda", "en", "propaganda-hatred"),
    ("incitement to hatred", "en", "propaganda-hatred"),
    ("пропаганда", "ru", "propaganda-hatred"),
    ("разжиганию ненависти", "ru", "propaganda-hatred"),
]


def found(text: str, lang: str) -> set[str]:
    return {span.concept_id for span in LEXICON.match(text, lang)}


def precision(rows=PHRASES) -> dict[str, float]:
    """Concept-level precision and recall, and the share of rows exactly right."""
    right = wrong = missed = exact = 0
    for text, lang, expected in rows:
        got = found(text, lang)
        right += len(got & expected)
        wrong += len(got - expected)
        missed += len(expected - got)
        exact += got == expected
    return {
        "precision": right / max(1, right + wrong),
        "recall": right / max(1, right + missed),
        "exact": exact / len(rows),
        "rows": len(rows),
    }


def test_the_table_is_large_and_covers_three_languages():
    assert len(PHRASES) >= 68
    assert {lang for _, lang, _ in PHRASES} == {"en", "ru", "kk"}
    assert sum(lang == "ru" for _, lang, _ in PHRASES) >= 25
    known = {concept.id for concept in LEXICON}
    assert set().union(*(expected for *_, expected in PHRASES)) <= known


@pytest.mark.parametrize(("text", "lang", "expected"), PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_phrase_means_exactly_its_concepts(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "concept"), NEVER, ids=[n[0] for n in NEVER])
def test_audited_false_positives_stay_away(text, lang, concept):
    assert concept not in found(text, lang)


@pytest.mark.parametrize(("text", "lang", "concept"), OWN, ids=[n[0] for n in OWN])
def test_audited_phrases_have_their_own_concept(text, lang, concept):
    assert found(text, lang) == {concept}


def test_precision_on_the_table():
    measured = precision()
    assert measured["precision"] == 1.0 and measured["recall"] == 1.0, measured
