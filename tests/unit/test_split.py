"""The split stage: notes by their printed numbers, unnumbered lists by entry starts."""
from pathlib import Path

import pytest

from refsift.locate import locate
from refsift.read import read_bytes
from refsift.split import split_notes

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def notes_of(name):
    return split_notes(locate(read_bytes((PAGES / name).read_bytes(), name).text).lines)


def test_springer_chapter_notes():
    notes = notes_of("springer-chapter.txt")
    assert [n for n, _ in notes] == list(range(1, 13))
    assert notes[4] == (5, "Ibid., p. 45.")
    assert notes[6] == (7, "On the Final Act see E. Hertslet, The Map of Europe by Treaty, Vol. 1 "
                           "(London: Butterworths, 1875), pp. 208–74.")
    assert notes[8][1].endswith("Harvard University Press, 2014), p. 3.")


def test_tandf_numbered_list():
    notes = notes_of("tandf-article.html")
    assert [n for n, _ in notes] == [1, 2, 3, 4, 5]
    assert notes[2] == (3, "Lazarus RS, Folkman S. Stress, appraisal, and coping. New York: Springer; 1984.")


def test_wikipedia_sources_continue_the_numbering():
    notes = notes_of("wikipedia-article.html")
    assert [n for n, _ in notes] == [1, 2, 3, 4, 5, 6, 7]
    assert notes[1] == (2, "Wilson 2009, pp. 751–778.")
    assert notes[3][1].startswith("Croxton, Derek (2013).")
    assert notes[6][1].startswith("Gross, Leo (1948).")


def test_german_notes_with_wrapped_year_and_false_number():
    notes = notes_of("german-anmerkungen.txt")
    assert [n for n, _ in notes] == [1, 2, 3, 4, 5, 6, 7]
    assert notes[1][1].endswith("Reformära 1700–1815, München 1987, S. 486.")
    assert notes[3][1].endswith("zu den Zöllen insgesamt 5 Bde. der älteren Handelsstatistik.")
    assert notes[4] == (5, "Nipperdey, Deutsche Geschichte (wie Anm. 1), S. 85.")
    assert notes[6] == (7, "Ebd.")


def test_mla_wrapped_entries():
    notes = notes_of("mla-works-cited.txt")
    assert notes == [
        (1, "Armstrong, Nancy. Desire and Domestic Fiction: A Political History of the Novel. Oxford UP, 1987."),
        (2, "Auerbach, Erich. Mimesis: The Representation of Reality in Western Literature. "
            "Translated by Willard R. Trask, Princeton UP, 1953."),
        (3, 'Gallagher, Catherine. "The Rise of Fictionality." The Novel, edited by Franco Moretti, '
            "vol. 1, Princeton UP, 2006, pp. 336-63."),
        (4, "McKeon, Michael. The Origins of the English Novel, 1600-1740. Johns Hopkins UP, 1987."),
        (5, "---. Theory of the Novel: A Historical Approach. Johns Hopkins UP, 2000."),
        (6, "Watt, Ian. The Rise of the Novel: Studies in Defoe, Richardson and Fielding. "
            "U of California P, 1957."),
    ]


@pytest.mark.parametrize("fmt", ["{}. ", "{} ", "{}) ", "[{}] ", "({}) ", "[{}]"])
def test_number_forms(fmt):
    lines = [fmt.format(1) + "Smith, A Book (London, 2001).",
             fmt.format(2) + "Ibid., p. 4.",
             fmt.format(3) + "Jones, An Article, 1999."]
    assert split_notes(lines) == [(1, "Smith, A Book (London, 2001)."), (2, "Ibid., p. 4."),
                                  (3, "Jones, An Article, 1999.")]


def test_superscript_and_glued_numbers():
    assert split_notes(["¹ Smith, Book, 2001.", "² Ibid."]) == [(1, "Smith, Book, 2001."), (2, "Ibid.")]
    lines = ["1See Smith, Book (London, 2001).", "2Ibid., p. 5.", "3‘Title’, Times, 3 May 1990."]
    assert split_notes(lines) == [(1, "See Smith, Book (London, 2001)."), (2, "Ibid., p. 5."),
                                  (3, "‘Title’, Times, 3 May 1990.")]


def test_out_of_sequence_numbers_continue_the_note():
    lines = [
        "1. Segodnya, 14 September 1993, quoted in Smith, Book (London:",
        "1994 Routledge), p. 4.",
        "2. Ibid., p. 5, and see",
        "17 other reports of the same week.",
        "3. Jones, Article, 1999.",
    ]
    assert split_notes(lines) == [
        (1, "Segodnya, 14 September 1993, quoted in Smith, Book (London: 1994 Routledge), p. 4."),
        (2, "Ibid., p. 5, and see 17 other reports of the same week."),
        (3, "Jones, Article, 1999."),
    ]


def test_small_skip_is_accepted_and_notes_may_start_late():
    assert [n for n, _ in split_notes(["23. A, 2001.", "24. B, 2002.", "26. C, 2003."])] == [23, 24, 26]


def test_hyphenation_and_empty_notes():
    lines = ["1. The develop-", "ment of Post-", "Soviet policy, 2001.", "2.", "3. Jones, Book, 1999."]
    assert split_notes(lines) == [(1, "The development of Post-Soviet policy, 2001."),
                                  (3, "Jones, Book, 1999.")]


def test_number_alone_on_its_line():
    assert split_notes(["1.", "Smith, Book, 2001.", "2.", "Ibid."]) == [(1, "Smith, Book, 2001."), (2, "Ibid.")]


def test_unnumbered_author_date_list():
    lines = [
        "Cohen, S., & Wills, T. A. (1985). Stress, social support, and the buffering hypothesis.",
        "Psychological Bulletin, 98(2), 310–357.",
        "https://doi.org/10.1037/0033-2909.98.2.310",
        "Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.",
        "van Dijk, T. A. (1998). Ideology. London: Sage.",
    ]
    notes = split_notes(lines)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert notes[0][1].endswith("310–357. https://doi.org/10.1037/0033-2909.98.2.310")
    assert notes[2][1] == "van Dijk, T. A. (1998). Ideology. London: Sage."


def test_bullets_start_entries():
    assert split_notes(["• Smith, J. Book. 2001.", "• Jones, K. Article. 1999."]) == [
        (1, "Smith, J. Book. 2001."), (2, "Jones, K. Article. 1999.")]


def test_blank_lines_and_whitespace():
    assert split_notes([]) == []
    assert split_notes(["  1.  Smith,   Book, 2001.  ", "", "   "]) == [(1, "Smith, Book, 2001.")]


def test_bare_numbers_on_their_own_lines():
    assert split_notes(["1", "Smith, Book, 2001.", "2", "Jones, Article, 1999."]) == [
        (1, "Smith, Book, 2001."), (2, "Jones, Article, 1999.")]


def test_numbered_notes_restart_after_a_section_break():
    lines = ["1. Smith 2001, p. 3.", "2. Jones 1999, p. 4.", "", "1. Smith, J. Book. 2001.", "2. Jones, K. Article. 1999."]
    assert [n for n, _ in split_notes(lines)] == [1, 2, 1, 2]


def test_confirmed_jumps_and_restarts_are_accepted():
    lines = ["1. A, 2001.", "2. B, 2002, see", "40 more.", "3. C.", "10. J.", "11. K.", "12. L.",
             "Chapter 2", "1. D, 2003.", "2. E.", "3. F."]
    assert split_notes(lines) == [
        (1, "A, 2001."), (2, "B, 2002, see 40 more."), (3, "C."), (10, "J."), (11, "K."),
        (12, "L. Chapter 2"), (1, "D, 2003."), (2, "E."), (3, "F."),
    ]


def test_author_led_list_line_completing_an_entry_without_its_year():
    lines = [
        "Moretti, Franco. Graphs, Maps, Trees: Abstract Models for a Literary History. Verso, 2005.",
        "Sedgwick, Eve Kosofsky. Between Men: English Literature and Male Homosocial Desire.",
        "Columbia UP, 1985.",
        "Williams, Raymond. The Country and the City. Oxford UP, 1973.",
    ]
    notes = split_notes(lines)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert notes[1][1].endswith("Homosocial Desire. Columbia UP, 1985.")


def test_oscola_entries_one_a_line_without_full_stops():
    lines = [
        "Caparo Industries plc v Dickman [1990] 2 AC 605 (HL)",
        "Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457",
        "Entick v Carrington (1765) 19 St Tr 1029",
        "",
        "Constitutional Reform Act 2005",
        "Human Rights Act 1998",
    ]
    notes = split_notes(lines)
    assert [n for n, _ in notes] == [1, 2, 3, 4, 5]
    assert notes[3] == (4, "Constitutional Reform Act 2005")
