"""The locate stage: choosing the notes region, cleaning it, and the page's own citation."""
from pathlib import Path

import pytest

from refsift.errors import NoReferencesError
from refsift.locate import clean_line, heading_of, is_end_marker, is_noise, locate
from refsift.read import read_bytes

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def located(name):
    return locate(read_bytes((PAGES / name).read_bytes(), name).text)


def test_springer_chapter_region_and_citation():
    loc = located("springer-chapter.txt")
    assert loc.heading == "Notes and References"
    assert len(loc.lines) == 13  # 12 notes, note 7 wrapped over two lines
    assert loc.lines[0].startswith("1. See H. Kissinger, A World Restored")
    assert loc.lines[6].endswith("(London: Butterworths,")
    assert loc.lines[7] == "1875), pp. 208–74."
    assert loc.lines[-1] == "12. Schroeder, ‘Did the Vienna Settlement Rest on a Balance of Power?’, p. 690."
    # link noise gone, also when glued to the end of a note
    assert not any("Google Scholar" in line for line in loc.lines)
    assert loc.lines[9].endswith("(Cambridge, MA: Harvard University Press, 2014), p. 3.")
    # price boxes, the abstract and the "Sections" menu entry stay out
    assert not any("USD" in line or "Historians" in line for line in loc.lines)
    assert loc.document_text == (
        "Harrow, E. (2015). The Vienna Settlement Revisited. In: Concert and Conflict in Europe. "
        "Studies in Diplomacy. Palgrave Macmillan, London. https://doi.org/10.1057/9781137999990_4"
    )


def test_tandf_html_references_not_the_menu():
    loc = located("tandf-article.html")
    assert loc.heading == "References"
    assert loc.lines == [
        "1. Bandura A. Self-efficacy: toward a unifying theory of behavioral change. Psychol Rev. 1977;84(2):191–215.",
        "2. Cohen S, Wills TA. Stress, social support, and the buffering hypothesis. Psychol Bull. "
        "1985;98(2):310–357. doi: 10.1037/0033-2909.98.2.310.",
        "3. Lazarus RS, Folkman S. Stress, appraisal, and coping. New York: Springer; 1984.",
        "4. Rosenstock IM. Historical origins of the health belief model. Health Educ Monogr. 1974;2(4):328–335.",
        "5. Ajzen I. The theory of planned behavior. Organ Behav Hum Decis Process. 1991;50(2):179–211.",
    ]
    assert loc.document_text is None


def test_wikipedia_notes_references_and_sources_form_one_region():
    loc = located("wikipedia-article.html")
    assert loc.heading == "Notes"
    assert loc.lines == [
        "1. Croxton 2013, p. 3.",
        "2. Wilson 2009, pp. 751–778.",
        "3. Osiander 2001, p. 251.",
        "",
        "Croxton, Derek (2013). Westphalia: The Last Christian Peace. New York: Palgrave Macmillan.",
        'Osiander, Andreas (2001). "Sovereignty, International Relations, and the Westphalian Myth". '
        "International Organization. 55 (2): 251–287. doi:10.1162/00208180151140577.",
        "Wilson, Peter H. (2009). Europe's Tragedy: A History of the Thirty Years War. London: Allen Lane.",
        "",
        'Gross, Leo (1948). "The Peace of Westphalia, 1648–1948". American Journal of International Law. '
        "42 (1): 20–41.",
    ]


def test_german_anmerkungen_and_zitierweise():
    loc = located("german-anmerkungen.txt")
    assert loc.heading == "Anmerkungen"
    assert loc.lines[0].startswith("1 Vgl. Thomas Nipperdey")
    assert loc.lines[2] == "1987, S. 486."
    assert loc.lines[-1] == "7 Ebd."
    assert loc.document_text == (
        "Anna Beispiel, Die Kontinentalsperre und der Hamburger Handel, in: "
        "Zeitschrift für Landesgeschichte 66 (2018), S. 201–219."
    )


def test_mla_works_cited_not_the_menu_entry():
    loc = located("mla-works-cited.txt")
    assert loc.heading == "Works Cited"
    assert loc.lines[0].startswith("Armstrong, Nancy.")
    assert loc.lines[-1] == "Fielding. U of California P, 1957."
    assert len(loc.lines) == 10
    assert loc.document_text is None


def test_region_found_by_density_without_heading():
    text = "\n".join([
        "Some page title",
        "A sentence of ordinary prose without anything in it.",
        "[1] Smith, J. (2001). The first book. London: Routledge.",
        "[2] Jones, K. (1999). An article. Journal of Things, 4(2), 10–20.",
        "[3] Lee, M. et al. (2010). Another one. https://doi.org/10.1000/xyz",
        "Contact us",
    ])
    loc = locate(text)
    assert loc.heading is None
    assert [line[:3] for line in loc.lines] == ["[1]", "[2]", "[3]"]


def test_no_references_raises():
    text = "Welcome to our shop.\nWe sell bread and cakes.\nOpen every day but Sunday.\n"
    with pytest.raises(NoReferencesError, match="no notes or references section found"):
        locate(text)


def test_heading_forms():
    assert heading_of("7 References") == "7 References"
    assert heading_of("7. References") == "7. References"
    assert heading_of("BIBLIOGRAPHY:") == "BIBLIOGRAPHY"
    assert heading_of("  Literaturverzeichnis ") == "Literaturverzeichnis"
    assert heading_of("Notes et références") == "Notes et références"
    assert heading_of("Referencias bibliográficas") == "Referencias bibliográficas"
    assert heading_of("References[edit]") == "References"
    assert heading_of("References (42)") == "References"
    assert heading_of("Notes on the text of the treaty") is None
    assert heading_of("Author information") is None


def test_end_markers():
    for line in ["Download references", "Author information", "External links[edit]",
                 "Categories: 1648 treaties", "Retrieved from \"https://x\"", "8 Acknowledgements",
                 "© 2015 The Author(s)", "Background[edit]"]:
        assert is_end_marker(line), line
    assert not is_end_marker("Smith, J. Funding the state. London, 2001.")


@pytest.mark.parametrize("line", [
    "Google Scholar", "  Article  Google Scholar\u00a0", "CAS  PubMed  Google Scholar",
    "Article  CAS  PubMed  PubMed Central  Google Scholar", "[PubMed] [Google Scholar]",
    "Crossref Web of Science ® Google Scholar", "View in Scopus", "[PMC free article]", "↩", "^",
    "Find it @ Bodleian",
])
def test_noise_lines(line):
    assert is_noise(line)


@pytest.mark.parametrize("line, cleaned", [
    ("Smith, R. Russia and NATO (Abingdon: Routledge, 2006). Google Scholar",
     "Smith, R. Russia and NATO (Abingdon: Routledge, 2006)."),
    ("Psychol Rev. 1977;84(2):191–215. [PubMed] [Google Scholar]", "Psychol Rev. 1977;84(2):191–215."),
    ("Foreign Affairs, 73(2), 1994, p. 70. Article  Google Scholar", "Foreign Affairs, 73(2), 1994, p. 70."),
    ("Kipling, R. The Jungle Book", "Kipling, R. The Jungle Book"),
    ("Kipling, R. The Jungle Book Google Scholar", "Kipling, R. The Jungle Book"),
    ("^ a b c Croxton 2013, p. 5.", "Croxton 2013, p. 5."),
    ("4. ^ Osiander 2001, p. 251.", "4. Osiander 2001, p. 251."),
    ("^ de Gaulle 1970, p. 4.", "de Gaulle 1970, p. 4."),
    ("↑ Müller 1990, S. 3.", "Müller 1990, S. 3."),
    ("Smith 2001, p. 4. ↩", "Smith 2001, p. 4."),
])
def test_clean_line(line, cleaned):
    assert clean_line(line) == cleaned


def test_toc_heading_words_are_not_the_region():
    text = "\n".join([
        "Contents",
        "1 Introduction",
        "2 Notes",
        "3 References",
        "4 External links",
        "Introduction",
        "The treaty of 1648 ended a long war, and this is a long paragraph of ordinary prose that "
        "goes on for a while without being a reference of any kind, as prose does when it must fill "
        "a page with a sentence or two about history and the people who wrote it down.",
        "Notes",
        "1. Smith, J. The Thirty Years War (London: Penguin, 2001), p. 4.",
        "2. Ibid., p. 9.",
        "References",
        "Smith, J. (2001). The Thirty Years War. London: Penguin.",
        "External links",
        "Museum site",
    ])
    loc = locate(text)
    assert loc.heading == "Notes"
    assert loc.lines == [
        "1. Smith, J. The Thirty Years War (London: Penguin, 2001), p. 4.",
        "2. Ibid., p. 9.",
        "",
        "Smith, J. (2001). The Thirty Years War. London: Penguin.",
    ]


def test_region_ends_at_long_prose_run():
    prose = ("This paragraph is ordinary running text of the article, long enough to read as prose and "
             "with nothing in it that a reference list would contain, it just keeps going for a while "
             "so that nobody could mistake it for a bibliographic entry of any sort at all.")
    text = "\n".join(["References", "Smith, J. (2001). A book. London: Penguin.",
                      "Jones, K. (1999). An article. Journal of Things, 4(2), 10–20.", prose, prose, prose])
    assert locate(text).lines == ["Smith, J. (2001). A book. London: Penguin.",
                                  "Jones, K. (1999). An article. Journal of Things, 4(2), 10–20."]


def test_cite_as_on_the_same_line_and_how_to_cite():
    text = "\n".join(["References", "Smith, J. (2001). A book. London: Penguin.",
                      "Jones, K. (1999). An article. Journal of Things, 4(2), 10–20.",
                      "How to cite this article",
                      "",
                      "Lee M. A study of things. J Things. 2020;5:1–9. doi:10.1000/abc"])
    assert locate(text).document_text == "Lee M. A study of things. J Things. 2020;5:1–9. doi:10.1000/abc"
    text2 = "Cite as: Doe, J. (2019). Our page. Example Review 3, 4–5.\nReferences\nSmith, J. (2001). A book. London: Penguin.\nJones, K. (1999). An article. Journal of Things, 4(2), 10–20."
    assert locate(text2).document_text == "Doe, J. (2019). Our page. Example Review 3, 4–5."


def test_separate_notes_and_reference_list_are_joined():
    text = "\n".join([
        "Disclosure statement",
        "No potential conflict of interest was reported by the author.",
        "Notes",
        "1. The archive was reorganised in 1998.",
        "2. See Smith (2001, 45).",
        "3. Jones (1999, 12) makes the same point.",
        "Notes on contributors",
        "Ann Author is a lecturer at the University of Somewhere.",
        "References",
        "Jones, K. 1999. Border Politics. London: Routledge.",
        "Smith, J. 2001. “The Customs Union.” Journal of Trade History 4 (2): 10–20.",
        "Taylor, A. 2010. Frontiers. Oxford: Oxford University Press.",
        "Related research",
        "Something else, 2020",
    ])
    loc = locate(text)
    assert loc.heading == "Notes"
    assert loc.lines[3] == ""
    assert loc.lines[:3] == ["1. The archive was reorganised in 1998.", "2. See Smith (2001, 45).",
                             "3. Jones (1999, 12) makes the same point."]
    assert loc.lines[4:] == [
        "Jones, K. 1999. Border Politics. London: Routledge.",
        "Smith, J. 2001. “The Customs Union.” Journal of Trade History 4 (2): 10–20.",
        "Taylor, A. 2010. Frontiers. Oxford: Oxford University Press.",
    ]


def test_springer_like_html_reference_items():
    html = b"""<html><body><h2>References</h2><ol class="c-article-references">
    <li data-counter="1."><p>Smith, J. (2001). <i>A Book</i>. London: Penguin.</p>
    <p class="links"><a>Article</a> <a>Google Scholar</a></p></li>
    <li><p>Jones, K. (1999). An article. <i>Journal of Things</i>, 4(2), 10-20.</p>
    <p><a>CAS</a> <a>PubMed</a></p></li></ol>
    <h2>Author information</h2><p>Smith, J. (2001) again, 2001.</p></body></html>"""
    loc = locate(read_bytes(html).text)
    assert loc.lines == ["1. Smith, J. (2001). A Book. London: Penguin.",
                         "2. Jones, K. (1999). An article. Journal of Things, 4(2), 10-20."]


def test_pmc_text_with_numbers_on_their_own_lines():
    text = "\n".join([
        "References", "1.",
        "Bandura A. Self-efficacy: toward a unifying theory of behavioral change. Psychol Rev. 1977;84(2):191–215.",
        "[PubMed] [Google Scholar]", "2.",
        "Cohen S, Wills TA. Stress, social support, and the buffering hypothesis. Psychol Bull. 1985;98(2):310–57.",
        "[DOI] [PubMed] [Google Scholar]",
        "Articles from Example Journal are provided here courtesy of Example Press",
    ])
    lines = locate(text).lines
    assert lines[0] == "1." and lines[2] == "2." and len(lines) == 4
    assert lines[3].endswith("1985;98(2):310–57.")


# --- fixes found with the new example pages ------------------------------------------------


def test_bare_link_words_and_portal_names_are_noise():
    for line in ("DOI", "Dialnet", "Persée", "Cairn", "DOI Google Scholar"):
        assert is_noise(line), line
    assert clean_line("Nature, 396(6706), 41–49. 10.1038/23876 DOI Google Scholar") == (
        "Nature, 396(6706), 41–49. 10.1038/23876")


def test_end_markers_after_the_list():
    for line in ("Associated Data", "Recommended Citation", "Haut de page", "Appendix A Hyper-parameters",
                 "Appendix", "Previous: \"The Ledger and the Lyric\" | Next: \"Weather\""):
        assert is_end_marker(line), line
    assert not is_end_marker("Appendix to the report of the commission, 1947, p. 3.")


def test_wikipedia_text_paste_caret_lines_are_separate_notes():
    text = "\n".join([
        "Notes[edit]",
        "^ Judt 2005, p. 90.",
        "^ a b Hogan 1987, pp. 88–89.",
        "^ \"Marshall Plan, 1948\". Office of the Historian. United States Department of State. Retrieved 14 May 2023.",
        "^ The Soviet alternative consisted of bilateral trade agreements rather than a single programme.",
        "Sources[edit]",
        "Hogan, Michael J. (1987). The Marshall Plan. Cambridge: Cambridge University Press.",
        "Judt, Tony (2005). Postwar: A History of Europe Since 1945. New York: Penguin Press.",
        "External links[edit]",
    ])
    from refsift.split import split_notes
    notes = split_notes(locate(text).lines)
    assert [n for n, _ in notes] == [1, 2, 3, 4, 5, 6]
    assert notes[1][1] == "Hogan 1987, pp. 88–89."
    assert notes[2][1].startswith("\"Marshall Plan, 1948\"")
    assert notes[4][1].startswith("Hogan, Michael J.")


def test_legal_citations_are_reference_like():
    from refsift.locate import is_reference_like
    for line in ("Donoghue v Stevenson [1932] AC 562 (HL)", "Entick v Carrington (1765) 19 St Tr 1029",
                 "Human Rights Act 1998", "European Union (Withdrawal) Act 2018",
                 "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61"):
        assert is_reference_like(line), line
    assert not is_reference_like("He went to war in 1914 and came back.")


def test_oscola_bibliography_with_sub_headings():
    text = "\n".join([
        "Some closing words of the dissertation.", "", "Bibliography", "", "Cases", "",
        "Caparo Industries plc v Dickman [1990] 2 AC 605 (HL)",
        "Donoghue v Stevenson [1932] AC 562 (HL)", "", "Legislation", "",
        "Consumer Rights Act 2015", "Human Rights Act 1998", "", "Secondary sources", "",
        "Bingham T, The Rule of Law (Allen Lane 2010)",
        "Hart HLA, The Concept of Law (3rd edn, OUP 2012)", "",
        "Word count: 11,842 (excluding bibliography)", "",
        "© Faculty of Law.",
    ])
    loc = locate(text)
    assert [ln for ln in loc.lines if ln] == [
        "Caparo Industries plc v Dickman [1990] 2 AC 605 (HL)", "Donoghue v Stevenson [1932] AC 562 (HL)",
        "Consumer Rights Act 2015", "Human Rights Act 1998",
        "Bingham T, The Rule of Law (Allen Lane 2010)", "Hart HLA, The Concept of Law (3rd edn, OUP 2012)"]
    assert "" in loc.lines  # the sub-headings break the list into sections


def test_blank_set_off_prose_after_an_unnumbered_list_is_not_a_reference():
    text = "\n".join([
        "Works Cited", "",
        "Armstrong, Nancy. Desire and Domestic Fiction. Oxford UP, 1987.",
        "Brooks, Peter. Reading for the Plot: Design and Intention in Narrative. Knopf, 1984.",
        "Woloch, Alex. The One vs. the Many. Princeton UP, 2003.", "",
        "Ellen Kwiatkowski is a senior in the Department of English. This essay was written for ENG 341.", "",
        "Previous: \"The Ledger and the Lyric: Bookkeeping in Gaskell\" | Next: \"Weather Systems\"",
    ])
    assert locate(text).lines[-1] == "Woloch, Alex. The One vs. the Many. Princeton UP, 2003."


def test_prose_paragraph_with_in_text_citations_does_not_open_a_headless_list():
    text = "\n".join([
        "More recently, the turn away from suspicious reading has changed what such observations are for "
        "(Best and Marcus 1-2; Felski 1; Sedgwick, \"Paranoid Reading\" 123-24). This essay follows that turn "
        "without giving up the older question of power.", "",
        "Armstrong, Nancy. Desire and Domestic Fiction. Oxford UP, 1987.",
        "Brooks, Peter. Reading for the Plot: Design and Intention in Narrative. Knopf, 1984.",
        "Woloch, Alex. The One vs. the Many. Princeton UP, 2003.",
    ])
    loc = locate(text)
    assert loc.heading is None
    assert loc.lines[0].startswith("Armstrong, Nancy.")
