"""Token features for the labeller: word, shape, lexicons, position, punctuation and bracket context.

Bump FEATURE_VERSION whenever what this module computes changes: the shipped model records the
version it was trained with and a test fails when they differ.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .tokens import Token

FEATURE_VERSION = 5

# Feature groups switched off (only the ablation study sets this; the shipped model uses them all).
DISABLED: set[str] = set()

LEXICONS = ("months", "locator-words", "signal-words", "role-words", "backref-words", "publisher-words",
            "journal-words", "place-names", "given-names", "corporate-words")

_OPEN_Q = {"‘": "s", "“": "d", "«": "g", "„": "d", "‚": "s"}
_CLOSE_Q = {"’": "s", "”": "d", "»": "g"}
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th|e|er|re|ème|o|a)$", re.I)


@cache
def lexicon(name: str) -> frozenset[str]:
    text = resources.files("refsift.data.lexicons").joinpath(f"features-{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def lexicons_hash() -> str:
    """A digest of the word lists the features read (the model must be retrained when they change)."""
    import hashlib

    h = hashlib.sha256()
    for name in LEXICONS:
        h.update(name.encode())
        h.update(resources.files("refsift.data.lexicons").joinpath(f"features-{name}.txt").read_bytes())
    return h.hexdigest()[:16]


def _shape(text: str) -> str:
    out = []
    for ch in text:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c or len(out) < 2 or out[-2] != c:
            out.append(c)
    return "".join(out)[:8]


def _kind(tok: Token) -> str:
    t = tok.text
    if t.startswith(("http", "www.")):
        return "url"
    if t.startswith("10.") and "/" in t:
        return "doi"
    if t.isdigit():
        n = int(t) if len(t) < 6 else 0
        if len(t) == 4 and 1500 <= n <= 2099:
            return "year"
        return f"num{min(len(t), 5)}"
    if _ROMAN.match(t) and len(t) > 1 or t in ("I", "V", "X", "L"):
        return "roman"
    if _ORDINAL.match(t):
        return "ordinal"
    if len(t) == 1 and not t.isalnum():
        return "punct"
    if t.isupper() and len(t) > 1:
        return "caps"
    if t[0].isupper():
        return "title"
    if t[0].islower():
        return "lower"
    return "other"


def _lex_flags(word: str) -> list[str]:
    if "lex" in DISABLED:
        return []
    return [name for name in LEXICONS if word in lexicon(name)]


def note_features(tokens: list[Token], text: str = "") -> list[dict[str, float]]:
    """One feature dict per token (python-crfsuite's ItemSequence takes these as they are)."""
    n = len(tokens)
    words = [t.text.casefold() for t in tokens]
    kinds = [_kind(t) for t in tokens]
    lex = [_lex_flags(w.rstrip(".")) for w in words]

    # sentence segments ('Author. Title. Journal') and commas before each token
    abbrev = lexicon("locator-words") | lexicon("role-words") | {"al", "et", "jr", "st", "dr", "eds", "ed"}
    seg_before = []
    commas_before = []
    seg = commas = 0
    for i, tok in enumerate(tokens):
        seg_before.append(seg)
        commas_before.append(commas)
        if tok.text == "." and i > 0 and i + 1 < n and tokens[i + 1].space_before:
            prev = tokens[i - 1].text
            if prev in (")", "]", "’", "”", '"') or len(prev) > 1 and prev.casefold() not in abbrev and not prev.isupper():
                seg += 1
        elif tok.text in ("?", "!") and i + 1 < n and tokens[i + 1].space_before:
            seg += 1
        elif tok.text == ",":
            commas += 1
    lower_alpha = [1 if t.text.isalpha() and t.text.islower() else 0 for t in tokens]
    alpha = [1 if t.text.isalpha() else 0 for t in tokens]

    # running context: quote, bracket and parenthesis depth, what was seen before
    quote = paren = bracket = 0
    years_seen = 0
    colon_in_paren = False
    after_in = 0
    ctx = []
    for i, tok in enumerate(tokens):
        t = tok.text
        if t in _CLOSE_Q and quote > 0:
            # an apostrophe inside a word is not a closing quote
            glued = i + 1 < n and not tokens[i + 1].space_before and tokens[i + 1].text.isalpha()
            if not glued:
                quote -= 1
        ctx.append((quote, paren, bracket, years_seen, colon_in_paren, after_in))
        if t in _OPEN_Q and (i + 1 < n and not tokens[i + 1].space_before):
            quote += 1
        elif t == '"':
            quote = 0 if quote else 1
        elif t == "(":
            paren += 1
        elif t == ")":
            paren = max(0, paren - 1)
            colon_in_paren = False
        elif t == "[":
            bracket += 1
        elif t == "]":
            bracket = max(0, bracket - 1)
        elif t == ":" and paren:
            colon_in_paren = True
        if kinds[i] == "year":
            years_seen += 1
        if words[i] in ("in", "en", "dans") and (i + 1 < n and tokens[i + 1].text in (":",) or i > 0 and tokens[i - 1].text in (".", ",", "”", "’")):
            after_in = 1
        elif t in (".", ";") and after_in:
            after_in = 2

    feats: list[dict[str, float]] = []
    for i, tok in enumerate(tokens):
        w = words[i]
        q, pa, br, ys, cip, ain = ctx[i]
        f: dict[str, float] = {
            "bias": 1.0,
            "w=" + w: 1.0,
            "k=" + kinds[i]: 1.0,
            "sh=" + _shape(tok.text): 1.0,
            "suf3=" + w[-3:]: 1.0,
            "pre3=" + w[:3]: 1.0,
            "pos=" + str(min(9, i * 10 // max(n, 1))): 1.0,
        }
        if "context" not in DISABLED:
            f["q=" + str(min(q, 2))] = 1.0
            f["par=" + str(min(pa, 2))] = 1.0
            f["br=" + str(min(br, 1))] = 1.0
            f["ys=" + str(min(ys, 2))] = 1.0
            f["in=" + str(ain)] = 1.0
            if cip:
                f["colon_in_paren"] = 1.0
        if "segments" not in DISABLED:
            f["seg=" + str(min(seg_before[i], 4))] = 1.0
            f["commas=" + str(min(commas_before[i], 6))] = 1.0
            lo, hi = max(0, i - 4), min(n, i + 5)
            n_alpha = sum(alpha[lo:hi])
            if n_alpha >= 4:
                f["lowerish=" + str(round(3 * sum(lower_alpha[lo:hi]) / n_alpha))] = 1.0
        if not tok.space_before:
            f["glued"] = 1.0
        if i == 0:
            f["first"] = 1.0
        if i == n - 1:
            f["last"] = 1.0
        if len(tok.text) == 1 and tok.text.isupper() and i + 1 < n and tokens[i + 1].text == ".":
            f["initial"] = 1.0
        for name in lex[i]:
            f["lex=" + name] = 1.0
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f[f"{off}:w=" + words[j]] = 1.0
                f[f"{off}:k=" + kinds[j]] = 1.0
                if abs(off) == 1:
                    for name in lex[j]:
                        f[f"{off}:lex=" + name] = 1.0
                    if not tokens[j].space_before and off == 1:
                        f["next_glued"] = 1.0
            else:
                f[f"{off}:w=<edge>"] = 1.0
        if i > 0:
            f["bigram=" + words[i - 1] + "|" + w] = 1.0
        feats.append(f)
    return feats
