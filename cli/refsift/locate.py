"""Locate stage: find the notes / references region of a pasted page and clean it.

The region opens at a reference heading ("Notes and References", "Literatur", ...) chosen by how
reference-like the lines after it are, or, without a usable heading, it is the longest run of
reference-like lines.  It closes at an end-marker line ("Download references", "External links",
...) or at a long run of non-reference prose.  Publisher link noise ("Article  Google Scholar",
"[PubMed]") and Wikipedia back-links ("^ a b") are removed.  Word lists live in
``data/lexicons/{headings,end-markers,noise}.txt``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from refsift.errors import NoReferencesError

_LEXICONS = Path(__file__).resolve().parent / "data" / "lexicons"


@dataclass
class Located:
    lines: list[str]
    heading: str | None
    document_text: str | None
    # indexes into page.text.split("\n"): first line of the region and one past its last line
    start: int | None = None
    end: int | None = None
    headings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# lexicons

@functools.cache
def _lexicon(name: str) -> tuple[str, ...]:
    text = (_LEXICONS / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().casefold()


class _Phrases:
    """Whole-line phrase matcher; entries ending in '*' match as prefixes."""

    def __init__(self, entries, strip_colon: bool) -> None:
        self.strip_colon = strip_colon
        self.exact = set()
        self.prefixes = []
        for e in entries:
            e = e.lstrip("+~") if len(e) > 1 else e
            if e.endswith("*") and len(e) > 1:
                self.prefixes.append(_norm(e[:-1]))
            else:
                self.exact.add(self._key(e))

    def _key(self, s: str) -> str:
        s = _norm(s)
        if self.strip_colon:
            s = s.rstrip(":").rstrip()
        return s

    def __contains__(self, line: str) -> bool:
        key = self._key(line)
        if not key:
            return False
        if key in self.exact:
            return True
        if len(key) > 80 and not self.prefixes:
            return False
        low = _norm(line)
        return any(low.startswith(p) for p in self.prefixes)


@functools.cache
def _headings() -> _Phrases:
    return _Phrases(_lexicon("headings.txt"), strip_colon=True)


@functools.cache
def _end_markers() -> _Phrases:
    return _Phrases(_lexicon("end-markers.txt"), strip_colon=True)


@functools.cache
def _noise() -> _Phrases:
    return _Phrases(_lexicon("noise.txt"), strip_colon=False)


@functools.cache
def _link_words() -> tuple[re.Pattern, frozenset, re.Pattern]:
    strong, weak = [], []
    for e in _lexicon("noise.txt"):
        if e[:1] in "+~" and len(e) > 1 and not e.endswith("*"):
            (strong if e[0] == "+" else weak).append(_norm(e[1:]))
    words = sorted(set(strong) | set(weak), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    only = re.compile(rf"^\s*(?:(?:{alt})(?![\w])\s*)+$", re.I)
    tail = re.compile(rf"(?:^|(?<=\s)|(?<=[.;,)\]]))({alt})\s*$", re.I)
    return only, frozenset(strong), tail


# ---------------------------------------------------------------------------------------------
# line cleaning

_HEADING_PREFIX = re.compile(r"^\s*(?:#{1,6}\s*)?(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-H])\.?\s+)?")
_HEADING_SUFFIX = re.compile(
    r"\s*(?:\[\s*edit\s*\]|\[\s*bearbeiten[^\]]*\]|\[\s*modifier[^\]]*\]|\[\s*editar\s*\]|¶|#|\(\d{1,4}\))\s*$", re.I
)


_EDIT_HEADING = re.compile(r"\S\s*\[\s*(?:edit|bearbeiten|modifier|modifier le code|editar|modifica)\s*\]$", re.I)


def heading_of(line: str) -> str | None:
    """The line's text when it is a notes/references heading, else None."""
    s = line.strip()
    if not s or len(s) > 60:
        return None
    s = _HEADING_SUFFIX.sub("", s)
    core = _HEADING_PREFIX.sub("", s, count=1)
    if core and core in _headings():
        return s.rstrip(":").strip()
    if s in _headings():
        return s.rstrip(":").strip()
    return None


_APPENDIX = re.compile(
    r"^(?:appendix|appendices|anhang|annexe|annexes|anexo|apéndice|appendice)"
    r"(?:\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})(?:[.:]|\s|$).{0,70})?\s*$",
    re.I,
)


def is_end_marker(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 400:
        return False
    if len(s) <= 80 and _APPENDIX.match(_HEADING_SUFFIX.sub("", s)):
        return True  # "Appendix", "Appendix A Proof of Theorem 1": the paper goes on after its references
    if _EDIT_HEADING.search(s) and not heading_of(s):
        return True  # a Wikipedia section heading ("Background[edit]") that is not a reference one
    s = _HEADING_SUFFIX.sub("", s)
    if len(s) <= 80:
        core = _HEADING_PREFIX.sub("", s, count=1)
        if core and core != s and core in _end_markers():
            return True
    return s in _end_markers()


def is_noise(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if s in _noise():
        return True
    return bool(_link_words()[0].match(s))


_BACKLINK = re.compile(r"^(\s*(?:\d{1,4}[.)]|\[\d{1,4}\])?\s*)(?:\^|↑|jump up(?: to)?:?)\s*", re.I)
_BACKLINK_START = re.compile(r"^\s*(?:\^|↑|jump up\b)", re.I)
_TRAILING_ARROW = re.compile(r"\s*(?:↩\ufe0e?\ufe0f?|↑|\[↩\])+\s*$")


def _strip_backlinks(line: str) -> str:
    m = _BACKLINK.match(line)
    if m:
        lead, rest = m.group(1), line[m.end():]
        # "^ a b c" back-link letters: a, b, c, ... z, aa, ab, ... in order (at least "a b")
        tokens = rest.split(" ")
        expected = [chr(c) for c in range(ord("a"), ord("z") + 1)]
        expected += ["a" + chr(c) for c in range(ord("a"), ord("z") + 1)]
        k = 0
        while k < len(tokens) and k < len(expected) and tokens[k] == expected[k]:
            k += 1
        if k >= 2 and k < len(tokens):
            rest = " ".join(tokens[k:])
        line = (lead.strip() + " " + rest.lstrip()).strip() if lead.strip() else rest
    return _TRAILING_ARROW.sub("", line)


def _strip_tail_links(line: str) -> str:
    _only, strong, tail = _link_words()
    rest = line.rstrip()
    cut: list[tuple[str, int]] = []  # (word, position where it started)
    while True:
        m = tail.search(rest)
        if not m or m.start(1) == 0:
            break
        cut.append((_norm(m.group(1)), m.start(1)))
        rest = rest[: m.start(1)].rstrip()
    if not cut:
        return line
    # give back weak words ("Book", "Article") unless punctuation closes the reference before them
    while cut and cut[-1][0] not in strong:
        word, pos = cut[-1]
        before = line[:pos].rstrip()
        if before and before[-1] in ".;,)]\"”’'»":
            break
        cut.pop()
    if not any(w in strong for w, _ in cut):
        return line
    pos = min(p for _, p in cut)
    return line[:pos].rstrip()


def clean_line(line: str) -> str:
    """One region line without back-links, glued link words and extra spaces."""
    s = re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", line).strip()
    s = _strip_backlinks(s)
    s = _strip_tail_links(s)
    return s.strip()


# ---------------------------------------------------------------------------------------------
# reference-likeness

_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_L = "a-zß-öø-ÿā-ž"
_YEAR = re.compile(r"(?<![\d/])(?:1[5-9]\d\d|20\d\d)(?:[a-z])?(?!\d)")
_PAGES = re.compile(
    r"\b(?:pp?|S|Bd|fol|fols|col|cols|ch|chap|para|paras|art|sec|n|nn|note)\.\s?\d"
    r"|\b\d+\s?[–—-]\s?\d+\b|\b\d+\s?ff?\.|\bpages?\s\d|\bat\s\d+\b|:\s?\d+[–-]\d+"
)
_PUBLISHER = re.compile(
    r"\b(?:Press|University|Universit[äéy]|Verlag|Publishers?|Publishing|Publications|Books|"
    r"Éditions|Editions|Editorial|Editora|Editore|Presses|UP|Routledge|Macmillan|Springer|"
    r"Wiley|Elsevier|Palgrave|Sage|Brill|Blackwell|Penguin|Norton|Knopf|Beck|Suhrkamp|Gallimard|"
    r"Institute|Institut|Academy|Akademie)\b"
    r"|\b[" + _U + r"][\w.'’ -]{1,25}(?:,\s[A-Z]{2,})?:\s?[" + _U + r"][\w&.'’-]+"
)
_QUOTE = re.compile(r"[‘“„«‹\"][^‘“„«‹\"’”»›]{3,}[’”»›\"“‘]")
_MARKERS = re.compile(
    r"\bet al\b|\bu\.\s?a\.|\bibid\b|\bibidem\b|\bebd\b|\bebenda\b|\bop\.\s?cit\b|\bloc\.\s?cit\b|"
    r"\bId\.|\bVgl\.|\bvgl\.|\bcf\.|\bCf\.|\bSee\b|\bsee\b|\bsiehe\b|\bvoir\b|\bVoir\b|\bVéase\b|"
    r"\bHrsg\.|\bhg\.|\beds?\.|\bEds?\.|\bed\. by\b|\btrans\.|\bedn\b|\b\d(?:st|nd|rd|th) ed\b|"
    r"\bIn:|\bin:|\bdir\.|\bcoord\.|\bvol\.|\bVol\.|\bBd\.|\bno\.|\bNo\.|\bNr\.|\bH\.\s?\d|\bJg\.|"
    r"\b\d+\s?\(\d+\)|\bt\.\s?\d|\bpassim\b|\bDiss\.|\bthesis\b|\bISBN\b|\bISSN\b|\barXiv\b|"
    r"\bJournal\b|\bReview\b|\bQuarterly\b|\bZeitschrift\b|\bRevue\b|\bRevista\b|\bProceedings\b|"
    r"\baccessed\b|\bretrieved\b|\bAccessed\b|\bRetrieved\b|\bAvailable\b"
)
# legal citations: "Donoghue v Stevenson [1932] AC 562", "[2017] UKSC 5", "(1765) 19 St Tr 1029",
# "Human Rights Act 1998", "SI 2013/1234", "Directive 2001/29/EC", "573 U.S. 373", "18 U.S.C. § 2510"
_LEGAL = re.compile(
    r"\b[" + _U + r"][\w'’&.-]*(?:\s[\w'’&().-]+){0,8}\sv\.?\s[" + _U + r"(]"
    r"|[\[(](?:1[5-9]\d\d|20\d\d)[\])]\s(?:\d{1,3}\s)?[A-Z][A-Za-z]{0,6}(?:\s[A-Z][A-Za-z]{0,6}){0,3}\s\d"
    r"|^\s*(?:The\s)?[" + _U + r"][\w'’().-]*(?:\s[\w'’().-]+){0,10}\s(?:Act|Regulations|Rules|Order|Ordinance|Gesetz|Loi)"
    r"(?:\s\((?:c|N\.?I\.?)\s?\d+\))?\s(?:1[5-9]\d\d|20\d\d)\b(?=\s*(?:$|[,;.(\[]))"
    r"|\bS\.?I\.?\s(?:1[5-9]\d\d|20\d\d)/\d+|\b(?:Directive|Regulation)\s(?:\(E[UC]\)\s)?(?:No\s)?\d+/\d+"
    r"|\b\d+\sU\.\s?S\.(?:C\.)?\s(?:§\s?)?\d|§\s?\d"
)
_LINKISH = re.compile(r"\b10\.\d{4,9}/|https?://|\bwww\.|\bdoi:", re.I)
_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}(?:[.)]|\s)\s*\S|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S)")
_AUTHOR = re.compile(
    r"^\s*(?:\[\d{1,4}\]\s*|\(\d{1,4}\)\s*|\d{1,4}[.)]?\s+)?(?:"
    r"[" + _U + r"][\w'’-]+(?: [" + _U + r"][\w'’-]+)?,\s(?:[" + _U + r"]\.|[" + _U + r"][" + _L + r"]+)"  # Surname, X.
    r"|(?:[" + _U + r"]\.\s?(?:-[" + _U + r"]\.\s?)?){1,3}(?:[" + _U + r"][" + _L + r"]+\s)?[" + _U + r"][\w'’-]+(?:,|\sand\s|\s&\s|\s\()"  # X. Surname,
    r"|[" + _U + r"][\w'’-]+ [" + _U + r"]{1,3}[,.]"  # Smith JA,
    r"|[" + _U + r"][\w'’-]+,?\s\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:]"  # Smith (2001).  Smith 2001,
    r"|[—–-]{2,}"  # MLA / Chicago repeated author
    r")"
)


def features(line: str) -> int:
    """How many kinds of reference evidence the line shows (the number marker not counted)."""
    s = line
    return sum(
        1 for rx in (_YEAR, _PAGES, _PUBLISHER, _QUOTE, _MARKERS, _LINKISH, _AUTHOR, _LEGAL) if rx.search(s)
    )


def is_numbered(line: str) -> bool:
    return bool(_NUMBER.match(line))


def is_reference_like(line: str) -> bool:
    s = line.strip()
    if len(s) < 8:
        return False
    hits = features(s)
    numbered = is_numbered(s)
    if len(s) > 350 and not numbered:
        return hits >= 4
    if (not numbered and len(s) > 200 and len(s.split()) >= 25 and _SENTENCE.search(s)
            and not _AUTHOR.match(s)):
        return hits >= 4  # a paragraph of running prose with in-text citations ("(Felski 1; Best 2)")
    if numbered:
        return hits >= 1
    return hits >= 2


# ---------------------------------------------------------------------------------------------
# classification of the page's lines

BLANK, NOISE, HEADING, END, REF, NUM, OTHER, PROSE, SENTENCE = range(9)

# a line of running prose: a finite verb or a first person, and a full stop at the end
_SENTENCE = re.compile(
    r"^(?=.*\b(?:is|are|was|were|has|have|had|will|would|can|could|we|our|I|my|this essay|this article|"
    r"ist|sind|war|wurde|est|sont|était|es|son|fue)\b).*[.!?]$"
)


def _classify(lines: list[str]) -> list[int]:
    kinds = []
    for line in lines:
        s = line.strip()
        if not s:
            kinds.append(BLANK)
        elif heading_of(s):
            kinds.append(HEADING)
        elif is_end_marker(s):
            kinds.append(END)
        elif is_noise(s):
            kinds.append(NOISE)
        else:
            c = clean_line(s)
            if not c:
                kinds.append(NOISE)
            elif is_reference_like(c):
                kinds.append(REF)
            elif is_numbered(c) or _BACKLINK_START.match(s):
                kinds.append(NUM)  # a numbered note, or a Wikipedia "^" note pasted without its number
            elif len(c) > 200:
                kinds.append(PROSE)
            elif _SENTENCE.search(c) and len(c.split()) >= 10:
                kinds.append(SENTENCE)
            else:
                kinds.append(OTHER)
    return kinds


_MAX_OTHER_RUN = 6
_MAX_PROSE_RUN = 2


@dataclass
class _Span:
    start: int  # first line index (inclusive)
    end: int  # one past the last line kept
    n_ref: int
    n_good: int
    by_marker: bool


def _scan(kinds: list[int], start: int, allow_headings: bool = True) -> _Span:
    """Follow the region from `start` until an end marker or a long run of non-reference lines."""
    n_ref = n_good = 0
    last_good = start - 1
    other = prose = 0
    i = start
    by_marker = False
    while i < len(kinds):
        k = kinds[i]
        if k == END:
            by_marker = True
            break
        if k == HEADING and not allow_headings:
            break
        if k in (BLANK, NOISE, HEADING):
            i += 1
            continue
        if k in (REF, NUM):
            n_good += 1
            n_ref += k == REF
            last_good = i
            other = prose = 0
        elif (k == SENTENCE and n_good >= 3 and kinds[i - 1] == BLANK
              and (i + 1 >= len(kinds) or kinds[i + 1] in (BLANK, END))):
            break  # a paragraph of prose set off by blank lines after the list: an author's note, a blurb
        else:
            other += 1
            prose += k == PROSE
            if other >= _MAX_OTHER_RUN or prose >= _MAX_PROSE_RUN:
                break
        i += 1
    if by_marker:
        end = i
        # lines set off by a blank line between the last note and the end marker are page
        # furniture ("Word count: ...", "Back to dissertations"), not a wrapped note
        blank = next((j for j in range(last_good + 1, i) if kinds[j] == BLANK), None)
        if blank is not None and last_good >= start and any(
                kinds[j] in (OTHER, PROSE, SENTENCE) for j in range(blank, i)):
            end = blank
    else:
        end = last_good + 1
    return _Span(start, max(end, start), n_ref, n_good, by_marker)


def _density_span(kinds: list[int], lines: list[str]) -> _Span | None:
    """The longest run of reference-like lines (short gaps of other lines are continuations)."""
    best: _Span | None = None
    i = 0
    n = len(kinds)
    while i < n:
        if kinds[i] in (REF, NUM) and len(lines[i]) < 600:
            span = _scan_density(kinds, lines, i)
            if best is None or span.n_ref > best.n_ref:
                best = span
            i = max(span.end, i + 1)
        else:
            i += 1
    return best


def _scan_density(kinds: list[int], lines: list[str], start: int) -> _Span:
    n_ref = n_good = 0
    last_good = start
    gap = 0
    i = start
    while i < len(kinds):
        k = kinds[i]
        if k in (END, HEADING):
            break
        if k in (BLANK, NOISE):
            i += 1
            continue
        if k in (REF, NUM) and len(lines[i]) < 600:
            n_ref += k == REF
            n_good += 1
            last_good = i
            gap = 0
        else:
            gap += 1
            if gap > 2 or k == PROSE:
                break
        i += 1
    return _Span(start, last_good + 1, n_ref, n_good, False)


# ---------------------------------------------------------------------------------------------
# the page's own citation

_CITE_HEAD = re.compile(
    r"^\s*(?:cite this (?:chapter|article|paper|book|entry|page|item|essay|review|publication)"
    r"|how to cite(?: this (?:article|chapter|paper|book|entry))?|cite as|citation|recommended citation"
    r"|suggested citation|zitierweise|zitiervorschlag|zitierhinweis|pour citer (?:cet article|ce document)"
    r"|citer cet article|citer ce document|référence électronique|cómo citar(?: este artículo)?"
    r"|como citar(?: este artigo| este artículo)?|para citar este artículo|citare questo articolo|come citare)"
    r"\s*(?::|\s[-–—]\s|$)\s*(.*)$",
    re.I,
)


def _citation_like(s: str) -> bool:
    return len(s) >= 20 and bool(_YEAR.search(s) or _LINKISH.search(s)) and not is_end_marker(s)


def find_document_text(lines: list[str]) -> str | None:
    for i, line in enumerate(lines):
        m = _CITE_HEAD.match(line)
        if not m:
            continue
        rest = m.group(1).strip()
        if rest:
            if _citation_like(rest):
                return re.sub(r"\s+", " ", rest)
            continue
        seen = 0
        for nxt in lines[i + 1: i + 12]:
            s = nxt.strip()
            if not s or is_noise(s):
                continue
            seen += 1
            if _citation_like(s) and len(s) < 1000:
                return re.sub(r"\s+", " ", clean_line(s))
            if seen >= 3:
                break
    return None


# ---------------------------------------------------------------------------------------------

def _region_lines(lines: list[str], kinds: list[int], span: _Span) -> tuple[list[str], list[str]]:
    out: list[str] = []
    heads: list[str] = []
    for i in range(span.start, span.end):
        k = kinds[i]
        if k in (BLANK, NOISE, END):
            continue
        if k == HEADING:
            heads.append(heading_of(lines[i]) or lines[i].strip())
            if out and out[-1] != "":
                out.append("")  # a sub-section break (Wikipedia: Notes | References | Sources)
            continue
        c = clean_line(lines[i])
        if c and not is_noise(c):
            if _BACKLINK_START.match(lines[i]) and not is_numbered(c):
                c = "• " + c  # a Wikipedia "^" footnote pasted without its number: a note of its own
            out.append(c)
    while out and out[-1] == "":
        out.pop()
    return out, heads


def locate(text: str) -> Located:
    """Find the notes / references region of a page's visible text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kinds = _classify(lines)
    document_text = find_document_text(lines)

    best: tuple[tuple[int, int], int, _Span] | None = None
    spans: list[tuple[int, _Span]] = []
    for i, k in enumerate(kinds):
        if k != HEADING:
            continue
        span = _scan(kinds, i + 1)
        if span.n_ref == 0:
            continue
        spans.append((i, span))
        if span.n_good and span.n_ref + span.n_good < 3 and span.n_ref < 2:
            # a single stray line after a heading word (a menu, a box title): weak evidence
            score = (span.n_ref - 1, span.n_good)
        else:
            score = (span.n_ref, span.n_good)
        if best is None or score >= best[0]:  # ties go to the later, tighter region
            best = (score, i, span)

    density = _density_span(kinds, lines)
    if best is not None:
        _, hi, span = best
        use_density = (
            density is not None
            and density.n_ref > 2 * span.n_ref + 3
            and (density.end <= span.start or density.start >= span.end)
        )
        if not use_density:
            # other, separate reference sections (endnotes, then a reference list after
            # "Notes on contributors") join the chosen one, in page order
            chosen = [(hi, span)]
            for j, other in spans:
                if other.n_ref >= 3 and all(
                    j >= s.end or other.end <= h for h, s in chosen
                ):
                    chosen.append((j, other))
            chosen.sort()
            region: list[str] = []
            heads: list[str] = []
            for h, sp in chosen:
                part, sub = _region_lines(lines, kinds, sp)
                if part:
                    if region:
                        region.append("")
                    region.extend(part)
                    heads.extend([heading_of(lines[h]) or ""] + sub)
            if region:
                return Located(region, heading_of(lines[chosen[0][0]]), document_text, chosen[0][1].start,
                               chosen[-1][1].end, heads)

    if density is not None:
        content = sum(1 for k in kinds if k not in (BLANK, NOISE))
        if density.n_ref >= 2 or (density.n_ref >= 1 and content <= 3):
            region, heads = _region_lines(lines, kinds, density)
            if region:
                return Located(region, None, document_text, density.start, density.end, heads)
    raise NoReferencesError("no notes or references section found")
