"""Labelled tokens -> the works one note cites, each a list of (label, text) spans.

A note can cite several works ('A; B', 'A. See also B', 'Newspaper, date. Digest, vol., pp.').  The
labeller marks fields; here the label sequence is cut into works where a signal begins, where a ';'
stands between fields outside quotes and brackets, or where a field that identifies a work
(author, title, container) starts again after the current work is complete.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tagger import Tagged, tag
from .tokens import tokenize

# labels that make a work complete enough that a new author/title/container starts another work
_COMPLETING = {"date", "publisher", "pages", "volume", "issue", "url", "doi", "locator", "location", "number", "isbn"}
_HEADS = {"author", "title", "container-title"}
_NON_WORK = {"signal", "note", "other"}
LOW_CONFIDENCE = 0.6
_JOINING_WORD = re.compile(r"(?:^|[\s,])(?:with|and|as well as|und|sowie|et|y|e)\s*$")


@dataclass
class Work:
    spans: list[tuple[str, str]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    confidence: float = 1.0  # the lowest mean marginal of the work's field spans

    def labels(self) -> set[str]:
        return {lab for lab, _ in self.spans}

    def has_fields(self) -> bool:
        return any(lab not in _NON_WORK for lab, _ in self.spans)


@dataclass
class Span:
    label: str
    start: int
    end: int
    conf: float


def spans_of(tagged: Tagged) -> list[Span]:
    """Merge runs of equal labels into spans over the note text."""
    out: list[Span] = []
    confs: list[list[float]] = []
    labels = list(tagged.labels)
    for i, tok in enumerate(tagged.tokens):
        # a ';' at the edge of a field separates works: it belongs to no field
        if tok.text == ";" and labels[i] != "other":
            prev = labels[i - 1] if i else None
            nxt = labels[i + 1] if i + 1 < len(labels) else None
            if prev != labels[i] or nxt != labels[i]:
                labels[i] = "other"
    for tok, lab, c in zip(tagged.tokens, labels, tagged.confidence):
        if out and out[-1].label == lab:
            out[-1].end = tok.end
            confs[-1].append(c)
        else:
            out.append(Span(lab, tok.start, tok.end, c))
            confs.append([c])
    for span, cs in zip(out, confs):
        span.conf = sum(cs) / len(cs)
    return out


def _top_level_semicolon(text: str, span: Span) -> bool:
    return span.label == "other" and ";" in text[span.start:span.end]


def cut(text: str, spans: list[Span]) -> list[Work]:
    works: list[Work] = []
    cur = Work(start=0)
    seen: set[str] = set()
    pending_break = False
    last_head: str | None = None
    sentence_gap = False  # the text since the last field ends a sentence ('. ', ';')
    for sp in spans:
        lab = sp.label
        new = False
        if lab == "other":
            gap = text[sp.start:sp.end]
            sentence_gap = sentence_gap or bool(re.search(r"[.;?!]['’”\"]?\s*$|[.;]\s", gap + " "))
        if lab == "signal" and cur.has_fields():
            new = True
        elif lab not in _NON_WORK:
            if pending_break and cur.has_fields() and (lab in _HEADS or lab in ("editor", "translator") or lab in seen):
                # '; ' then an author, title or container: the next work ('2005;2(8)' is not)
                new = True
            elif lab in _HEADS and lab in seen and seen & _COMPLETING and last_head != lab and sentence_gap:
                new = True
        elif lab == "note" and seen & _COMPLETING and len(text[sp.start:sp.end].split()) >= 4:
            # commentary after a complete citation closes it
            pending_break = True
        if new:
            cur.end = sp.start
            works.append(cur)
            cur = Work(start=sp.start)
            seen = set()
            pending_break = False
        if _top_level_semicolon(text, sp):
            pending_break = True
        elif lab == "other" and seen & _COMPLETING and _JOINING_WORD.search(text[sp.start:sp.end]):
            pending_break = True  # 'Compare A, Title, 405, with B, ...' / '...; and B
        elif lab not in _NON_WORK:
            pending_break = False
            sentence_gap = False
        cur.spans.append((lab, text[sp.start:sp.end]))
        if lab not in _NON_WORK:
            cur.confidence = min(cur.confidence, sp.conf)
            seen.add(lab)
        if lab in _HEADS:
            last_head = lab
        elif lab not in ("other",):
            last_head = None
    cur.end = len(text)
    works.append(cur)
    return works


def label_note(text: str) -> tuple[Tagged, list[Span]]:
    tagged = tag(tokenize(text))
    return tagged, spans_of(tagged)


def works_of(text: str) -> list[Work]:
    """The works a note cites (a work may hold only signal/note spans: commentary)."""
    _, spans = label_note(text)
    return cut(text, spans)
