"""Recover each field's character span in a citeproc rendering.

Text fields are wrapped in Private Use Area markers (one pair per field and per name)
before rendering; ``align`` reads the markers and strips them.  Numeric fields (dates,
volume, issue, pages, edition, number, locator) are found by their rendered forms in the
text that no marker claimed.  Label words are then pulled into their field's span as
``corpus/README.md`` requires, names are merged into one span per role, and a rendering
whose numbers are not all explained is rejected (``None``) rather than mislabelled.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .corpus import Example
from .records import roman

MARK_BASE = 0xE000
_PUA = re.compile("[\ue000-\uf8ff]")
WS = r"[\s\u00a0\u202f]"
DASH = r"[-‐‑–—]"

TEXT_FIELDS = (
    ("title", "title"), ("container-title", "container-title"), ("container-title-short", "container-title"),
    ("collection-title", "collection-title"),
    ("publisher", "publisher"), ("publisher-place", "location"), ("genre", "genre"),
    ("URL", "url"), ("DOI", "doi"), ("ISBN", "isbn"),
)
NAME_ROLES = ("author", "editor", "translator")


# --------------------------------------------------------------------------- labelled text
class Lab:
    """A string with one label (or None = other) per character."""

    __slots__ = ("text", "labels")

    def __init__(self, text: str = "", labels: list | None = None, label: str | None = None):
        self.text = text
        self.labels = labels if labels is not None else [label] * len(text)

    def __add__(self, other: "Lab | str") -> "Lab":
        if isinstance(other, str):
            other = Lab(other)
        return Lab(self.text + other.text, self.labels + other.labels)

    def __radd__(self, other: str) -> "Lab":
        return Lab(other) + self

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, i: int, j: int | None = None) -> "Lab":
        return Lab(self.text[i:j], self.labels[i:j])

    def set(self, i: int, j: int, label: str | None) -> None:
        self.labels[i:j] = [label] * (j - i)

    def free(self, i: int, j: int) -> bool:
        return all(l is None for l in self.labels[i:j])

    def replace(self, i: int, j: int, new: str, label: str | None = "__keep__") -> "Lab":
        if label == "__keep__":
            label = self.labels[i] if i < j and self.labels[i] == self.labels[j - 1] else None
        return Lab(self.text[:i] + new + self.text[j:], self.labels[:i] + [label] * len(new) + self.labels[j:])

    def spans(self) -> list[tuple[int, int, str]]:
        out, i, n = [], 0, len(self.text)
        while i < n:
            lab = self.labels[i]
            if lab is None:
                i += 1
                continue
            j = i
            while j < n and self.labels[j] == lab:
                j += 1
            s, e = i, j
            while s < e and self.text[s].isspace():
                s += 1
            while e > s and self.text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e, lab))
            i = j
        return out

    def example(self, source: str = "") -> Example:
        return Example(self.text, self.spans(), source)


# --------------------------------------------------------------------------- locale terms
_TERM_GROUPS = {
    "volume": ("volume",), "issue": ("issue", "number"), "page": ("page",), "number": ("number",),
    "chapter": ("chapter",), "paragraph": ("paragraph",), "section": ("section",), "part": ("part",),
    "edition": ("edition",), "accessed": ("accessed", "cited"), "online": ("online",), "et-al": ("et-al", "and others"),
    "editor-verb": ("editor:verb", "editor:verb-short", "editorial-director:verb", "editorial-director:verb-short",
                    "container-author:verb"),
    "editor-noun": ("editor:long", "editor:short", "editorial-director:long", "editorial-director:short"),
    "translator-verb": ("translator:verb", "translator:verb-short"),
    "translator-noun": ("translator:long", "translator:short"),
}
_EXTRA = {
    "volume": ("Vol.", "vol.", "Vols.", "Bd.", "Bde.", "Jg.", "t.", "vol", "Volume", "Band", "tome", "Jahrgang"),
    "issue": ("no.", "No.", "Nr.", "n°", "nº", "núm.", "n.", "H.", "Heft", "Issue", "iss.", "fasc.", "num."),
    "number": ("No.", "no.", "Nr.", "n°", "nº", "núm.", "Doc."),
    "page": ("p.", "pp.", "S.", "pages", "pág.", "págs.", "P.", "s.", "pgs.", "Seite", "Seiten"),
    "chapter": ("Chapter", "chap.", "ch.", "Kap.", "chapitre", "cap."),
    "paragraph": ("para.", "paras.", "para", "¶", "Rn.", "§", "Abs."),
    "section": ("sec.", "s.", "§", "section", "Abschn."),
    "part": ("pt.", "Part", "Teil", "Teil.", "partie", "parte"),
    "edition": ("ed.", "edn", "edn.", "Aufl.", "Auflage", "éd.", "édition", "edición", "edizione", "edition", "ed"),
    "accessed": ("accessed", "Accessed", "last accessed", "viewed", "consulted", "consulté le", "Zugriff am",
                 "abgerufen am", "zuletzt geprüft am", "consultado el", "consultato il", "cited", "visited",
                 "Acesso em", "Accedido el", "Consultado", "Zugegriffen", "Zugegriffen am", "Date accessed",
                 "Accessed on", "Last accessed on", "recuperato il", "Consulté", "Retrieved", "Retrieved on",
                 "Recuperado el", "Recuperado"),
    "et-al": ("et al.", "et al", "u. a.", "u.a.", "y otros", "y col.", "et coll.", "e altri", "e al.", "и др.",
              "i in.", "a kol.", "ve ark.", "dkk.", "m.fl."),
    "editor-verb": ("edited by", "ed. by", "eds.", "ed.", "hg. v.", "hrsg. v.", "herausgegeben von", "hg. von",
                    "hrsg. von", "éd. par", "sous la dir. de", "sous la direction de", "dir.", "ed. de", "coord.",
                    "a cura di", "edición de", "red.", "edit.", "editado por", "organizado por", "org."),
    "editor-noun": ("ed.", "eds.", "Ed.", "Eds.", "ed", "eds", "Hrsg.", "Hg.", "hg.", "dir.", "éd.", "éds.", "dirs.",
                    "coord.", "coords.", "a cura di", "editor", "editors", "comp.", "comps."),
    "translator-verb": ("trans.", "trans. by", "translated by", "tr.", "übers. v.", "übers. von", "übersetzt von",
                        "trad.", "trad. par", "traduit par", "traducción de", "traduzione di", "trad. de", "Traduction par",
                        "traduction de", "tr. it. di", "trad. it. di", "Tradução de", "Traducao de", "traducido por",
                        "traduzido por", "Aus dem Englischen von", "übers."),
    "translator-noun": ("trans.", "tr.", "Übers.", "trad.", "translator", "translators", "transl."),
}


@lru_cache(maxsize=1)
def _locale_roots() -> tuple:
    import citeproc
    d = Path(citeproc.__file__).parent / "data" / "locales"
    return tuple(etree.parse(str(p)).getroot() for p in sorted(d.glob("locales-*.xml")))


def _collect(roots, terms: dict[str, set[str]], months: dict[int, set[str]]) -> None:
    index: dict[str, list[str]] = {}
    for group, names in _TERM_GROUPS.items():
        for n in names:
            index.setdefault(n, []).append(group)
    for root in roots:
        for term in root.iter("{*}term"):
            name = term.get("name") or ""
            form = term.get("form") or "long"
            texts = [t for t in ([term.text] + [c.text for c in term])
                     if t and t.strip() and len(t) <= 30 and len(t.split()) <= 4]
            if name.startswith("month-") and name[6:].isdigit():
                months.setdefault(int(name[6:]), set()).update(t.strip() for t in texts if not re.search(r"\d", t))
                continue
            for key in (name, f"{name}:{form}"):
                for group in index.get(key, ()):
                    if ":" in key or ":" not in "".join(_TERM_GROUPS[group]):
                        terms.setdefault(group, set()).update(t.strip() for t in texts)


def _alt(words) -> str:
    out = set()
    for w in words:
        w = w.strip()
        if not w:
            continue
        for v in (w, w.replace(".", "")):
            if v.strip():
                out.add(re.escape(v.strip()).replace(r"\ ", WS + "+"))
    return "(?:" + "|".join(sorted(out, key=lambda s: (-len(s), s))) + ")"


@lru_cache(maxsize=None)
def _global_terms():
    terms: dict[str, set[str]] = {}
    months: dict[int, set[str]] = {}
    _collect(_locale_roots(), terms, months)
    return terms, months


class Terms:
    """Compiled label-word patterns for one style (global locale terms + the style's own)."""

    def __init__(self, style_roots=()):
        g_terms, g_months = _global_terms()
        terms = {k: set(v) for k, v in g_terms.items()}
        months = {k: set(v) for k, v in g_months.items()}
        _collect([el for root in style_roots for el in root.iter("{*}locale")], terms, months)
        for k, v in _EXTRA.items():
            terms.setdefault(k, set()).update(v)
        self.alt = {k: _alt(v) for k, v in terms.items()}
        f = re.I
        self.before = {k: re.compile("(?<!\\w)" + a + WS + "*$", f) for k, a in self.alt.items()}
        self.before["accessed"] = re.compile("(?<!\\w)" + self.alt["accessed"] + ":?" + WS + "*$", f)
        # "Vol. 3", "S.\xa012", "p.12"
        ed = self.alt["edition"]
        self.edition_cache: dict[str, re.Pattern] = {}
        self._ed = ed
        nv = self.alt["editor-noun"]
        tn = self.alt["translator-noun"]
        self.after = {
            "editor": re.compile(rf"(?:{WS}*\({nv}\)|{WS}*\[{nv}\]|,?{WS}*{nv}(?!\w))", f),
            "translator": re.compile(rf"(?:{WS}*\({tn}\)|{WS}*\[{tn}\]|,?{WS}*{tn}(?!\w))", f),
        }
        self.etal = re.compile(rf",?{WS}*{self.alt['et-al']}", f)
        self.online = re.compile(rf"(?<=\[){self.alt['online']}(?=\])|(?<=\[)(?:en{WS}ligne|Internet|on-line)(?=\])", f)

    def edition(self, value: str) -> re.Pattern:
        p = self.edition_cache.get(value)
        if p is None:
            v = re.escape(value)
            ordinal = r"(?:st|nd|rd|th|e|er|re|ème|eme|è|a|o|ª|º|°|\.ª|\.º|\.a|\.)?"
            p = re.compile(
                rf"(?<![\w.]){v}{ordinal}{WS}*{self._ed}(?!\w)|(?<!\w){self._ed}{WS}*{v}(?![\w])", re.I)
            self.edition_cache[value] = p
        return p


# --------------------------------------------------------------------------- marking
def mark(record: dict) -> tuple[dict, dict[str, tuple]]:
    """A copy of the record ready to render, with markers; and marker -> (label, key, name)."""
    out = dict(record)
    keymap: dict[str, tuple] = {}
    k = 0

    def pair(label, key, name=None):
        nonlocal k
        s, e = chr(MARK_BASE + 2 * k), chr(MARK_BASE + 2 * k + 1)
        keymap[s] = (label, key, name)
        k += 1
        return s, e

    for field, label in TEXT_FIELDS:
        if field in out and out[field]:
            s, e = pair(label, field)
            out[field] = f"{s}{out[field]}{e}"
    for role in NAME_ROLES:
        if role not in out:
            continue
        new = []
        for i, name in enumerate(out[role]):
            s, e = pair(role, (role, i), name)
            if "literal" in name:
                new.append({"family": f"{s}{name['literal']}{e}"})
            else:
                n = dict(name)
                n["family"] = f"{s}{name['family']}{e}"
                new.append(n)
        out[role] = new
    out.pop("language", None)
    return out, keymap


def _unmark(raw: str, keymap: dict) -> tuple[str, list, list] | None:
    text, labels, names = [], [], []
    stack: list[tuple[str, int]] = []
    for ch in raw:
        o = ord(ch)
        if MARK_BASE <= o < MARK_BASE + 2 * 64:
            if (o - MARK_BASE) % 2 == 0:
                if stack or ch not in keymap:
                    return None
                stack.append((ch, len(text)))
            else:
                if not stack or ord(stack[-1][0]) + 1 != o:
                    return None
                s_ch, start = stack.pop()
                label, key, name = keymap[s_ch]
                labels[start:] = [label] * (len(text) - start)
                if name is not None:
                    names.append((start, len(text), label, name))
            continue
        if 0xE000 <= o <= 0xF8FF:
            return None
        text.append(ch)
        labels.append(None)
    if stack:
        return None
    return "".join(text), labels, names


# --------------------------------------------------------------------------- patterns
@lru_cache(maxsize=4096)
def _given_re(given: str) -> str:
    parts = []
    for w in given.split():
        subs = [s for s in re.split(r"[-‐]", w.replace(".", "")) if s]
        if not subs:
            continue
        init = (DASH + "?" + WS + "?").join(re.escape(s[0]) + r"\.?" for s in subs)
        if "." in w or len(w.replace("-", "")) == 1:
            parts.append(f"(?:{init})")
        else:
            parts.append(f"(?:{re.escape(w)}|{init})")
    return (WS + "*").join(parts)


@lru_cache(maxsize=4096)
def _given_left(given: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){_given_re(given)}{WS}+$", re.I)


@lru_cache(maxsize=4096)
def _given_right(given: str) -> re.Pattern:
    g = _given_re(given)
    return re.compile(rf"(?:,?{WS}*{g}(?!\w)|{WS}*\({g}\))", re.I)


def _num(v: str) -> str:
    return rf"(?<![\w]){re.escape(v)}(?![\w])"


_D = r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
_Y = r"(?<!\d)(?P<y>\d{4})(?!\d)"
_MN = r"(?P<mn>[01]?\d)"


@lru_cache(maxsize=1)
def _date_rx() -> tuple:
    """Generic date patterns, most specific first, as (pattern, fields it needs)."""
    _, months = _global_terms()
    M = "(?P<M>" + _alt(set().union(*months.values()) | {x.capitalize() for v in months.values() for x in v}) + ")"
    pats = [
        (rf"{_D}\.?{WS}*(?:de{WS}+)?{M},?{WS}*(?:de{WS}+)?{_Y}", "ymd"),
        (rf"(?<!\w){M}{WS}*{_D},?{WS}*{_Y}", "ymd"),
        (rf"{_Y},?{WS}*{M}{WS}*{_D}(?!\d)", "ymd"),
        (rf"{_Y}[-/.]{_MN}[-/.]{_D}(?!\d)", "ymd"),
        (rf"{_D}[-/.]{WS}?{_MN}[-/.]{WS}?{_Y}", "ymd"),
        (rf"(?<!\d){_MN}/{_D}/{_Y}", "ymd"),
        (rf"(?<!\w){M},?{WS}*(?:de{WS}+)?{_Y}", "ym"),
        (rf"{_Y},?{WS}*{M}(?!\w)", "ym"),
        (rf"{_Y}-{_MN}(?!\d)", "ym"),
        (rf"(?<![\d.]){_MN}[/.]{_Y}", "ym"),
        (_Y, "y"),
        (rf"{_D}\.?{WS}*(?:de{WS}+)?{M}(?!\w)", "md"),
        (rf"(?<!\w){M}{WS}*{_D}(?!\d)", "md"),
        (rf"(?<!\w){M}(?!\w)", "m"),
    ]
    return tuple((re.compile(p, re.I), need) for p, need in pats)


@lru_cache(maxsize=1)
def _month_lookup() -> dict[str, set[int]]:
    _, months = _global_terms()
    out: dict[str, set[int]] = {}
    for m, names in months.items():
        for n in names:
            out.setdefault(n.lower().replace(".", "").strip(), set()).add(m)
    return out


def _find_date(lab: Lab, parts: list[int], label: str) -> list[tuple[int, int]]:
    y = parts[0]
    m = parts[1] if len(parts) > 1 else None
    d = parts[2] if len(parts) > 2 else None
    have = "y" + ("m" if m else "") + ("d" if d else "")
    lookup = _month_lookup()
    found = []
    for rx, need in _date_rx():
        if not set(need) <= set(have):
            continue
        for mt in rx.finditer(lab.text):
            g = mt.groupdict()
            if g.get("y") and int(g["y"]) != y:
                continue
            if g.get("d") and int(g["d"]) != d:
                continue
            if g.get("mn") and int(g["mn"]) != m:
                continue
            if g.get("M") and m not in lookup.get(re.sub(r"\s+", " ", g["M"].lower().replace(".", "")).strip(), ()):
                continue
            s, e = mt.span()
            if e > s and lab.free(s, e):
                lab.set(s, e, label)
                found.append((s, e))
    return found


# --------------------------------------------------------------------------- alignment
def _find(lab: Lab, pattern: str | re.Pattern, label: str, flags=re.I) -> list[tuple[int, int]]:
    found = []
    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    for m in rx.finditer(lab.text):
        s, e = m.span()
        if e > s and lab.free(s, e):
            lab.set(s, e, label)
            found.append((s, e))
    return found


def _extend_left(lab: Lab, spans, rx: re.Pattern, label: str, limit: int = 40):
    for s, _e in spans:
        lo = max(0, s - limit)
        while lo < s:
            m = rx.search(lab.text, lo, s)
            if not m:
                break
            if m.end() == s and m.end() > m.start() and lab.free(m.start(), s):
                lab.set(m.start(), s, label)
                break
            lo = m.start() + 1


def _names(lab: Lab, names: list, terms: Terms) -> None:
    for role in NAME_ROLES:
        occ = sorted((s, e, n) for s, e, r, n in names if r == role)
        if not occ:
            continue
        groups = [[occ[0]]]
        for cur in occ[1:]:
            prev = groups[-1][-1]
            gap = lab.text[prev[1]:cur[0]]
            if len(gap) <= 70 and lab.free(prev[1], cur[0]) and not re.search(r"\d", gap):
                groups[-1].append(cur)
            else:
                groups.append([cur])
        for g in groups:
            s, e = g[0][0], g[-1][1]
            lab.set(s, e, role)
            first, last = g[0][2], g[-1][2]
            if first.get("given"):
                m = _given_left(first["given"]).search(lab.text, max(0, s - 40), s)
                if m and lab.free(m.start(), s):
                    s = m.start()
            if last.get("given"):
                m = _given_right(last["given"]).match(lab.text, e)
                if m and lab.free(e, m.end()):
                    e = m.end()
            m = terms.etal.match(lab.text, e)
            if m and lab.free(e, m.end()):
                e = m.end()
            if role in ("editor", "translator"):
                m = terms.before[f"{role}-verb"].search(lab.text, max(0, s - 40), s)
                if m and lab.free(m.start(), s):
                    s = m.start()
                m = terms.after[role].match(lab.text, e)
                if m and lab.free(e, m.end()):
                    e = m.end()
            lab.set(s, e, role)


def align(raw: str, record: dict, keymap: dict, terms: Terms, locator: tuple[str, str] | None = None,
          bibliography: bool = False) -> Lab | None:
    """Labelled text for one rendering, or None when some field cannot be placed safely."""
    res = _unmark(raw, keymap)
    if res is None:
        return None
    text, labels, names = res
    if bibliography:  # a citation number is no part of the entry
        m = re.match(r"\s*(?:\[1\]|\(1\)|1\.(?!\d)|1\)|1(?=\s))", text)
        if m and not any(labels[:m.end()]):
            text, labels = text[m.end():], labels[m.end():]
            names = [(s - m.end(), e - m.end(), r, n) for s, e, r, n in names]
    lab = Lab(text, labels)
    _names(lab, names, terms)

    # dates
    for field, label in (("issued", "date"), ("accessed", "note")):
        d = record.get(field)
        if not d:
            continue
        found = _find_date(lab, d["date-parts"][0], label)
        if label == "note":
            _extend_left(lab, found, terms.before["accessed"], "note")
    _find(lab, terms.online, "note")

    if locator:
        loc_label, value = locator
        v = re.escape(value).replace(r"\-", DASH)
        found = _find(lab, rf"(?<![\w]){v}(?![\w])", "locator")
        if not found:
            return None
        rx = re.compile(rf"(?<!\w)(?:{terms.alt.get(loc_label, '(?!x)x')}|at){WS}*$", re.I)
        _extend_left(lab, found, rx, "locator")

    if record.get("page"):
        first = record["page"].split("-")[0]
        found = _find(lab, rf"(?<![\w]){re.escape(first)}(?:{WS}?{DASH}{WS}?\d+)?(?![\w])", "pages")
        _extend_left(lab, found, terms.before["page"], "pages")
    for field, label, tgroup in (("volume", "volume", "volume"), ("issue", "issue", "issue"),
                                 ("number", "number", "number")):
        v = record.get(field)
        if v:
            rx = _num(v)
            if v.isdigit() and 0 < int(v) < 400:
                rx = rf"(?:{rx}|(?<!\w){roman(int(v))}(?!\w))"
            found = _find(lab, rx, label, re.I)
            _extend_left(lab, found, terms.before[tgroup], label)
    if record.get("edition"):
        if not _find(lab, terms.edition(record["edition"]), "edition"):
            return None
    if record.get("collection-number"):
        v = record["collection-number"]
        for m in re.finditer(_num(v), lab.text):
            s = m.start()
            j = s
            while j > 0 and lab.labels[j - 1] is None and s - j < 12:
                j -= 1
            if j > 0 and lab.labels[j - 1] == "collection-title" and re.fullmatch(
                    rf"[\s\u00a0,;:(]*(?:(?:no|vol|Bd|n°|nº|Nr|t|nr)\.?{WS}*)?", lab.text[j:s], re.I):
                gap = lab.text[j:s]
                if "(" in gap:  # "Series (12)": the bracket stays outside
                    j = j + gap.rindex("(") + 1
                lab.set(j, m.end(), "collection-title")
    # prefixes inside doi / isbn spans
    for label, rx in (("doi", re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:?|DOI:?)" + WS + "?$")),
                      ("isbn", re.compile(r"ISBN(?:-1[03])?:?" + WS + "?$"))):
        spans = [(s, e) for s, e, l in lab.spans() if l == label]
        _extend_left(lab, spans, rx, label, 20)

    m = re.match(r"^[\s.,;:]*", lab.text)
    if m and m.end() and lab.free(0, m.end()):
        lab = lab.slice(m.end())
    lab = _tidy(lab)
    if not lab.text or _PUA.search(lab.text) or any(lab.free(*m.span()) for m in _DEBRIS.finditer(lab.text)):
        return None
    if not _plausible(lab, record):
        return None
    for ch, l in zip(lab.text, lab.labels):
        if l is None and ch.isdigit():
            return None
    return lab


_DEBRIS = re.compile(
    r"[,:;]\s*[,.;:]|\(\s*\)|\[\s*\]|«\s*»|“\s*”|‘\s*’|(?<!\w)(?:pp?|S|s|Vol|vol|no|No|Nr|Bd|pág)\.\s*(?=[,.;:)(]|$)"
    r"|(?<=\w) \.(?=\s|$)"
    r"|\. \.|(?<!\w)(?:in|In|dans|en):?\s*[,.;]"
    r"|(?<!\w)(?:ed|éd|Ed|eds|trans|Trans|trad|tr|dir|edit|ser|Hrsg|hrsg|Hg|hg)\.?\s*[,.;:)](?!\w)"
    r"|(?<!\w)(?:par|by|von|de|di)\s*[,.;:)]")


_REPEAT = re.compile(r"(?<!\w)([a-zß-ÿ]\w{1,5}\.)\s+\1(?!\w)", re.I)


def _plausible(lab: Lab, record: dict) -> bool:
    spans = lab.spans()
    if len(spans) < 2 or not any(l in ("title", "container-title") for _, _, l in spans):
        return False
    titles = [lab.text[s:e].lower() for s, e, l in spans if l == "title"]
    if len(titles) != len(set(titles)):
        return False
    if not record.get("edition") and re.search(r"(?<!\w)(?:[Ee]dition|edn|Aufl\.)(?!\w)", lab.text):
        return False
    if _REPEAT.search(lab.text):
        return False
    t = lab.text
    for s, e, _ in spans:
        if e < len(t) and t[e].isalnum() and t[e - 1].isalnum():
            return False
        if s > 0 and t[s - 1].isalnum() and t[s].isalnum():
            return False
    return True


def _tidy(lab: Lab) -> Lab:
    """Collapse runs of spaces, drop trailing space and empty-field debris like '. .'."""
    keep = []
    t = lab.text
    n = len(t)
    for i, ch in enumerate(t):
        if ch == " " and i + 1 < n and t[i + 1] in " \u00a0" and lab.labels[i] is None:
            continue
        keep.append(i)
    text = "".join(t[i] for i in keep).rstrip()
    labels = [lab.labels[i] for i in keep][: len(text)]
    return Lab(re.sub(r"[\t\r\n]", " ", text), labels)
