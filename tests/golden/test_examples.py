"""Golden tests: every example page against its hand-made gold, and its derived outputs pinned."""
import json

import bibtexparser
import pytest
import rispy

from refsift.pipeline import extract
from refsift.train.scoring import backref_report, score

from .regenerate import DERIVED, EXAMPLES, derived, pages, target

GOLDS = sorted(EXAMPLES.glob("*.gold.json"))
# Floors per page: a regression below them fails.  Raise them as the labeller improves.
FIELD_F1_FLOOR = 0.65
CITE_F1_FLOOR = 0.80


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_page_against_hand_gold(gold_path):
    gold = _gold(gold_path)
    page = EXAMPLES / gold["input"]
    doc = extract(page.read_bytes(), page.name).to_json()
    assert [n["n"] for n in doc["notes"]] == [n["n"] for n in gold["notes"]], "every note of the page comes out, in order"
    result = score(gold, doc)
    assert result["field_f1"] >= FIELD_F1_FLOOR, result
    assert result["cite_f1"] >= CITE_F1_FLOOR, result


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_derived_outputs_are_pinned(page):
    missing = [s for s in DERIVED if not target(page, s).exists()]
    assert not missing, f"run 'make goldens' to create {missing}"
    fresh = derived(page)
    for suffix, text in fresh.items():
        assert text == target(page, suffix).read_text(encoding="utf-8"), f"{page.stem}.{suffix} changed: review with 'make goldens' + git diff"


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_bibtex_and_ris_round_trip(page):
    items = json.loads(target(page, "out.json").read_text(encoding="utf-8"))["items"]
    lib = bibtexparser.parse_string(target(page, "bib").read_text(encoding="utf-8"))
    assert not lib.failed_blocks
    assert len(lib.entries) == len(items)
    assert len({e.key for e in lib.entries}) == len(items)
    records = rispy.loads(target(page, "ris").read_text(encoding="utf-8"))
    assert len(records) == len(items)


BACKREF_PAGES = [g for g in GOLDS if any(c.get("form") in ("short", "ibid") for n in _gold(g)["notes"] for c in n["cites"])]
BACKREF_FLOOR = 0.85
BACKREF_FLOORS: dict[str, float] = {}  # per-page exceptions, pinned so they can only get better


@pytest.mark.parametrize("gold_path", BACKREF_PAGES, ids=lambda p: p.name.split(".")[0])
def test_back_references_resolve_to_the_earlier_work(gold_path):
    """ibid / ebd. / ibídem, short forms, op. cit., a.a.O., Id., supra note N, author-year pointers."""
    gold = _gold(gold_path)
    page = EXAMPLES / gold["input"]
    doc = extract(page.read_bytes(), page.name).to_json()
    ok, total, misses = backref_report(gold, doc)
    floor = BACKREF_FLOORS.get(gold_path.name.split(".")[0], BACKREF_FLOOR)
    assert total and ok / total >= floor, misses
