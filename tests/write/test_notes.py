import pytest

from refsift.model import Cite, Document, Note
from refsift.write import write
from refsift.write.notes import render_notes


def test_notes_default_style(doc):
    lines = write(doc, "notes").splitlines()
    assert len(lines) == len(doc.notes)
    assert lines[0] == "1. Martin A. Smith, Russia and NATO Since 1991 (Routledge, 2006), 12."
    assert lines[2] == "3. Smith, Russia and NATO Since 1991, 66."  # short form from the cite's form
    assert lines[3] == "4. Ibid., 70."  # capitalised at the start of the note
    assert lines[4] == "5. This point is disputed by most commentators."  # commentary kept as is
    assert lines[5] == "6. Ibid."  # same locator as before: not repeated


def test_several_cites_join_with_semicolon(doc):
    line = write(doc, "notes").splitlines()[1]
    assert line.startswith("2. Peter Jones and Mary O'Neill")
    assert "; see also “Putin Warns Kiev over Alliance Bid”" in line
    assert line.count(".") >= 1 and not line.endswith("..")


def test_style_without_ibid_keeps_locator(doc):
    lines = write(doc, "notes", style="chicago-notes").splitlines()
    assert lines[3] == "4. Smith, Russia and NATO Since 1991, 70."
    assert lines[5] == "6. Smith, Russia and NATO Since 1991, 70."


def test_in_text_style_joins_inside_one_parenthesis(doc):
    line = write(doc, "notes", style="apa").splitlines()[1]
    assert line == "2. (Jones & O'Neill, 2004; see also “Putin Warns Kiev over Alliance Bid”, 2008)"


def test_oscola_ibid(doc):
    lines = write(doc, "notes", style="oscola").splitlines()
    assert lines[3] == "4. Ibid 70."


def test_notes_html_and_markdown(doc):
    html = write(doc, "notes", sub="html")
    assert html.startswith("<ol>") and '<li value="4">Ibid., 70.</li>' in html
    assert "<i>Russia and NATO Since 1991</i>" in html
    md = write(doc, "notes", sub="markdown").splitlines()
    assert md[0] == "1. Martin A. Smith, *Russia and NATO Since 1991* (Routledge, 2006), 12."


def test_literal_author_and_unknown_item_fall_back():
    doc = Document(
        notes=[Note(1, "NATO, Report.", cites=[Cite("n", "full")]),
               Note(2, "Someone, Lost Work, p. 3.", cites=[Cite("missing", "full", locator="3")]),
               Note(7, "See ibid.", cites=[Cite("n", "ibid", prefix="See")])],
        items=[{"id": "n", "type": "report", "author": [{"literal": "NATO"}], "title": "Annual Report",
                "issued": {"date-parts": [[2010]]}}])
    notes = render_notes(doc)
    assert notes[0][0] == 1 and notes[0][1].startswith("NATO, Annual Report")
    assert notes[1] == (2, "Someone, Lost Work, p. 3.")
    assert notes[2] == (7, "See ibid.")  # a lower-case ibid inside the note stays lower-case


def test_bad_sub_format(doc):
    with pytest.raises(ValueError):
        render_notes(doc, sub="pdf")
