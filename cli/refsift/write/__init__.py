"""The write stage: a Document -> text in one of FORMATS.

The registry is deliberately light: each writer module (and the libraries behind it)
is imported only when its format is asked for.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import PurePath

from refsift.errors import UsageError

FORMATS = ("csl-json", "json", "bibtex", "ris", "text", "html", "markdown", "notes")
NOTES_SUBFORMATS = ("text", "html", "markdown")

_EXTENSIONS = {
    ".bib": "bibtex", ".bibtex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json",
    ".html": "html", ".htm": "html",
    ".md": "markdown", ".markdown": "markdown",
    ".txt": "text",
}


def format_for_path(path: str) -> str | None:
    """The output format implied by a file name's extension, or None when it implies none."""
    return _EXTENSIONS.get(PurePath(str(path)).suffix.lower())


def write(doc, fmt: str, style: str | None = None, sub: str = "text") -> str:
    """Render ``doc`` as ``fmt``.  ``style`` names a CSL style (text, html, markdown, notes);
    ``sub`` is the notes' own format: text, html or markdown."""
    if fmt == "csl-json":
        return import_module("refsift.write.csljson").write(doc)
    if fmt == "json":
        return import_module("refsift.write.json_doc").write(doc)
    if fmt == "bibtex":
        return import_module("refsift.write.bibtex").write(doc)
    if fmt == "ris":
        return import_module("refsift.write.ris").write(doc)
    if fmt in ("text", "html", "markdown"):
        return import_module("refsift.write.style").write(doc, fmt, style)
    if fmt == "notes":
        if sub not in NOTES_SUBFORMATS:
            raise UsageError(f"unknown notes format '{sub}' (use one of: {', '.join(NOTES_SUBFORMATS)})")
        return import_module("refsift.write.notes").write(doc, style, sub)
    raise UsageError(f"unknown output format '{fmt}' (use one of: {', '.join(FORMATS)})")
