from refsift.model import Document
from refsift.resolve import ParsedNote, ParsedWork, resolve

SMITH = {"type": "book", "author": [{"family": "Smith", "given": "M. A."}],
         "title": "Russia and NATO since 1991: From Cold War through Cold Peace to Partnership?",
         "publisher": "Routledge", "publisher-place": "Abingdon", "issued": {"date-parts": [[2006]]}}


def note(n, *works, text=""):
    return ParsedNote(n=n, text=text or f"note {n}", works=list(works))


def run(*notes):
    return resolve(list(notes), Document())


def test_short_form_and_ibid_point_back_and_make_no_item():
    doc = run(
        note(1, ParsedWork(item=dict(SMITH), raw="M. A. Smith, Russia and NATO since 1991 ...", prefix="See")),
        note(2, ParsedWork(item={"type": "book", "author": [{"family": "Smith"}], "title": "Russia and NATO since 1991"},
                           raw="Smith, Russia and NATO since 1991, p. 66.", locator="66", label="page")),
        note(3, ParsedWork(item={}, raw="Ibid., p. 70.", locator="70", label="page", backref="ibid")),
    )
    assert len(doc.items) == 1 and doc.items[0]["id"] == "smith2006"
    c1, c2, c3 = (n.cites[0] for n in doc.notes)
    assert (c1.form, c1.prefix) == ("full", "See")
    assert (c2.item, c2.form, c2.locator, c2.label) == ("smith2006", "short", "66", "page")
    assert (c3.item, c3.form, c3.locator) == ("smith2006", "ibid", "70")


def test_hereafter_abbreviation_is_expanded_and_marks_translations():
    digest = "The Current Digest of the Post-Soviet Press"
    doc = run(
        note(2, ParsedWork(item={"type": "article-newspaper", "container-title": "Segodnya", "issued": {"date-parts": [[1993, 9, 14]]}}, raw="Segodnya, 14 September 1993."),
             ParsedWork(item={"type": "article-magazine", "container-title": digest, "volume": "XLV", "issue": "37", "page": "16-17"},
                        raw=f"Translated in {digest} [hereafter CDPSP], Vol. XLV(37), 1993, pp. 16–17.", prefix="Translated in")),
        note(7, ParsedWork(item={"type": "article-newspaper", "container-title": "Izvestia", "issued": {"date-parts": [[1994, 9, 28]]}}, raw="Izvestia, 28 September 1994."),
             ParsedWork(item={"type": "article-journal", "container-title": "CDPSP", "volume": "XLVI", "issue": "39", "page": "25-26"}, raw="CDPSP, Vol. XLVI(39), 1994, pp. 25–6.")),
    )
    assert doc.abbreviations == {"CDPSP": digest}
    assert [c.role for c in doc.notes[0].cites] == ["primary", "translation"]
    assert [c.role for c in doc.notes[1].cites] == ["primary", "translation"]
    assert doc.items[-1]["container-title"] == digest
    assert len(doc.items) == 4


def test_repeated_full_citation_merges_but_other_pages_of_a_digest_stay_apart():
    a = {"type": "report", "title": "Final Communiqué", "number": "(2008) 153", "URL": "http://x.org/2008–158-15.htm"}
    b = {"type": "report", "title": "Final Communiqué", "number": "(2008) 153"}
    d1 = {"type": "article-magazine", "container-title": "Digest", "volume": "XLVI", "issue": "39", "page": "25-26"}
    d2 = dict(d1, page="4-5")
    doc = run(note(1, ParsedWork(item=a, raw="a")), note(2, ParsedWork(item=b, raw="b")),
              note(3, ParsedWork(item=d1, raw="d1"), ParsedWork(item=d2, raw="d2")))
    assert len(doc.items) == 3
    assert doc.notes[0].cites[0].item == doc.notes[1].cites[0].item


def test_supra_note_and_op_cit():
    doc = run(
        note(3, ParsedWork(item={"type": "book", "author": [{"family": "Hart", "given": "H. L. A."}], "title": "The Concept of Law", "issued": {"date-parts": [[1961]]}}, raw="H. L. A. Hart, The Concept of Law (1961).")),
        note(4, ParsedWork(item={"type": "book", "author": [{"family": "Dworkin"}], "title": "Law's Empire", "issued": {"date-parts": [[1986]]}}, raw="Dworkin, Law's Empire (1986).")),
        note(5, ParsedWork(item={"author": [{"family": "Hart"}]}, raw="Hart, supra note 3, at 12.", locator="12", label="page")),
        note(6, ParsedWork(item={"author": [{"family": "Dworkin"}]}, raw="Dworkin, op. cit., p. 5.", locator="5", label="page", backref="op. cit.")),
    )
    assert len(doc.items) == 2
    assert (doc.notes[2].cites[0].item, doc.notes[2].cites[0].form) == ("hart1961", "short")
    assert (doc.notes[3].cites[0].item, doc.notes[3].cites[0].locator) == ("dworkin1986", "5")


def test_author_year_pointer_resolves_into_the_bibliography():
    judt = {"type": "book", "author": [{"family": "Judt", "given": "Tony"}], "title": "Postwar", "issued": {"date-parts": [[2005]]}}
    doc = run(note(15, ParsedWork(item=judt, raw="Judt, Tony (2005). Postwar.")),
              note(1, ParsedWork(item={"author": [{"family": "Judt"}], "issued": {"date-parts": [[2005]]}}, raw="Judt 2005, p. 100.", locator="100", label="page")))
    assert len(doc.items) == 1
    assert doc.notes[1].cites[0].form == "short"


def test_commentary_note_has_no_cites():
    doc = run(ParsedNote(n=40, text="By 2001 the alliance had grown.", works=[], commentary=True))
    assert doc.notes[0].kind == "commentary" and doc.notes[0].cites == [] and doc.items == []


def test_legal_short_forms_id_at_and_oscola_cross_reference():
    katz = {"type": "legal_case", "title": "Katz v. United States", "container-title": "U.S.", "volume": "389",
            "page": "347", "issued": {"date-parts": [[1967]]}}
    campbell = {"type": "legal_case", "title": "Campbell v MGN Ltd", "container-title": "AC", "issued": {"date-parts": [[2004]]}}
    doc = run(
        note(4, ParsedWork(item=katz, raw="Katz v. United States, 389 U.S. 347, 351 (1967).", locator="351", label="page")),
        note(5, ParsedWork(item={"title": "Harlan, J., concurring"}, raw="Id. at 361 (Harlan, J., concurring).")),
        note(7, ParsedWork(item=campbell, raw="Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457.")),
        note(11, ParsedWork(item={"author": [{"family": "Katz"}], "volume": "389"}, raw="Katz, 389 U.S. at 353.")),
        note(14, ParsedWork(item={"title": "Campbell"}, raw="Campbell (n 7) [51] (Lord Hope).")),
    )
    assert len(doc.items) == 2
    c5, c11, c14 = doc.notes[1].cites[0], doc.notes[3].cites[0], doc.notes[4].cites[0]
    assert (c5.form, c5.locator) == ("ibid", "361")
    assert (c11.item, c11.form, c11.locator) == (doc.items[0]["id"], "short", "353")
    assert (c14.item, c14.form, c14.locator, c14.label) == (doc.items[1]["id"], "short", "51", "paragraph")


def test_spanish_ibid_with_accent_and_idem_with_a_new_title():
    first = {"type": "book", "author": [{"family": "Juliá", "given": "Santos"}], "title": "Un siglo de España",
             "issued": {"date-parts": [[1999]]}, "publisher": "Marcial Pons"}
    doc = run(
        note(1, ParsedWork(item=first, raw="Santos Juliá, Un siglo de España, Madrid, Marcial Pons, 1999, p. 80.")),
        note(2, ParsedWork(item={}, raw="Ibíd.")),
        note(3, ParsedWork(item={"title": "Historias de las dos Españas", "issued": {"date-parts": [[2004]]}, "publisher": "Taurus"},
                           raw="Ídem, Historias de las dos Españas, Madrid, Taurus, 2004.", backref="idem")),
    )
    assert doc.notes[1].cites[0].form == "ibid" and doc.notes[1].cites[0].item == doc.items[0]["id"]
    assert len(doc.items) == 2 and doc.items[1]["author"] == first["author"]
    assert doc.notes[2].cites[0].form == "full"


def test_short_form_by_a_double_family_name():
    full = {"type": "book", "author": [{"family": "Aguilar Fernández", "given": "Paloma"}],
            "title": "Memoria y olvido de la Guerra Civil española", "publisher": "Alianza", "issued": {"date-parts": [[1996]]}}
    short = {"type": "book", "author": [{"family": "Fernández", "given": "Aguilar"}], "title": "Memoria y olvido"}
    doc = run(note(6, ParsedWork(item=full, raw="Paloma Aguilar Fernández, Memoria y olvido ...")),
              note(20, ParsedWork(item=short, raw="Aguilar Fernández, Memoria y olvido, pp. 270-275.", locator="270-275", label="page")))
    assert len(doc.items) == 1
    assert (doc.notes[1].cites[0].form, doc.notes[1].cites[0].locator) == ("short", "270-275")


def test_short_title_misread_as_a_given_name_still_points_back():
    full = {"type": "book", "author": [{"family": "Chen", "given": "Jian"}],
            "title": "China’s Road to the Korean War", "publisher": "Columbia University Press", "issued": {"date-parts": [[1994]]}}
    doc = run(note(18, ParsedWork(item=full, raw="Chen Jian, China’s Road to the Korean War (New York: CUP, 1994), 120.")),
              note(19, ParsedWork(item={"type": "book", "author": [{"family": "Chen", "given": "China’s Road"}]},
                                  raw="Chen, China’s Road, 160.", locator="160", label="page")),
              note(20, ParsedWork(item={"type": "book", "author": [{"family": "Weber", "given": "Max Otto"}]}, raw="Max Otto Weber.")))
    assert doc.notes[1].cites[0].form == "short" and doc.notes[1].cites[0].item == doc.items[0]["id"]
    assert len(doc.items) == 2  # a plain name that matches nothing stays a work of its own


def test_abbreviated_book_cited_by_its_abbreviation_is_a_short_form_but_digest_issues_stay_apart():
    frus = {"type": "book", "author": [{"literal": "U.S. Department of State"}],
            "title": "Foreign Relations of the United States", "volume": "7", "issued": {"date-parts": [[1976]]},
            "publisher": "Government Printing Office"}
    doc = run(
        note(9, ParsedWork(item=frus, raw="U.S. Department of State, Foreign Relations of the United States, 1950, vol. 7 "
                                          "(Washington, DC: GPO, 1976), 157–61 [hereafter FRUS].", hereafter="FRUS")),
        note(11, ParsedWork(item={"type": "article-journal", "container-title": "FRUS", "issued": {"date-parts": [[1950]]},
                                  "volume": "7", "page": "120"}, raw="FRUS, 1950, vol. 7, 120.")),
    )
    assert len(doc.items) == 1
    assert (doc.notes[1].cites[0].form, doc.notes[1].cites[0].locator) == ("short", "120")


def test_ditto_mark_takes_the_names_of_the_entry_above():
    from refsift.model import Document
    from refsift.resolve import ParsedNote, ParsedWork, resolve

    moretti = ParsedNote(1, "Moretti, Franco. Graphs, Maps, Trees. Verso, 2005.", [ParsedWork(
        item={"type": "book", "author": [{"family": "Moretti", "given": "Franco"}], "title": "Graphs, Maps, Trees",
              "publisher": "Verso", "issued": {"date-parts": [[2005]]}},
        raw="Moretti, Franco. Graphs, Maps, Trees. Verso, 2005.")])
    ditto = ParsedNote(2, "---. The Way of the World. Verso, 1987.", [ParsedWork(
        item={"type": "book", "author": [{"family": "---"}], "title": "The Way of the World",
              "publisher": "Verso", "issued": {"date-parts": [[1987]]}},
        raw="---. The Way of the World. Verso, 1987.")], same_names="author")
    edited = ParsedNote(3, "———, ed. The Novel. Princeton UP, 2006.", [ParsedWork(
        item={"type": "book", "title": "The Novel", "publisher": "Princeton UP"}, raw="———, ed. The Novel. Princeton UP, 2006.")],
        same_names="editor")
    doc = resolve([moretti, ditto, edited], Document())
    assert doc.items[1]["author"] == [{"family": "Moretti", "given": "Franco"}]
    assert doc.items[2]["editor"] == [{"family": "Moretti", "given": "Franco"}]
    assert "author" not in doc.items[2]


def test_ditto_mark_is_read_from_the_note_text():
    from refsift.works import _DITTO

    assert _DITTO.match("———. Watt. Paris: Olympia Press, 1953.")
    assert _DITTO.match("---. Man and His Symbols.")
    assert _DITTO.match("______, ed. Title").group("role") == "ed."
    assert not _DITTO.match("—Ignatius of Antioch (New York, 1966).")
    assert not _DITTO.match("- D. Fausser, La communication")
