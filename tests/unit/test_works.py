"""The per-note step between labeller and resolver (helpers tested on given spans, no model)."""
from refsift.resolve import ParsedWork
from refsift.works import _is_prose, _merge_speakers


def test_person_quoted_joins_the_prefix_of_the_cite():
    speaker = ParsedWork(item={"type": "speech", "author": [{"family": "Rogozin", "given": "Dmitri"}]},
                         raw="Russian Ambassador to NATO, Dmitri Rogozin,")
    source = ParsedWork(item={"type": "article-newspaper", "title": "Libya Marks Strategic Shift"},
                        raw="cited in Associated Press, ‘Libya Marks Strategic Shift’", prefix="cited in")
    out = _merge_speakers([speaker, source])
    assert out == [source]
    assert source.prefix == "Russian Ambassador to NATO, Dmitri Rogozin, cited in"


def test_a_real_work_before_cited_in_stays_a_work():
    book = ParsedWork(item={"type": "book", "title": "A Book", "publisher": "Verso", "issued": {"date-parts": [[1999]]}},
                      raw="J. Smith, A Book (London: Verso, 1999),")
    source = ParsedWork(item={"title": "Other"}, raw="cited in K. Lee, Other", prefix="cited in")
    assert len(_merge_speakers([book, source])) == 2


def test_prose_without_anchor_is_commentary_but_a_dated_or_quoted_title_is_not():
    prose = [("title", "The major decisions during the campaign were made by a small informal group of states")]
    assert _is_prose(prose)
    assert not _is_prose(prose + [("other", ", "), ("date", "1999")])
    assert not _is_prose([("other", "‘"), prose[0], ("other", "’")])
    assert not _is_prose([("title", "Russia and NATO since 1991")])
