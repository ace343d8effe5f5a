"""The word lists of the normalize stage (``data/lexicons/normalize-*.txt``), each read once."""
from __future__ import annotations

import functools
import re
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``normalize-NAME.txt``: one a line, blank lines and ``#`` comments skipped."""
    path = LEXICON_DIR / f"normalize-{name}.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries lower-cased, as a set."""
    return frozenset(e.lower() for e in entries(name))


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """``key|value`` entries as a dict; keys as written (callers decide about case)."""
    out: dict[str, str] = {}
    for e in entries(name):
        key, _, value = e.partition("|")
        out.setdefault(key.strip(), value.strip())
    return out


@functools.cache
def title_matcher(name: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """For the newspaper/magazine lists: a regex of the word-sequence entries, the set of
    whole-title (``=``) entries, and the set of multi-word entries (strong matches)."""
    seqs, whole = [], set()
    for e in entries(name):
        e = e.lower()
        if e.startswith("="):
            whole.add(e[1:].strip())
        else:
            seqs.append(e)
    seqs.sort(key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in seqs) or r"(?!x)x"
    pattern = re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", re.IGNORECASE)
    multi = frozenset(s for s in seqs if " " in s)
    return pattern, frozenset(whole), multi
