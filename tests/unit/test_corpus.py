import pytest

from refsift.labels import LABELS
from refsift.train.corpus import CorpusError, format_example, parse_line, read_hand


def test_parse_line_and_token_labels():
    ex = parse_line("<signal>See</signal> <author>M. A. Smith</author>, ‘<title>Title?</title>’ (<date>2006</date>), <locator>p. 66</locator>.")
    assert ex.text == "See M. A. Smith, ‘Title?’ (2006), p. 66."
    tokens, labels = ex.token_labels()
    got = {(t.text, lab) for t, lab in zip(tokens, labels)}
    assert ("See", "signal") in got and ("Smith", "author") in got and ("?", "title") in got
    assert ("‘", "other") in got and ("66", "locator") in got and ("p", "locator") in got


def test_round_trip_format():
    line = "<author>J. Smith</author>, <title>A Book</title> (<location>London</location>: <publisher>Verso</publisher>, <date>1999</date>)."
    ex = parse_line(line)
    assert format_example(ex.text, ex.spans) == line


@pytest.mark.parametrize("bad", ["<author>x", "<author>x</title>", "<bogus>x</bogus>", "<title><author>x</author></title>"])
def test_bad_lines_are_rejected(bad):
    with pytest.raises(CorpusError):
        parse_line(bad)


def test_hand_corpus_parses_and_uses_known_labels():
    examples = read_hand()
    assert len(examples) >= 300
    for ex in examples:
        for s, e, lab in ex.spans:
            assert lab in LABELS and 0 <= s < e <= len(ex.text), ex.source
