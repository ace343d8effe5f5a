"""Split stage: the located region's lines -> notes [(printed number, text)].

Numbered notes ("1.", "1 ", "1)", "[1]", "(1)", "¹", "1See ...") follow their sequence: a line
whose number is not the next one (a year, a page) continues the previous note.  Unnumbered
reference lists (author-date, MLA) start an entry on each line unless the line is a wrapped
continuation.  An empty string in ``lines`` is a sub-section break (Wikipedia: numbered notes,
then an unnumbered list of sources, which continues the numbering).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from refsift.locate import is_reference_like

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

_MARKERS: tuple[tuple[str, re.Pattern], ...] = (
    ("bracket", re.compile(r"^\[(\d{1,4})\]\s*(.*)$")),
    ("paren", re.compile(r"^\((\d{1,4})\)\s*(.*)$")),
    ("dot", re.compile(r"^(\d{1,4})\.(?:\s+|$|(?=[^\d\s.,;:]))(.*)$")),
    ("rparen", re.compile(r"^(\d{1,4})\)\s*(.*)$")),
    ("sup", re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\s*(.*)$")),
    ("space", re.compile(r"^(\d{1,4})\s+(\S.*)$")),
    ("bare", re.compile(r"^(\d{1,4})()$")),
    ("glued", re.compile(r"^(\d{1,3})([^\d\s.,;:)\]–—/%-].*)$")),
)
_STRONG = frozenset({"bracket", "paren", "dot", "rparen", "sup"})
_MAX_SKIP = 3

_BULLET = re.compile(r"^(?:[•·▪◦‣●■*]|[-–](?=\s))\s*")


@dataclass(frozen=True, slots=True)
class _Cand:
    n: int
    style: str
    rest: str


def _candidate(line: str) -> _Cand | None:
    for style, rx in _MARKERS:
        m = rx.match(line)
        if m:
            n = int(m.group(1).translate(_SUPERSCRIPT))
            rest = m.group(2).strip()
            if style == "glued" and not re.match(r"[A-ZÀ-ÞĀ-Ž‘“„«\"'(\[]", rest):
                return None
            if n == 0:
                return None
            return _Cand(n, style, rest)
    return None


# --- joining wrapped lines -------------------------------------------------------------------

def _join(text: str, line: str) -> str:
    if not text:
        return line
    if not line:
        return text
    if text.endswith(("-", "\u00ad")) and len(text) >= 2:
        before, after = text[-2], line[0]
        if before.islower() and after.islower():
            return text[:-1] + line
        if not before.isspace():
            return text + line  # "Post-" + "Soviet", "pp. 16-" + "17"
    if text.endswith(("–", "/")) and re.search(r"(?:https?://|www\.)\S*$", text):
        return text + line
    if text.endswith("–") and line[:1].isdigit():
        return text + line
    return text + " " + line


# --- unnumbered lists -------------------------------------------------------------------------

_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME = r"[" + _U + r"][\w'’-]+"
_STRONG_ENTRY = re.compile(
    r"^(?:"
    r"(?:van|von|de|del|della|di|du|le|la|da|dos|das|ter|ten|al|el)\s" + _NAME + r","  # de Gaulle,
    r"|" + _NAME + r"(?:\s" + _NAME + r"){0,2},\s(?:[" + _U + r"]\.|[" + _U + r"][a-zß-ÿ]+|&)"  # Surname, Given
    r"|(?:[" + _U + r"]\.\s?(?:-[" + _U + r"]\.\s?)?){1,3}" + _NAME + r"(?:,|\sand\s|\s&\s|\s\()"  # X. Surname,
    r"|[—–-]{2,}|_{2,}"  # repeated author
    r"|[" + _U + r"][\w'’-]*(?:\s(?:[" + _U + r"][\w'’-]*|of|and|for|the|on|&)){0,8}\.?\s\((?:1[5-9]\d\d|20\d\d|n\.d\.)[a-z]?(?:,[^)]{0,20})?\)"  # World Health Organization. (2018)
    r")"
)
_ENTRY_START = re.compile(
    _STRONG_ENTRY.pattern[:-1]
    + r"|" + _NAME + r"\s[" + _U + r"]{1,3}(?:,|\.|\s\()"  # Smith JA,
    + r"|" + _NAME + r"(?:\s(?:and|&)\s" + _NAME + r")?,?\s\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:]"  # Smith (2001).
    + r")"
)
_CONTINUATION_START = re.compile(
    r"^(?:pp?\.\s?\d|\d+\s?[–-]\s?\d+|https?://|www\.|doi:|10\.\d{4,9}/|ISBN|ISSN|URL\b|"
    r"[Aa]vailable\b|[Aa]ccessed\b|[Rr]etrieved\b|\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,;:)]|[,;:)\]])"
)
_COMPLETE_END = re.compile(r"(?:[.?!]|[.?!][”’\"')\]]|(?:https?://|www\.|doi:|10\.\d{4,9}/)\S+)$")


_YEAR = re.compile(r"(?<![\d/])(?:1[5-9]\d\d|20\d\d)(?!\d)|\bn\.\s?d\.")

_OPEN_END = re.compile(
    r"(?:[,:;&/(\[–—-]|\b(?:and|by|in|of|the|for|to|on|at|with|from|ed|eds|und|von|der|die|das|et|de|du|des|la|le|y|del|e|di)\.?)$"
)


def _continues(prev: str, line: str, author_led: bool) -> bool:
    """Whether an unnumbered line is the wrapped rest of the entry before it."""
    if _STRONG_ENTRY.match(line):
        return False
    if line[:1].islower() or _CONTINUATION_START.match(line):
        return True
    if _OPEN_END.search(prev):
        return True
    if author_led:
        # most entries open with an author: a line that does not is a wrapped line; nor does a
        # line that completes an entry still without its year ("Columbia UP, 1985.")
        if not _YEAR.search(prev) and _YEAR.search(line) and len(line) <= 60:
            return True
        return not _ENTRY_START.match(line)
    if _COMPLETE_END.search(prev):
        return False
    return not _ENTRY_START.match(line)


# --- numbered notes ---------------------------------------------------------------------------

def _chain(cands: list[_Cand | None], i: int, dominant: str | None) -> bool:
    want = cands[i].n + 1
    for later in cands[i + 1: i + 80]:
        if later is None or (later.style not in _STRONG and later.style != dominant):
            continue
        if later.n != want:
            return False
        if want == cands[i].n + 2:
            return True
        want += 1
    return False


def _accepted_starts(lines: list[str], cands: list[_Cand | None]) -> dict[int, _Cand]:
    """Indexes of the lines that open a numbered note, following the number sequence."""
    styles: dict[str, int] = {}
    for c in cands:
        if c is not None and c.style != "glued":
            styles[c.style] = styles.get(c.style, 0) + 1
    dominant = max(styles, key=lambda s: (styles[s], s in _STRONG)) if styles else None

    def rank(j: int, c: _Cand) -> tuple[int, int]:
        prev_line = lines[j - 1] if j else ""
        return (int(c.style in _STRONG or c.style == dominant),
                int(not prev_line or bool(_COMPLETE_END.search(prev_line))))

    out: dict[int, _Cand] = {}
    prev: int | None = None
    for i, c in enumerate(cands):
        if c is None:
            continue
        weak = c.style not in _STRONG and c.style != dominant
        if prev is None:
            ok = c.n <= 999 and (c.n == 1 if c.style == "glued" else not weak or c.n <= 3)
        elif c.style == "glued":
            ok = c.n == prev + 1
        else:
            ok = prev < c.n <= prev + _MAX_SKIP and not (weak and c.n != prev + 1)
        if not ok and prev is not None and not weak and c.style != "glued" and _chain(cands, i, dominant):
            ok = True  # a jump or a restart that the following notes confirm (n+1, n+2 follow)
        if ok:
            for j in range(i + 1, min(len(cands), i + 40)):
                later = cands[j]
                if later is None or later.style == "glued":
                    continue
                if later.n == c.n + 1:
                    break
                if later.n == c.n:
                    # the same number again before the next one: one of them is a wrapped line
                    # ("12 May 1997" inside note 11); keep the better-placed one
                    if rank(j, later) > rank(i, c):
                        ok = False
                    break
                if (prev is not None and c.n > prev + 1 and later.n == prev + 1
                        and (later.style in _STRONG or later.style == dominant)):
                    ok = False  # a skip while the expected number comes a little later
                    break
        if ok:
            out[i] = c
            prev = c.n
    return out


def _author_led(lines: list[str]) -> bool:
    """Whether the list's entries open with an author ("Surname, Given"), so that an upper-case
    line after a full stop is more likely a wrapped line than an entry of its own."""
    starts = ambiguous = 0
    for prev, line in zip([""] + lines, lines):
        if _ENTRY_START.match(line):
            starts += 1
        elif prev and _COMPLETE_END.search(prev) and not line[:1].islower() and not _CONTINUATION_START.match(line):
            ambiguous += 1
    return starts >= 3 and ambiguous * 2 <= starts


def _one_per_line(lines: list[str]) -> bool:
    """Whether each line of an unnumbered list is an entry of its own: every line reads as a
    reference by itself and none shows a wrap (an open end, a lower-case or continuation start).
    OSCOLA lists have no full stop at the end of an entry ("Donoghue v Stevenson [1932] AC 562 (HL)")."""
    if len(lines) < 2:
        return False
    if sum(1 for line in lines if _COMPLETE_END.search(line)) * 2 > len(lines):
        return False  # entries closed by a full stop: the ordinary wrap rules apply
    for prev, line in zip([""] + lines, lines):
        if prev and _OPEN_END.search(prev):
            return False
        if line[:1].islower() or _CONTINUATION_START.match(line) or not is_reference_like(line):
            return False
    return True


def _split_segment(lines: list[str], next_n: int) -> list[tuple[int, str]]:
    cands = [_candidate(line) for line in lines]
    starts = _accepted_starts(lines, cands)
    numbered = bool(starts) and (0 in starts or len(starts) >= 2)
    notes: list[list] = []
    if numbered:
        for i, line in enumerate(lines):
            if i in starts:
                notes.append([starts[i].n, starts[i].rest])
            elif notes:
                notes[-1][1] = _join(notes[-1][1], line)
            else:
                # lines before the first note: an unnumbered entry when it reads like one
                if is_reference_like(line):
                    notes.append([next_n, line])
                    next_n += 1
        return [(n, t) for n, t in notes]
    n = next_n
    author_led = _author_led(lines)
    if _one_per_line(lines):
        return [(next_n + k, _BULLET.sub("", line, count=1)) for k, line in enumerate(lines)]
    for line in lines:
        bullet = _BULLET.match(line)
        text = line[bullet.end():] if bullet else line
        if not text:
            continue
        if notes and not bullet and _continues(notes[-1][1], text, author_led):
            notes[-1][1] = _join(notes[-1][1], text)
        else:
            notes.append([n, text])
            n += 1
    return [(n, t) for n, t in notes]


def split_notes(lines: list[str]) -> list[tuple[int, str]]:
    """Region lines -> [(n, text)]: n is the printed note number, or 1..N for unnumbered lists."""
    segments: list[list[str]] = [[]]
    for raw in lines:
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(line)
    out: list[tuple[int, str]] = []
    for seg in segments:
        if not seg:
            continue
        next_n = out[-1][0] + 1 if out else 1
        for n, text in _split_segment(seg, next_n):
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                out.append((n, text))
    return out
