"""The document model that flows through every stage.

Its JSON form is exactly the gold format (``shared/GOLD-FORMAT.md``):
``document``, ``abbreviations``, ``notes`` (each with ``cites``) and ``items``
(CSL-JSON, each work once).  Stages pass these objects along; only the writers
turn them into text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# CSL-JSON items are plain dicts: the writers and citeproc-py take them as they are.
Item = dict[str, Any]

KINDS = ("citation", "commentary", "mixed")
FORMS = ("full", "short", "ibid")
ROLES = ("primary", "translation")


@dataclass
class Cite:
    """One work a note refers to."""

    item: str
    form: str = "full"
    prefix: str | None = None
    suffix: str | None = None
    locator: str | None = None
    label: str | None = None
    role: str = "primary"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.item, "form": self.form}
        for key in ("prefix", "suffix", "locator", "label"):
            value = getattr(self, key)
            if value:
                out[key] = value
        out["role"] = self.role
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Cite":
        return cls(**{k: data[k] for k in ("item", "form", "prefix", "suffix", "locator", "label", "role") if k in data})


@dataclass
class Note:
    """One numbered note (or one entry of an unnumbered reference list)."""

    n: int
    text: str
    kind: str = "citation"
    cites: list[Cite] = field(default_factory=list)
    label: str | None = None  # the number or letter as printed ("a", "12", "iv"), when it differs from n

    def to_json(self) -> dict[str, Any]:
        out = {"n": self.n, "text": self.text, "kind": self.kind, "cites": [c.to_json() for c in self.cites]}
        if self.label is not None and self.label != str(self.n):
            out["label"] = self.label
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Note":
        return cls(n=data["n"], text=data.get("text", ""), kind=data.get("kind", "citation"),
                   cites=[Cite.from_json(c) for c in data.get("cites", [])], label=data.get("label"))


@dataclass
class Document:
    """A page: its own work, the abbreviations it defines, its notes and the works they cite."""

    input: str | None = None
    document: Item | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # not part of the JSON form
    # how the page's lines were read: {"reference": n, "heading": n, "body": n, "chrome": n,
    # "metadata": n, "blank": n, "unassigned": n} ("unassigned": lines of a reference region in no note)
    lines: dict[str, int] = field(default_factory=dict)
    # where a bound cut the input rather than stall: ["note 12: cut at 2,000 tokens", ...]
    cuts: list[str] = field(default_factory=list)

    def item_by_id(self, item_id: str) -> Item | None:
        for item in self.items:
            if item.get("id") == item_id:
                return item
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "document": self.document,
            "abbreviations": dict(self.abbreviations),
            "notes": [n.to_json() for n in self.notes],
            "items": list(self.items),
            **({"lines": dict(self.lines)} if self.lines else {}),
            **({"cuts": list(self.cuts)} if self.cuts else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Document":
        return cls(input=data.get("input"), document=data.get("document"),
                   abbreviations=dict(data.get("abbreviations") or {}),
                   notes=[Note.from_json(n) for n in data.get("notes") or []],
                   items=list(data.get("items") or []))
