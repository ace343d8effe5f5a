"""Read stage: bytes -> visible text (lines as a person would paste them) and the page's own metadata.

Plain text is decoded and normalised; HTML is rendered the way a browser copies it: block
elements become lines, an ``<li>`` of an ``<ol>`` gets its printed number, scripts, styles, forms
and the ``<head>`` are dropped.  ``<meta>`` tags (``citation_*``, ``DC.*``) give the CSL-JSON of
the page's own work.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from refsift.errors import UnreadableInputError


@dataclass
class Page:
    text: str
    meta: dict = field(default_factory=dict)
    is_html: bool = False
    name: str | None = None


# ---------------------------------------------------------------------------------------------
# decoding

_BINARY_MAGIC = (
    (b"%PDF", "a PDF file, not a text or HTML page"),
    (b"\x89PNG", "an image (PNG), not a text or HTML page"),
    (b"\xff\xd8\xff", "an image (JPEG), not a text or HTML page"),
    (b"GIF87a", "an image (GIF), not a text or HTML page"),
    (b"GIF89a", "an image (GIF), not a text or HTML page"),
    (b"II*\x00", "an image (TIFF), not a text or HTML page"),
    (b"MM\x00*", "an image (TIFF), not a text or HTML page"),
    (b"PK\x03\x04", "a zip archive (docx/epub?), not a text or HTML page"),
    (b"\xd0\xcf\x11\xe0", "an Office document, not a text or HTML page"),
    (b"\x1f\x8b", "a gzip archive, not a text or HTML page"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes sit in every other position."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    n_even = even.count(0)
    n_odd = odd.count(0)
    if n_odd >= 0.3 * len(odd) and n_even <= 0.05 * len(even):
        return "utf-16-le"
    if n_even >= 0.3 * len(even) and n_odd <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Bytes -> str: UTF-8 (BOM or not), UTF-16 (BOM, or detected by its NULs), else cp1252."""
    if not data or not data.strip():
        raise UnreadableInputError("the input is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        enc = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return data[2:].decode(enc, errors="replace")
    for magic, why in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnreadableInputError(f"the input is {why}")
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc is None:
            raise UnreadableInputError("the input is binary data, not a text or HTML page")
        return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u2006\u2008\u200a\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return text


def _check_text(text: str) -> None:
    if not text.strip():
        raise UnreadableInputError("the input has no visible text")
    bad = text.count("\ufffd")
    if bad > 50 and bad > 0.1 * len(text):
        raise UnreadableInputError("the input is binary data, not a text or HTML page")


# ---------------------------------------------------------------------------------------------
# HTML

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_INSIDE = re.compile(r"<body\b|<p>|<p\s[^>]*>|<div\b|<li\b|<br\s*/?>", re.I)


def looks_like_html(text: str, name: str | None = None) -> bool:
    if name and name.lower().endswith((".html", ".htm", ".xhtml", ".shtml")):
        return True
    if _HTML_START.match(text[:2000]):
        return True
    return bool(_HTML_INSIDE.search(text))


_DROP = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "button", "form", "math",
    "select", "option", "textarea", "iframe", "object", "canvas", "video", "audio", "input",
    "title", "meta", "link",
})
_BLOCK = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "table", "thead", "tbody", "tfoot", "caption", "section", "article", "blockquote", "footer",
    "header", "nav", "aside", "main", "figure", "figcaption", "pre", "address", "hr", "details",
    "summary", "fieldset", "legend", "center", "body", "html", "menu", "hgroup", "dialog",
})
_CELL = frozenset({"td", "th"})
# inline elements that a style sheet shows as blocks or spaced parts of a line
_SPACED = frozenset({"cite", "label"})
_SPACED_CLASS = re.compile(r"\b(?:ltx_bibblock|ltx_tag|label|citation|reference-text|block)\b")
_NUMBER_AT_START = re.compile(r"^\s*(?:\[\s*\d+\s*\]|\(\d+\)|\d+\s*[.)]?(?:\s|$))")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NO_MARKER_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)


def _tag(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    if "}" in tag:
        tag = tag.rsplit("}", 1)[1]
    return tag.lower()


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.pending: str | None = None  # an <ol> number waiting for the item's first text

    def text(self, s: str | None) -> None:
        if s:
            if self.pending is not None and s.strip():
                self.cur.append(self.pending)
                self.pending = None
            self.cur.append(s)

    def brk(self) -> None:
        line = re.sub(r"[ \t\n\f\r]+", " ", "".join(self.cur)).strip()
        self.cur = []
        if line:
            self.lines.append(line)

    def walk(self, el, ol_number: str | None = None) -> None:
        tag = _tag(el)
        if tag in _DROP or not tag:
            # comments, processing instructions and dropped elements: only their tail shows
            return
        if el.get("hidden") is not None:
            return
        if _HIDDEN_STYLE.search(el.get("style") or ""):
            return
        if tag == "br":
            self.brk()
            return
        block = tag in _BLOCK
        if block:
            self.brk()
        elif tag in _CELL:
            self.text(" ")
        if ol_number is not None:
            self.pending = ol_number
        elif tag in _SPACED or (tag == "span" and _SPACED_CLASS.search(el.get("class") or "")):
            self.text(" ")
        self.text(el.text)
        if tag == "ol":
            self._walk_ol(el)
        else:
            for child in el:
                self.walk(child)
                self.text(child.tail)
        if block:
            self.brk()
        elif tag in _CELL:
            self.text(" ")

    def _walk_ol(self, ol) -> None:
        kind = (ol.get("type") or "1").strip()
        no_marker = kind != "1" or bool(_NO_MARKER_STYLE.search(ol.get("style") or ""))
        try:
            n = int(ol.get("start")) if ol.get("start") else 1
        except ValueError:
            n = 1
        reversed_ = ol.get("reversed") is not None
        if reversed_ and not ol.get("start"):
            n = sum(1 for c in ol if _tag(c) == "li")
        self.text(None)
        for child in ol:
            if _tag(child) != "li":
                self.walk(child)
                self.text(child.tail)
                continue
            value = child.get("value")
            if value:
                try:
                    n = int(value)
                except ValueError:
                    pass
            label = None
            own_text = child.text_content() if not no_marker else ""
            if (not no_marker and not _NO_MARKER_STYLE.search(child.get("style") or "")
                    and not _NUMBER_AT_START.match(own_text or "")):
                label = f"{n}. "
            self.walk(child, ol_number=label)
            self.pending = None
            self.text(child.tail)
            n = n - 1 if reversed_ else n + 1


def _parse_html(text: str):
    import lxml.html

    # lxml refuses str input with an XML encoding declaration
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml.html.document_fromstring(text)
    except Exception:  # lxml raises ParserError on documents with no elements
        return None


def html_to_text(root) -> str:
    r = _Renderer()
    body = root.find("body") if _tag(root) == "html" else None
    r.walk(body if body is not None else root)
    r.brk()
    return "\n".join(r.lines)


# ---------------------------------------------------------------------------------------------
# meta tags -> CSL-JSON

def _meta_pairs(root) -> list[tuple[str, str]]:
    out = []
    for m in root.iter("meta"):
        key = m.get("name") or m.get("property") or m.get("itemprop")
        val = m.get("content")
        if key and val is not None and val.strip():
            out.append((key.strip().lower(), re.sub(r"\s+", " ", val).strip()))
    return out


def _name(s: str) -> dict:
    s = s.strip().rstrip(",;")
    if "," in s:
        family, given = s.split(",", 1)
        d = {"family": family.strip(), "given": given.strip()}
    else:
        parts = s.split()
        if len(parts) == 1:
            return {"literal": s}
        # keep particles with the family name: "Ludwig van Beethoven" -> van Beethoven
        i = len(parts) - 1
        while i > 1 and parts[i - 1].lower() in {"van", "von", "de", "der", "den", "da", "del", "di", "la", "le", "du", "dos", "das"}:
            i -= 1
        d = {"family": " ".join(parts[i:]), "given": " ".join(parts[:i])}
    return {k: v for k, v in d.items() if v}


def _date(s: str) -> dict | None:
    m = re.match(r"^\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?", s)
    if not m:
        m2 = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", s)
        return {"date-parts": [[int(m2.group(1))]]} if m2 else None
    parts = [int(g) for g in m.groups() if g]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        parts = parts[:1]
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        parts = parts[:2]
    return {"date-parts": [parts]}


def _doi(s: str) -> str | None:
    m = re.search(r"10\.\d{4,9}/\S+", s)
    return m.group(0).rstrip(".,;") if m else None


def meta_to_csl(pairs: list[tuple[str, str]]) -> dict:
    first: dict[str, str] = {}
    authors: list[str] = []
    dc_creators: list[str] = []
    for k, v in pairs:
        if k in ("citation_author", "citation_authors"):
            # some publishers put all authors in one tag, separated by ';'
            authors.extend(a for a in v.split(";") if a.strip()) if ";" in v else authors.append(v)
        elif k in ("dc.creator", "dc.contributor", "dcterms.creator"):
            dc_creators.append(v)
        first.setdefault(k, v)

    def get(*keys: str) -> str | None:
        for key in keys:
            if first.get(key):
                return first[key]
        return None

    csl: dict = {}
    title = get("citation_title", "dc.title", "dcterms.title")
    if title:
        csl["title"] = title
    names = authors or dc_creators
    if names:
        csl["author"] = [_name(a) for a in names]
    journal = get("citation_journal_title", "citation_conference_title", "prism.publicationname")
    book = get("citation_book_title", "citation_inbook_title")
    if journal:
        csl["container-title"] = journal
        csl["type"] = "paper-conference" if first.get("citation_conference_title") and not first.get("citation_journal_title") else "article-journal"
    elif book:
        if title and title != book:
            csl["container-title"] = book
            csl["type"] = "chapter"
        else:
            csl["title"] = book
            csl["type"] = "book"
    elif get("citation_dissertation_institution"):
        csl["type"] = "thesis"
        csl["publisher"] = get("citation_dissertation_institution")
    elif get("citation_technical_report_institution"):
        csl["type"] = "report"
        csl["publisher"] = get("citation_technical_report_institution")
    if get("citation_journal_abbrev"):
        csl["container-title-short"] = get("citation_journal_abbrev")
    if get("citation_series_title"):
        csl["collection-title"] = get("citation_series_title")
    publisher = get("citation_publisher", "dc.publisher", "dcterms.publisher")
    if publisher:
        csl["publisher"] = publisher
    date = get("citation_publication_date", "citation_date", "citation_cover_date",
               "citation_online_date", "dc.date", "dcterms.issued", "dcterms.date", "prism.publicationdate")
    if date and _date(date):
        csl["issued"] = _date(date)
    for key, field_ in (("citation_volume", "volume"), ("citation_issue", "issue"),
                        ("prism.volume", "volume"), ("prism.number", "issue")):
        if get(key) and field_ not in csl:
            csl[field_] = get(key)
    fp, lp = get("citation_firstpage", "prism.startingpage"), get("citation_lastpage", "prism.endingpage")
    if fp and lp and fp != lp:
        csl["page"] = f"{fp}-{lp}"
    elif fp:
        csl["page"] = fp
    doi = None
    for key in ("citation_doi", "dc.identifier", "dcterms.identifier", "prism.doi"):
        if first.get(key) and _doi(first[key]):
            doi = _doi(first[key])
            break
    if doi:
        csl["DOI"] = doi
    if get("citation_isbn"):
        csl["ISBN"] = get("citation_isbn")
    if get("citation_issn", "prism.issn"):
        csl["ISSN"] = get("citation_issn", "prism.issn")
    lang = get("citation_language", "dc.language")
    if lang:
        csl["language"] = lang
    url = get("citation_abstract_html_url", "citation_fulltext_html_url", "citation_public_url")
    if url:
        csl["URL"] = url
    if not (csl.get("title") or csl.get("DOI")):
        return {}
    csl.setdefault("type", "book" if csl.get("ISBN") else "article")
    return csl


# ---------------------------------------------------------------------------------------------

def _normalise_lines(text: str) -> str:
    lines = [ln.rstrip() for ln in text.split("\n")]
    # no more than one blank line in a row
    out: list[str] = []
    for ln in lines:
        if not ln.strip() and out and not out[-1].strip():
            continue
        out.append(ln)
    return "\n".join(out).strip("\n")


def read_bytes(data: bytes, name: str | None = None) -> Page:
    """Decode a pasted page (text or saved HTML) into its visible text and its own metadata."""
    text = _clean_text(decode(data))
    if looks_like_html(text, name):
        root = _parse_html(text)
        if root is None:
            raise UnreadableInputError("the HTML page has no content")
        meta = meta_to_csl(_meta_pairs(root))
        body = _clean_text(html_to_text(root))
        _check_text(body)
        return Page(text=_normalise_lines(body), meta=meta, is_html=True, name=name)
    _check_text(text)
    return Page(text=_normalise_lines(text), meta={}, is_html=False, name=name)


def read_text(text: str, name: str | None = None) -> Page:
    """Convenience for callers that already hold a str."""
    return read_bytes(text.encode("utf-8"), name)
