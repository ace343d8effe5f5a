"""The read stage: decoding, HTML rendering as a browser pastes it, <meta> -> CSL-JSON."""
from pathlib import Path

import pytest

from refsift.errors import UnreadableInputError
from refsift.read import Page, read_bytes

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

SAMPLE = "Müller, Jürgen. ‘Die Zölle’ – Geschichte, 1994.\nZweite Zeile"


def test_utf8_plain_text():
    page = read_bytes(SAMPLE.encode("utf-8"), "notes.txt")
    assert isinstance(page, Page)
    assert page.text == SAMPLE
    assert page.meta == {}


def test_utf8_bom_is_removed():
    assert read_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")).text == SAMPLE


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_utf16_with_bom(codec):
    if codec == "utf-16":
        data = SAMPLE.encode("utf-16")
    elif codec == "utf-16-le-bom":
        data = b"\xff\xfe" + SAMPLE.encode("utf-16-le")
    else:
        data = b"\xfe\xff" + SAMPLE.encode("utf-16-be")
    assert read_bytes(data).text == SAMPLE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_by_its_nuls(codec):
    assert read_bytes(SAMPLE.encode(codec)).text == SAMPLE


def test_cp1252_fallback_never_crashes():
    data = SAMPLE.encode("cp1252") + b" \x81\x8d"  # two bytes cp1252 leaves undefined
    text = read_bytes(data).text
    assert text.startswith(SAMPLE)
    assert "‘Die Zölle’ –" in text


def test_line_endings_nfc_and_spaces():
    data = "Mu\u0308ller,\u00a0J.\r\nline two\rline three\u00ad!".encode("utf-8")
    assert read_bytes(data).text == "Müller, J.\nline two\nline three!"


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"   \n\t  ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_unreadable_inputs(data, why):
    with pytest.raises(UnreadableInputError) as err:
        read_bytes(data)
    assert why in str(err.value)
    assert "\n" not in str(err.value)


def test_html_detected_by_name_and_by_content():
    fragment = b"<p>First paragraph</p><p>Second&nbsp;one</p>"
    assert read_bytes(fragment).text == "First paragraph\nSecond one"
    assert read_bytes(b"Smith <b>2001</b> and Jones", "page.html").text == "Smith 2001 and Jones"
    # a plain-text page that merely mentions a tag is not HTML
    assert read_bytes(b"Use the <b> tag for bold.").text == "Use the <b> tag for bold."


def test_html_blocks_become_lines_and_chrome_is_dropped():
    html = b"""<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>
    <body><script>var notes = 1;</script><nav><a>Home</a> <a>About</a></nav>
    <div>Line   one<br>line
    two</div><template><p>hidden</p></template><form><button>Go</button></form>
    <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>
    <p>Smith<span>, J.</span> <i>Title</i></p></body></html>"""
    assert read_bytes(html).text.split("\n") == [
        "Home About", "Line one", "line two", "a b", "c", "Smith, J. Title",
    ]


def test_ordered_list_items_get_their_printed_numbers():
    html = b"""<html><body>
    <ol><li>Alpha</li><li>Beta</li></ol>
    <ol start="7"><li>Gamma</li><li value="12">Delta</li><li>Epsilon</li></ol>
    <ol><li>3. Already numbered</li></ol>
    <ol style="list-style-type: none"><li>No marker</li></ol>
    <ul><li>Bullet</li></ul>
    </body></html>"""
    assert read_bytes(html).text.split("\n") == [
        "1. Alpha", "2. Beta", "7. Gamma", "12. Delta", "13. Epsilon",
        "3. Already numbered", "No marker", "Bullet",
    ]


def test_tandf_page_meta_becomes_csl_json():
    page = read_bytes((PAGES / "tandf-article.html").read_bytes(), "tandf-article.html")
    assert page.meta == {
        "type": "article-journal",
        "title": "Coping and social support among first-year students: a two-wave study",
        "author": [{"family": "Okafor", "given": "Ngozi A."}, {"family": "Lindqvist", "given": "Per"}],
        "container-title": "Journal of Student Wellbeing",
        "publisher": "Taylor & Francis",
        "issued": {"date-parts": [[2019, 3, 14]]},
        "volume": "12",
        "issue": "2",
        "page": "101-118",
        "DOI": "10.1080/19999999.2019.1580001",
    }
    assert "window.dataLayer" not in page.text
    assert "Please enable JavaScript" not in page.text
    assert "1. Bandura A. Self-efficacy" in page.text


def test_chapter_and_dublin_core_meta():
    html = b"""<html><head>
    <meta name="citation_title" content="NATO-Russia Relations">
    <meta name="citation_book_title" content="NATO's Post-Cold War Trajectory">
    <meta name="citation_publisher" content="Palgrave Macmillan">
    <meta name="citation_date" content="2012">
    <meta name="DC.creator" content="Mark Webber">
    <meta name="DC.identifier" content="doi:10.1057/9781137271617_5">
    </head><body><p>x</p></body></html>"""
    assert read_bytes(html).meta == {
        "type": "chapter",
        "title": "NATO-Russia Relations",
        "container-title": "NATO's Post-Cold War Trajectory",
        "publisher": "Palgrave Macmillan",
        "issued": {"date-parts": [[2012]]},
        "author": [{"family": "Webber", "given": "Mark"}],
        "DOI": "10.1057/9781137271617_5",
    }


def test_html_without_citation_meta_has_empty_meta():
    page = read_bytes((PAGES / "wikipedia-article.html").read_bytes(), "wikipedia-article.html")
    assert page.meta == {}
    lines = page.text.split("\n")
    assert "2. ^ a b Wilson 2009, pp. 751–778." in lines
    assert "Notes[edit]" in lines


def test_utf16_html():
    html = "<html><body><p>Zoë’s notes</p></body></html>"
    assert read_bytes(html.encode("utf-16")).text == "Zoë’s notes"
