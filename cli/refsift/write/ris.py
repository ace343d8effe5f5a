"""RIS output through rispy, with our own type and tag table (``tables/ris.json``).

Records are built with RIS tags first and turned into rispy's field names through
the writer's mapping, so a tag rispy does not know (``ED``) still round-trips when
the same mapping is given to ``rispy.loads`` (see :func:`mapping`).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from refsift.model import Document, Item
from refsift.write.csljson import date_parts, names


@lru_cache(maxsize=None)
def table() -> dict[str, Any]:
    return json.loads(resources.files("refsift.write").joinpath("tables/ris.json").read_text("utf-8"))


def mapping() -> dict[str, str]:
    """rispy's tag -> key mapping, extended with our extra tags (``ED`` -> ``editors``)."""
    from rispy.config import TAG_KEY_MAPPING

    out = dict(TAG_KEY_MAPPING)
    out.update(table()["extra_mapping"])
    return out


def list_tags() -> list[str]:
    from rispy.config import LIST_TYPE_TAGS

    return sorted(set(LIST_TYPE_TAGS) | set(table()["list_tags"]))


def format_name(name: dict[str, Any]) -> str:
    if name.get("literal"):
        return str(name["literal"]).strip()
    family = " ".join(str(name.get(k) or "").strip() for k in ("non-dropping-particle", "family")).strip()
    given = " ".join(str(name.get(k) or "").strip() for k in ("given", "dropping-particle")).strip()
    parts = [p for p in (family, given, str(name.get("suffix") or "").strip()) if p]
    return ", ".join(parts)


def ris_type(item: Item) -> str:
    tab = table()
    return tab["types"].get(item.get("type", ""), tab["default_type"])


def item_tags(item: Item) -> list[tuple[str, Any]]:
    """(tag, value) pairs of one record; list tags carry lists."""
    tab = table()
    ty = ris_type(item)
    overrides = tab["by_type"].get(ty, {})
    tags: dict[str, Any] = {"TY": ty}
    for variable, tag in tab["names"].items():
        people = [n for n in (format_name(x) for x in names(item, variable)) if n]
        if people:
            tags.setdefault(tag, []).extend(people)
    for variable, tag in tab["tags"].items():
        tag = overrides.get(variable, tag)
        value = item.get(variable)
        if value in (None, "", []) or isinstance(value, (dict, list)):
            continue
        value = " ".join(str(value).split())
        if tag in ("UR", "N1"):
            tags.setdefault(tag, []).append(value)
        elif tag not in tags:
            tags[tag] = value
        elif tags[tag] != value:
            tags.setdefault("N1", []).append(f"{variable}: {value}")
    parts = date_parts(item.get("issued"))
    if parts:
        tags["PY"] = str(parts[0])
        if len(parts) > 1:
            tags["DA"] = "/".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]]) + ("/" if len(parts) < 3 else "")
    accessed = date_parts(item.get("accessed"))
    if accessed:
        tags["Y2"] = "/".join([str(accessed[0])] + [f"{p:02d}" for p in accessed[1:]])
    page = str(item.get("page") or "").replace("–", "-").replace("—", "-")
    if page:
        first, _, last = page.partition("-")
        tags["SP"] = first.strip()
        if last.strip("- "):
            tags["EP"] = last.strip("- ")
    order = ["TY", "AU", "A2", "A3", "A4", "TI", "ST", "T2", "T3", "ET", "VL", "IS", "SP", "EP", "PY", "DA", "CY",
             "PB", "M3", "SN", "DO", "UR", "Y2", "LA", "AB", "N1"]
    return sorted(tags.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))


def write(doc: Document) -> str:
    import rispy

    class _Writer(rispy.RisWriter):
        def set_header(self, count):  # no "1." counter lines before records
            return ""

    tag_to_key = mapping()
    records = []
    for item in doc.items:
        records.append({tag_to_key[tag]: value for tag, value in item_tags(item)})
    if not records:
        return ""
    return rispy.dumps(records, implementation=_Writer, mapping=tag_to_key, list_tags=list_tags())
