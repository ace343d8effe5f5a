"""The order of the stages, and only that.

    read -> locate -> split -> label + cut into works + normalize (works.py) -> resolve
The writers run after this, on the Document it returns.
"""
from __future__ import annotations

from .errors import NoReferencesError
from .locate import locate
from .model import Document
from .read import read_bytes
from .resolve import resolve
from .split import split_notes
from .works import document_item, parse_note


def extract(data: bytes | str, name: str | None = None) -> Document:
    """A page (bytes as saved, or text) -> its Document."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    page = read_bytes(data, name)
    located = locate(page.text)
    raw_notes = split_notes(located.lines)
    if not raw_notes:
        raise NoReferencesError("no notes or references found on the page")
    doc = Document(input=name)
    parsed = [parse_note(n, text, doc.warnings) for n, text in raw_notes]
    doc.document = document_item(page.meta, located.document_text)
    return resolve(parsed, doc)
