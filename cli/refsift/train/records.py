"""Random CSL-JSON records for the synthetic training data (``generate.py``).

Every record keeps its numeric values (years, day, month, volume, issue, pages,
edition, number, collection number) pairwise distinct, so that ``align.py`` can find
each of them in the rendered string without ambiguity.  Names stay CSL name dicts;
corporate bodies are ``{"literal": ...}`` (the renderer turns them into a family).
"""
from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

POOLS = Path(__file__).parent / "pools"

TYPE_WEIGHTS = (
    ("article-journal", 22), ("book", 15), ("chapter", 14), ("article-newspaper", 7),
    ("article-magazine", 4), ("report", 8), ("webpage", 6), ("post", 3), ("thesis", 4),
    ("paper-conference", 5), ("article", 3), ("speech", 2), ("legal_case", 3), ("legislation", 2), ("treaty", 2),
)
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = []
    for v, s in ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


@lru_cache(maxsize=None)
def pool(name: str) -> tuple[str, ...]:
    lines = (POOLS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(l.strip() for l in lines if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=None)
def _keyed(name: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in pool(name):
        key, _, val = line.partition("|")
        out.setdefault(key, []).append(val)
    return {k: tuple(v) for k, v in out.items()}


class Numbers:
    """Hands out numbers that differ from every number already in the record."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def take(self, lo: int, hi: int) -> int:
        for _ in range(200):
            v = self.rng.randint(lo, hi)
            if str(v) not in self.used and f"{v:02d}" not in self.used:
                self.add(v)
                return v
        raise ValueError("no free number")

    def add(self, v) -> None:
        s = str(v)
        self.used.add(s)
        if s.isdigit():
            self.used.add(str(int(s)))
            self.used.add(f"{int(s):02d}")

    def free(self, v) -> bool:
        return str(v) not in self.used


# --------------------------------------------------------------------------- names
def person(rng: random.Random) -> dict:
    given = rng.choice(pool("given_names"))
    family = rng.choice(pool("family_names"))
    return {"family": family, "given": given}


def names(rng: random.Random, lo: int = 1, hi: int = 6, corporate: float = 0.08) -> list[dict]:
    if rng.random() < corporate:
        return [{"literal": rng.choice(pool("corporate"))}]
    k = rng.choices(range(1, 7), weights=(42, 28, 14, 7, 4, 5))[0]
    k = max(lo, min(hi, k))
    out, seen = [], set()
    while len(out) < k:
        p = person(rng)
        if p["family"] in seen:
            continue
        seen.add(p["family"])
        out.append(p)
    return out


# --------------------------------------------------------------------------- titles
_SCI_PATTERNS = (
    "{M} {N} in {N}", "{M} {N} on {N}: {A}", "{M} {N} and {N} among {N}", "{N} and {N} in {P}: {A}",
    "{M} {N} in {N} with {N}", "{M} {N} during {N}", "{M} {N} for {N}", "{N} of {N} using {N}",
)


def science_title(rng: random.Random) -> str:
    """A sentence-case title as the sciences print them ('Effect of sleep on anxiety in adolescents: a cohort study')."""
    words = _keyed("words_sci")
    places = _keyed("places")["en"]
    pattern = rng.choice(_SCI_PATTERNS)
    out = re.sub(r"\{([NAMP])\}", lambda m: rng.choice(places) if m.group(1) == "P" else rng.choice(words[m.group(1)]), pattern)
    return out[0].upper() + out[1:]


def sentence_case(text: str) -> str:
    """Lower-case every word but the first, acronyms and words after a colon."""
    out = []
    for i, w in enumerate(text.split(" ")):
        after_colon = i > 0 and out[-1].endswith(":")
        keep = i == 0 or after_colon or (w.isupper() and len(w) > 1) or any(c.isdigit() for c in w)
        out.append(w if keep else w.lower())
    return " ".join(out)


def title(rng: random.Random, nums: Numbers, lang: str | None = None) -> tuple[str, str]:
    if lang in (None, "en") and rng.random() < 0.3:
        return science_title(rng), "en"
    t, lang = _template_title(rng, nums, lang)
    if rng.random() < 0.3:
        t = sentence_case(t)
    return t, lang


def _template_title(rng: random.Random, nums: Numbers, lang: str | None = None) -> tuple[str, str]:
    templates = _keyed("title_templates")
    if lang is None:
        lang = rng.choices(("en", "de", "fr", "es", "it", "ru"), weights=(60, 12, 10, 8, 5, 5))[0]
    tpl = rng.choice(templates[lang])
    words = _keyed(f"words_{lang}")
    places = _keyed("places")[lang]
    years = sorted(rng.sample(range(1789, 2021), 2))
    yi = iter(years)

    def fill(slot: str) -> str:
        if slot == "N":
            return rng.choice(words["N"])
        if slot == "A":
            return rng.choice(words["A"])
        if slot == "P":
            return rng.choice(places)
        if slot == "Y":
            return str(next(yi, years[-1]))
        if slot == "C":
            return str(rng.choice((2, 3, 5, 7, 10, 12, 27)))
        return slot

    out, i = [], 0
    while i < len(tpl):
        if tpl[i] == "{":
            j = tpl.index("}", i)
            out.append(fill(tpl[i + 1:j]))
            i = j + 1
        else:
            out.append(tpl[i])
            i += 1
    t = "".join(out)
    t = t[0].upper() + t[1:]
    return t, lang


# --------------------------------------------------------------------------- values
def date(rng: random.Random, nums: Numbers, precision: str | None = None, lo: int = 1950, hi: int = 2023) -> dict:
    if precision is None:
        precision = rng.choices(("y", "m", "d"), weights=(75, 12, 13))[0]
    y = nums.take(lo, hi)
    parts = [y]
    if precision in ("m", "d"):
        parts.append(nums.take(1, 12))
    if precision == "d":
        parts.append(nums.take(1, 28))
    return {"date-parts": [parts]}


def volume(rng: random.Random, nums: Numbers) -> str:
    if rng.random() < 0.1:
        return roman(rng.randint(2, 60))
    return str(nums.take(1, 140))


def pages(rng: random.Random, nums: Numbers) -> str:
    first = nums.take(1, 980)
    last = first + rng.randint(3, 45)
    while not nums.free(last):
        last += 1
    nums.add(last)
    return f"{first}-{last}"


def doi(rng: random.Random) -> str:
    prefix = rng.choice(("1080", "1057", "1016", "1093", "1017", "1111", "1177", "1007", "1515", "2307", "1215", "1371"))
    kind = rng.random()
    if kind < 0.3:
        suffix = f"{rng.randint(1000, 99999):05d}.{rng.randint(1990, 2023)}.{rng.randint(100000, 9999999)}"
    elif kind < 0.5:
        suffix = f"j.{rng.choice(('cell', 'polgeo', 'jpubeco', 'ssci'))}.{rng.randint(2000, 2023)}.{rng.randint(1, 12):02d}.{rng.randint(1, 99):03d}"
    elif kind < 0.7:
        suffix = f"palgrave.{rng.choice(('ip', 'jird', 'eps'))}.{rng.randint(8800000, 8809999)}"
    elif kind < 0.85:
        suffix = f"S{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}({rng.randint(90, 99)}){rng.randint(10000, 99999)}-{rng.randint(1, 9)}"
    else:
        suffix = f"{rng.randint(978, 979)}-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}_{rng.randint(1, 20)}"
    return f"10.{prefix}/{suffix}"


def url(rng: random.Random, title_text: str = "") -> str:
    host = rng.choice((
        "www.nytimes.com", "www.theguardian.com", "www.bbc.co.uk", "en.wikipedia.org", "www.un.org",
        "documents.worldbank.org", "www.bundesregierung.de", "www.lemonde.fr", "elpais.com",
        "www.kremlin.ru", "www.nato.int", "papers.ssrn.com", "www.jstor.org", "www.oecd-ilibrary.org",
        "carnegieendowment.org", "www.lawfaremedia.org", "verfassungsblog.de", "arxiv.org",
    ))
    slug_words = [w for w in "".join(c if c.isalnum() else " " for c in title_text.lower()).split()][:6] or ["article"]
    style = rng.random()
    if style < 0.3:
        path = "/".join(("news", str(rng.randint(2000, 2023)), f"{rng.randint(1, 12):02d}", "-".join(slug_words)))
    elif style < 0.45:
        path = "wiki/" + "_".join(w.capitalize() for w in slug_words)
    elif style < 0.6:
        path = f"sol3/papers.cfm?abstract_id={rng.randint(100000, 4000000)}"
    elif style < 0.72:
        path = f"en/documents/{rng.randint(1000, 9999)}/{'%20'.join(slug_words[:3])}.pdf"
    elif style < 0.82:
        path = f"abs/{rng.randint(1501, 2312)}.{rng.randint(1000, 19999):05d}"
    elif style < 0.92:
        path = f"index.php?option=com_content&view=article&id={rng.randint(10, 9999)}&lang=en"
    else:
        path = "_".join(slug_words) + ".html"
    scheme = "https" if rng.random() < 0.75 else "http"
    return f"{scheme}://{host}/{path}"


def isbn(rng: random.Random) -> str:
    return f"978-{rng.randint(0, 3)}-{rng.randint(10, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"


def report_number(rng: random.Random, nums: Numbers) -> str:
    k = rng.random()
    n = nums.take(10, 9999)
    if k < 0.25:
        return f"A/{n}"
    if k < 0.35:
        return f"S/{rng.choice((1999, 2003, 2011))}/{n}"
    if k < 0.5:
        return f"WP/{rng.randint(10, 22)}/{n}"
    return str(n)


ABBREVIATED_JOURNALS = 0.25  # share of journal records drawn from the list with abbreviations
STATE_PLACES = 0.15  # share of places printed with their state ('Garden City, N.Y.')


def journal(rng: random.Random) -> dict:
    """A journal's title; a science journal comes with its abbreviation, which styles that print
    short container titles use, or printed abbreviated (with or without periods) as its only title."""
    if rng.random() >= ABBREVIATED_JOURNALS:
        return {"container-title": rng.choice(pool("journals"))}
    full, short = rng.choice(pool("journals_abbrev")).split("|")
    r = rng.random()
    if r < 0.2:
        return {"container-title": short}
    if r < 0.3:
        return {"container-title": short.replace(".", "")}
    return {"container-title": full, "container-title-short": short}


def _one_city(rng: random.Random) -> str:
    r = rng.random()
    if r < STATE_PLACES:  # 'Garden City, N.Y.', 'Evanston, IL', 'Reading, Massachusetts'
        name, full, ap, postal = rng.choice(pool("us_places")).split("|")
        return f"{name}, {rng.choices((ap, postal, full), weights=(5, 3, 2))[0]}"
    if r < STATE_PLACES + 0.08:
        return rng.choice(pool("regional_places"))
    return rng.choice(pool("cities"))


def city(rng: random.Random) -> str:
    """A place of publication; now and then two of them ('London and New York', 'Oxford; New York')."""
    place = _one_city(rng)
    if rng.random() < 0.06:
        other = rng.choice(pool("cities"))
        if other != place:
            place += rng.choice((" and ", "; ", " & ", "/", ", "))+ other
    return place


# --------------------------------------------------------------------------- records
def make_record(rng: random.Random, rtype: str | None = None, rid: str = "item1") -> tuple[dict, Numbers]:
    """One CSL-JSON record; returns (record, numbers in use)."""
    nums = Numbers(rng)
    if rtype is None:
        rtype = rng.choices([t for t, _ in TYPE_WEIGHTS], weights=[w for _, w in TYPE_WEIGHTS])[0]
    r: dict = {"id": rid, "type": rtype}
    t, lang = title(rng, nums)
    r["title"] = t
    r["language"] = lang

    if rtype == "book":
        if rng.random() < 0.15:
            r["editor"] = names(rng, 1, 4)
        else:
            r["author"] = names(rng, 1, 4)
        if rng.random() < 0.12:
            r["translator"] = names(rng, 1, 2, corporate=0)
        r["publisher"] = rng.choice(pool("publishers"))
        if rng.random() < 0.85:
            r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, "y")
        if rng.random() < 0.2:
            r["edition"] = str(nums.take(2, 12))
        if rng.random() < 0.15:
            r["collection-title"] = rng.choice(pool("series"))
            if rng.random() < 0.6:
                r["collection-number"] = str(nums.take(1, 250))
        if rng.random() < 0.08:
            r["volume"] = volume(rng, nums)
        if rng.random() < 0.1:
            r["ISBN"] = isbn(rng)
        if rng.random() < 0.05:
            r["URL"] = url(rng, t)
    elif rtype == "chapter":
        r["author"] = names(rng, 1, 3)
        r["editor"] = names(rng, 1, 4, corporate=0)
        if rng.random() < 0.08:
            r["translator"] = names(rng, 1, 1, corporate=0)
        r["container-title"] = title(rng, nums, lang if rng.random() < 0.7 else None)[0]
        r["publisher"] = rng.choice(pool("publishers"))
        if rng.random() < 0.85:
            r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, "y")
        r["page"] = pages(rng, nums)
        if rng.random() < 0.12:
            r["edition"] = str(nums.take(2, 9))
        if rng.random() < 0.1:
            r["collection-title"] = rng.choice(pool("series"))
        if rng.random() < 0.05:
            r["DOI"] = doi(rng)
    elif rtype == "article-journal":
        r["author"] = names(rng, 1, 6, corporate=0.03)
        r.update(journal(rng))
        r["issued"] = date(rng, nums, rng.choices(("y", "m", "d"), weights=(75, 18, 7))[0])
        if rng.random() < 0.92:
            r["volume"] = volume(rng, nums)
        if rng.random() < 0.7:
            r["issue"] = str(nums.take(1, 12))
        if rng.random() < 0.9:
            r["page"] = pages(rng, nums)
        if rng.random() < 0.4:
            r["DOI"] = doi(rng)
        elif rng.random() < 0.1:
            r["URL"] = url(rng, t)
    elif rtype == "article-magazine":
        if rng.random() < 0.8:
            r["author"] = names(rng, 1, 2, corporate=0)
        r["container-title"] = rng.choice(pool("magazines"))
        r["issued"] = date(rng, nums, rng.choice(("m", "d", "d")))
        if rng.random() < 0.4:
            r["volume"] = str(nums.take(1, 140))
        if rng.random() < 0.3:
            r["issue"] = str(nums.take(1, 52))
        if rng.random() < 0.6:
            r["page"] = pages(rng, nums)
    elif rtype == "article-newspaper":
        if rng.random() < 0.5:
            r["author"] = names(rng, 1, 2, corporate=0)
        if rng.random() < 0.12:
            del r["title"]
        r["container-title"] = rng.choice(pool("newspapers"))
        r["issued"] = date(rng, nums, "d", 1960, 2023)
        if rng.random() < 0.35:
            r["page"] = str(nums.take(1, 60))
        if rng.random() < 0.15:
            r["URL"] = url(rng, t)
            r["accessed"] = date(rng, nums, "d", 2005, 2024)
    elif rtype == "report":
        r["author"] = names(rng, 1, 3, corporate=0.6)
        if rng.random() < 0.7:
            r["genre"] = rng.choice(pool("genres"))
        if rng.random() < 0.65:
            r["number"] = report_number(rng, nums)
        r["publisher"] = rng.choice(pool("corporate") + pool("publishers")[:10])
        if rng.random() < 0.6:
            r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, rng.choice(("y", "y", "m", "d")))
        if rng.random() < 0.35:
            r["URL"] = url(rng, t)
            if rng.random() < 0.6:
                r["accessed"] = date(rng, nums, "d", 2005, 2024)
    elif rtype in ("webpage", "post"):
        if rng.random() < 0.65:
            r["author"] = names(rng, 1, 2, corporate=0.4)
        r["container-title"] = rng.choice(pool("websites"))
        if rng.random() < 0.8:
            r["issued"] = date(rng, nums, rng.choice(("y", "d", "d")), 1998, 2023)
        r["URL"] = url(rng, t)
        r["accessed"] = date(rng, nums, "d", 2005, 2024)
        if rtype == "webpage" and rng.random() < 0.4:
            del r["container-title"]
    elif rtype == "thesis":
        r["author"] = names(rng, 1, 1, corporate=0)
        r["genre"] = rng.choice(pool("thesis_genres"))
        r["publisher"] = rng.choice(pool("universities"))
        if rng.random() < 0.4:
            r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, "y")
        if rng.random() < 0.1:
            r["URL"] = url(rng, t)
    elif rtype == "paper-conference":
        r["author"] = names(rng, 1, 6, corporate=0)
        r["container-title"] = rng.choice(pool("conferences"))
        if rng.random() < 0.6:
            r["publisher"] = rng.choice(("ACL", "IEEE", "ACM", "PMLR", "Springer", "Curran Associates", "OpenReview"))
        if rng.random() < 0.4:
            r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, "y", 1990, 2023)
        if rng.random() < 0.8:
            r["page"] = pages(rng, nums)
        if rng.random() < 0.3:
            r["volume"] = str(nums.take(1, 140))
        if rng.random() < 0.4:
            r["DOI"] = doi(rng)
    elif rtype == "article":  # preprints: arXiv, SSRN, bioRxiv
        r["author"] = names(rng, 1, 6, corporate=0)
        server = rng.choice(("arXiv", "arXiv", "arXiv", "SSRN", "bioRxiv", "Zenodo"))
        r["publisher"] = server
        if rng.random() < 0.8:
            r["genre"] = rng.choice(("arXiv preprint", "Preprint", "preprint", "Working paper")) if server == "arXiv" \
                else rng.choice(("Preprint", "Working paper"))
        y = rng.randint(2008, 2023)
        while not nums.free(y):
            y = rng.randint(2008, 2023)
        nums.add(y)
        r["issued"] = {"date-parts": [[y]]}
        if server == "arXiv":
            r["number"] = f"arXiv:{y % 100:02d}{rng.randint(1, 12):02d}.{rng.randint(1, 19999):05d}"
            if rng.random() < 0.3:
                r["number"] += f"v{rng.randint(2, 5)}"
            if rng.random() < 0.3:
                r["URL"] = "https://arxiv.org/abs/" + r["number"].split(":")[1]
        else:
            r["number"] = str(nums.take(100000, 4999999))
        if rng.random() < 0.25:
            r["DOI"] = doi(rng)
    elif rtype == "speech":
        r["author"] = names(rng, 1, 1, corporate=0)
        r["genre"] = rng.choice(pool("speech_genres"))
        r["publisher-place"] = city(rng)
        r["issued"] = date(rng, nums, "d", 1950, 2023)
        if rng.random() < 0.3:
            r["URL"] = url(rng, t)
            r["accessed"] = date(rng, nums, "d", 2005, 2024)
    elif rtype == "legal_case":
        r["title"] = rng.choice(pool("cases"))
        r["container-title"] = rng.choice(pool("reporters"))
        r["issued"] = date(rng, nums, "y", 1850, 2022)
        r["volume"] = str(nums.take(1, 600))
        r["page"] = str(nums.take(1, 999))
        del r["language"]
    elif rtype == "legislation":
        r["title"] = rng.choice(pool("legislation"))
        r["issued"] = date(rng, nums, rng.choice(("y", "d")), 1900, 2022)
        m = re.search(r"\b(1[89]\d\d|20[0-2]\d)\b", r["title"])
        if m and nums.free(m.group(1)):
            nums.used.discard(str(r["issued"]["date-parts"][0][0]))
            r["issued"]["date-parts"][0][0] = int(m.group(1))
            nums.add(m.group(1))
        if rng.random() < 0.3:
            r["container-title"] = rng.choice(("Bundesgesetzblatt", "Journal officiel", "Boletín Oficial del Estado", "Statutes at Large", "OJ L"))
            r["page"] = str(nums.take(1, 999))
        del r["language"]
    elif rtype == "treaty":
        r["title"] = rng.choice(pool("treaties"))
        r["issued"] = date(rng, nums, "d", 1900, 2020)
        if rng.random() < 0.7:
            r["container-title"] = rng.choice(pool("treaty_series"))
            r["volume"] = str(nums.take(1, 3000))
            r["page"] = str(nums.take(1, 999))
        del r["language"]
    return r, nums
