"""Single-field cleaning (refsift.normalize.fields)."""
import pytest

from refsift.normalize import fields


@pytest.mark.parametrize("text,expected", [
    ("Vol. XLV", ("XLV", None)), ("vol. 12", ("12", None)), ("Bd. 3", ("3", None)), ("t. II", ("II", None)),
    ("Volume 7", ("7", None)), ("73(2)", ("73", "2")), ("Vol. 43(4)", ("43", "4")), ("Vol. XLV(37)", ("XLV", "37")),
    ("Vol. 43, no. 4", ("43", "4")), ("vols. 1–2", ("1-2", None)), ("12", ("12", None)), (None, (None, None)),
    ("v. 16", ("16", None)), ("V", ("V", None)),
])
def test_clean_volume(text, expected):
    assert fields.clean_volume(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("no. 4", "4"), ("No. 4", "4"), ("n° 3", "3"), ("nº 5", "5"), ("núm. 112", "112"), ("H. 2", "2"),
    ("Heft 2", "2"), ("(2)", "2"), ("issue 3", "3"), ("Nr. 7", "7"), ("3–4", "3-4"), ("Spring", "Spring"),
])
def test_clean_issue(text, expected):
    assert fields.clean_issue(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("2nd edn", "2"), ("2nd ed.", "2"), ("5. Aufl.", "5"), ("3e éd.", "3"), ("3rd edition", "3"),
    ("second edition", "2"), ("rev. edn", "rev."),
])
def test_clean_edition(text, expected):
    assert fields.clean_edition(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("http://www.nato.int/docu/pr/2004/p04–096e.htm", "http://www.nato.int/docu/pr/2004/p04-096e.htm"),
    ("http://www.nato.int/docu/pr/2004/p04‑096e.htm", "http://www.nato.int/docu/pr/2004/p04-096e.htm"),
    ("http://x.org/a−b", "http://x.org/a-b"),
    ("at http://x.org/a.", "http://x.org/a"),
    ("<http://x.org/a>", "http://x.org/a"),
    ("URL: http://x.org/a,", "http://x.org/a"),
    ("Available at: http://x.org/a", "http://x.org/a"),
    ("http://en.wikipedia.org/wiki/A_(b)", "http://en.wikipedia.org/wiki/A_(b)"),
    ("http://x.org/a)", "http://x.org/a"),
    ("https://www.x.org/ docs/a.pdf", "https://www.x.org/docs/a.pdf"),
    ("www.x.org/a.htm.", "www.x.org/a.htm"),
])
def test_clean_url(text, expected):
    assert fields.clean_url(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("doi:10.1057/x", "10.1057/x"), ("DOI 10.1057/x.", "10.1057/x"), ("https://doi.org/10.1057/x", "10.1057/x"),
    ("http://dx.doi.org/10.1080/abc.", "10.1080/abc"), ("DOI: 10.1093/ia/iiz123", "10.1093/ia/iiz123"),
])
def test_clean_doi(text, expected):
    assert fields.clean_doi(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ISBN 978-0-19-923456-7", "978-0-19-923456-7"), ("ISBN: 0-19-923456-x", "0-19-923456-X"),
    ("ISBN-13: 9780199234567.", "9780199234567"), ("ISBN", None),
])
def test_clean_isbn(text, expected):
    assert fields.clean_isbn(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("‘The Premature Partnership’", "The Premature Partnership"), ("“Why NATO?”", "Why NATO?"),
    ('"Stop!"', "Stop!"), ("«Россия и НАТО»", "Россия и НАТО"), ("„Die Nato“", "Die Nato"),
    ("Russia and NATO.", "Russia and NATO"), ("Title,", "Title"), ("Title:", "Title"),
    ("Relations with the U.S.", "Relations with the U.S."), ("'Single'", "Single"),
    ("Beyond “Partnership”", "Beyond “Partnership”"), ("The “New” NATO", "The “New” NATO"),
    ("‘Russia’s Choice’", "Russia’s Choice"), ("Title’,", "Title"),
])
def test_clean_title(text, expected):
    assert fields.clean_title(text) == expected


def test_clean_text_keeps_place_whole():
    assert fields.clean_text("Washington, DC") == "Washington, DC"
    assert fields.clean_text("Washington, D.C.") == "Washington, D.C."
    assert fields.clean_text("Routledge,") == "Routledge"


def test_number_and_signal():
    assert fields.clean_number("No. 69") == "69"
    assert fields.clean_number("A/1722") == "A/1722"
    assert fields.clean_signal("See also,") == "See also"
    assert fields.clean_signal("For a detailed analysis, see") == "For a detailed analysis, see"
    assert fields.clean_signal("Vgl.:") == "Vgl."


@pytest.mark.parametrize("text,kind", [
    ("Ibid.", "ibid"), ("ibid", "ibid"), ("Ibidem", "ibid"), ("ibídem", "ibid"), ("Ebd.", "ibid"), ("ebenda", "ibid"),
    ("Op. cit.", "op. cit."), ("op. cit.", "op. cit."), ("loc. cit.", "loc. cit."), ("a.a.O.", "op. cit."),
    ("Id.", "idem"), ("Idem", "idem"), ("ídem", "idem"), ("ders.", "idem"), ("dies.", "idem"),
])
def test_backref_of(text, kind):
    assert fields.backref_of(text) == kind


@pytest.mark.parametrize("text", ["Dies ist wichtig", "Identity politics", "emphasis added", "accessed 3 May 2010"])
def test_not_a_backref(text):
    assert fields.backref_of(text) is None


@pytest.mark.parametrize("text,abbr", [
    ("[hereafter CDPSP]", "CDPSP"), ("(hereafter CDPSP)", "CDPSP"), ("hereafter CDPSP", "CDPSP"),
    ("[hereinafter cited as ‘FRUS’]", "FRUS"), ("[im Folgenden BVerfGE]", "BVerfGE"),
    ("[im Folgenden: BVerfGE]", "BVerfGE"), ("[ci-après CDPSP]", "CDPSP"),
])
def test_hereafter_of(text, abbr):
    assert fields.hereafter_of(text) == abbr


def test_no_hereafter_in_commentary():
    assert fields.hereafter_of("for further reading see Smith") is None
