"""A span holding a list of names -> CSL names.

``parse_names("J. Goldgeier and M. McFaul")`` gives
``[{"family": "Goldgeier", "given": "J."}, {"family": "McFaul", "given": "M."}]``.
Handles direct order (``Max Weber``), inverted order (``Weber, Max``), Vancouver
(``Smith JA``), lower-case particles (``van der Berg``), role words (``eds``,
``(Hrsg.)``, ``edited by``), ranks (``Col. Gen.``), ``et al.`` and corporate
authors (``{"literal": "NATO"}``).
"""
from __future__ import annotations

import functools
import re

from . import lexicon

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_QUOTES = "\"'‘’“”«»„‚‹›"
_ET_AL = re.compile(
    r"[\s,;]*(?:\bet\.?\s*al(?:ii|ia)?\b\.?|\band others\b|\bu\.\s?a\.|\bet coll\.|\be altri\b|\by otros\b|\bi dr\.|и др\.)",
)
_ANONYMOUS = {"anon", "anonymous", "anonym", "n.n", "o.v", "s.n", "anónimo"}
_JOINER = re.compile(r"\s*,?\s*(?:&|\band\b|\bund\b|\bet\b|\bu\.|\by\b|\be\b|\bи\b)\s*", re.UNICODE)
_WEAK_JOINERS = {"y", "e"}  # also inside Spanish/Portuguese compound surnames (Ortega y Gasset)


# --- lexicons ---------------------------------------------------------------------------

@functools.cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    roles = sorted(lexicon.entries("role-words"), key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in roles)
    # "(ed.)", "[Hrsg.]" anywhere
    bracketed = re.compile(r"\s*[\(\[]\s*(?:" + alt + r")\s*[\)\]]", re.IGNORECASE)
    # "edited by J. Smith", "ed. J. Smith", "Hrsg. v. ..."
    leading = re.compile(r"^\s*(?:(?:translated|übersetzt|traduit|trad\.) (?:from|aus|de|du) (?:the |dem |l'|le )?\w+ (?:by|von|par)|"
                         + alt + r")(?=\s|$)[\s:,]*", re.IGNORECASE)
    # "J. Smith, ed.", "J. Smith and K. Lee, eds"
    trailing = re.compile(r"[\s,]+(?:" + alt + r")\s*$", re.IGNORECASE)
    return bracketed, leading, trailing


@functools.cache
def _particle_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single particle words (``van``, ``der``) and attached prefixes (``al-``, ``d'``)."""
    single: set[str] = set()
    attached: list[str] = []
    for e in lexicon.entries("particles"):
        e = e.lower()
        if e.endswith(("-", "'")):
            attached.append(e)
        else:
            single.update(e.split())
    return frozenset(single), tuple(sorted(attached, key=len, reverse=True))


@functools.cache
def _corporate_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.entries("corporate-words"))


# --- token tests ------------------------------------------------------------------------

def _is_initials(tok: str, bare_ok: bool = True) -> bool:
    """``J.``, ``J.A.``, ``K-H.``, ``Ch.``, ``Yu.``; with ``bare_ok`` also ``J`` and ``JA``."""
    t = tok.replace("\u2010", "-").replace("\u2011", "-")
    i, n, dotted, letters = 0, len(t), False, 0
    if not t:
        return False
    while i < n:
        c = t[i]
        if not (c.isalpha() and c.isupper()):
            return False
        i += 1
        letters += 1
        if i < n and t[i].isalpha() and t[i].islower():
            i += 1
            if i >= n or t[i] != ".":
                return False
        if i < n and t[i] == ".":
            i += 1
            dotted = True
        if i < n and t[i] == "-":
            i += 1
            dotted = True
            if i >= n:
                return False
    if dotted or letters == 1:
        return True
    return bare_ok and letters <= 3


def _is_particle(tok: str) -> bool:
    single, _ = _particle_words()
    return tok == tok.lower() and tok.replace("’", "'") in single


def _split_attached(tok: str) -> tuple[str, str] | None:
    """``al-Assad`` -> ("al-", "Assad"); ``d’Estaing`` -> ("d’", "Estaing")."""
    _, attached = _particle_words()
    norm = tok.replace("’", "'")
    for pre in attached:
        if norm.startswith(pre) and len(tok) > len(pre) and tok[len(pre)].isupper():
            return tok[:len(pre)], tok[len(pre):]
    return None


def _is_word(tok: str) -> bool:
    return bool(tok) and tok[0].isalpha() and tok[0].isupper() and not _is_initials(tok, bare_ok=False)


def _is_suffix(part: str) -> bool:
    return part.strip().lower() in lexicon.words("name-suffixes")


def _is_honorific(tok: str) -> bool:
    return tok.lower().rstrip(".") in lexicon.words("honorifics")


# --- cleaning ---------------------------------------------------------------------------

def strip_roles(text: str) -> str:
    """Remove role words (``ed.``, ``(Hrsg.)``, ``edited by``, ``trans.`` ...) from a name span."""
    bracketed, leading, trailing = _role_patterns()
    text = bracketed.sub("", text)
    text = re.sub(r"^\s*(?:[Ii]n|[Dd]ans|[Ee]n)\s*:?\s+(?=[A-ZÀ-Ý])", "", text)  # 'In J. Smith (Ed.)'
    for _ in range(3):
        new = leading.sub("", text)
        new = trailing.sub("", new)
        if new == text:
            break
        text = new
    return text.strip()


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    return text.strip(" ,;:" + _QUOTES)


def _strip_dot(word: str) -> str:
    """A full stop after a name that is not an initial is punctuation: ``Weber.`` -> ``Weber``."""
    if word.endswith(".") and not _is_initials(word) and len(word) > 3 and word[-2].islower():
        return word[:-1]
    return word


# --- one name ---------------------------------------------------------------------------

def _make(family: str, given: str = "", particle: str = "", suffix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    family = _strip_dot(family.strip(" ,"))
    given = given.strip(" ,")
    if given and " " not in given:
        given = _strip_dot(given)
    if family:
        out["family"] = family
    if given:
        out["given"] = given
    if particle:
        out["non-dropping-particle"] = particle
    if suffix:
        out["suffix"] = suffix
    return out


def _leading_particles(tokens: list[str]) -> tuple[str, list[str]]:
    """Particles at the front of a family name: ``van der Berg`` -> ("van der", ["Berg"])."""
    k = 0
    while k < len(tokens) - 1 and _is_particle(tokens[k]):
        k += 1
    particle = " ".join(tokens[:k])
    rest = tokens[k:]
    if rest:
        split = _split_attached(rest[0])
        if split:
            particle = (particle + " " + split[0]).strip() if particle else split[0]
            rest = [split[1]] + rest[1:]
    return particle, rest


def _family_only(text: str) -> dict[str, str]:
    particle, rest = _leading_particles(text.split())
    return _make(" ".join(rest), particle=particle)


def _direct(text: str) -> dict[str, str]:
    """``M. A. Smith``, ``Ole de Wever``, ``Col. Gen. L. Ivashov``, ``Smith JA``."""
    tokens = text.split()
    while len(tokens) > 1 and (_is_honorific(tokens[0]) or (tokens[0] == "The" and _is_honorific(tokens[1]))):
        tokens = tokens[1:]
    suffix = ""
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = tokens.pop()
    if not tokens:
        return {}
    # family first, initials after: Vancouver "Smith JA", "van der Berg J"
    lead = 0
    while lead < len(tokens) - 1 and _is_particle(tokens[lead]):
        lead += 1
    if len(tokens) > lead + 1 and not _is_initials(tokens[lead]) and all(_is_initials(t) for t in tokens[lead + 1:]):
        k = lead + 1
        particle, fam = _leading_particles(tokens[:k])
        return _make(" ".join(fam), " ".join(tokens[k:]), particle, suffix)
    # "De Lorenzo S", "Van Breusegem F": a family name of several words before undotted initials
    if 2 <= len(tokens) <= 4 and re.fullmatch(r"[A-Z]{1,3}", tokens[-1]) \
            and all(_is_word(t) and t[:1].isupper() for t in tokens[:-1]):
        return _make(" ".join(tokens[:-1]), tokens[-1], "", suffix)
    # French style, family in capitals first: "DUPONT Jean", "DE GAULLE Charles"
    caps = 0
    while caps < len(tokens) and tokens[caps].isupper() and len(tokens[caps].strip(".")) > 1 \
            and not _is_initials(tokens[caps], bare_ok=False):
        caps += 1
    if 0 < caps < len(tokens) and not any(t.isupper() for t in tokens[caps:]) and len("".join(tokens[:caps])) > 3:
        return _make(" ".join(tokens[:caps]), " ".join(tokens[caps:]), "", suffix)
    k = len(tokens) - 1
    family = tokens[k]
    # Spanish/Portuguese double family name: "Paloma Aguilar Fernández" (the given name tells the convention)
    iberian = lexicon.words("given-iberian")
    if (len(tokens) == 3 and tokens[0].lower() in iberian and tokens[1].lower() not in iberian  # not "José Luis X"
            and all(_is_word(t) and t[:1].isupper() for t in tokens[1:])):
        return _make(" ".join(tokens[1:]), tokens[0], "", suffix)
    # Spanish/Portuguese compound: Ortega y Gasset
    if k >= 3 and tokens[k - 1] in _WEAK_JOINERS:
        family = " ".join(tokens[k - 2:])
        k -= 2
    # a capitalised particle stays with the family name: "Jean-Marie Le Pen", "Charles De Gaulle"
    if k >= 2 and tokens[k - 1] != tokens[k - 1].lower() and _is_particle(tokens[k - 1].lower()):
        family = tokens[k - 1] + " " + family
        k -= 1
    j = k
    while j > 0 and _is_particle(tokens[j - 1]):
        j -= 1
    particle = " ".join(tokens[j:k])
    split = _split_attached(family)
    if split and " " not in family:
        particle = (particle + " " + split[0]).strip() if particle else split[0]
        family = split[1]
    given = " ".join(tokens[:j])
    return _make(family, given, particle, suffix)


def _inverted(fam_part: str, given_part: str) -> dict[str, str]:
    """``Wever, Ole de``, ``van der Berg, J.``, ``Jackson, Sir M.``."""
    particle, fam = _leading_particles(fam_part.split())
    given = given_part.split()
    while len(given) > 1 and _is_honorific(given[0]):
        given = given[1:]
    trail: list[str] = []
    while len(given) > 1 and _is_particle(given[-1]):
        trail.insert(0, given.pop())
    if trail:
        particle = " ".join(trail + ([particle] if particle else []))
    return _make(" ".join(fam), " ".join(given), particle)


def _family_like(part: str) -> bool:
    tokens = part.split()
    if not tokens or any(_is_initials(t) for t in tokens):
        return False
    # 'Van der Burght, A. T.': a capitalised particle still opens a family name
    single, _ = _particle_words()
    tokens = [t.lower() if i < len(tokens) - 1 and t.lower() in single else t for i, t in enumerate(tokens)]
    _, rest = _leading_particles(tokens)
    return 1 <= len(rest) <= 3 and all(_is_word(t) or t in _WEAK_JOINERS or "-" in t for t in rest)


def _given_like(part: str, family_part: str, vancouver: bool = True) -> bool:
    tokens = part.split()
    if not tokens:
        return False
    if all(_is_initials(t) for t in tokens):
        return True
    # in a Vancouver list ("Lee K, Smith J"), a word followed by undotted capitals is a name of its own
    if vancouver and len(tokens) > 1 and _is_initials(tokens[-1]) and "." not in tokens[-1] and _is_word(tokens[0]):
        return False
    # "Babak Falsafi, Phillip B. Gibbons": a full name after a full name, not a given name
    fam_words = [t for t in family_part.split() if not _is_particle(t)]
    if len(fam_words) >= 2 and len(tokens) >= 2 and _is_word(tokens[-1]) and not _is_initials(tokens[-1]):
        return False
    while len(tokens) > 1 and _is_particle(tokens[-1]):
        tokens = tokens[:-1]
    if len(tokens) > 3 or not all(_is_word(t) or _is_initials(t) or _is_honorific(t) for t in tokens):
        return False
    # "Max Weber, Olaf Scholz": two full names, not family + given
    fam_words = [t for t in family_part.split() if not _is_particle(t)]
    if len(fam_words) >= 2 and len(tokens) >= 2 and not any(_is_initials(t) for t in tokens):
        return False
    return True


_VANCOUVER = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s){1,3}[A-Z]{1,3}")


def _parse_segment(segment: str, bare: bool) -> list[dict[str, str]]:
    parts = [p.strip() for p in segment.split(",")]
    parts = [_tidy(strip_roles(p)) for p in parts if p.strip()]
    parts = [p for p in parts if p]
    if bare and not any(_is_initials(t) for p in parts for t in p.split()):
        return [n for n in (_family_only(p) for p in parts) if n]
    names: list[dict[str, str]] = []
    vancouver = sum(1 for p in parts if _VANCOUVER.fullmatch(p)) >= 2 or len(parts) == 1
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and not _is_suffix(nxt) and _family_like(p) and _given_like(nxt, p, vancouver):
            name = _inverted(p, nxt)
            i += 2
        else:
            name = _direct(p)
            i += 1
        if i < len(parts) and _is_suffix(parts[i]) and name:
            name["suffix"] = parts[i]
            i += 1
        if name:
            names.append(name)
    return names


# --- corporate authors ------------------------------------------------------------------

def is_corporate(text: str) -> bool:
    """Corporate-author heuristic: an organisation word, an acronym, or a long name without initials."""
    text = text.strip()
    words = re.findall(r"[^\W\d_][\w'’&-]*", text)
    if not words:
        return False
    corp = _corporate_words()
    if any(w.lower() in corp and w[0].isupper() for w in words):
        # "Bank, J." is still a person
        if not re.fullmatch(r"[^\W\d_][\w'’-]*,\s*(?:[^\W\d_]{1,2}\.\s?-?)+", text):
            return True
    m = re.match(r"(?:The|Die|Der|Das)\s+([A-Z][\w.]*)", text)
    if m and "," not in text and not _is_honorific(m.group(1)):
        return True  # "The Economist", "Die Bundesregierung"
    bare = re.sub(r"[.\s]", "", text)
    if " " not in text.strip() and re.fullmatch(r"[A-Z][A-Z0-9&/\-]+", bare) and len(bare) >= 2:
        return True
    tokens = text.split()
    if len(tokens) > 4 and "," not in text and not any(_is_initials(t) for t in tokens) \
            and not _JOINER.search(" " + text + " ") \
            and len([t for t in tokens if not _is_particle(t) and not _is_honorific(t) and t != "The"]) > 4:
        return True
    return False


def _literal(text: str) -> dict[str, str]:
    text = _tidy(text)
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp)\.$", text):
        text = text[:-1]
    return {"literal": text}


# --- the list ---------------------------------------------------------------------------

def _split_joiners(chunk: str) -> list[str]:
    pieces: list[str] = []
    pos = 0
    for m in _JOINER.finditer(chunk):
        word = m.group(0).strip(" ,")
        left = chunk[pos:m.start()]
        if word in _WEAK_JOINERS:
            # Ortega y Gasset: split only between two full names
            right = chunk[m.end():]
            nxt = _JOINER.search(right)
            right = right[:nxt.start()] if nxt else right
            if not (_full_name(left) and _full_name(right)):
                continue
        pieces.append(left)
        pos = m.end()
    pieces.append(chunk[pos:])
    return [p for p in (_tidy(p) for p in pieces) if p]


def _full_name(text: str) -> bool:
    text = text.strip(" ,")
    return "," in text or len(text.split()) >= 2


_INVERTED_LIST = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s?[A-Z]{1,3}\.")
# ... and the next name follows the first one's initials without a comma between them
_INVERTED_RUN = re.compile(_INVERTED_LIST.pattern + r"(?:\s?[A-Z]{1,3}\.)*\s+[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,")
_NEXT_INVERTED = re.compile(r"(?<=[A-Z]\.)\s+(?=[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s?[A-Z]{1,3}\.?(?:\s|$))")


def parse_names(text: str) -> list[dict[str, str]]:
    """Parse a span holding one or more names (with role words) into CSL name dicts."""
    if not text:
        return []
    for d in _DASHES[:2]:
        text = text.replace(d, "-")
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    text = _ET_AL.sub("", text)
    text = strip_roles(text)
    text = _tidy(text)
    if not text or text.lower().rstrip(".") in _ANONYMOUS:
        return []
    if _INVERTED_RUN.match(text):
        # 'Sasayama, D. Hattori, K. Kunugi, H.': a new person after each run of initials
        text = _NEXT_INVERTED.sub("; ", text)
    out: list[dict[str, str]] = []
    for chunk in re.split(r"\s*;\s*", text):
        chunk = _tidy(strip_roles(chunk))
        if not chunk:
            continue
        if is_corporate(chunk):
            pieces = _split_joiners(chunk)
            if len(pieces) > 1 and all(is_corporate(p) for p in pieces):
                out.extend(_literal(p) for p in pieces)
            else:
                out.append(_literal(chunk))
            continue
        segments = _split_joiners(chunk)
        last = segments[-1] if segments else ""
        bare = len(segments) > 1 and "," not in last and len(last.split()) == 1 and not _is_initials(last)
        for seg in segments:
            if is_corporate(seg):
                out.append(_literal(seg))
            else:
                out.extend(_parse_segment(seg, bare))
    return out
