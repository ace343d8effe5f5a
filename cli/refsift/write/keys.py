"""Readable, unique BibTeX keys: ``smith2006russia``.

The name part is the first author's family name (else the first editor's, else the
first significant word of the title, else of the container title); then the year;
then the first significant title word not already used.  Keys that collide all get
a letter: ``smith2006russiaa``, ``smith2006russiab``.
"""
from __future__ import annotations

import re
import unicodedata
from string import ascii_lowercase

from refsift.model import Item
from refsift.write.csljson import date_parts, names

STOPWORDS = frozenset("""
a an the of on in and or for to at by with from into as is are was were its it this that
le la les l un une des du de d et en au aux der die das dem den ein eine und von vom zu zur
el lo los las y del al il gli i di da e una uno o do dos das em
""".split())


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only; accents stripped."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l")
    return re.sub(r"[^a-z0-9]", "", stripped.lower())


def significant_words(text: str | None) -> list[str]:
    words = [ascii_word(w) for w in re.split(r"[\s\-–—/:;,.!?'\"“”‘’()\[\]]+", text or "")]
    return [w for w in words if w and w not in STOPWORDS and not w.isdigit()]


def _name_word(item: Item) -> str:
    for variable in ("author", "editor", "collection-editor", "translator"):
        for name in names(item, variable)[:1]:
            family = name.get("family") or name.get("literal") or name.get("given") or ""
            words = significant_words(family) or [ascii_word(family)]
            word = "".join(words) if name.get("family") else (words[0] if words else "")
            if word:
                return word
    return ""


def base_key(item: Item) -> str:
    title_words = significant_words(item.get("title"))
    name = _name_word(item)
    if not name and title_words:
        name, title_words = title_words[0], title_words[1:]
    if not name:
        container = significant_words(item.get("container-title"))
        name = container[0] if container else "anon"
    parts = date_parts(item.get("issued"))
    year = str(parts[0]) if parts else ""
    word = title_words[0] if title_words else ""
    return f"{name}{year}{word}" or "ref"


def make_keys(items: list[Item]) -> dict[str, str]:
    """Map each item id to a unique BibTeX key, in item order."""
    bases = [base_key(item) for item in items]
    counts: dict[str, int] = {}
    for base in bases:
        counts[base] = counts.get(base, 0) + 1
    used: set[str] = set()
    out: dict[str, str] = {}
    for index, (item, base) in enumerate(zip(items, bases)):
        key = base if counts[base] == 1 and base not in used else None
        if key is None:
            for suffix in _suffixes():
                if base + suffix not in used and (base + suffix) not in counts:
                    key = base + suffix
                    break
        used.add(key)
        out[str(item.get("id", index))] = key
    return out


def _suffixes():
    for letter in ascii_lowercase:
        yield letter
    for first in ascii_lowercase:
        for second in ascii_lowercase:
            yield first + second
