"""A small document for the writer tests: six works of different types and four kinds of note."""
from __future__ import annotations

import pytest

from refsift.model import Cite, Document, Note

WEB_URL = "https://example.org/docs/p04-096e_final%20draft.htm?id=a_b%2Fc"

ITEMS = [
    {"id": "Smith2006", "type": "book", "author": [{"family": "Smith", "given": "Martin A."}],
     "title": "Russia and NATO since 1991", "publisher": "Routledge", "publisher-place": "London",
     "issued": {"date-parts": [[2006]]}, "ISBN": "978-0-415-36020-9",
     "comment": "for people, not a CSL variable"},
    {"id": "berg2010", "type": "chapter",
     "author": [{"family": "Berg", "non-dropping-particle": "van der", "given": "Jan"}],
     "editor": [{"family": "Müller", "given": "Anna"}, {"family": "Ortega", "given": "José"}],
     "title": "Élites and the Security Dilemma", "container-title": "Europe after Enlargement",
     "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke", "page": "25-48",
     "issued": {"date-parts": [[2010]]}},
    {"id": "jones2004", "type": "article-journal",
     "author": [{"family": "Jones", "given": "Peter"}, {"family": "O'Neill", "given": "Mary"}],
     "title": "Ukraine between East and West", "container-title": "Europe-Asia Studies",
     "volume": "56", "issue": "3", "page": "401-425", "DOI": "10.1080/0966813042000213789",
     "issued": {"date-parts": [[2004, 5]]}},
    {"id": "times2008", "type": "article-newspaper", "title": "Putin Warns Kiev over Alliance Bid",
     "container-title": "The Times", "issued": {"raw": "12 March 2008"}},
    {"id": "nato2009", "type": "report", "author": [{"literal": "NATO Parliamentary Assembly"}],
     "title": "Security in the Black Sea Region", "number": "171 DSCFC 09 E",
     "publisher": "NATO Parliamentary Assembly", "publisher-place": "Brussels",
     "issued": {"date-parts": [[2009]]}},
    {"id": "web2011", "type": "webpage", "title": "Partnership for Peace Programme",
     "container-title": "NATO Online", "URL": WEB_URL, "issued": {"date-parts": [[2011, 7, 4]]},
     "accessed": {"date-parts": [[2012, 1, 15]]}},
]

TITLES = [item["title"] for item in ITEMS]


def make_document() -> Document:
    notes = [
        Note(1, "Martin A. Smith, Russia and NATO since 1991 (London: Routledge, 2006), p. 12.",
             cites=[Cite("Smith2006", "full", locator="12", label="page")]),
        Note(2, "Jones and O'Neill, 'Ukraine between East and West'; see also The Times, 12 March 2008.",
             cites=[Cite("jones2004", "full"), Cite("times2008", "full", prefix="see also")]),
        Note(3, "Smith, Russia and NATO, p. 66.", cites=[Cite("Smith2006", "short", locator="66", label="page")]),
        Note(4, "Ibid., p. 70.", cites=[Cite("Smith2006", "ibid", locator="70", label="page")]),
        Note(5, "This point is disputed by most commentators.", kind="commentary"),
        Note(6, "Ibid., p. 70.", cites=[Cite("Smith2006", "ibid", locator="70", label="page")]),
    ]
    return Document(input="sample.txt", document=None, abbreviations={"NPA": "NATO Parliamentary Assembly"},
                    notes=notes, items=[dict(item) for item in ITEMS])


@pytest.fixture
def doc() -> Document:
    return make_document()
