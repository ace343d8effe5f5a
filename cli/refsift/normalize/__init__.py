"""Normalize stage: the labelled spans of ONE cited work -> a CSL-JSON item and the cite's locator.

    res = to_csl([("author", "J. Smith"), ("other", ", "), ("title", "Russia and NATO"),
                  ("other", " ("), ("location", "London"), ("other", ": "), ("publisher", "Routledge"),
                  ("other", ", "), ("date", "2006"), ("other", "), "), ("locator", "p. 66"), ("other", ".")])
    res.item     -> {"type": "book", "author": [...], "title": "Russia and NATO", ...}
    res.locator  -> "66";  res.label -> "page"

Span texts are raw slices of the note, labelled as ``train/corpus/README.md`` describes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from . import fields
from .dates import parse_date, year_of
from .names import parse_names
from .pages import parse_locator, parse_pages
from .types import infer_type

__all__ = ["Normalized", "to_csl", "press_page", "parse_names", "parse_date", "parse_pages", "parse_locator", "infer_type"]

# the order of keys in an item
FIELD_ORDER = ("type", "author", "editor", "translator", "title", "container-title", "collection-title",
               "publisher", "publisher-place", "issued", "volume", "issue", "page", "number", "genre",
               "edition", "URL", "DOI", "ISBN", "note")
_NAME_LABELS = ("author", "editor", "translator")
_TITLE_LABELS = ("title", "container-title", "collection-title")
_NAME_GLUE = re.compile(r"^[\s,.&]*(?:(?:and|und|et|y|e|&)\b)?[\s,.&]*$", re.IGNORECASE)
_EDITOR_WORD = re.compile(r"\b(?:eds?|edited|editors?|edn|hrsg|hg|hgg|herausgegeben|dir|direction|coord|éds?|"
                          r"a cura|cur|comp|compiled|red|sous la direction)\b|\bed\.|éd\.", re.IGNORECASE)
_EDITOR_CUE = re.compile(r"\(\s*(?:eds?|hrsg|hg|hgg|dir|coord|éds?)\.?\s*\)|,\s*eds?\.?\s*$|^\s*(?:edited|ed\.) by\b",
                         re.IGNORECASE)


@dataclass
class Normalized:
    """One cited work: its CSL item (no ``id``) and how the note points into it."""

    item: dict[str, Any] = field(default_factory=dict)
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    backref: str | None = None
    hereafter: str | None = None
    warnings: list[str] = field(default_factory=list)


_ISBN_IN = re.compile(r"[.,;]?\s*\bISBN(?:-1[03])?:?\s*((?:97[89][-\s]?)?\d[\d\s-]{8,15}[\dXx])\b\.?")
_DOI_IN = re.compile(r"[.,;]?\s*(?:\bdoi:\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/\S+?)[.,;]?$", re.IGNORECASE)


def _span_of(page: str) -> int | None:
    m = re.fullmatch(r"(\d+)-(\d+)", page)
    return int(m.group(2)) - int(m.group(1)) if m else None


def press_page(item: dict[str, Any], locator: str | None, label: str | None) -> tuple[str | None, str | None]:
    """A newspaper or magazine piece cited with a page or a range: that is where the piece stands (the
    item's page), not a place inside it.  Returns the cite's locator and label that remain."""
    if (item.get("type") in ("article-newspaper", "article-magazine") and "page" not in item
            and label == "page" and locator and re.fullmatch(r"\d+(?:-\d+)?", locator)):
        item["page"] = locator
        return None, None
    return locator, label


_JOURNAL_VOLUME = re.compile(r"^((?!(?:vol|vols|volume|bd|band|t|tome|tomo|v)\b)[^\W\d][\w .&:'’-]*?[^\W\d])\.?\s+(\d+(?:\s*\(\d+\))?)$", re.IGNORECASE)
_PLACE_ETC = re.compile(r",?\s+(?:etc\.?|u\.\s?a\.|et al\.?|&c\.?)$", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"\s(?:of|the|in|on|for|to|a|an|des|der|die|das|la|les|del|el|du|zur|zum|im)\s", re.IGNORECASE)
_FUNCTION_WORDS = re.compile(r"\s(?:and|of|the|in|on|for|to|a|an|des|der|die|das|und|la|le|les|de|del|el|y|et)\s", re.IGNORECASE)


def _title_out_of_authors(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'M. Finnemore, National Interests and International Society' labelled as one author list
    when no title was found: a comma-separated part that reads like a title is the title."""
    if any(label == "title" for label, _ in spans):
        return spans
    for i, (label, text) in enumerate(spans):
        if label != "author":
            continue
        parts = text.split(", ")
        for k in range(1, len(parts)):
            part = parts[k]
            words = part.split()
            initials_before = bool(re.search(r"\b[A-Z]\.", ", ".join(parts[:k])))
            title_words = _TITLE_WORDS.search(f" {part} ") or initials_before and _FUNCTION_WORDS.search(f" {part} ")
            if len(words) >= 3 and not re.search(r"\b[A-Z]\.", part) and title_words:
                rest = ", ".join(parts[k:])
                return spans[:i] + [("author", ", ".join(parts[:k])), ("other", ", "), ("title", rest)] + spans[i + 1:]
        break
    return spans


def _date_after_publisher(spans: list[tuple[str, str]]) -> str | None:
    """'(New York: Free Press, 1968)': the year printed right after the publisher is when the work
    was published, whatever other dates the note prints before it."""
    after_publisher = False
    for label, text in spans:
        if label == "publisher":
            after_publisher = True
        elif label == "date" and after_publisher:
            return text
        elif label != "other":
            after_publisher = False
    return None


_QUESTION_THEN_JOURNAL = re.compile(r"^(.{10,}\?)\s+((?:[A-Z][\w&.'’-]*|of|and|in|for|the|&)(?:\s+(?:[A-Z][\w&.'’-]*|of|and|in|for|the|&)){0,7})$")
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")


_TRANSLATION_CUE = re.compile(r"\b(?:trans|transl|translated|translator|tr|übers|übersetzt|trad|traduit|traducido|"
                              r"traduction|traducción|traduzione|tradução|перевод)\b", re.IGNORECASE)
_TRAILING_DATE = re.compile(r",\s+([^,]{6,25})$")


def _trailing_day_in_title(item: dict[str, Any]) -> None:
    """'Press Conference with the Secretary General, 22 November 2001': the day closing a title
    is the date of the event, not part of the title."""
    title = item.get("title")
    m = _TRAILING_DATE.search(title) if isinstance(title, str) else None
    if not m:
        return
    parsed = parse_date(m.group(1))
    parts = (parsed or {}).get("date-parts") or [[]]
    if len(parts[0]) == 3 and re.search(r"[^\W\d_]", m.group(1)):
        item["title"] = title[:m.start()]
        item.setdefault("issued", parsed)


def _split_title_container(item: dict[str, Any]) -> None:
    """'Easy problems are sometimes hard. Artificial Intelligence' labelled as one field: an
    article's title and its journal, told apart at the last full stop."""
    title, container = item.get("title"), item.get("container-title")
    journal_signs = item.get("volume") or item.get("issue") or item.get("page")
    if container and not title:
        parts = _SENTENCE_BREAK.split(container)
        if len(parts) >= 2 and len(" ".join(parts[:-1]).split()) >= 3:
            item["title"], item["container-title"] = ". ".join(parts[:-1]), parts[-1]
    elif title and not container and journal_signs and not item.get("publisher"):
        asked = _QUESTION_THEN_JOURNAL.match(title)
        if asked and sum(w[:1].islower() for w in asked.group(1).split()[1:]) * 2 > len(asked.group(1).split()):
            # 'What predicts poor social competence? Schizophrenia Research': a sentence-case question, then
            # a run of capitalised words
            item["title"], item["container-title"] = asked.group(1), asked.group(2)
            return
        parts = _SENTENCE_BREAK.split(title)
        last = parts[-1] if len(parts) >= 2 else ""
        if last and len(last.split()) <= 8 and len(" ".join(parts[:-1]).split()) >= 3 and last[:1].isupper():
            item["title"], item["container-title"] = ". ".join(parts[:-1]), last


def _corporate_title(item: dict[str, Any]) -> None:
    """A work with neither title nor container whose one 'author' is a long name: that name is its title."""
    names = item.get("author") or []
    if ("title" not in item and "container-title" not in item and len(names) == 1
            and "literal" in names[0] and len(names[0]["literal"].split()) >= 3):
        item["title"] = item.pop("author")[0]["literal"]


def _publisher_with_volume(item: dict[str, Any]) -> None:
    """A 'publisher' followed by a volume, issue or page range and no place is a journal."""
    if ("publisher" in item and "container-title" not in item and "publisher-place" not in item
            and (item.get("issue") or item.get("volume") and item.get("page"))):
        item["container-title"] = item.pop("publisher")


def _rescue_identifiers(item: dict[str, Any]) -> None:
    """An ISBN or DOI the labeller left inside another field moves to its own field."""
    for key in ("publisher", "title", "container-title", "publisher-place", "note", "collection-title"):
        value = item.get(key)
        if not isinstance(value, str):
            continue
        m = _ISBN_IN.search(value)
        if m and "ISBN" not in item:
            item["ISBN"] = re.sub(r"\s", "-", m.group(1))
            value = (value[:m.start()] + value[m.end():]).strip(" .,;")
        m = _DOI_IN.search(value)
        if m and "DOI" not in item:
            item["DOI"] = m.group(1)
            value = value[:m.start()].strip(" .,;")
        if value:
            item[key] = value
        else:
            del item[key]


# --- grouping spans -----------------------------------------------------------------------

Group = list[tuple[str, str]]  # [(separator before, text), ...]; the first separator is ""


def _group(spans: Iterable[tuple[str, str]]) -> dict[str, list[Group]]:
    """Spans of one label that follow each other with only ``other`` text between them form a
    group (a title and its subtitle); another label in between starts a new group."""
    groups: dict[str, list[Group]] = {}
    last: str | None = None
    gap = ""
    for label, text in spans:
        if text is None:
            continue
        if label == "other":
            gap += text
            continue
        if label == last:
            groups[label][-1].append((gap, text))
        else:
            groups.setdefault(label, []).append([("", text)])
        last = label
        gap = ""
    return groups


def _join_raw(group: Group) -> str:
    out = ""
    for sep, text in group:
        if out:
            out += sep if sep else " "
        out += text
    return fields.squash(out)


def _title_separator(sep: str, before: str) -> str:
    s = sep.strip().strip(fields.QUOTES + "()[] ")
    before = before.rstrip().rstrip(fields.QUOTES)
    if ":" in s:
        return ": "
    if before.endswith(("?", "!")):
        return " "
    for mark, out in ((".", ". "), (";", "; "), (",", ", ")):
        if mark in s:
            return out
    for dash in "–—":
        if dash in s:
            return f" {dash} "
    return " "


def _join_title(group: Group) -> str | None:
    out = ""
    for sep, text in group:
        text = fields.clean_title(text) or ""
        if not text:
            continue
        out = text if not out else out + _title_separator(sep, out) + text
    return out or None


def _join_names(group: Group) -> str:
    out = ""
    for sep, text in group:
        if out:
            # glue inside a list ("Smith" ", " "J.") stays; anything else separates two names
            out += (sep.rstrip() + " ") if _NAME_GLUE.match(sep) else "; "
        out += text
    return fields.squash(out)


# --- the stage ----------------------------------------------------------------------------

def _first(groups: dict[str, list[Group]], label: str) -> str | None:
    found = groups.get(label)
    return _join_raw(found[0]) if found else None


def _names(groups: dict[str, list[Group]], label: str) -> tuple[list[dict[str, str]], list[str]]:
    names: list[dict[str, str]] = []
    raws: list[str] = []
    for group in groups.get(label, []):
        raw = _join_names(group)
        raws.append(raw)
        for name in parse_names(raw):
            if name not in names:
                names.append(name)
    return names, raws


def _notes(res: Normalized, groups: dict[str, list[Group]]) -> list[str]:
    kept: list[str] = []
    texts: list[str] = []
    for group in groups.get("note", []):
        # note spans with brackets or a ';' between them are separate remarks: "[accessed ...] [sic]"
        current: Group = []
        for sep, text in group:
            if current and (re.search(r"[\[\]();]", sep) or current[-1][1].rstrip().endswith(("]", ")"))
                            or text.lstrip().startswith(("[", "("))):
                texts.append(_join_raw(current))
                current = []
            current.append(("" if not current else sep, text))
        if current:
            texts.append(_join_raw(current))
    for text in texts:
        back = fields.backref_of(text)
        if back:
            res.backref = res.backref or back
            continue
        here = fields.hereafter_of(text)
        if here:
            res.hereafter = res.hereafter or here
            text = re.sub(r"[\[(][^\])]*\b(?:hereafter|hereinafter|henceforth|folgenden|ci-après)\b[^\])]*[\])]",
                          " ", text, flags=re.IGNORECASE)
            if fields.hereafter_of(text):
                continue
        text = re.sub(r"[\[(]\s*sic\s*!?\s*[\])]", " ", text, flags=re.IGNORECASE)
        if fields.is_noise_note(text):
            continue
        cleaned = fields.clean_text(text.strip(" []()"))
        if cleaned and cleaned not in kept:
            kept.append(cleaned)
    return kept


_IN = re.compile(r"(?:^|[\s.,;:(])(?:in|dans|en)\s*:?\s*$", re.IGNORECASE)


_VOLUME_PAGES = re.compile(r"^\s*(\d+)\s+(\d+\s*[-–—]\s*\d+|\d{1,3}|\d{5,})\s*$")  # volume, then pages


def _quoted_title_then_container(groups: dict[str, list[Group]]) -> None:
    """'"A Generalized Method," Econometrica': title text after the closing quote of a quoted title,
    where no container was found, is the container."""
    found = groups.get("title")
    if not found or groups.get("container-title"):
        return
    group = found[0]
    for k in range(1, len(group)):
        if re.search(r"[,.]\s*[”\"»]|[”\"»]\s*[,.]", group[k][0]):
            found[0] = group[:k]
            groups["container-title"] = [[("", group[k][1])] + group[k + 1:]]
            return


def _book_title_read_as_container(item: dict[str, Any], spans: list[tuple[str, str]]) -> None:
    """'Huxley, Aldous. Brave New World. New York: Harper, 1932.': a container with no title inside it,
    no 'In' before it and nothing of a periodical or an edited volume about it, is the book's title."""
    if ("container-title" in item and "title" not in item and (item.get("publisher") or item.get("publisher-place"))
            and not any(item.get(k) for k in ("editor", "volume", "issue", "page"))
            and not _in_container(spans)):
        item["title"] = item.pop("container-title")


def _in_container(spans: list[tuple[str, str]]) -> bool:
    """Is the container introduced by 'In', 'In:', 'dans', 'en' (a part of a book or proceedings)?"""
    before = ""
    for label, text in spans:
        if label == "container-title":
            return bool(_IN.search(before))
        before = (before + text)[-12:] if label in ("other", "signal") else ""
    return False


def to_csl(spans: list[tuple[str, str]]) -> Normalized:
    """Turn the labelled spans of one cited work into a CSL item plus the cite's locator."""
    res = Normalized()
    groups = _group(_title_out_of_authors(spans))
    item: dict[str, Any] = {}

    # contributors
    if "translator" in groups and "title" not in groups and not any(
            _TRANSLATION_CUE.search(_join_raw(g)) for g in groups["translator"]):
        # a 'translator' with no word saying so, where no title was found, is the title
        groups["title"] = groups.pop("translator")
    if "editor" in groups and "author" not in groups and not any(
            _EDITOR_WORD.search(_join_raw(g)) for g in groups["editor"]):
        groups["author"] = groups.pop("editor")  # names at the head with no word making them editors
    for label in _NAME_LABELS:
        names, raws = _names(groups, label)
        if label == "author" and names and "editor" not in groups and raws and all(_EDITOR_CUE.search(r) for r in raws):
            item["editor"] = names  # "J. Smith (ed.)" labelled as the author is the editor
            continue
        if names:
            item.setdefault(label, []).extend(n for n in names if n not in item.get(label, []))

    # titles
    _quoted_title_then_container(groups)
    for label in _TITLE_LABELS:
        found = groups.get(label) or []
        if found:
            value = _join_title(found[0])
            if value:
                item[label] = value
            if len(found) > 1:
                res.warnings.append(f"{label}: {len(found)} separate spans, kept the first")

    # publication facts
    publisher = fields.clean_text(_first(groups, "publisher"))
    if publisher:
        item["publisher"] = publisher
    place = _PLACE_ETC.sub("", fields.clean_text(_first(groups, "location")) or "") or None
    if place:
        item["publisher-place"] = place
    date = None
    published = _date_after_publisher(spans)
    if published:
        parsed = parse_date(published)
        date = parsed if parsed and year_of(parsed) else None
    for group in [] if date else groups.get("date", []):
        parsed = parse_date(_join_raw(group))
        if parsed and year_of(parsed):
            date = parsed
            break
        date = date or parsed
    if date:
        item["issued"] = date
        if "literal" in date:
            res.warnings.append(f"date not understood: {date['literal']!r}")
    volume_raw = _first(groups, "volume")
    pages_raw = _first(groups, "pages")
    m = _VOLUME_PAGES.match(volume_raw or "")
    if m and not pages_raw:
        volume_raw, pages_raw = m.group(1), m.group(2)  # 'Biological Cybernetics, 50 363-396'
    m = _JOURNAL_VOLUME.match(volume_raw or "")
    if m and "container-title" not in item:
        item["container-title"], volume_raw = m.group(1).strip(" ,."), m.group(2)  # 'Neuron 88'
    volume, vol_issue = fields.clean_volume(volume_raw)
    if volume:
        item["volume"] = volume
    issue = fields.clean_issue(_first(groups, "issue")) or vol_issue
    if issue:
        item["issue"] = issue
    page = parse_pages(pages_raw)
    if page:
        item["page"] = page
    for label, key, clean in (("number", "number", fields.clean_number), ("genre", "genre", fields.clean_text),
                              ("edition", "edition", fields.clean_edition), ("url", "URL", fields.clean_url),
                              ("doi", "DOI", fields.clean_doi), ("isbn", "ISBN", fields.clean_isbn)):
        value = clean(_first(groups, label))
        if value:
            item[key] = value

    # the cite: signal, locator, back-references, notes
    res.prefix = fields.clean_signal(_first(groups, "signal"))
    res.locator, res.label = parse_locator(_first(groups, "locator"))
    notes = _notes(res, groups)
    if notes:
        item["note"] = "; ".join(notes)

    _rescue_identifiers(item)
    _publisher_with_volume(item)
    _corporate_title(item)
    _split_title_container(item)
    _trailing_day_in_title(item)
    _book_title_read_as_container(item, spans)
    if isinstance(item.get("container-title"), str):
        item["container-title"] = re.sub(r"(?<=\w)/ (?=\w)", "/", item["container-title"])  # 'Europe/ Radio Liberty'
    bibliographic = set(item) - {"note"}
    if bibliographic:
        item["type"] = infer_type(item, " ".join(notes), _in_container(spans))
        res.locator, res.label = press_page(item, res.locator, res.label)
        # a longer range (or 'pp.') after a journal article or chapter that has no extent yet is its extent
        if (item["type"] in ("article-journal", "chapter", "paper-conference") and "page" not in item
                and res.label == "page" and res.locator
                and ((_span_of(res.locator) or 0) >= 2 or re.match(r"\s*pp\b", _first(groups, "locator") or ""))):
            item["page"], res.locator, res.label = res.locator, None, None
        # 'pp. 16–17' after a journal article in a note: two pages are where the note points, not the article
        if (item["type"] == "article-journal" and res.locator is None and pages_raw
                and re.match(r"\s*pp\.", pages_raw) and _span_of(item.get("page", "")) == 1):
            res.locator, res.label = item.pop("page"), "page"
        # a work without a container has no extent in a note: its pages are where the note points
        # (unless a volume, issue or editor shows it is an article or chapter whose container was missed)
        if "page" in item and "container-title" not in item and not (
                item.get("editor") or (item.get("volume") or item.get("issue")) and not item.get("publisher")
                and item.get("title") and item.get("author")):
            if res.locator is None:
                res.locator, res.label = parse_locator(pages_raw)
            else:
                res.warnings.append(f"dropped pages {item['page']!r} of a work without a container")
            del item["page"]

    res.item = {k: item[k] for k in FIELD_ORDER if k in item}
    return res
