"""A date span -> CSL date: ``{"date-parts": [[Y, M, D]]}`` (only the known parts),
``{"date-parts": [[Y1], [Y2]]}`` for a range, ``{"literal": text}`` when no year can be
found, ``None`` for an empty span or ``n.d.``."""
from __future__ import annotations

import functools
import re
from typing import Any

from . import lexicon

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_NO_DATE = re.compile(r"^(?:n\.\s?d|nd|no date|undated|o\.\s?j|s\.\s?d|s\.\s?f|b\.\s?g|б\.\s?г)\.?$", re.IGNORECASE)
_YEAR = r"(1[0-9]{3}|20[0-9]{2})"
_ISO = re.compile(r"^" + _YEAR + r"-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})\s?([./])\s?(\d{1,2})\s?[./]\s?(\d{4}|\d{2})$")
_YEAR_RANGE = re.compile(r"(?<!\d)" + _YEAR + r"[a-z]?\s*[-/]\s*(\d{2,4})(?!\d)")
_YEAR_ANY = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")


@functools.cache
def _months() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in lexicon.mapping("months").items()}


def _month(word: str) -> int | None:
    return _months().get(word.lower().rstrip("."))


def _clean(text: str) -> str:
    for d in _DASHES:
        text = text.replace(d, "-")
    text = re.sub(r"\[\s*sic\s*!?\s*\]|\(\s*sic\s*!?\s*\)", " ", text, flags=re.IGNORECASE)
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[\[\]()]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:")


def _parts(y: int, m: int | None = None, d: int | None = None) -> list[int]:
    out = [y]
    if m and 1 <= m <= 12:
        out.append(m)
        if d and 1 <= d <= 31:
            out.append(d)
    return out


def _expand_year(first: int, second: str) -> int | None:
    """``1997-99`` -> 1999; ``2001-02`` -> 2002; None when it is no year after ``first``."""
    if len(second) == 4:
        y2 = int(second)
    elif len(second) == 2:
        y2 = first - first % 100 + int(second)
    else:
        return None
    return y2 if first < y2 <= first + 100 else None


def _textual(text: str) -> list[list[int]] | None:
    """Dates with month words: ``14 September 1993``, ``September 14, 1993``, ``3 de mayo de 1999``,
    ``14-16 May 1997``, ``May-June 1997``."""
    tokens = re.findall(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th|er|e|º|°)?\.?|-", text)
    years: list[int] = []
    months: list[int] = []
    days: list[int] = []
    for tok in tokens:
        if tok == "-":
            continue
        bare = tok.rstrip(".")
        if bare.isalpha() or not bare[:1].isdigit():
            m = _month(bare)
            if m:
                months.append(m)
            continue
        num = int(re.match(r"\d+", bare).group(0))
        digits = len(re.match(r"\d+", bare).group(0))
        if digits == 4 and 1000 <= num <= 2099:
            years.append(num)
        elif digits <= 2 and 1 <= num <= 31:
            days.append(num)
    if not years:
        return None
    y = years[0]
    if not months:
        return None
    first = _parts(y, months[0], days[0] if days else None)
    if len(months) > 1 and months[1] != months[0]:
        last = _parts(years[1] if len(years) > 1 else y, months[1], days[1] if len(days) > 1 else None)
        return [first, last]
    if len(days) > 1 and days[1] > days[0] and "-" in text:
        return [first, _parts(y, months[0], days[1])]
    return [first]


def parse_date(text: str | None) -> dict[str, Any] | None:
    """Parse the text of a date span into a CSL date object."""
    if not text:
        return None
    raw = re.sub(r"\s+", " ", text).strip()
    # "[1922] 1978": the bracketed year is the original edition's, the other is the one cited
    outside = re.sub(r"\[[^\]]*\]", " ", text)
    if outside != text and _YEAR_ANY.search(outside) and re.search(r"\[[^\]]*\d{4}[^\]]*\]", text):
        text = outside
    text = _clean(text)
    if not text or _NO_DATE.match(text) or _NO_DATE.match(text.replace(" ", "")):
        return None
    m = _ISO.match(text)
    if m and 1 <= int(m.group(2)) <= 12 and (m.group(3) or int(m.group(2)) != (int(m.group(1)) + 1) % 100):
        return {"date-parts": [_parts(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0) or None)]}
    m = _NUMERIC.match(text)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        day, month = a, b
        if sep == "/" and b > 12 >= a:  # US order 3/14/1999
            day, month = b, a
        if month <= 12:
            return {"date-parts": [_parts(year, month, day)]}
    textual = _textual(text)
    if textual:
        return {"date-parts": textual}
    m = _YEAR_RANGE.search(text)
    if m:
        y1 = int(m.group(1))
        y2 = _expand_year(y1, m.group(2))
        if y2 is not None:
            return {"date-parts": [[y1], [y2]]}
        return {"date-parts": [[y1]]}
    m = _YEAR_ANY.search(text)
    if m:
        return {"date-parts": [[int(m.group(1))]]}
    return {"literal": raw.strip(" ,.;:")}


def year_of(date: dict[str, Any] | None) -> int | None:
    """The first year of a parsed date, if any."""
    if date and date.get("date-parts"):
        return date["date-parts"][0][0]
    return None
