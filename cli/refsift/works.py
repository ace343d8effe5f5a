"""The works one note cites: labelled, cut, cleared of commentary, normalised.

Between the labeller and the resolver: a note's text in, a ParsedNote out (its works as CSL items
with their signals, locators and back-reference words; whether the note also comments).
"""
from __future__ import annotations

import re

from .assemble import LOW_CONFIDENCE, Work, works_of
from .model import Item
from .normalize import to_csl
from .resolve import ParsedNote, ParsedWork, starts_with_back_reference

_PROSE_WORDS = 4
_NOT_A_WORK = {"location", "genre", "edition"}  # fields that never make a work on their own
# a bibliography's 'same names as above' mark: '———.', '---.', '______,' (with a role: '———, ed.')
_DITTO = re.compile(r"^[\s·•]*(?:[—―]+|–{2,}|-{2,}|_{2,})\s*(?:,\s*(?P<role>eds?\.?|editors?|hrsg\.|hg\.|(?:comp|trans|tr)\.)\s*)?"
                    r"(?:[.,:;]\s*|\s+(?=\S))")
_DITTO_ROLE = {"tr": "translator", "trans": "translator", "comp": "editor"}


def _peel_commentary(work: Work) -> tuple[list[tuple[str, str]], bool]:
    """Drop prose ('note' spans of several words) at the edges of a work; say whether there was any."""
    spans = list(work.spans)
    prose = False
    while spans and spans[0][0] in ("note", "other") and (spans[0][0] == "other" or len(spans[0][1].split()) >= _PROSE_WORDS):
        prose |= spans[0][0] == "note"
        spans.pop(0)
    while spans and spans[-1][0] in ("note", "other") and (spans[-1][0] == "other" or len(spans[-1][1].split()) >= _PROSE_WORDS):
        prose |= spans[-1][0] == "note"
        spans.pop()
    return spans, prose


_QUOTED = re.compile(r"^(?:quoted|cited|as\s+quoted|zit(?:iert)?\.?|cité|citado|citada)\b", re.I)
_SPEAKER_FIELDS = {"author", "title", "issued", "genre", "publisher-place"}


def _merge_speakers(works: list[ParsedWork]) -> list[ParsedWork]:
    """'Dmitri Rogozin, cited in X': the person quoted is part of the cite's prefix, not a work."""
    out: list[ParsedWork] = []
    for work in works:
        prev = out[-1] if out else None
        if (prev is not None and work.prefix and _QUOTED.match(work.prefix)
                and set(prev.item) - {"type", "note"} <= _SPEAKER_FIELDS and not prev.backref):
            speaker = re.sub(r"[\s,;:]+$", "", prev.raw)
            work.prefix = f"{speaker}, {work.prefix}" if not speaker.endswith(",") else f"{speaker} {work.prefix}"
            out.pop()
        out.append(work)
    return out


_ANCHORS = {"date", "url", "doi", "volume", "issue", "pages", "locator", "isbn", "number"}


def _is_prose(spans: list[tuple[str, str]]) -> bool:
    """A 'work' with a long unquoted title-like run and nothing that anchors a citation (no date,
    page, volume, URL) is a sentence of commentary."""
    fields = [(lab, t) for lab, t in spans if lab not in ("other", "note", "signal")]
    if not fields or any(lab in _ANCHORS for lab, _ in fields):
        return False
    longest_i = max(range(len(spans)), key=lambda i: len(spans[i][1].split()) if spans[i][0] not in ("other", "note", "signal") else -1)
    longest = len(spans[longest_i][1].split())
    # a title stands inside quotation marks; prose may quote a few words later on
    before = spans[longest_i - 1][1].rstrip() if longest_i > 0 else ""
    quoted = bool(before) and before[-1] in "‘“\"«„"
    return longest >= 10 and not quoted


_YEAR_RANGE = re.compile(r"^(1[5-9]\d\d|20\d\d)\s?[–—-]\s?(\d{2}|1[5-9]\d\d|20\d\d)$")


def _years_in_titles(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'The Beginnings of the Cold War, 1945–48': a year range right after a title (or container)
    and a comma is the end of that title, not its pages or its date."""
    out = list(spans)
    for i in range(len(out) - 2, 0, -1):
        label, text = out[i + 1] if i + 1 < len(out) else ("", "")
        prev, gap = out[i - 1], out[i]
        if (label in ("pages", "date") and _YEAR_RANGE.match(text.strip()) and gap[0] == "other"
                and gap[1].strip() == "," and prev[0] in ("title", "container-title")):
            out[i - 1:i + 2] = [(prev[0], prev[1] + gap[1] + text)]
    return out


_OPENING = "‘“«„"
_CLOSING = {"‘": "’", "“": "”", "«": "»", "„": "“"}


def _quoted_titles(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Inside one pair of quotation marks there is one title: '‘NATO: No MAP for Georgia’' whose
    first words were labelled author stays whole."""
    out = list(spans)
    i = 0
    while i < len(out):
        label, text = out[i]
        opener = text.rstrip()[-1:] if label == "other" and text.strip() else ""
        if opener and opener in _OPENING:
            closer = _CLOSING[opener]
            for j in range(i + 1, min(len(out), i + 12)):
                if out[j][0] == "other" and closer in out[j][1]:
                    inside = out[i + 1:j]
                    labels = {lab for lab, _ in inside if lab != "other"}
                    if "title" in labels and len(labels) > 1 and labels <= {"title", "author", "container-title", "location", "publisher", "note", "date"}:
                        out[i + 1:j] = [("title", "".join(t for _, t in inside))]
                    break
        i += 1
    return out


def parse_note(n: int, text: str, warnings: list[str]) -> ParsedNote:
    note = ParsedNote(n=n, text=text)
    ditto = _DITTO.match(text)
    if ditto:
        role = (ditto.group("role") or "").rstrip(".").lower()
        note.same_names = _DITTO_ROLE.get(role, "editor" if role else "author")
    for work in works_of(text):
        spans, prose = _peel_commentary(work)
        lead = None
        if spans and spans[0][0] == "note" and spans[0][1].rstrip().endswith(":") and len(spans[0][1].split()) <= 3:
            lead = spans.pop(0)[1].strip()  # 'Ivanov:' before the cite of what Ivanov said
        if _is_prose(spans):
            note.commentary = True
            continue
        note.commentary |= prose
        raw = text[work.start:work.end].strip()
        fields = [lab for lab, _ in spans if lab not in ("note", "other", "signal")]
        if fields and set(fields) <= _NOT_A_WORK and not starts_with_back_reference(raw):
            note.commentary = True  # 'the US, UK, Germany, France and Italy': places alone name no work
            continue
        if not fields and not starts_with_back_reference(raw.split(" ", 1)[-1] if spans and spans[0][0] == "signal" else raw):
            if any(lab == "note" for lab, _ in spans):
                note.commentary = True
            continue
        res = to_csl(_years_in_titles(_quoted_titles(spans)))
        low = work.confidence < LOW_CONFIDENCE
        if low:
            warnings.append(f"note {n}: the labeller is unsure of part of this note; its raw text is kept in 'note'")
        prefix = f"{lead} {res.prefix}" if lead and res.prefix else (lead or res.prefix)
        note.works.append(ParsedWork(item=res.item, raw=raw, prefix=prefix, locator=res.locator,
                                     label=res.label, backref=res.backref, hereafter=res.hereafter,
                                     low_confidence=low))
    note.works = _merge_speakers(note.works)
    return note


def document_item(meta: Item, text: str | None) -> Item | None:
    item: Item = {}
    if text:
        works = works_of(text)
        if works:
            spans, _ = _peel_commentary(works[0])
            item = dict(to_csl(spans).item)
    for key, value in (meta or {}).items():
        item[key] = value  # the page's own metadata beats our reading of its citation line
    if not item:
        return None
    first = (item.get("author") or [{}])[0]
    family = re.sub(r"[^a-z0-9]", "", (first.get("family") or first.get("literal") or "document").lower())
    year = ((item.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    item["id"] = f"{family}{year or ''}"
    return item
