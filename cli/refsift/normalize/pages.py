"""Page extents and locators.

``parse_pages("pp. 25–6")`` -> ``"25-26"``; ``parse_locator("p. 159ff.")`` -> ``("159ff", "page")``.
Shortened ranges are written out in full; typographic dashes become hyphens.
"""
from __future__ import annotations

import functools
import re

from . import lexicon

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# a label word at the front: letters (with an optional full stop), or § / ¶ signs
# (a letter word must end in a full stop or a space: "S12-14" is a page number, not "S." 12-14)
_LABEL = re.compile(r"^\s*(§§|§|¶¶|¶|[^\W\d_]+(?=[.\s]))\.?\s*")
_RANGE = re.compile(r"^([A-Za-z]*)(\d+)\s*-\s*([A-Za-z]*)(\d+)$")


@functools.cache
def _labels() -> dict[str, str]:
    return lexicon.mapping("locator-labels")


def _label_of(word: str) -> str | None:
    table = _labels()
    if word in table:
        return table[word]
    return table.get(word.lower())


def expand_range(start: str, end: str) -> str:
    """``expand_range("105", "37")`` -> ``"105-137"``; ranges that do not shorten are kept."""
    if start.isdigit() and end.isdigit() and len(end) < len(start):
        full = start[: len(start) - len(end)] + end
        if int(full) >= int(start):
            return f"{start}-{full}"
    return f"{start}-{end}"


def _normalise_value(text: str) -> str:
    """Dashes to hyphens, shortened ranges expanded, ``ff.``/``f.`` attached, punctuation trimmed."""
    for d in _DASHES:
        text = text.replace(d, "-")
    text = text.replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*(ff?)\.?(?=$|[\s,;])", r"\1", text)  # "159 ff." -> "159ff"
    text = text.strip(" .,;:")
    text = re.sub(r"\s*-+\s*", "-", text)
    pieces = re.split(r"(\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*)", text)
    out = []
    for piece in pieces:
        m = _RANGE.match(piece)
        if m:
            pre1, a, pre2, b = m.groups()
            if not pre2 or pre2 == pre1:
                lo, hi = expand_range(a, b).split("-")
                piece = f"{pre1}{lo}-{pre2}{hi}"
        out.append(piece)
    return "".join(out).strip()


def _strip_labels(text: str) -> tuple[str, str | None]:
    """Remove label words from the front (``at p. 45`` -> ``45``); return the rest and the
    most specific label seen."""
    label: str | None = None
    for _ in range(3):
        m = _LABEL.match(text)
        if not m:
            break
        word = m.group(1)
        found = _label_of(word)
        if found is None:
            break
        rest = text[m.end():]
        # a word that is the whole value ("Part II") needs something after it
        if not rest.strip():
            break
        # "at" (law: "at 45") says page unless a more specific word follows ("at para. 3")
        label = (label or found) if word.lower() == "at" else found
        text = rest
    return text, label


def parse_pages(text: str | None) -> str | None:
    """The extent of an article or chapter: ``pp. 16–17`` -> ``16-17``."""
    if not text:
        return None
    value, _ = _strip_labels(text.strip())
    value = _normalise_value(value)
    return value or None


def parse_locator(text: str | None) -> tuple[str | None, str | None]:
    """A pinpoint: ``p. 66`` -> ("66", "page"), ``Chapter 9`` -> ("9", "chapter"), ``n. 12`` ->
    ("12", "note"); a bare number is a page."""
    if not text:
        return None, None
    value, label = _strip_labels(text.strip())
    value = _normalise_value(value)
    if not value:
        return None, None
    return value, label or "page"
