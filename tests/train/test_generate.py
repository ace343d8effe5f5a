"""The synthetic training-data generator: deterministic, well-formed, correctly aligned."""
import random

import pytest

from refsift.labels import LABEL_SET
from refsift.train import augment
from refsift.train.corpus import format_example, parse_line
from refsift.train.generate import generate, load_style, render_aligned

GOLDGEIER = {
    "id": "x", "type": "article-journal",
    "title": "The Premature Partnership: Why Now?",
    "container-title": "Foreign Affairs",
    "author": [{"family": "Goldgeier", "given": "James M."}, {"family": "McFaul", "given": "Michael"}],
    "issued": {"date-parts": [[2003, 5, 2]]},
    "volume": "73", "issue": "2", "page": "105-137", "DOI": "10.1057/x.2003",
}


@pytest.fixture(scope="module")
def sample():
    return generate(40, seed=3)


def _spans(ex, label):
    return [ex.text[s:e] for s, e, l in ex.spans if l == label]


def test_deterministic_for_a_seed(sample):
    again = generate(40, seed=3)
    assert [(e.text, e.spans) for e in sample] == [(e.text, e.spans) for e in again]
    other = generate(10, seed=4)
    assert [e.text for e in other] != [e.text for e in sample[:10]]


def test_spans_are_well_formed(sample):
    assert len(sample) == 40
    for ex in sample:
        assert ex.text and ex.text == ex.text.strip()
        last = 0
        for s, e, label in sorted(ex.spans):
            assert label in LABEL_SET
            assert last <= s < e <= len(ex.text)
            assert not ex.text[s].isspace() and not ex.text[e - 1].isspace()
            last = e
        # the corpus format round-trips
        back = parse_line(format_example(ex.text, ex.spans))
        assert back.text == ex.text and sorted(back.spans) == sorted(ex.spans)


def test_apa_entry_aligns_title_and_authors():
    entry = load_style("apa")
    lab = render_aligned(entry, dict(GOLDGEIER), bibliography=True)
    assert lab is not None
    ex = lab.example()
    assert _spans(ex, "title") == ["The Premature Partnership: Why Now?"]
    authors = _spans(ex, "author")
    assert len(authors) == 1 and authors[0].startswith("Goldgeier") and authors[0].endswith("McFaul, M.")
    assert _spans(ex, "container-title") == ["Foreign Affairs"]
    assert _spans(ex, "volume") == ["73"] and _spans(ex, "issue") == ["2"]
    assert _spans(ex, "pages") == ["105–137"]
    assert _spans(ex, "date") == ["2003"]
    assert _spans(ex, "doi") == ["https://doi.org/10.1057/x.2003"]


def test_note_style_citation_has_locator():
    entry = load_style("chicago-notes-bibliography")
    assert entry.note
    rec = {"id": "b", "type": "book", "title": "The Russia Hand", "publisher": "Random House",
           "publisher-place": "New York", "author": [{"family": "Talbott", "given": "Strobe"}],
           "issued": {"date-parts": [[2002]]}}
    lab = render_aligned(entry, rec, ("page", "66"))
    ex = lab.example()
    assert _spans(ex, "locator") == ["66"]
    assert _spans(ex, "author") in (["Strobe Talbott"], ["S. Talbott"])
    assert _spans(ex, "publisher") == ["Random House"] and _spans(ex, "date") == ["2002"]


def test_editors_carry_their_label_words():
    entry = load_style("chicago-notes-bibliography")
    rec = {"id": "c", "type": "chapter", "title": "NATO Enlargement", "container-title": "Europe Undivided",
           "author": [{"family": "Smith", "given": "Jane"}],
           "editor": [{"family": "Jones", "given": "Karl-Heinz"}, {"family": "Lee", "given": "Min"}],
           "publisher": "Routledge", "issued": {"date-parts": [[1999]]}, "page": "16-17"}
    ex = render_aligned(entry, rec, ("page", "12")).example()
    editors = _spans(ex, "editor")
    # 'M. Lee' from citeproc-py as it is; 'Min Lee' once refsift.write has mended its initialize="false"
    assert len(editors) == 1 and editors[0].startswith("ed") and editors[0].endswith(("M. Lee", "Min Lee"))
    assert _spans(ex, "locator") == ["12"]


def test_literal_corporate_author():
    entry = load_style("apa")
    rec = {"id": "r", "type": "report", "title": "World Development Report", "author": [{"literal": "World Bank"}],
           "publisher": "World Bank", "issued": {"date-parts": [[2011]]}, "number": "A/1722"}
    ex = render_aligned(entry, rec, bibliography=True).example()
    assert _spans(ex, "author")[0] == "World Bank"


def test_signal_augmentation_starts_with_signal(sample):
    rng = random.Random(1)
    lab = render_aligned(load_style("oscola"), dict(GOLDGEIER), ("page", "66"))
    ex = (augment.signal_lab(rng, "en") + lab).example()
    s, e, label = ex.spans[0]
    assert s == 0 and label == "signal"
    with_signal = [ex for ex in sample if "+signal" in ex.source]
    assert with_signal
    for ex in with_signal:
        assert min(ex.spans)[0] == 0 and min(ex.spans)[2] in ("signal", "note")


def test_back_references_label_note_and_locator():
    class Ctx:
        rng = random.Random(5)
    for _ in range(20):
        lab, source = augment.ibid(Ctx)
        ex = lab.example(source)
        assert "note" in {l for _, _, l in ex.spans}
        assert not any(ch.isdigit() for i, ch in enumerate(ex.text)
                       if not any(s <= i < e for s, e, _ in ex.spans))


def _unlabelled_digits(ex):
    return [ch for i, ch in enumerate(ex.text)
            if ch.isdigit() and not any(s <= i < e for s, e, _ in ex.spans)]


def test_direct_forms_label_every_number():
    class Ctx:
        rng = random.Random(8)
    for make in (augment.wikipedia_cs1, augment.newspaper, augment.short_form):
        for _ in range(15):
            res = make(Ctx)
            if res is None:
                continue
            ex = res[0].example(res[1])
            assert not _unlabelled_digits(ex), ex
            assert {l for _, _, l in ex.spans} <= LABEL_SET


def test_generated_numbers_are_all_labelled(sample):
    for ex in sample:
        assert not _unlabelled_digits(ex), ex


def test_ditto_mark_replaces_the_whole_name_list_and_is_labelled_author():
    entry = load_style("chicago-author-date")
    lab = render_aligned(entry, dict(GOLDGEIER), bibliography=True)
    out = augment.ditto(lab, random.Random(1)).example()
    authors = _spans(out, "author")
    assert len(authors) == 1 and set(authors[0]) <= set("—–-_")
    assert "McFaul" not in out.text and _spans(out, "title") == ["The Premature Partnership: Why Now?"]


def test_lost_punctuation_keeps_every_field_and_its_label():
    entry = load_style("elsevier-harvard")
    lab = render_aligned(entry, dict(GOLDGEIER), bibliography=True)
    before = lab.example()
    after = augment.lost_punctuation(lab, random.Random(0)).example()
    assert len(after.text) < len(before.text)
    for label in ("title", "container-title", "volume", "pages"):
        assert _spans(after, label) == _spans(before, label)


def test_journal_abbreviations_label_as_container_title():
    record = {**GOLDGEIER, "container-title": "Experimental Cell Research", "container-title-short": "Exp. Cell Res."}
    lab = render_aligned(load_style("nature"), record, bibliography=True)
    assert _spans(lab.example(), "container-title") == ["Exp. Cell Res."]
