"""The CSL type of an item, from the fields it has and a few cue words.

The rules are data: ``RULES`` is an ordered table of (type, features that must hold, features
that must not hold); the first rule that fits wins.  ``features()`` computes the named
features from the item.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from . import lexicon

# (type, required features, forbidden features) -- first match wins
RULES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = tuple(
    (t, frozenset(req.split()), frozenset(forb.split())) for t, req, forb in (
        ("thesis", "thesis_cue", ""),
        ("legal_case", "case_title has_container", "container_newspaper"),
        ("legislation", "legislation_title", "has_author journal_container has_publisher"),
        ("treaty", "treaty_title", "has_author journal_container"),
        ("chapter", "speech_title has_container has_publisher", ""),  # testimony printed in a hearings volume
        ("speech", "speech_title", "journal_container has_number"),
        ("paper-conference", "container_proceedings", "has_issue"),
        ("article-newspaper", "container_newspaper", ""),
        ("article-magazine", "container_magazine", ""),
        ("chapter", "has_container has_editor", ""),
        ("chapter", "in_container", "has_issue"),  # 'In CVPR, 2014', 'In Obra Completa, 1: 941–1214'
        ("chapter", "has_container has_publisher", ""),
        ("article-journal", "has_container has_volume_or_issue", ""),
        ("article-newspaper", "has_container full_day_date", "has_volume_or_issue has_publisher has_editor"),
        ("article-journal", "has_container has_pages", ""),
        ("article-journal", "has_volume_or_issue has_pages has_title", "has_publisher has_container"),  # journal name missed
        ("report", "report_cue", "has_container"),
        ("webpage", "has_url", "has_publisher has_container"),
        ("book", "has_title has_publisher", "has_container"),
        ("article-journal", "has_container has_title", ""),
        ("article-newspaper", "has_container", "has_title"),
        ("book", "", ""),
    )
)

_SPEECH = re.compile(r"^(?:remarks|speech|address|statement (?:by|of|to|at|on)|press conference|press briefing|"
                     r"testimony|lecture|keynote|rede|discours|discurso|opening remarks|closing remarks)\b",
                     re.IGNORECASE)
# Summit declarations and communiqués are documents an organisation issues (reports); treaties bind parties.
_TREATY = re.compile(r"\b(?:treaty|founding act|agreement|convention|charter|protocol|"
                     r"final act|memorandum of understanding|accord|vertrag|abkommen|traité|tratado)\b", re.IGNORECASE)
_LEGISLATION = re.compile(r"\bAct(?:,)?\s+(?:of\s+)?\d{4}\b|gesetz\b|\bstatutes?\b|\bGesetz|\bVerordnung\b|"
                          r"\bFederal Law\b|\bLaw No\.|\bloi n[°o]|\bley\b", re.IGNORECASE)
_CASE = re.compile(r"\s(?:v|vs)\.?\s")
_THESIS = re.compile(r"\b(?:thesis|dissertation|diss\.|diss\b|doctoral|thèse|tesis|tese|tesi|"
                     r"habilitationsschrift|doktorarbeit|DPhil|PhD)\b", re.IGNORECASE)
_REPORT = re.compile(r"\b(?:report|working paper|discussion paper|research paper|policy paper|policy brief|"
                     r"briefing paper|occasional paper|document|white paper|green paper|memorandum|"
                     r"bericht|rapport|informe|technical note|CRS|GAO)\b", re.IGNORECASE)
_PROCEEDINGS = re.compile(r"^(?:proceedings|proc\.|conference|workshop|symposium|actes|tagungsband)\b", re.IGNORECASE)
# journals named 'Proceedings of ...'
_PROCEEDINGS_JOURNAL = re.compile(r"^proc(?:eedings|\.)\s+(?:of\s+)?(?:the\s+)?(?:ieee|national academy|natl\.?\s+acad|"
                                  r"royal society|r\.\s+soc|london mathematical|london math|american mathematical|"
                                  r"amer\.\s+math|american philosophical|amer\.\s+philos)", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:conference|symposium|workshop|congress|meeting|colloquium)\b", re.IGNORECASE)
_PUBLISHER_TRADE = re.compile(r"\b(?:press|publishers?|publishing|books|verlag|éditions|editions|editorial|"
                              r"editora|editrice|izdatel'stvo|izdatelstvo|routledge|macmillan|palgrave|"
                              r"springer|wiley|sage|blackwell|penguin|norton|knopf|harper|random house|"
                              r"suhrkamp|beck|nomos|gallimard|seuil|payot|fayard)\b", re.IGNORECASE)
_PUBLISHER_ORG = re.compile(r"\b(?:institute|institut|institution|centre|center|foundation|stiftung|council|"
                            r"commission|ministry|ministerium|department|office|agency|organi[sz]ation|"
                            r"parliament|assembly|bank|secretariat|nato|rand|sipri|iiss|osce|united nations|"
                            r"government|bundestag|committee|service|corporation|fund|programme|program)\b",
                            re.IGNORECASE)


@functools.cache
def _journal_words() -> frozenset[str]:
    return lexicon.words("journal-words")


def _in_list(container: str, name: str) -> bool:
    """Is the container title in the newspaper/magazine list?  A one-word match does not count
    when the container also holds a journal word (``Post-Soviet Affairs``, ``Journal of ...``)."""
    pattern, whole, multi = lexicon.title_matcher(name)
    norm = re.sub(r"\s+", " ", container).strip(" .,").lower()
    bare = re.sub(r"^(?:the|die|der|das|le|la|les|el|il)\s+", "", norm)
    if norm in whole or bare in whole:
        return True
    journalish = any(w in _journal_words() for w in re.findall(r"\w+", norm))
    for m in pattern.finditer(norm):
        if " " in m.group(0) or not journalish:
            return True
    return False


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def features(item: dict[str, Any], note_text: str = "", in_container: bool = False) -> set[str]:
    """The named features of an item that the rules test (``in_container``: the note prints 'In'
    before the container title)."""
    f: set[str] = {"in_container"} if in_container and item.get("container-title") else set()
    if item.get("issue"):
        f.add("has_issue")
    title = _text(item, "title")
    container = _text(item, "container-title")
    publisher = _text(item, "publisher")
    genre = _text(item, "genre")
    for key, name in (("title", "has_title"), ("container-title", "has_container"), ("publisher", "has_publisher"),
                      ("editor", "has_editor"), ("author", "has_author"), ("URL", "has_url"), ("page", "has_pages"),
                      ("genre", "has_genre"), ("number", "has_number")):
        if item.get(key):
            f.add(name)
    if item.get("volume") or item.get("issue"):
        f.add("has_volume_or_issue")
    parts = (item.get("issued") or {}).get("date-parts") or []
    if parts and len(parts[0]) >= 3:
        f.add("full_day_date")
    if container:
        if re.search(r"\bmagazin", container, re.IGNORECASE):  # "New York Times Magazine"
            f.add("container_magazine")
        elif _in_list(container, "newspapers"):
            f.add("container_newspaper")
        elif _in_list(container, "magazines"):
            f.add("container_magazine")
        journal_named_proceedings = (_PROCEEDINGS_JOURNAL.search(container)
                                     and not _MEETING.search(container))
        if _PROCEEDINGS.search(container) and not journal_named_proceedings:
            f.add("container_proceedings")
        if "has_volume_or_issue" in f and "container_newspaper" not in f:
            f.add("journal_container")
    if title and _SPEECH.search(title):
        f.add("speech_title")
    if title and _TREATY.search(title):
        f.add("treaty_title")
    if title and _LEGISLATION.search(title):
        f.add("legislation_title")
    if title and _CASE.search(title):
        f.add("case_title")
    if _THESIS.search(genre) or _THESIS.search(note_text) or _THESIS.search(_text(item, "note")):
        f.add("thesis_cue")
    trade = bool(publisher) and bool(_PUBLISHER_TRADE.search(publisher))
    if genre or item.get("number"):
        f.add("report_cue")
    if not trade and (_REPORT.search(title) or _REPORT.search(_text(item, "collection-title"))
                      or _PUBLISHER_ORG.search(publisher)):
        f.add("report_cue")
    return f


def infer_type(item: dict[str, Any], note_text: str = "", in_container: bool = False) -> str:
    """The CSL type of ``item`` by the first rule of ``RULES`` that fits."""
    have = features(item, note_text, in_container)
    for csl_type, required, forbidden in RULES:
        if required <= have and not (forbidden & have):
            return csl_type
    return "book"
