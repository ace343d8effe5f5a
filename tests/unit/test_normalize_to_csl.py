"""Labelled spans of one work -> CSL item + locator (refsift.normalize.to_csl)."""
import re

import pytest

from refsift.normalize import Normalized, to_csl

_TAG = re.compile(r"<([a-z-]+)>(.*?)</\1>")


def spans(tagged: str) -> list[tuple[str, str]]:
    """``<title>X</title>, <date>2006</date>`` -> [("title", "X"), ("other", ", "), ("date", "2006")]."""
    out, pos = [], 0
    for m in _TAG.finditer(tagged):
        if m.start() > pos:
            out.append(("other", tagged[pos:m.start()]))
        out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(tagged):
        out.append(("other", tagged[pos:]))
    return out


def csl(tagged: str) -> Normalized:
    return to_csl(spans(tagged))


def test_book_with_locator():
    res = csl("<author>J. Smith</author>, <title>Russia and NATO</title> (<location>London</location>: "
              "<publisher>Routledge</publisher>, <date>2006</date>), <locator>p. 66</locator>.")
    assert res.item == {
        "type": "book", "author": [{"family": "Smith", "given": "J."}], "title": "Russia and NATO",
        "publisher": "Routledge", "publisher-place": "London", "issued": {"date-parts": [[2006]]},
    }
    assert (res.locator, res.label) == ("66", "page")
    assert "id" not in res.item


def test_journal_article_with_extent_and_pinpoint():
    res = csl("<signal>See also,</signal> <author>J. Goldgeier and M. McFaul</author>, ‘<title>The Premature "
              "Partnership</title>’, <container-title>Foreign Affairs</container-title>, <volume>Vol. 73</volume>, "
              "<issue>no. 4</issue> (<date>Spring 2001</date>), <pages>pp. 105–37</pages>, at <locator>p. 110</locator>.")
    item = res.item
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Goldgeier", "given": "J."}, {"family": "McFaul", "given": "M."}]
    assert item["title"] == "The Premature Partnership"
    assert item["container-title"] == "Foreign Affairs"
    assert (item["volume"], item["issue"], item["page"]) == ("73", "4", "105-137")
    assert item["issued"] == {"date-parts": [[2001]]}
    assert (res.locator, res.label, res.prefix) == ("110", "page", "See also")


def test_volume_with_issue_in_brackets():
    res = csl("<author>Smith, J. A., & Lee, K.</author> (<date>2019a</date>). <title>Title</title>. "
              "<container-title>Journal of Peace Research</container-title>, <volume>73(2)</volume>, "
              "<pages>249–50</pages>.")
    assert (res.item["volume"], res.item["issue"], res.item["page"]) == ("73", "2", "249-250")
    assert res.item["issued"] == {"date-parts": [[2019]]}
    assert res.item["type"] == "article-journal"


def test_separate_issue_span_wins_over_bracket():
    res = csl("<container-title>Survival</container-title> <volume>Vol. 43(4)</volume> <issue>no. 5</issue>")
    assert (res.item["volume"], res.item["issue"]) == ("43", "5")


def test_chapter_in_edited_book():
    res = csl("<author>K-H. Kamp</author>, ‘<title>NATO Enlargement</title>’, in <editor>J. Smith and K. Lee "
              "(eds)</editor>, <container-title>The New NATO</container-title> (<location>Washington, DC</location>: "
              "<publisher>Brookings Institution Press</publisher>, <date>1998</date>), <pages>pp. 25–6</pages>.")
    item = res.item
    assert item["type"] == "chapter"
    assert item["author"] == [{"family": "Kamp", "given": "K-H."}]
    assert item["editor"] == [{"family": "Smith", "given": "J."}, {"family": "Lee", "given": "K."}]
    assert item["publisher-place"] == "Washington, DC"
    assert item["page"] == "25-26"
    assert res.locator is None


def test_editor_before_container_with_ed_by():
    res = csl("<title>Chapter</title>, in <container-title>Book</container-title>, <editor>ed. by J. Smith"
              "</editor> (<location>Oxford</location>: <publisher>OUP</publisher>, <date>2001</date>)")
    assert res.item["editor"] == [{"family": "Smith", "given": "J."}]
    assert res.item["type"] == "chapter"


def test_title_and_subtitle_joined_with_colon():
    res = csl("<author>Max Weber</author>, <title>Wirtschaft und Gesellschaft</title>: <title>Grundriss der "
              "verstehenden Soziologie</title>, <edition>5. Aufl.</edition> (<location>Tübingen</location>: "
              "<publisher>Mohr</publisher>, <date>1972</date>), <locator>S. 28</locator>.")
    assert res.item["title"] == "Wirtschaft und Gesellschaft: Grundriss der verstehenden Soziologie"
    assert res.item["edition"] == "5"
    assert (res.locator, res.label) == ("28", "page")


def test_title_and_subtitle_joined_with_full_stop():
    res = csl("<title>Russia and NATO</title>. <title>A Study</title> (<publisher>Routledge</publisher>)")
    assert res.item["title"] == "Russia and NATO. A Study"


def test_title_question_mark_kept():
    res = csl("‘<title>Why NATO?</title>’ <title>A Reply</title>, <container-title>Survival</container-title>")
    assert res.item["title"] == "Why NATO? A Reply"


def test_pages_after_a_book_is_the_locator():
    res = csl("<author>M. A. Smith</author>, <title>Russia and NATO since 1991</title> (<location>London"
              "</location>: <publisher>Routledge</publisher>, <date>2006</date>), <pages>pp. 320–1</pages>.")
    assert "page" not in res.item
    assert (res.locator, res.label) == ("320-321", "page")
    assert res.item["type"] == "book"


def test_pages_after_a_report_is_the_locator():
    res = csl("<author>NATO</author>, <title>Study on NATO Enlargement</title> (<location>Brussels</location>: "
              "<publisher>NATO Office of Information and Press</publisher>, <date>1995</date>), <pages>para. 25</pages>")
    assert res.item["author"] == [{"literal": "NATO"}]
    assert "page" not in res.item
    assert (res.locator, res.label) == ("25", "paragraph")


def test_newspaper_by_name_and_date():
    res = csl("<container-title>Segodnya</container-title>, <date>14 September 1993</date>.")
    assert res.item == {"type": "article-newspaper", "container-title": "Segodnya",
                        "issued": {"date-parts": [[1993, 9, 14]]}}


def test_newspaper_article_with_url():
    res = csl("<author>Gen. W. Clark</author>, ‘<title>How to Win</title>’, <container-title>The Washington Post"
              "</container-title>, <date>September 14, 1993</date>, at <url>http://www.nato.int/docu/pr/2004/"
              "p04–096e.htm</url>.")
    assert res.item["type"] == "article-newspaper"
    assert res.item["author"] == [{"family": "Clark", "given": "W."}]
    assert res.item["URL"] == "http://www.nato.int/docu/pr/2004/p04-096e.htm"


def test_report_with_genre_and_number():
    res = csl("<author>United Nations General Assembly</author>, <title>Report of the Secretary-General</title> "
              "(<genre>Document</genre> <number>A/1722</number>), <date>1999</date>.")
    assert res.item["type"] == "report"
    assert res.item["author"] == [{"literal": "United Nations General Assembly"}]
    assert (res.item["genre"], res.item["number"]) == ("Document", "A/1722")


def test_number_label_word_stripped():
    res = csl("<title>Policy Brief</title>, <collection-title>Adelphi Paper</collection-title> "
              "<number>No. 69</number> (<publisher>IISS</publisher>)")
    assert res.item["number"] == "69"
    assert res.item["collection-title"] == "Adelphi Paper"


def test_identifiers():
    res = csl("<author>Smith JA, Lee K, Brown T</author>. <title>Title</title>. <container-title>Lancet"
              "</container-title>. <date>2019</date>;<volume>393</volume>(<issue>2</issue>):<pages>e1234</pages>. "
              "<doi>https://doi.org/10.1057/x</doi>. <isbn>ISBN 978-0-19-923456-7</isbn>")
    assert res.item["DOI"] == "10.1057/x"
    assert res.item["ISBN"] == "978-0-19-923456-7"
    assert res.item["page"] == "e1234"
    assert [a["family"] for a in res.item["author"]] == ["Smith", "Lee", "Brown"]


def test_translator_and_edition():
    res = csl("<author>Max Weber</author>, <title>Economy and Society</title>, <translator>trans. R. Jones"
              "</translator>, <edition>2nd edn</edition> (<location>Berkeley</location>: <publisher>University of "
              "California Press</publisher>, <date>1978</date>)")
    assert res.item["translator"] == [{"family": "Jones", "given": "R."}]
    assert res.item["edition"] == "2"
    assert res.item["type"] == "book"


def test_ibid_goes_to_backref():
    res = csl("<note>Ibid.</note>, <locator>p. 12</locator>.")
    assert res.backref == "ibid"
    assert (res.locator, res.label) == ("12", "page")
    assert res.item == {}


@pytest.mark.parametrize("word,kind", [("Ebd.", "ibid"), ("op. cit.", "op. cit."), ("Id.", "idem"),
                                       ("a.a.O.", "op. cit."), ("loc. cit.", "loc. cit.")])
def test_backref_words(word, kind):
    res = csl(f"<author>Smith</author>, <note>{word}</note>, <locator>p. 5</locator>")
    assert res.backref == kind
    assert "note" not in res.item


def test_short_form():
    res = csl("<author>Smith</author>, <title>Russia and NATO</title>, <locator>p. 66</locator>.")
    assert res.item["author"] == [{"family": "Smith"}]
    assert res.item["title"] == "Russia and NATO"
    assert res.locator == "66"


def test_hereafter_goes_to_res_not_note():
    res = csl("<title>The Current Digest of the Post-Soviet Press</title> [<note>hereafter CDPSP</note>], "
              "<volume>Vol. XLV</volume>, <issue>no. 37</issue>")
    assert res.hereafter == "CDPSP"
    assert "note" not in res.item
    assert res.item["volume"] == "XLV"


def test_hereafter_with_brackets_inside_span():
    res = csl("<title>Documents</title> <note>(hereafter CDPSP)</note>")
    assert res.hereafter == "CDPSP"
    assert "note" not in res.item


def test_notes_joined_and_noise_dropped():
    res = csl("<title>Title</title>, <url>http://x.org/a</url> [<note>accessed 3 May 2010</note>] "
              "<note>[sic]</note> <note>Reprinted in 1999</note>")
    assert res.item["note"] == "accessed 3 May 2010; Reprinted in 1999"
    assert res.item["type"] == "webpage"


def test_signal_prefix():
    res = csl("<signal>For a detailed analysis, see</signal> <author>Weber, Max; Scholz, Olaf</author>, "
              "<title>Titel</title>, <location>Berlin</location> <date>1999</date>")
    assert res.prefix == "For a detailed analysis, see"
    assert len(res.item["author"]) == 2


def test_locator_never_on_item():
    res = csl("<author>J. Smith</author>, <title>T</title>, <container-title>Survival</container-title>, "
              "<volume>43</volume>, <locator>Chapter 9</locator>")
    assert "page" not in res.item and "locator" not in res.item
    assert (res.locator, res.label) == ("9", "chapter")


def test_author_span_with_ed_is_the_editor():
    res = csl("<author>J. Smith (ed.)</author>, <title>The New NATO</title> (<publisher>Routledge</publisher>)")
    assert res.item["editor"] == [{"family": "Smith", "given": "J."}]
    assert "author" not in res.item


def test_names_split_over_spans_are_rejoined():
    res = to_csl([("author", "Smith"), ("other", ", "), ("author", "J."), ("other", ", "), ("title", "T")])
    assert res.item["author"] == [{"family": "Smith", "given": "J."}]


def test_date_split_over_spans_is_rejoined():
    res = to_csl([("container-title", "Izvestia"), ("other", ", "), ("date", "14 September"), ("other", " "),
                  ("date", "1993")])
    assert res.item["issued"] == {"date-parts": [[1993, 9, 14]]}


def test_nd_date_gives_no_issued():
    res = csl("<author>NATO</author>, <title>Fact Sheet</title>, <date>n.d.</date>")
    assert "issued" not in res.item


def test_unparsed_date_is_literal_with_warning():
    res = csl("<author>J. Smith</author>, <title>T</title> (<publisher>Routledge</publisher>, <date>forthcoming</date>)")
    assert res.item["issued"] == {"literal": "forthcoming"}
    assert res.warnings


def test_treaty_and_speech():
    treaty = csl("<title>Founding Act on Mutual Relations, Cooperation and Security between NATO and the Russian "
                 "Federation</title>, <location>Paris</location>, <date>27 May 1997</date>, <locator>Part II</locator>")
    assert treaty.item["type"] == "treaty"
    assert (treaty.locator, treaty.label) == ("II", "part")
    speech = csl("<author>Lt. Gen. Sir M. Jackson</author>, ‘<title>Remarks at the Press Conference</title>’, "
                 "<date>17 May 1997</date>")
    assert speech.item["type"] == "speech"
    assert speech.item["author"] == [{"family": "Jackson", "given": "M."}]


def test_thesis_from_note():
    res = csl("<author>J. Smith</author>, ‘<title>Russia</title>’ (<note>unpublished PhD thesis</note>, "
              "<publisher>University of London</publisher>, <date>2003</date>)")
    assert res.item["type"] == "thesis"


def test_output_only_fields_with_values():
    res = csl("<author>et al.</author> <title>‘ ’</title> <volume>Vol.</volume> <title>Real</title>")
    for key, value in res.item.items():
        assert value not in (None, "", [], {}), key


def test_key_order_starts_with_type():
    res = csl("<title>T</title>, <author>J. Smith</author>")
    assert list(res.item)[0] == "type"


def test_empty_spans():
    res = to_csl([])
    assert res.item == {} and res.locator is None and res.backref is None and res.warnings == []


def test_pages_run_into_the_volume_are_the_extent():
    res = csl("<author>J. J. Koenderink</author>. <title>The structure of images</title>. "
              "<container-title>Biological Cybernetics</container-title>, <volume>50 363-396</volume>, <date>1984</date>.")
    assert res.item["volume"] == "50" and res.item["page"] == "363-396"


def test_pp_after_an_article_without_extent_is_its_extent_not_a_locator():
    res = csl("<author>Newsom, H. E.</author>, <title>Deposition of suevite</title>. "
              "<container-title>Meteoritics</container-title>, <volume>v. 25</volume>, <locator>pp. 391</locator>. "
              "<date>1990</date>.")
    assert res.item["volume"] == "25" and res.item["page"] == "391" and res.locator is None
    book = csl("<author>T. Adorno</author>, <title>Minima Moralia</title> (<location>London</location>: "
               "<publisher>NLB</publisher>, <date>1974</date>), <locator>p. 19</locator>.")
    assert book.locator == "19" and "page" not in book.item


def test_a_book_title_read_as_a_container_is_the_title():
    res = csl("<author>Huxley, Aldous</author>. <container-title>Brave New World</container-title>. "
              "<location>New York</location>: <publisher>Harper</publisher>, <date>1932</date>.")
    assert res.item["title"] == "Brave New World" and "container-title" not in res.item
    assert res.item["type"] == "book"
    chapter = csl("<author>A. Smith</author>. In <container-title>Essays</container-title>. "
                  "<location>London</location>: <publisher>Verso</publisher>, <date>1990</date>.")
    assert chapter.item["container-title"] == "Essays"


def test_a_second_title_without_a_container_is_the_container():
    res = csl('<author>Basmann, R. L.</author> "<title>A Generalized Classical Method</title>," '
              '"<title>Econometrica</title>, <volume>Vol. 25</volume> (<date>1957</date>).')
    assert res.item["title"] == "A Generalized Classical Method" and res.item["container-title"] == "Econometrica"


def test_a_sentence_case_question_then_a_journal_name():
    res = csl("<author>Hulleman, C. S.</author> (<date>2010</date>). <title>A meta-analytic review of goal "
              "measures: different labels for the same constructs? Psychological Bulletin</title>, <volume>136</volume>, "
              "<pages>422-449</pages>.")
    assert res.item["title"].endswith("constructs?") and res.item["container-title"] == "Psychological Bulletin"
    kept = csl("<title>Why Now? The Premature Partnership</title>, <volume>73</volume>, <pages>1-9</pages>.")
    assert kept.item["title"] == "Why Now? The Premature Partnership"


def test_editors_without_an_editor_word_and_no_author_are_the_authors():
    res = csl("<editor>J. Edwards and J. Kemp (directors)</editor>, <title>Russia’s Wrong Direction</title> "
              "(<location>New York</location>: <publisher>Council on Foreign Relations</publisher>, <date>2006</date>)")
    assert [n["family"] for n in res.item["author"]] == ["Edwards", "Kemp"] and "editor" not in res.item
    eds = csl("<editor>J. Smith (ed.)</editor>, <title>Essays</title> (<location>London</location>: "
              "<publisher>Verso</publisher>, <date>1990</date>)")
    assert eds.item["editor"][0]["family"] == "Smith" and "author" not in eds.item
