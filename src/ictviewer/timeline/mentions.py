"""What a dated mention is about: its kind and a short label, from its sentence.

Rules, not a table of documents: a date in "(Astana, 22 August 2023)" after "the SOC
regular meeting" is a meeting, named after it and after what the sentence says it
did ("SOC regular meeting extends Russian-Chinese coordinatorship"); a date after
"before" is a deadline; "Note Verbal No. NCT/ICT/267 dated 4 March 2024" is a note;
a year in a list of instruments ("X in 2016, Y in 2017") labels its own item.
English rules make the labels; Russian and Kazakh words are known for the kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictviewer.timeline.dates import DateMention, find_dates

LABEL_LIMIT = 80

_UN_BODY = re.compile(
    r"\bUN\b|United Nations|\bOEWG\b|Open-ended Working Group|Ad Hoc (?:Intergovernmental )?"
    r"Committee|General Assembly|Group of Governmental Experts|World Summit on the Information "
    r"Society|\bООН\b|\bБҰҰ\b",
)
_WORKSHOP = re.compile(r"workshop|seminar|webinar|семинар|вебинар|практикум", re.I)
_MEETING = re.compile(
    r"\b(?:meeting|summit|session|conference|gathered)|заседани|саммит|встреч|отырыс", re.I
)
_ADOPTION = re.compile(
    r"\b(?:adopt|approv|sign|endors)\w*|принят|утвержд|одобр|подписа|қабылда|бекіт", re.I
)
_NOTE = re.compile(r"\bnotes?\b|note verbale|нот[аеуы]\b|нотас", re.I)
_REF_NO = re.compile(r"(?:\bNo\.?|№)\s*(?P<no>[A-ZА-Я]{2,}[\w/.-]*\d)")
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:before|by|until|till|no later than|not later than|deadline(?: of| is)?|"
    r"due(?: by| on)?)|\b(?:в срок до|не позднее|до))\s*(?:the\s+)?$",
    re.I,
)
_DEADLINE_AFTER = re.compile(r"^\s*(?:дейін|кешіктірмей)")
_COMMENTS = re.compile(r"comment|suggestion|proposal|коммент|замечан|предложен|түсініктеме|ұсыныс")
_DURING = re.compile(r"\b(?:during|in)(?: the period)?\s*$|\bв период\s*$", re.I)
_MANDATE_END = re.compile(r"extend|prolong|mandate|coordinator|term\b|продл|мандат|ұзарт", re.I)
_SENTENCE_END = re.compile(
    r"(?<!\bNo)(?<!\bp)(?<!\bpara)(?<!\bArt)(?<!\b[A-Z])[.;!?]\s+(?=[\"“«(A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
)
_MEETING_NAME = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w’'-]*|regular|extraordinary|annual|informal|special)\s+)*"
    r"(?P<word>[Mm]eeting|[Ss]ummit|[Ss]ession|[Cc]onference)"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w’'-]*\s*)+)?)\s*(?:\((?P<abbr>[A-Z]{2,}[a-z]?)[;,)])?"
)
_PASSIVE_AFTER = re.compile(
    r"^[)\s,]*(?P<subj>[^,;.()]{1,60}?)\s+(?:was|were)\s+(?P<verb>[a-z]+ed)\b"
    r"(?:\s+as\s+(?:the\s+)?(?P<role>[\w-]+))?"
)
_VERBS = {
    "approved": "approves", "extended": "extends", "adopted": "adopts", "elected": "elects",
    "appointed": "appoints", "endorsed": "endorses", "established": "establishes",
    "launched": "launches", "decided": "decides", "agreed": "agrees", "renewed": "renews",
    "confirmed": "confirms", "designated": "designates", "admitted": "admits",
}  # fmt: skip
_QUOTED = re.compile(r"“[^”]+”|\"[^\"]+\"|«[^»]+»")
_TOKEN = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|\([A-Z]{2,}[a-z]?\)|[\w’'-]+")
_GLUE = {"of", "and", "the", "on", "in", "for", "to", "at", "by", "between", "with"}
_TRAILING = re.compile(
    r"(?:[\s,.(;:–—-]+|\b(?:in|of|for|on|from|since|during|the period|dated|adopted|approved|"
    r"established|held|до|от|в|на период|с))$",
    re.I,
)
_LEADING = re.compile(
    r"^(?:[\s,;]+|(?:and|or|as well as|which|that)\s+|[A-Z][a-z]+ing\s+(?=the\b|[A-Z])|"
    r"(?i:(?:the\s+)?adoption\s+of\s+|the\s+|an?\s+))",
)
_LEAD_PREP = re.compile(r"\b(?:under|with|within|by|at|from|about)\s+the\s+")


@dataclass(frozen=True)
class Reading:
    """What a date mention is about: its kind, a short label, the place and the sentence.

    `organisation` is "UN" when the label names a UN body (OEWG, Ad Hoc Committee,
    WSIS), so those events get their own lane; otherwise it is empty.
    """

    kind: str
    label: str
    place: str = ""
    sentence: str = ""
    organisation: str = ""


def is_un_body(label: str) -> bool:
    return bool(_UN_BODY.search(label))


def _sentence(text: str, mention: DateMention) -> tuple[int, int]:
    start, stop = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= mention.start:
            start = m.end()
        elif m.start() >= mention.stop:
            stop = m.start() + 1
            break
    return start, stop


def _flat(text: str) -> str:
    return " ".join(text.split())


def describe(text: str, mention: DateMention) -> Reading:
    """Read the sentence around a date found in `text` (by `dates.find_dates`)."""
    start, stop = _sentence(text, mention)
    pre, post = _flat(text[start : mention.start]), _flat(text[mention.stop : stop])
    earlier = find_dates(text[start : mention.start])
    # In a list ("X in 2016, Y in 2017") an item starts after the previous date.
    item = _flat(text[start + earlier[-1].stop : mention.start]) if earlier else pre
    place = re.search(r"\((?:[^();]*;\s*)?(?P<place>[^(),;]+),\s*$", pre)
    kind = _kind(mention, _flat(text[start:stop]), pre, post)
    label = _tidy(_label(kind, mention, text, pre, item, text[mention.stop : stop], bool(earlier)))
    if not re.search(r"\w", label):  # never drop a date for want of a label
        label = _tidy(text[start:stop])
    return Reading(
        kind,
        label,
        place["place"].strip() if place else "",
        _flat(text[start:stop]),
        "UN" if is_un_body(label) else "",
    )


def _kind(mention: DateMention, sentence: str, pre: str, post: str) -> str:
    if mention.qualifier == "end":
        return "mandate" if _MANDATE_END.search(pre) else "deadline"
    if _DEADLINE_BEFORE.search(pre[-30:]) or _DEADLINE_AFTER.match(post):
        return "deadline"
    if mention.precision == "range" and mention.unit == "year":
        return "reference" if _DURING.search(pre[-25:]) else "mandate"
    if _NOTE.search(sentence) and _REF_NO.search(pre[-80:] + " " + post[:80]):
        return "note"
    if mention.unit == "year":
        return "workshop" if _WORKSHOP.search(pre) else "reference"
    # The nearest kind word before the date ("the SOC regular meeting (Astana, DATE)"),
    # else the first one after it.
    before = [(hits[-1].end(), k) for k, p in _KIND_WORDS if (hits := list(p.finditer(pre)))]
    if before:
        return max(before)[1]
    after = [(hit.start(), k) for k, p in _KIND_WORDS if (hit := p.search(post))]
    return min(after)[1] if after else "reference"


_KIND_WORDS = (("workshop", _WORKSHOP), ("meeting", _MEETING), ("adoption", _ADOPTION))


def _label(kind, mention, text, pre, item, raw_post, in_list) -> str:
    post = _flat(raw_post)
    if kind == "note":
        near = pre[-80:] + " " + post[:80]
        number = min(_REF_NO.finditer(near), key=lambda m: abs(m.start() - min(80, len(pre))))
        verbale = re.search(r"verbal|вербал", near, re.I)
        return f"Note Verbale {number['no']}" if verbale else f"Note {number['no']}"
    if kind == "deadline" and _COMMENTS.search(pre + post):
        draft = re.search(r"draft|проект|жоба", text, re.I)
        return "Comments due on the draft" if draft else "Comments due"
    if kind == "workshop":
        quoted = _QUOTED.findall(item)[-1:] or _QUOTED.findall(post[:120])[:1]
        if quoted:
            online = re.search(r"online|онлайн", pre, re.I)
            return f"{'Online workshop' if online else 'Workshop'} {quoted[0]}"
    if kind == "meeting" and (label := _meeting_label(pre, post)):
        return label
    if kind == "adoption":
        subject = re.search(
            r"(?P<s>[^.;]+?)\s+(?:was|were)\s+(?P<v>adopted|approved|signed)\W*(?:\([^()]*)?$", pre
        )
        if subject:
            return f"{_shorten(_strip(subject['s']), LABEL_LIMIT - 10)} {subject['v']}"
    if mention.qualifier == "end":
        passive = re.search(r"(?P<s>[^,;.()]+?)\s+(?:was|were)\s+(?P<v>\w+ed)\s+until$", pre)
        if passive:
            return (
                f"{_strip(passive['s'])} {passive['v']} until {mention.text.removeprefix('the ')}"
            )
    if kind == "mandate" and (term := _term_label(pre)):
        return term
    if mention.unit == "year" and re.match(r"\s+[A-Z]", raw_post):  # "the 2005 World Summit"
        return _name_runs_text(post)
    return _phrase_before(item, in_list or _starts_with_participle(pre)) or _strip(post)


def _term_label(pre: str) -> str:
    """ "X was approved as the coordinator, and Y as the co-coordinator of M for 2022-2023"."""
    roles = re.findall(r"\bas (?:the )?([\w-]+)", pre)
    what = re.search(r"\bas (?:the )?[\w-]+ of (?:the )?(?P<w>[^,;()]+?)(?:\s+for)?$", pre)
    if not (roles and what):
        return ""
    return f"Term of the {' and '.join(dict.fromkeys(roles))} of the {what['w']}"


def _meeting_label(pre: str, post: str) -> str:
    meetings = list(_MEETING_NAME.finditer(pre))
    if not meetings:
        return ""
    m = meetings[-1]
    name = f"{m['abbr']} {m['word'].lower()}" if m["abbr"] else m["name"].strip()
    adopted = re.search(r"(?P<o>.+?),?\s+adopted\s+at\s+(?:the\s+)?$", pre[: m.start()])
    if adopted:
        return f"{name} adopts {_phrase_before(adopted['o'], False)}"
    passive = _PASSIVE_AFTER.match(post)
    if passive:
        subject = re.sub(r"^the\s+", "", passive["subj"].strip(), flags=re.I)
        role = f" as {passive['role']}" if passive["role"] else ""
        verb = _VERBS.get(passive["verb"])
        if verb:
            return f"{name} {verb} {subject}{role}"
        return f"{name}: {subject} {passive['verb']}{role}"
    return name


def _starts_with_participle(pre: str) -> bool:
    return bool(re.match(r"[A-Z][a-z]+ing\b", pre))


def _strip(phrase: str) -> str:
    """Drop the words that only join a phrase to its sentence."""
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _TRAILING.sub("", phrase).strip()
        phrase = _LEADING.sub("", phrase).strip()
    return phrase


def _name_runs(phrase: str) -> list[tuple[int, int, bool, int]]:
    """(start, end, only_quoted, capitals) of each run of capitalised words and of/and/the."""
    runs: list[tuple[int, int, bool, int]] = []
    current: list[re.Match] = []
    for token in [*_TOKEN.finditer(phrase), None]:
        word = token.group() if token else ""
        capital = word[:1].isupper() or word[:1] in '“"«('
        if token and (capital or (current and word.lower() in _GLUE)):
            current.append(token)
            continue
        while current and current[-1].group().lower() in _GLUE:
            current.pop()
        if current:
            quoted = all(t.group()[:1] in '“"«' for t in current)
            capitals = sum(t.group().lower() not in _GLUE for t in current)
            runs.append((current[0].start(), current[-1].end(), quoted, capitals))
        current = []
    return runs


def _name_runs_text(phrase: str) -> str:
    runs = _name_runs(phrase)
    return phrase[runs[0][0] : runs[0][1]] if runs else ""


def _phrase_before(pre: str, list_item: bool) -> str:
    """The noun phrase a date belongs to: "Agreement on ... of 2017" -> the agreement."""
    phrase = _strip(pre)
    if not phrase:
        return ""
    if list_item and phrase[0].isupper():
        return phrase
    preps = list(_LEAD_PREP.finditer(phrase))
    if preps:
        return phrase[preps[-1].end() :]
    runs = _name_runs(phrase)
    if runs and runs[-1][2] and len(runs) > 1:  # a quoted title belongs to the name before it
        return phrase[runs[-2][0] :]
    names = [run for run in runs if run[3] > 1] or runs  # a name, not a lone "ICTs"
    return phrase[names[-1][0] :] if names else phrase


def _shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def _tidy(label: str) -> str:
    label = re.sub(r"\b(?:abovementioned|aforementioned)\s+", "", label)
    label = re.sub(r"\"([^\"]+)\"", r"“\1”", " ".join(label.split()))
    label = label.replace("online-workshop", "online workshop")
    return _shorten(label[:1].upper() + label[1:]) if label else ""
