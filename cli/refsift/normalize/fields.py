"""Cleaning of single fields: titles, volume/issue, edition, URL, DOI, ISBN, numbers, signals,
and the note spans (back-references, ``[hereafter X]``, commentary)."""
from __future__ import annotations

import functools
import re

from . import lexicon

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTES = "\"'‘’‚‛“”„‟«»‹›「」"
_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u00ad", "")).strip()


def _dashes_to_hyphens(text: str) -> str:
    for d in DASHES:
        text = text.replace(d, "-")
    return text


def _ends_with_abbreviation(text: str) -> bool:
    """``U.S.``, ``D.C.``, ``Inc.``, ``Jr.``, ``etc.``: the final full stop belongs to the word."""
    return bool(re.search(r"(?:^|[\s(])(?:[^\W\d_]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|etc|St|Bros)\.$", text))


def clean_text(text: str | None, keep_dot: bool = False) -> str | None:
    """Squash whitespace and drop the separating punctuation around a value."""
    if not text:
        return None
    text = squash(text).strip(" ,;:")
    if not keep_dot and text.endswith(".") and not _ends_with_abbreviation(text):
        text = text[:-1].rstrip(" ,;:")
    return text or None


_OPENERS = {"‘": "’", "“": "”", "«": "»", "„": "“”", "‚": "‘’", "‹": "›", '"': '"', "'": "'", "「": "」"}
_CLOSERS = {c for cs in _OPENERS.values() for c in cs}


def _strip_quotes(text: str) -> str:
    """Drop quotes around a value, and a lone quote at either end, but keep quotes that are
    balanced inside it (``Beyond “Partnership”``)."""
    if len(text) >= 2 and text[0] in _OPENERS and text[-1] in _OPENERS[text[0]]:
        return text[1:-1]
    if text[-1:] in _CLOSERS:
        last = text[-1]
        openers = [o for o, cs in _OPENERS.items() if last in cs]
        if not any(o in text[:-1] for o in openers if o != last) and (last not in _OPENERS or text.count(last) % 2):
            text = text[:-1]
    if text[:1] in _OPENERS:
        first = text[0]
        if not any(c in text[1:] for c in _OPENERS[first] if c != first) and (first not in _CLOSERS or text.count(first) % 2):
            text = text[1:]
    return text


def clean_title(text: str | None) -> str | None:
    """Strip surrounding quotes, markdown emphasis, trailing ``.``, ``,``, ``:``; keep ``?`` and ``!``."""
    if not text:
        return None
    text = squash(text)
    for _ in range(3):
        before = text
        text = text.strip(" ,;:*_")
        if text.endswith(".") and not _ends_with_abbreviation(text):
            text = text[:-1]
        text = _strip_quotes(text.strip(" ,;:"))
        if text == before:
            break
    text = re.sub(r"^(?:In|in):\s*", "", text)
    return text.strip() or None


# --- numbers ------------------------------------------------------------------------------

_VOLUME_WORDS = r"(?:v(?=\.)|vols?|volumes?|bde?|band|bände|t|tomes?|tomo|tom|jg|jahrgang|année|anno|año)"
_ISSUE_WORDS = r"(?:nos?|nr|nrs|numbers?|num|núm|n|n°|nº|no°|№|issues?|iss|h|heft|hefte|fasc|cahier|číslo|vyp)"
_TRAIL = " .,;:"


def _strip_word(text: str, words: str) -> str:
    text = squash(text)
    return re.sub(r"^" + words + r"(?:\.|(?=[\s\d(])|(?<=[°º№]))\s*", "", text, flags=re.IGNORECASE).strip()


def clean_volume(text: str | None) -> tuple[str | None, str | None]:
    """``Vol. XLV`` -> ("XLV", None); ``73(2)`` -> ("73", "2"); ``Vol. 43, no. 4`` -> ("43", "4")."""
    if not text:
        return None, None
    value = _dashes_to_hyphens(_strip_word(text, _VOLUME_WORDS)).strip(_TRAIL)
    m = re.match(r"^([\w-]+)\s*\(\s*([\w./-]*\d[\w./-]*|[IVXLC]+)\s*\)$", value)
    if m:
        return m.group(1), m.group(2)
    m = re.match(r"^([\w-]+)\s*[,.]?\s*" + _ISSUE_WORDS + r"\.?\s*([\w/-]+)$", value, flags=re.IGNORECASE)
    if m and re.search(r"\d", m.group(1)):
        return m.group(1), m.group(2)
    value = re.sub(r"\s*-\s*", "-", value)
    return (value or None), None


def clean_issue(text: str | None) -> str | None:
    """``no. 4``, ``n° 3``, ``núm. 112``, ``H. 2``, ``Heft 2``, ``(2)``, ``issue 3`` -> the number."""
    if not text:
        return None
    value = squash(text).strip("()[] ")
    value = _strip_word(value, _ISSUE_WORDS).strip("()[] " + _TRAIL)
    value = re.sub(r"\s*[-" + DASHES + r"]\s*", "-", value)
    return value or None


def clean_number(text: str | None) -> str | None:
    """``No. 69`` -> ``69``; ``Document A/1722`` keeps the document number as printed."""
    if not text:
        return None
    value = _strip_word(text, _ISSUE_WORDS)
    return clean_text(value)


_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
    "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
    "erste": "1", "zweite": "2", "dritte": "3", "vierte": "4", "fünfte": "5", "sechste": "6",
    "premiere": "1", "première": "1", "deuxième": "2", "seconde": "2", "troisième": "3",
    "primera": "1", "segunda": "2", "tercera": "3",
}
_EDITION_WORDS = r"\b(?:editions?|edn|eds?|éd|édition|aufl|auflage|ausg|ausgabe|edición|ed|izd|издание)\b\.?"


def clean_edition(text: str | None) -> str | None:
    """``2nd edn`` -> ``2``; ``5. Aufl.`` -> ``5``; ``3e éd.`` -> ``3``; ``second edition`` -> ``2``;
    ``rev. edn`` -> ``rev.``."""
    if not text:
        return None
    value = squash(text)
    m = re.search(r"\b(\d+)\s*(?:st|nd|rd|th|e|er|ère|re|a|º|°|\.)?(?!\d)", value)
    if m:
        return m.group(1)
    for word, num in _ORDINALS.items():
        if re.search(r"\b" + word + r"\w*", value, flags=re.IGNORECASE):
            return num
    rest = re.sub(_EDITION_WORDS, "", value, flags=re.IGNORECASE).strip(" ,;:")
    return rest or clean_text(value)


# --- identifiers --------------------------------------------------------------------------

def clean_url(text: str | None) -> str | None:
    """URL as printed, but with hyphens for typographic dashes and without the surrounding words
    (``at``, ``URL:``, ``Available at:``) and punctuation."""
    if not text:
        return None
    value = _dashes_to_hyphens(squash(text))
    value = re.sub(r"^(?:(?:available|accessible|online|retrieved|abrufbar|disponible)\s*(?:at|from|on|unter|sur|en)?|at|url|from|unter|www:|online)\s*:?\s*",
                   "", value, flags=re.IGNORECASE) if not re.match(r"^(?:https?|ftp)://|^www\.", value, re.I) else value
    value = value.strip("<>[] ")
    m = re.search(r"(?:https?|ftp)://|www\.", value, flags=re.IGNORECASE)
    if m:
        value = value[m.start():]
    if " " in value:
        # a URL broken at a line end: join pieces that continue it, drop words after it
        pieces = value.split(" ")
        joined = pieces[0]
        for piece in pieces[1:]:
            if joined[-1:] in "/.-_?=&#%~" or piece[:1] in "/.-_?=&#%~":
                joined += piece
            else:
                break
        value = joined
    return _strip_tail(value.strip("<>"), ".,;:>'\"’”") or None


def _strip_tail(value: str, punctuation: str) -> str:
    """Sentence punctuation and unbalanced closing brackets after a URL or DOI are not part of it."""
    while value:
        if value[-1] in punctuation:
            value = value[:-1]
        elif value[-1] in ")]" and value.count(value[-1]) > value.count("(" if value[-1] == ")" else "["):
            value = value[:-1]
        else:
            break
    return value


def clean_doi(text: str | None) -> str | None:
    """``doi:10.1057/x``, ``https://doi.org/10.1057/x`` -> ``10.1057/x``."""
    if not text:
        return None
    value = _dashes_to_hyphens(squash(text))
    m = re.search(r"10\.\d{3,9}/\S+", value)
    if m:
        value = m.group(0)
    else:
        value = re.sub(r"^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)", "", value, flags=re.IGNORECASE)
    return _strip_tail(value.strip("<>[] "), ".,;:") or None


def clean_isbn(text: str | None) -> str | None:
    """``ISBN 978-0-19-...`` -> digits, hyphens and ``X`` of the first ISBN."""
    if not text:
        return None
    value = _dashes_to_hyphens(squash(text))
    value = re.sub(r"^\s*ISBN(?:-1[03])?\s*:?\s*", "", value, flags=re.IGNORECASE)
    m = re.search(r"[\dXx][\dXx\- ]{8,}[\dXx]", value)
    if not m:
        return None
    return re.sub(r"[^\dXx-]", "", m.group(0)).replace("x", "X").strip("-") or None


# --- signals and note spans ---------------------------------------------------------------

def clean_signal(text: str | None) -> str | None:
    """The lead-in before a cite without its trailing comma or colon."""
    if not text:
        return None
    return squash(text).rstrip(" ,:;") or None


@functools.cache
def _backrefs() -> tuple[tuple[str, str], ...]:
    table = lexicon.mapping("backrefs")
    return tuple(sorted(((k.lower(), v) for k, v in table.items()), key=lambda kv: len(kv[0]), reverse=True))


def backref_of(text: str) -> str | None:
    """The back-reference a note span begins with, as its kind: ``ibid``, ``idem``, ``op. cit.``
    or ``loc. cit.`` (``Ibidem`` and ``ebd.`` -> ``ibid``; ``a.a.O.`` -> ``op. cit.``)."""
    value = squash(text).strip(" ,;:([").lower()
    for form, kind in _backrefs():
        if value.startswith(form):
            after = value[len(form):]
            if not after or after[0] in ".,;:)]":
                return kind
            # "Ibid p. 5" is a back-reference, "Dies ist ..." is not
            if after[0].isspace() and len(form) >= 4 and form not in ("dies", "ders"):
                return kind
    return None


_HEREAFTER_KEY = (r"(?:hereafter|hereinafter|henceforth|im folgenden|i\.\s?f\.|ci-après|dorénavant|en adelante|"
                  r"in seguito|далее|further cited as)\s*(?:cited|referred to|abbreviated|zitiert|abgekürzt|cité)?"
                  r"\s*(?:as|als|comme)?\s*[:,]?\s*")
_HEREAFTER_BRACKETED = re.compile(r"[\[(]\s*" + _HEREAFTER_KEY + r"(?P<abbr>[^\]\)]{1,80}?)\s*[\])]", re.IGNORECASE)
_HEREAFTER_LEADING = re.compile(r"^\s*" + _HEREAFTER_KEY + r"(?P<abbr>.{1,80}?)\s*[\])]?\s*$", re.IGNORECASE)


def hereafter_of(text: str) -> str | None:
    """``[hereafter CDPSP]`` or ``(hereinafter cited as 'CDPSP')`` -> ``CDPSP``."""
    value = squash(text)
    m = _HEREAFTER_BRACKETED.search(value) or _HEREAFTER_LEADING.search(value)
    if not m:
        return None
    abbr = m.group("abbr").strip(" .,;:*_" + QUOTES)
    return abbr or None


def is_noise_note(text: str) -> bool:
    """Note text that says nothing about the work (``[sic]``, ``emphasis added``)."""
    value = squash(text).strip(" .,;:[]()").lower()
    return not value or value in lexicon.words("note-drop")
