import rispy

from refsift.model import Document
from refsift.write import write
from refsift.write.ris import list_tags, mapping

from conftest import WEB_URL


def test_ris_round_trip(doc):
    text = write(doc, "ris")
    assert text.startswith("TY  - BOOK")
    assert not any(line.rstrip().rstrip(".").isdigit() for line in text.splitlines())
    records = rispy.loads(text)
    assert len(records) == len(doc.items)
    types = [r["type_of_reference"] for r in records]
    assert types == ["BOOK", "CHAP", "JOUR", "NEWS", "RPRT", "ELEC"]
    chapter = records[1]
    assert chapter["authors"] == ["van der Berg, Jan"]
    assert chapter["secondary_authors"] == ["Müller, Anna", "Ortega, José"]
    assert chapter["secondary_title"] == "Europe after Enlargement"
    assert (chapter["start_page"], chapter["end_page"]) == ("25", "48")
    article = records[2]
    assert article["authors"] == ["Jones, Peter", "O'Neill, Mary"]
    assert article["doi"] == "10.1080/0966813042000213789"
    assert (article["volume"], article["number"], article["year"]) == ("56", "3", "2004")
    assert records[3]["date"] == "2008/03/12"
    assert records[4]["authors"] == ["NATO Parliamentary Assembly"]
    assert records[5]["urls"] == [WEB_URL]


def test_list_tags_stay_whole_strings():
    items = [{"id": "x", "type": "book", "title": "T", "author": [{"family": "Ng", "given": "Al"}],
              "translator": [{"family": "Roe", "given": "Bo"}], "note": "A note", "URL": "http://a.b/c_d"}]
    records = rispy.loads(write(Document(items=items), "ris"))
    assert records[0]["authors"] == ["Ng, Al"]
    assert records[0]["subsidiary_authors"] == ["Roe, Bo"]
    assert records[0]["notes"] == ["A note"]
    assert records[0]["urls"] == ["http://a.b/c_d"]


def test_extended_mapping_reads_ed():
    text = "TY  - BOOK\nED  - Doe, Jane\nED  - Roe, Rick\nTI  - Edited\nER  - \n"
    records = rispy.loads(text, mapping=mapping(), list_tags=list_tags())
    assert records[0]["editors"] == ["Doe, Jane", "Roe, Rick"]


def test_empty_document_is_empty():
    assert write(Document(), "ris") == ""
