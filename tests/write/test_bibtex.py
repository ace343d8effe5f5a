import bibtexparser

from refsift.model import Document
from refsift.write import write
from refsift.write.bibtex import format_name
from refsift.write.keys import make_keys

from conftest import WEB_URL


def parse(text):
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return library


def test_one_entry_per_item_with_types(doc):
    library = parse(write(doc, "bibtex"))
    types = [e.entry_type for e in library.entries]
    assert types == ["book", "incollection", "article", "article", "techreport", "misc"]


def test_fields_as_given(doc):
    entries = {e.key: e for e in parse(write(doc, "bibtex")).entries}
    book = entries["smith2006russia"]
    assert book["author"] == "Smith, Martin A."
    assert book["address"] == "London" and book["year"] == "2006"
    chapter = entries["berg2010elites"]
    assert chapter["author"] == "van der Berg, Jan"
    assert chapter["editor"] == "Müller, Anna and Ortega, José"
    assert chapter["booktitle"] == "Europe after Enlargement"
    assert chapter["pages"] == "25--48"
    article = entries["jones2004ukraine"]
    assert article["journal"] == "Europe-Asia Studies"
    assert article["number"] == "3" and article["month"] == "may"
    assert article["doi"] == "10.1080/0966813042000213789"
    report = entries["nato2009security"]
    assert report["author"] == "{NATO Parliamentary Assembly}"
    assert report["institution"] == "NATO Parliamentary Assembly"
    assert report["number"] == "171 DSCFC 09 E"
    web = next(e for e in entries.values() if e.entry_type == "misc")
    assert web["url"] == WEB_URL
    assert web["howpublished"] == "NATO Online"
    news = entries["putin2008warns"]  # no author: the key starts from the title
    assert news["journal"] == "The Times"
    assert "author" not in news.fields_dict and news["year"] == "2008" and news["month"] == "mar"


def test_utf8_not_latex(doc):
    text = write(doc, "bibtex")
    assert "Élites" in text and "\\'" not in text


def test_keys_readable_unique_ascii():
    items = [
        {"id": "a", "type": "book", "author": [{"family": "Smith", "given": "A"}], "title": "The Russian Question",
         "issued": {"date-parts": [[2006]]}},
        {"id": "b", "type": "book", "author": [{"family": "Smith", "given": "B"}], "title": "Russia Again",
         "issued": {"date-parts": [[2006]]}},
        {"id": "c", "type": "book", "author": [{"family": "Šimečka"}], "title": "Ölkrise", "issued": {"raw": "1999"}},
        {"id": "d", "type": "webpage", "title": "On the Record"},
    ]
    keys = make_keys(items)
    assert keys["a"] == "smith2006russian"
    assert keys["b"] == "smith2006russiab" or keys["b"] == "smith2006russia"
    assert keys["c"] == "simecka1999olkrise"
    assert keys["d"] == "record"
    assert len(set(keys.values())) == 4


def test_colliding_keys_get_letters():
    item = {"type": "book", "author": [{"family": "Smith"}], "title": "Russia", "issued": {"date-parts": [[2006]]}}
    keys = make_keys([dict(item, id="x"), dict(item, id="y"), dict(item, id="z")])
    assert [keys[k] for k in "xyz"] == ["smith2006russiaa", "smith2006russiab", "smith2006russiac"]
    library = parse(write(Document(items=[dict(item, id="x"), dict(item, id="y")]), "bibtex"))
    assert len(library.entries) == 2


def test_name_forms():
    assert format_name({"family": "Berg", "non-dropping-particle": "van der", "given": "J."}) == "van der Berg, J."
    assert format_name({"family": "King", "given": "Martin Luther", "suffix": "Jr"}) == "King, Jr, Martin Luther"
    assert format_name({"literal": "NATO"}) == "{NATO}"
    assert format_name({"family": "Madonna"}) == "Madonna"


def test_thesis_and_masters():
    items = [{"id": "t1", "type": "thesis", "title": "A", "publisher": "Oxford", "genre": "DPhil thesis"},
             {"id": "t2", "type": "thesis", "title": "B", "publisher": "LSE", "genre": "MA thesis"}]
    entries = parse(write(Document(items=items), "bibtex")).entries
    assert [e.entry_type for e in entries] == ["phdthesis", "mastersthesis"]
    assert entries[0]["school"] == "Oxford"


def test_unbalanced_brace_does_not_break_the_file():
    items = [{"id": "x", "type": "book", "title": "Sets {a, b", "author": [{"family": "Lee"}]}]
    entries = parse(write(Document(items=items), "bibtex")).entries
    assert entries[0]["title"] == "Sets a, b"


def test_entries_separated_by_one_blank_line(doc):
    text = write(doc, "bibtex")
    assert "}\n\n@incollection{" in text and "\n\n\n" not in text
