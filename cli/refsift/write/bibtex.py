"""BibTeX output through bibtexparser 2's model and writer.

UTF-8 throughout (no LaTeX encoding); URLs and DOIs are written verbatim.  The type
and field correspondences live in ``tables/bibtex.json``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from refsift.model import Document, Item
from refsift.write.csljson import date_parts, names
from refsift.write.keys import make_keys

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SCALAR_SKIP = {"id", "type"}


@lru_cache(maxsize=None)
def table() -> dict[str, Any]:
    return json.loads(resources.files("refsift.write").joinpath("tables/bibtex.json").read_text("utf-8"))


def _balanced(text: str) -> str:
    """Braces are BibTeX syntax: keep them only when they balance."""
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
    if depth == 0:
        return text
    return text.replace("{", "").replace("}", "")


def format_name(name: dict[str, Any]) -> str:
    """``Family, Given`` (``von Last, Jr, First``); a literal name is wrapped in braces."""
    if name.get("literal"):
        return "{" + _balanced(str(name["literal"])) + "}"
    family = str(name.get("family") or "").strip()
    given = str(name.get("given") or "").strip()
    particle = str(name.get("non-dropping-particle") or "").strip()
    dropping = str(name.get("dropping-particle") or "").strip()
    suffix = str(name.get("suffix") or "").strip()
    if not family:
        return "{" + _balanced(given) + "}" if given else ""
    if "," in family or " and " in family.lower():
        family = "{" + family + "}"
    last = " ".join(p for p in (particle, family) if p)
    first = " ".join(p for p in (given, dropping) if p)
    parts = [last]
    if suffix:
        parts.append(suffix)
    if first:
        parts.append(first)
    elif suffix:
        parts.append("")
    return _balanced(", ".join(parts))


def entry_type(item: Item) -> str:
    tab = table()
    kind = tab["types"].get(item.get("type", ""), tab["default_type"])
    if kind == "phdthesis":
        genre = str(item.get("genre") or "").lower()
        if any(word in genre for word in tab["masters_genre_words"]):
            kind = "mastersthesis"
    return kind


def item_fields(item: Item) -> list[tuple[str, str]]:
    """The (field, value) pairs of one entry, in a conventional order."""
    tab = table()
    kind = entry_type(item)
    overrides = tab["by_entry"].get(kind, {})
    fields: dict[str, str] = {}

    for variable, field in tab["names"].items():
        joined = " and ".join(n for n in (format_name(x) for x in names(item, variable)) if n)
        if joined:
            fields[field] = joined

    for variable, field in tab["fields"].items():
        field = overrides.get(variable, field)
        value = item.get(variable)
        if value in (None, "", []) or isinstance(value, (dict, list)):
            continue
        value = str(value).strip()
        if field in fields:  # e.g. 'issue' and 'number' both -> number: keep the first, note the other
            if fields[field] != value:
                fields["note"] = "; ".join(v for v in (fields.get("note"), f"{variable} {value}") if v)
            continue
        fields[field] = value

    if kind == "misc" and "howpublished" not in fields and item.get("publisher"):
        fields["howpublished"] = fields.pop("publisher")

    parts = date_parts(item.get("issued"))
    if parts:
        fields["year"] = str(parts[0])
        if len(parts) > 1 and 1 <= parts[1] <= 12:
            fields["month"] = MONTHS[parts[1] - 1]
    elif isinstance(item.get("issued"), dict) and item["issued"].get("literal"):
        fields["year"] = str(item["issued"]["literal"])
    accessed = date_parts(item.get("accessed"))
    if accessed:
        fields["urldate"] = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(accessed))

    page = item.get("page")
    if page not in (None, ""):
        fields["pages"] = str(page).replace("–", "-").replace("—", "-").replace("--", "-").replace("-", "--")

    order = ["author", "editor", "translator", "title", "journal", "booktitle", "series", "edition", "volume",
             "number", "pages", "chapter", "type", "institution", "school", "publisher", "address", "howpublished",
             "eventtitle", "venue", "year", "month", "isbn", "issn", "doi", "url", "urldate", "language", "note",
             "abstract"]
    ranked = sorted(fields.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    out = []
    for field, value in ranked:
        value = " ".join(value.split())
        if field not in ("url", "doi"):
            value = _balanced(value)
        out.append((field, value))
    return out


def write(doc: Document) -> str:
    import bibtexparser
    from bibtexparser.model import Entry, Field

    keys = make_keys(doc.items)
    library = bibtexparser.Library()
    for index, item in enumerate(doc.items):
        key = keys[str(item.get("id", index))]
        entry = Entry(entry_type(item), key, [Field(name, value) for name, value in item_fields(item)])
        library.add(entry)
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"  # the writer ends each block with its own newline
    text = bibtexparser.write_string(library, bibtex_format=fmt)
    return text.strip() + "\n" if text.strip() else ""
