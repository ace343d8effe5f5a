from refsift.tokens import tokenize


def texts(s):
    return [t.text for t in tokenize(s)]


def test_words_punctuation_and_offsets():
    s = "Foreign Affairs, 73(2), 1994, p. 70."
    toks = tokenize(s)
    assert [t.text for t in toks] == ["Foreign", "Affairs", ",", "73", "(", "2", ")", ",", "1994", ",", "p", ".", "70", "."]
    assert all(s[t.start:t.end] == t.text for t in toks)
    assert not toks[4].space_before and toks[3].space_before


def test_url_keeps_dashes_and_drops_sentence_full_stop():
    assert texts("at http://www.nato.int/docu/pr/2004/p04–096e.htm.") == ["at", "http://www.nato.int/docu/pr/2004/p04–096e.htm", "."]


def test_url_keeps_balanced_parenthesis():
    assert texts("see https://en.wikipedia.org/wiki/Bonn_(city)).")[1] == "https://en.wikipedia.org/wiki/Bonn_(city)"


def test_doi_and_hyphenated_names():
    assert texts("K-H. Kamp, doi:10.1057/9781137271617_5.") == ["K-H", ".", "Kamp", ",", "doi", ":", "10.1057/9781137271617_5", "."]
    assert texts("Russia’s ‘near abroad’") == ["Russia’s", "‘", "near", "abroad", "’"]
