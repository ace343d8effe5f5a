"""Field-level scoring of a Document against a hand-made gold Document (both in the JSON form).

The metric the project is judged by: predicted items are paired one-to-one with gold items by
similarity; each CSL field then counts as a true positive when the normalised values agree, a false
positive when predicted but wrong or absent from the gold, a false negative when the gold has it and
the prediction lacks it or gets it wrong; unpaired predicted items count all their fields as false
positives.  Note level: cite F1 over the works each note cites, and locator accuracy.
``make eval`` uses the shared scorer when it is present and checks that this one agrees.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import Any

FIELDS = ("type", "author", "editor", "translator", "title", "container-title", "collection-title",
          "publisher", "publisher-place", "issued", "volume", "issue", "page", "number", "URL", "DOI",
          "ISBN", "edition", "genre")
_NAMES = {"author", "editor", "translator"}
# type families that readers reasonably confuse count as one
_FAMILY = {
    "article-journal": "journal", "article": "journal",
    "article-magazine": "press", "article-newspaper": "press",
    "report": "report", "document": "report", "manuscript": "report", "pamphlet": "report",
    "webpage": "web", "post": "web", "post-weblog": "web",
    "chapter": "chapter", "paper-conference": "chapter", "entry-encyclopedia": "chapter",
    "legislation": "legal", "treaty": "legal", "legal_case": "legal", "bill": "legal", "regulation": "legal",
}
_DASH = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _text(value: Any) -> str:
    s = unicodedata.normalize("NFKC", str(value)).translate(_DASH).casefold()
    s = re.sub(r"[\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb]", "", s)
    s = re.sub(r"[^\w\s/:.-]", " ", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:")


def _name(n: Any) -> str:
    if isinstance(n, str):
        return _text(n)
    if "literal" in n:
        return _text(n["literal"])
    return _text(f"{n.get('non-dropping-particle', '')} {n.get('family', '')}")


def _issued(v: Any) -> str:
    if isinstance(v, dict):
        parts = (v.get("date-parts") or [[]])[0] if v.get("date-parts") else []
        if parts:
            return str(int(parts[0]))
        raw = v.get("literal") or v.get("raw") or ""
        m = _YEAR.search(raw)
        return m.group(1) if m else _text(raw)
    m = _YEAR.search(str(v))
    return m.group(1) if m else _text(v)


def normalise(field: str, value: Any):
    if value in (None, "", [], {}):
        return None
    if field in _NAMES:
        names = tuple(x for x in (_name(n) for n in (value if isinstance(value, list) else [value])) if x)
        return names or None
    if field == "issued":
        return _issued(value) or None
    if field == "type":
        return _FAMILY.get(value, value)
    if field == "URL":
        return re.sub(r"^https?://", "", str(value).strip().translate(_DASH), flags=re.I).rstrip("/.").casefold()
    if field == "DOI":
        return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", str(value).strip(), flags=re.I).casefold()
    if field == "page":
        return re.sub(r"\s+", "", _text(value))
    return _text(value) or None


def _fields(item: dict) -> dict:
    return {f: v for f in FIELDS if (v := normalise(f, item.get(f)))}


def _similarity(g: dict, p: dict) -> float:
    score = weight = 0.0
    for f, w in (("title", 3), ("container-title", 2), ("author", 2), ("issued", 1), ("publisher", 1), ("URL", 1)):
        if f in g and f in p:
            a, b = g[f], p[f]
            if isinstance(a, tuple):
                a, b = " ".join(a), " ".join(b)
            score += w * SequenceMatcher(None, a, b).ratio()
            weight += w
        elif f in g or f in p:
            weight += w / 4
    return score / weight if weight else 0.0


def _pair(gold: list[dict], pred: list[dict], threshold: float = 0.5) -> dict[int, int]:
    def words(item):
        out = set()
        for f in ("title", "container-title", "author", "editor", "publisher", "URL", "DOI"):
            v = item.get(f)
            if v:
                out.update(w for w in re.split(r"[\W_]+", " ".join(v) if isinstance(v, tuple) else v) if len(w) > 2)
        return out

    index: dict[str, list[int]] = {}
    for pi, p in enumerate(pred):
        for w in words(p):
            index.setdefault(w, []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        shared: dict[int, int] = {}
        for w in words(g):
            hits = index.get(w, ())
            if len(hits) <= 200:
                for pi in hits:
                    shared[pi] = shared.get(pi, 0) + 1
        cands = sorted(shared, key=shared.get, reverse=True)[:12]
        if gi < len(pred) and gi not in cands:
            cands.append(gi)
        pairs.extend((_similarity(g, pred[pi]), gi, pi) for pi in cands)
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), {}
    for s, gi, pi in pairs:
        if s < threshold:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def score(gold_doc: dict, pred_doc: dict) -> dict:
    gold_items, pred_items = gold_doc["items"], pred_doc.get("items") or []
    g, p = [_fields(i) for i in gold_items], [_fields(i) for i in pred_items]
    pairs = _pair(g, p)
    counts = {f: [0, 0, 0] for f in FIELDS}
    for gi, gf in enumerate(g):
        pf = p[pairs[gi]] if gi in pairs else {}
        for f in FIELDS:
            a, b = gf.get(f), pf.get(f)
            if a and b and a == b:
                counts[f][0] += 1
            else:
                counts[f][2] += bool(a)
                counts[f][1] += bool(b)
    paired = set(pairs.values())
    for pi, pf in enumerate(p):
        if pi not in paired:
            for f in pf:
                counts[f][1] += 1
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    out = {"gold_items": len(g), "pred_items": len(p), "matched_items": len(pairs),
           "field_precision": round(prec, 4), "field_recall": round(rec, 4),
           "field_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
           "fields": {f: {"tp": c[0], "fp": c[1], "fn": c[2]} for f, c in counts.items() if any(c)}}
    if gold_doc.get("notes") and pred_doc.get("notes"):
        out.update(_note_scores(gold_doc, pred_doc, gold_items, pred_items, pairs))
    return out


def _note_scores(gold_doc, pred_doc, gold_items, pred_items, pairs) -> dict:
    g_index = {i.get("id"): k for k, i in enumerate(gold_items)}
    p_to_g = {pred_items[pi].get("id"): gi for gi, pi in pairs.items()}
    pred_notes = {n.get("n"): n for n in pred_doc["notes"]}
    tp = fp = fn = ok = total = 0
    for note in gold_doc["notes"]:
        gset = {g_index[c["item"]] for c in note.get("cites", []) if c.get("item") in g_index}
        pcites = (pred_notes.get(note.get("n")) or {}).get("cites", [])
        pset = {p_to_g.get(c.get("item"), ("x", c.get("item"))) for c in pcites}
        tp, fp, fn = tp + len(gset & pset), fp + len(pset - gset), fn + len(gset - pset)
        for c in note.get("cites", []):
            if c.get("locator"):
                total += 1
                gi = g_index.get(c.get("item"))
                ok += any(p_to_g.get(pc.get("item")) == gi and _text(pc.get("locator", "")) == _text(c["locator"])
                          for pc in pcites)
    cp = tp / (tp + fp) if tp + fp else 0.0
    cr = tp / (tp + fn) if tp + fn else 0.0
    return {"cite_f1": round(2 * cp * cr / (cp + cr), 4) if cp + cr else 0.0,
            "locator_accuracy": round(ok / total, 4) if total else None}


def backref_report(gold_doc: dict, pred_doc: dict) -> tuple[int, int, list[str]]:
    """How many of the gold's back-references (short forms, ibid) the prediction resolves to the
    right work with no new item: (resolved, total, descriptions of the misses)."""
    gold_items, pred_items = gold_doc["items"], pred_doc.get("items") or []
    pairs = _pair([_fields(i) for i in gold_items], [_fields(i) for i in pred_items])
    g_of_p = {pred_items[pi]["id"]: gold_items[gi]["id"] for gi, pi in pairs.items()}
    pred_notes = {n["n"]: n for n in pred_doc.get("notes") or []}
    ok = total = 0
    misses = []
    for note in gold_doc["notes"]:
        for cite in note.get("cites", []):
            if cite.get("form") not in ("short", "ibid"):
                continue
            total += 1
            got = [(g_of_p.get(c["item"]), c.get("form")) for c in (pred_notes.get(note["n"]) or {}).get("cites", [])]
            if any(g == cite["item"] and f in ("short", "ibid") for g, f in got):
                ok += 1
            else:
                misses.append(f"note {note['n']}: {cite['form']} -> {cite['item']}, got {got}")
    return ok, total, misses
