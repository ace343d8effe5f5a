"""CSL-JSON output, plus the small item helpers the other writers share.

Only standard CSL variables leave the program: keys such as ``comment`` (a note
for people in the gold files) are dropped.
"""
from __future__ import annotations

import json
import re
from typing import Any

from refsift.model import Document, Item

# CSL 1.0.2 variables (standard, name, date and number variables) plus the two keys every item has.
NAME_VARIABLES = frozenset("""
author chair collection-editor compiler composer container-author contributor curator director
editor editor-translator editorial-director executive-producer guest host illustrator interviewer
narrator organizer original-author performer producer recipient reviewed-author script-writer
series-creator translator
""".split())
DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted container".split())
NUMBER_VARIABLES = frozenset("""
chapter-number citation-number collection-number edition first-reference-note-number issue locator
number number-of-pages number-of-volumes page page-first part-number printing-number section
supplement-number version volume
""".split())
STANDARD_VARIABLES = frozenset("""
abstract annote archive archive_collection archive_location archive-place authority call-number
citation-key citation-label collection-title container-title container-title-short dimensions
division DOI event event-title event-place genre ISBN ISSN jurisdiction keyword language license
medium note original-publisher original-publisher-place original-title part-title PMCID PMID
publisher publisher-place references reviewed-genre reviewed-title scale source status title
title-short URL volume-title year-suffix
""".split())
CSL_VARIABLES = NAME_VARIABLES | DATE_VARIABLES | NUMBER_VARIABLES | STANDARD_VARIABLES | {"id", "type"}

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def clean_item(item: Item) -> Item:
    """A copy of ``item`` holding only CSL variables, in their original order."""
    return {key: value for key, value in item.items() if key in CSL_VARIABLES}


def parse_loose_date(text: str) -> list[int] | None:
    """``[year, month?, day?]`` from a free-text date (``12 March 2008``, ``2008-03-12``), or None."""
    text = str(text)
    iso = _ISO.search(text)
    if iso and 1 <= int(iso.group(2)) <= 12:
        parts = [int(iso.group(1)), int(iso.group(2))]
        if iso.group(3) and 1 <= int(iso.group(3)) <= 31:
            parts.append(int(iso.group(3)))
        return parts
    year = _YEAR.search(text)
    if not year:
        return None
    parts = [int(year.group(1))]
    month = _MONTH_WORD.search(text)
    if month:
        parts.append(_MONTHS[month.group(1).lower()])
        rest = text[:year.start()] + " " + text[year.end():]
        day = _DAY.search(rest)
        if day and 1 <= int(day.group(1)) <= 31:
            parts.append(int(day.group(1)))
    return parts


def date_parts(value: Any) -> list[int] | None:
    """The first ``[year, month?, day?]`` of a CSL date (date-parts, raw or literal), or None."""
    if not isinstance(value, dict):
        return parse_loose_date(value) if isinstance(value, (str, int)) else None
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0]:
        out = []
        for part in parts[0][:3]:
            try:
                out.append(int(part))
            except (TypeError, ValueError):
                break
        if out:
            return out
    for key in ("raw", "literal"):
        if value.get(key):
            found = parse_loose_date(value[key])
            if found:
                return found
    return None


def names(item: Item, variable: str) -> list[dict[str, Any]]:
    """The name dicts of a name variable, skipping anything that is not a dict."""
    value = item.get(variable) or []
    return [n for n in value if isinstance(n, dict)] if isinstance(value, list) else []


def write(doc: Document) -> str:
    """The document's items as a CSL-JSON array."""
    return json.dumps([clean_item(item) for item in doc.items], ensure_ascii=False, indent=2) + "\n"
