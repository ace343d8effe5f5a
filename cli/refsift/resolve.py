"""Resolve: back-references (ibid, short forms, supra, author-year pointers), abbreviations, repeats.

Input: the notes with their normalised works in page order.  Output: the Document with each work
once in ``items`` and every note's ``cites`` pointing at them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .model import Cite, Document, Item, Note
from .normalize import infer_type, press_page

_IBID = re.compile(r"^\s*(ib[ií]d(?:em)?|ib|ebd|ebenda|ebda|id|[ií]dem|eadem|dies|ders)(?![\w])\.?", re.I)
_OPCIT = re.compile(r"\b(op\.?\s*cit|loc\.?\s*cit|a\.\s?a\.\s?O|aaO|ob\.?\s*cit)\b\.?", re.I)
_SUPRA = re.compile(r"\b(?:supra|above|oben)\b,?\s*(?:n(?:ote)?s?\.?|fn\.?|Anm\.?)\s*(\d+)", re.I)
# 'Katz, 389 U.S. at 353' (Bluebook short case cite) and 'Campbell (n 7) [51]' (OSCOLA cross-reference)
_CASE_SHORT = re.compile(r"^(?P<name>[^\W\d_][\w.'’ -]{0,40}?),\s+\d+\s+[A-Z][\w. ]{0,20}?\s+at\s+(?P<pin>\d+[\w–-]*)")
_OSCOLA_N = re.compile(r"^(?P<name>.{1,80}?)\s+\(n\s*(?P<n>\d+)\)\s*(?:\[(?P<para>\d+)\]|(?P<page>\d+[\w–-]*))?")
_ID_AT = re.compile(r"^\s*(?:id|ibid)\.?,?\s+at\s+(\d+[\w–-]*)", re.I)
_HEREAFTER = re.compile(
    r"[\[(]\s*(?:hereafter(?:\s+cited\s+as)?|henceforth|im\s+Folgenden|i\.\s?F\.|ci-après|en\s+adelante|hereinafter)"
    r"[:,]?\s*[‘'“\"]?([^\]\)]+?)[’'”\"]?\s*[\])]", re.I)
_TRANSLATION = re.compile(r"^(translated|translation|trans\.|tr\.|übersetzt|übers\.|traduit|trad\.|traducido)", re.I)
_STOP = {"the", "a", "an", "of", "on", "and", "in", "der", "die", "das", "le", "la", "les", "el", "los", "de"}


@dataclass
class ParsedWork:
    item: Item                      # CSL-JSON without id
    raw: str                        # the text of the work in the note
    prefix: str | None = None
    locator: str | None = None
    label: str | None = None
    backref: str | None = None
    hereafter: str | None = None
    low_confidence: bool = False


@dataclass
class ParsedNote:
    n: int
    text: str
    works: list[ParsedWork] = field(default_factory=list)
    commentary: bool = False        # the note holds prose besides its citations
    same_names: str | None = None   # '———.': the role whose names are the previous entry's


def _dashes_only(names: Any) -> bool:
    """A name list that is only a ditto mark ('———', '---', '___')."""
    return isinstance(names, list) and bool(names) and all(
        not re.sub(r"[\W_]", "", " ".join(str(v) for v in n.values())) for n in names if isinstance(n, dict))


def _norm(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text.casefold())
    return re.sub(r"[^\w]+", " ", text).strip()


def _family(item: Item, role: str = "author") -> str:
    names = item.get(role) or []
    if not names:
        return ""
    first = names[0]
    return _norm(first.get("family") or first.get("literal") or "")


def _year(item: Item) -> int | None:
    parts = (item.get("issued") or {}).get("date-parts") or []
    if parts and parts[0]:
        try:
            return int(parts[0][0])
        except (TypeError, ValueError):
            return None
    return None


def _is_short(item: Item) -> bool:
    """A work printed by author, title and year alone: the shape of a short form or an author-year pointer."""
    keys = {k for k in item if k not in ("type", "note")}
    return bool(keys) and keys <= {"author", "title", "editor", "issued", "volume"} and bool(keys & {"author", "title"})


_POINTER = re.compile(
    r"^(?P<names>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}(?:(?:,?\s(?:and|&|und|et|y)\s|,\s)[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})*(?:,?\s?et\s?al\.?)?)"
    r",?\s\(?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?\)?(?:[,:]\s*(?:pp?\.|ch\.|chap\.|S\.|para\.|§)?\s*[\dIVXLCivxlc][\w–—-]*(?:\s*(?:ff?\.?))?)?\.?$")


def pointer_item(raw: str) -> Item | None:
    """'Judt 2005, pp. 129–130' / 'Smith and Jones (1999): 12': an author-year pointer, read by its shape."""
    m = _POINTER.match(raw.strip())
    if not m:
        return None
    names = re.split(r",?\s(?:and|&|und|et|y)\s|,\s", re.sub(r",?\s?et\s?al\.?$", "", m.group("names")).strip())
    return {"author": [{"family": n.strip()} for n in names if n.strip()], "issued": {"date-parts": [[int(m.group("year"))]]}}


def _author_year(item: Item) -> None:
    """'Judt 2005' read as a title is an author-year pointer: family name(s) and a year."""
    keys = {k for k in item if k not in ("type", "note")}
    pointer = pointer_item(item["title"]) if keys == {"title"} and isinstance(item.get("title"), str) else None
    if pointer:
        item.pop("title")
        item.update(pointer)


def _title_in_given_name(item: Item) -> Item | None:
    """'Chen, China’s Road, 160.' read as the name 'Chen, China’s Road': the short form it may be."""
    names = item.get("author") or []
    keys = {k for k in item if k not in ("type", "note")}
    if keys != {"author"} or len(names) != 1:
        return None
    given = names[0].get("given", "")
    if len(given.split()) < 2 or re.search(r"\b[A-Z]\.", given):
        return None
    return {"author": [{"family": names[0].get("family", "")}], "title": given}


def _title_match(short: str, full: str) -> bool:
    if not short or not full:
        return False
    return full == short or full.startswith(short + " ") or (len(short) > 12 and short in full)


class Resolver:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.abbreviations: dict[str, str] = {}
        self.translation_containers: set[str] = set()
        self.note_cites: dict[int, list[Cite]] = {}
        self.last_cites: list[Cite] = []
        self.pending: dict[int, Item] = {}  # id(placeholder cite) -> the pointer's item

    # --- identity -------------------------------------------------------------------------
    def _new_id(self, item: Item) -> str:
        base = _family(item) or _family(item, "editor")
        if not base:
            words = [w for w in _norm(item.get("title") or item.get("container-title") or "item").split() if w not in _STOP]
            base = words[0] if words else "item"
        base = re.sub(r"[^a-z0-9]", "", base.replace(" ", ""))[:24] or "item"
        base += str(_year(item) or "")
        taken = {i["id"] for i in self.items}
        if base not in taken:
            return base
        for suffix in "abcdefghijklmnopqrstuvwxyz":
            if base + suffix not in taken:
                return base + suffix
        return f"{base}-{len(self.items)}"

    @staticmethod
    def _key_conflict(a: Item, b: Item) -> bool:
        for key in ("container-title", "volume", "issue", "page", "number", "publisher"):
            if a.get(key) and b.get(key) and _norm(a[key]) != _norm(b[key]):
                return True
        fa, fb = _family(a), _family(b)
        if fa and fb and fa != fb:
            return True
        ya, yb = a.get("issued"), b.get("issued")
        if ya and yb and ya != yb:
            return True
        return False

    def _same_work(self, a: Item, b: Item) -> bool:
        ta, tb = _norm(a.get("title")), _norm(b.get("title"))
        if ta or tb:
            return ta == tb and not self._key_conflict(a, b)
        # untitled works (a newspaper issue, a digest page): everything printed must agree
        keys = ("container-title", "issued", "volume", "issue", "page", "number")
        return all(a.get(k) == b.get(k) for k in keys) and any(a.get(k) for k in keys)

    def _add(self, item: Item) -> str:
        for existing in self.items:
            if self._same_work(existing, item):
                for key, value in item.items():
                    existing.setdefault(key, value)
                return existing["id"]
        item = dict(item)
        item["id"] = self._new_id(item)
        self.items.append(item)
        return item["id"]

    # --- back-references ------------------------------------------------------------------
    def _find_short(self, item: Item) -> str | None:
        title = _norm(item.get("title"))
        fam = _family(item)
        first = (item.get("author") or [{}])[0]
        # 'Aguilar Fernández, Memoria y olvido': a short form's whole name may be a double family name
        whole = _norm(f"{first.get('given', '')} {first.get('family', '')}")
        for cand in reversed(self.items):
            if title:
                given = _norm(((cand.get("author") or [{}])[0]).get("given"))
                families = (_family(cand), _family(cand, "editor"), given)  # 'Chen Jian' read as given + family
                if _title_match(title, _norm(cand.get("title"))) and (not fam or fam in families or whole in families):
                    return cand["id"]
            elif fam and fam == _family(cand):
                year = _year(item)
                if year is None or year == _year(cand):
                    return cand["id"]
        return None

    def _find_author(self, raw: str) -> str | None:
        words = [_norm(w) for w in re.findall(r"[^\W\d_][\w'’-]+", raw)]
        for cand in reversed(self.items):
            fam = _family(cand)
            if fam and fam in words:
                return cand["id"]
        return None

    def _expand(self, item: Item, work: ParsedWork) -> str | None:
        """Expand the page's abbreviations in the item; return the expansion used, if any."""
        expanded = None
        names = item.get("author") or []
        if len(names) == 1 and (names[0].get("literal") or names[0].get("family")) in self.abbreviations and not names[0].get("given"):
            # '[hereafter FRUS]' ... 'FRUS, 1950, vol. 7': the abbreviation names the work, not an author
            abbr = names[0].get("literal") or names[0].get("family")
            item.pop("author")
            item.setdefault("container-title" if item.get("title") else "title", abbr)
        for key in ("container-title", "title", "collection-title", "publisher"):
            value = item.get(key)
            if isinstance(value, str) and value.strip() in self.abbreviations:
                item[key] = expanded = self.abbreviations[value.strip()]
        if expanded and item.get("type"):
            # the full name can tell what kind of work this is ('The Current Digest ...': a magazine)
            item["type"] = infer_type(item, item.get("note", ""))
            work.locator, work.label = press_page(item, work.locator, work.label)
        return expanded

    def cite(self, work: ParsedWork, prev_cites: list[Cite], deferred: list | None = None) -> Cite | None:
        item = dict(work.item)
        role = "primary"
        if work.prefix and _TRANSLATION.match(work.prefix):
            role = "translation"
        raw = work.raw
        back = self._back_reference(work, item, role, deferred)
        if back is not None:
            return back
        abbreviated = self._expand(item, work)
        if abbreviated and not work.item.get("title"):
            # 'FRUS, 1950, vol. 7, 157–61' after '[hereafter FRUS]': the abbreviated work, at those pages
            # only a book-like work named by the abbreviation; a periodical's issues are works of their own
            target = next((c["id"] for c in reversed(self.items)
                           if c.get("title") == abbreviated
                           and (not item.get("volume") or c.get("volume") in (None, item.get("volume")))), None)
            if target:
                loc = item.get("page") or work.locator
                return Cite(target, "short", work.prefix, None, loc, "page" if loc else None, role)
        bare = raw[len(work.prefix):].lstrip(" ,:") if work.prefix and raw.startswith(work.prefix) else raw
        pointer = pointer_item(bare) if not item.get("title") or not item.get("author") else None
        if pointer:
            item = {**pointer, "type": item.get("type", "book")}
        if not {k for k in item if k not in ("type", "note")}:
            return None
        _author_year(item)
        misread = _title_in_given_name(item)
        if misread:
            target = self._find_short(misread)
            if target:
                return Cite(target, "short", work.prefix, None, work.locator, work.label, role)
        if _is_short(item):
            target = self._find_short(item)
            if target:
                return Cite(target, "short", work.prefix, None, work.locator, work.label, role)
            keys = {k for k in item if k not in ("type", "note")}
            if deferred is not None and (keys <= {"author", "issued"} or keys <= {"author", "title"}):
                # an author-year pointer or a short title may point forward, into a bibliography below
                placeholder = Cite("", "short", work.prefix, None, work.locator, work.label, role)
                deferred.append((placeholder, item, work))
                self.pending[id(placeholder)] = item
                return placeholder
        # a digest that an earlier note introduced as a translation, cited right after the original
        cont = _norm(item.get("container-title"))
        if (role == "primary" and not work.prefix and cont in self.translation_containers and prev_cites):
            role = "translation"
        if role == "translation" and cont:
            self.translation_containers.add(cont)
        if work.hereafter:
            target = item.get("container-title") or item.get("title")
            if target:
                self.abbreviations[work.hereafter] = target
                self.translation_containers.update({_norm(work.hereafter)} if role == "translation" else set())
        if work.low_confidence:
            item.setdefault("note", work.raw.strip())
        return Cite(self._add(item), "full", work.prefix, None, work.locator, work.label, role)

    def _back_reference(self, work: ParsedWork, item: Item, role: str, deferred: list | None) -> Cite | None:
        """ibid / Id. (at N) / ebd., Bluebook and OSCOLA short case cites, supra note N, op. cit.:
        the cite of an earlier work, or None.  'Id., Another Title' only lends the new work its author."""
        raw = work.raw
        back = work.backref or ""
        supra = _SUPRA.search(raw)
        if _IBID.match(raw) or back.startswith(("ibid", "ebd", "ebenda", "id", "ídem", "ibídem", "idem", "ders", "dies")):
            last = self.last_cites[-1] if self.last_cites else None
            if last and (not _norm(item.get("title")) or _ID_AT.match(raw)):
                at = _ID_AT.match(raw)
                loc, lab = (at.group(1), "page") if at else (work.locator, work.label)
                cite = Cite(last.item, "ibid", work.prefix, None, loc, lab, role)
                if not last.item and deferred is not None:  # the work before is itself still pending
                    deferred.append((cite, self.pending[id(last)], work))
                    self.pending[id(cite)] = self.pending[id(last)]
                return cite
            if last and last.item and not item.get("author"):
                # 'Id., Another Title' / 'ders., Titel': a new work by the author cited just before
                prev = self._get(last.item)
                if prev.get("author"):
                    item["author"] = prev["author"]
        oscola = _OSCOLA_N.match(raw)
        if oscola and not supra:
            cites = [c for c in self.note_cites.get(int(oscola.group("n")), []) if c.item]
            if cites:
                loc, lab = ((oscola.group("para"), "paragraph") if oscola.group("para")
                            else (oscola.group("page"), "page") if oscola.group("page") else (work.locator, work.label))
                return Cite(cites[0].item, "short", work.prefix, None, loc, lab, role)
        case = _CASE_SHORT.match(raw)
        if case:
            name = _norm(case.group("name"))
            for cand in reversed(self.items):
                if _norm(cand.get("title")).startswith(name + " v"):
                    return Cite(cand["id"], "short", work.prefix, None, case.group("pin"), "page", role)
        if supra:
            cites = [c for c in self.note_cites.get(int(supra.group(1)), []) if c.item]
            fam = _family(item)
            pick = next((c.item for c in cites if fam and _family(self._get(c.item)) == fam), cites[0].item if cites else None)
            if pick:
                return Cite(pick, "short", work.prefix, None, work.locator, work.label, role)
        if _OPCIT.search(raw) or back.startswith(("op", "loc", "a.a", "aao", "ob")):
            target = self._find_author(raw.split(",")[0]) or self._find_author(raw)
            if target:
                return Cite(target, "short", work.prefix, None, work.locator, work.label, role)
        return None

    def settle(self, deferred: list) -> None:
        """Pointers that found nothing earlier on the page: look again among all items, else keep them."""
        for placeholder, item, work in deferred:
            target = self._find_short(item)
            if target:
                placeholder.item = target
            else:
                if work.low_confidence:
                    item.setdefault("note", work.raw.strip())
                placeholder.item = self._add(item)
                if placeholder.form != "ibid":
                    placeholder.form = "full"

    def _get(self, item_id: str) -> Item:
        return next(i for i in self.items if i["id"] == item_id)


def starts_with_back_reference(text: str) -> bool:
    """'Ibid., p. 4', 'Ebd.', 'Ídem', 'op. cit.', 'a.a.O.': a work printed only as a pointer back."""
    return bool(_IBID.match(text) or _OPCIT.match(text.lstrip()))


def hereafter_in(text: str) -> list[str]:
    return [m.group(1).strip() for m in _HEREAFTER.finditer(text)]


def resolve(parsed: list[ParsedNote], doc: Document) -> Document:
    res = Resolver()
    deferred: list = []
    last_names: list = []
    for note in parsed:
        cites: list[Cite] = []
        if note.same_names and last_names and note.works:
            # the labeller reads the mark as the names (or as nothing); the names are the entry's above
            first = note.works[0]
            item = {k: v for k, v in first.item.items() if not _dashes_only(v)}
            if not item.get(note.same_names):
                item[note.same_names] = [dict(name) for name in last_names]
            first.item = item
        for work in note.works:
            if not work.hereafter:
                found = hereafter_in(work.raw)
                work.hereafter = found[0] if found else None
            c = res.cite(work, cites, deferred)
            if c is not None:
                cites.append(c)
        if cites:
            first_item = res._get(cites[0].item) if cites[0].item else {}  # '' while a pointer waits
            last_names = first_item.get("author") or first_item.get("editor") or last_names
            res.last_cites = cites
            res.note_cites[note.n] = cites
        kind = "citation" if cites and not note.commentary else ("mixed" if cites else "commentary")
        doc.notes.append(Note(n=note.n, text=note.text, kind=kind, cites=cites))
    res.settle(deferred)
    for item in res.items:
        # a report without a personal author: the issuing body is its author
        if item.get("type") == "report" and item.get("publisher") and not item.get("author") and not item.get("editor"):
            item["author"] = [{"literal": item["publisher"]}]
    doc.items = res.items
    doc.abbreviations.update(res.abbreviations)
    return doc
