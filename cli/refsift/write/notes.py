"""``--to notes``: the page's notes re-rendered, one per line, in a CSL style (default Chicago notes).

Each cite is rendered as its own citeproc Citation.  The position is taken from the
cite's form rather than from citeproc-py's own history: we hand the style a made-up
history that yields *first* (full), *subsequent* (short) or *ibid* / *ibid-with-locator*
(ibid).  Our layer also capitalises "ibid" at the start of a note, drops an ibid's
locator when it repeats the previous one of the same work, and numbers the notes.
Commentary notes, and notes whose cites point at unknown items, keep their own text.
"""
from __future__ import annotations

import html as _html
import re
import warnings

from refsift.model import Cite, Document
from refsift.write import style as _style

DEFAULT_STYLE = "chicago"
SUBS = ("text", "html", "markdown")
# CSL locator terms (CSL 1.0.2); anything else is rendered as a page.
LOCATOR_LABELS = frozenset("""
act appendix article-locator book canon chapter column elocation equation figure folio issue line note
opus page paragraph part rule scene section sub-verbo supplement table timestamp title-locator verse volume
""".split())
_LABEL_ALIASES = {"p": "page", "pp": "page", "pages": "page", "ch": "chapter", "chap": "chapter", "vol": "volume",
                  "n": "note", "nn": "note", "notes": "note", "para": "paragraph", "sec": "section", "s": "section",
                  "fig": "figure", "col": "column", "l": "line", "ll": "line"}
_IBID_START = re.compile(r"^((?:<[^>]+>)*)(ibid)", re.I)


def _label(label: str | None) -> str:
    if not label:
        return "page"
    key = label.strip().lower().rstrip(".")
    key = _LABEL_ALIASES.get(key, key)
    return key if key in LOCATOR_LABELS else "page"


def _history(key: str, position: str):
    """A made-up list of earlier cites that makes citeproc-py compute ``position`` for ``key``."""
    from citeproc import Citation, CitationItem

    if position == "first":
        return []
    earlier = CitationItem(key)
    Citation([earlier])
    if position == "ibid":
        return [earlier]
    other = CitationItem("refsift-other-work")
    Citation([other])
    return [earlier, other]


def _join(pieces: list[str], layout_prefix: str, layout_suffix: str, delimiter: str) -> str:
    """Join separately rendered cites as one citation: the layout's affixes only once."""
    if len(pieces) == 1:
        return pieces[0]
    trimmed = []
    for index, piece in enumerate(pieces):
        if index and layout_prefix and piece.startswith(layout_prefix):
            piece = piece[len(layout_prefix):]
        if index < len(pieces) - 1 and layout_suffix and piece.endswith(layout_suffix):
            piece = piece[:-len(layout_suffix)]
        trimmed.append(piece)
    return delimiter.join(trimmed)


def _affixes(cite: Cite, sub: str) -> dict[str, str]:
    """The cite's prefix and suffix as citeproc CitationItem affixes (inside the layout's own)."""
    def esc(value: str) -> str:
        return _html.escape(value, quote=False) if sub != "text" else value

    out = {}
    if cite.prefix and cite.prefix.strip():
        out["prefix"] = esc(cite.prefix.strip()) + " "
    if cite.suffix and cite.suffix.strip():
        tail = cite.suffix.strip()
        out["suffix"] = ("" if tail[0] in ",.;:)" else " ") + esc(tail)
    return out


def _uses_ibid(style) -> bool:
    return bool(style.root.xpath(".//*[@term='ibid']"))


def render_notes(doc: Document, style_name: str | None = None, sub: str = "text") -> list[tuple[int, str]]:
    """(note number, rendered note) for every note; html fragments for ``html`` and ``markdown``."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator
    from citeproc.source.json import CiteProcJSON

    if sub not in SUBS:
        raise ValueError(f"unknown notes sub-format {sub!r}")
    style = _style.load_style(style_name, DEFAULT_STYLE)
    prepared, ids = _style.citeproc_items(doc.items)
    layout = style.root.citation.layout
    layout_prefix = layout.get("prefix", "") or ""
    layout_suffix = layout.get("suffix", "") or ""
    ibid_style = _uses_ibid(style)
    out: list[tuple[int, str]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(prepared) if prepared else {}
        bib = CitationStylesBibliography(style, source, _style.formatter_for(sub))
        for entry in prepared:  # register every work once, in item order
            bib.register(Citation([CitationItem(entry["id"])]))
        last_locator: dict[str, str | None] = {}
        for index, note in enumerate(doc.notes, start=1):
            number = note.n if isinstance(note.n, int) and note.n > 0 else index
            cites = [c for c in note.cites if c.item in ids]
            if not note.cites or len(cites) != len(note.cites):
                text = note.text if sub == "text" else _html.escape(note.text, quote=False)
                out.append((number, " ".join(text.split())))
                for cite in cites:
                    last_locator[cite.item] = cite.locator
                continue
            pieces = []
            for cite in cites:
                pieces.append(_render_cite(style, bib, cite, ids[cite.item], last_locator, sub, ibid_style,
                                           Citation, CitationItem, Locator))
            text = _join(pieces, layout_prefix, layout_suffix, "; ")
            match = _IBID_START.match(text)
            if match:
                text = match.group(1) + "I" + text[match.end(1) + 1:]
            out.append((number, " ".join(text.split())))
    return out


def _render_cite(style, bib, cite: Cite, key: str, last_locator: dict, sub: str, ibid_style: bool,
                 Citation, CitationItem, Locator) -> str:
    form = cite.form if cite.form in ("full", "short", "ibid") else "full"
    locator = (cite.locator or "").strip() or None
    previous = last_locator.get(cite.item)
    if form == "ibid" and ibid_style and locator and locator == previous:
        locator = None  # "Ibid." already means the same place
    else:
        last_locator[cite.item] = locator if form != "ibid" or locator else previous
    kwargs = _affixes(cite, sub)
    if locator:
        kwargs["locator"] = Locator(_label(cite.label), locator)
    item = CitationItem(key, **kwargs)
    citation = Citation([item])
    bib.register(citation)
    position = {"full": "first", "short": "subsequent", "ibid": "ibid"}[form]
    return str(style.render_citation(citation, _history(key, position), lambda _item: ""))


def _markdown_line(fragment: str) -> str:
    return _style.html_to_markdown(fragment)


def write(doc: Document, style: str | None = None, sub: str = "text") -> str:
    notes = render_notes(doc, style, sub)
    if sub == "text":
        return "".join(f"{n}. {text}\n" for n, text in notes)
    if sub == "markdown":
        return "".join(f"{n}. {_markdown_line(text)}\n" for n, text in notes)
    body = "".join(f'  <li value="{n}">{text}</li>\n' for n, text in notes)
    return f"<ol>\n{body}</ol>\n"


__all__ = ["render_notes", "write", "DEFAULT_STYLE"]
