"""CSL type inference (refsift.normalize.types)."""
import pytest

from refsift.normalize.types import RULES, features, infer_type

A = [{"family": "Smith", "given": "J."}]
DAY = {"date-parts": [[1997, 5, 17]]}

CASES = [
    ("book", {"title": "Russia and NATO", "publisher": "Routledge"}),
    ("book", {"title": "Russia and NATO", "author": A}),
    ("book", {"title": "The Treaty of Versailles", "author": A, "publisher": "Routledge"}),
    ("chapter", {"title": "Ch", "container-title": "Russia and the West", "publisher": "Routledge"}),
    ("chapter", {"title": "Ch", "container-title": "Russia and the West", "editor": A}),
    ("article-journal", {"title": "A", "container-title": "Survival", "volume": "43"}),
    ("article-journal", {"title": "A", "container-title": "International Affairs", "issue": "4"}),
    ("article-journal", {"title": "A", "container-title": "Post-Soviet Affairs", "volume": "12"}),
    ("article-journal", {"title": "A", "container-title": "Time and Society", "volume": "3"}),
    ("article-journal", {"title": "A", "container-title": "Foreign Affairs"}),
    ("article-journal", {"title": "A", "container-title": "Foreign Affairs", "page": "1-5"}),
    ("article-newspaper", {"title": "A", "container-title": "The Washington Post", "issued": DAY}),
    ("article-newspaper", {"container-title": "Segodnya", "issued": {"date-parts": [[1993, 9, 14]]}}),
    ("article-newspaper", {"container-title": "Izvestia", "issued": DAY}),
    ("article-newspaper", {"title": "A", "container-title": "Kommersant-Daily"}),
    ("article-newspaper", {"title": "A", "container-title": "Wall Street Journal"}),
    ("article-newspaper", {"title": "A", "container-title": "Frankfurter Allgemeine Zeitung"}),
    ("article-newspaper", {"title": "A", "container-title": "Le Monde"}),
    ("article-newspaper", {"title": "A", "container-title": "El País"}),
    ("article-newspaper", {"title": "A", "container-title": "Financial Times"}),
    ("article-newspaper", {"title": "A", "container-title": "New York Times"}),
    ("article-newspaper", {"title": "A", "container-title": "Nezavisimaya Gazeta"}),
    ("article-newspaper", {"title": "A", "container-title": "Krasnaya Zvezda"}),
    ("article-newspaper", {"title": "A", "container-title": "Süddeutsche Zeitung"}),
    ("article-newspaper", {"title": "A", "container-title": "International Herald Tribune"}),
    ("article-newspaper", {"title": "A", "container-title": "Daily Telegraph"}),
    ("article-newspaper", {"title": "A", "container-title": "Some Local Chronicle", "issued": DAY}),
    ("article-magazine", {"title": "A", "container-title": "The Economist", "issued": DAY}),
    ("article-magazine", {"title": "A", "container-title": "NATO Review", "volume": "45", "issue": "3"}),
    ("article-magazine", {"title": "A", "container-title": "Time"}),
    ("article-magazine", {"title": "A", "container-title": "Newsweek"}),
    ("article-magazine", {"title": "A", "container-title": "Der Spiegel"}),
    ("article-magazine", {"title": "A", "container-title": "The New Yorker"}),
    ("article-magazine", {"title": "A", "container-title": "New York Times Magazine"}),
    ("report", {"title": "Report of the Secretary-General", "publisher": "United Nations", "number": "A/1722",
                "genre": "Document"}),
    ("report", {"title": "Something", "publisher": "RAND Corporation"}),
    ("report", {"title": "NATO after Enlargement", "genre": "Working Paper"}),
    ("report", {"title": "Annual Report 1998"}),
    ("thesis", {"title": "Russia", "genre": "PhD thesis", "publisher": "University of London"}),
    ("thesis", {"title": "Russia", "note": "unpublished doctoral dissertation"}),
    ("speech", {"title": "Remarks by the President at the NATO Summit"}),
    ("speech", {"title": "Statement by the Secretary General", "container-title": "NATO Press Release"}),
    ("speech", {"title": "Press Conference by the Secretary General", "issued": DAY}),
    ("treaty", {"title": "Founding Act on Mutual Relations, Cooperation and Security between NATO and the "
                         "Russian Federation", "issued": {"date-parts": [[1997, 5, 27]]}}),
    ("treaty", {"title": "The North Atlantic Treaty"}),
    ("treaty", {"title": "Charter of Paris for a New Europe"}),
    ("legislation", {"title": "Human Rights Act 1998"}),
    ("legislation", {"title": "Soldatengesetz"}),
    ("legal_case", {"title": "Marbury v. Madison", "container-title": "U.S.", "volume": "5"}),
    ("legal_case", {"title": "Donoghue v Stevenson", "container-title": "AC"}),
    ("webpage", {"title": "Page", "URL": "http://x.org"}),
    ("paper-conference", {"title": "A paper", "container-title": "Proceedings of the IEEE Conference on X"}),
    ("paper-conference", {"title": "A paper", "container-title": "Workshop on Y", "editor": A}),
    ("article-journal", {"title": "Signal modeling", "container-title": "Proceedings of the IEEE", "volume": "81",
                         "issue": "9", "page": "1215-1247"}),
    ("article-journal", {"title": "A paper", "container-title": "Proc. Natl. Acad. Sci. USA", "volume": "109"}),
    ("book", {"title": "Title only"}),
    ("book", {}),
]


@pytest.mark.parametrize("expected,item", CASES)
def test_infer_type(expected, item):
    assert infer_type(item) == expected


def test_note_text_can_make_a_thesis():
    assert infer_type({"title": "Russia"}, "Diss. Universität Bonn") == "thesis"


def test_rules_are_a_table_of_known_features():
    known = {"has_title", "has_container", "has_publisher", "has_editor", "has_author", "has_url", "has_pages",
             "has_genre", "has_number", "has_volume_or_issue", "full_day_date", "container_newspaper",
             "container_magazine", "container_proceedings", "journal_container", "in_container", "has_issue", "speech_title", "treaty_title",
             "legislation_title", "case_title", "thesis_cue", "report_cue"}
    for csl_type, required, forbidden in RULES:
        assert isinstance(csl_type, str)
        assert required <= known and forbidden <= known, csl_type
    assert RULES[-1][0] == "book" and not RULES[-1][1]


def test_features_of_a_newspaper_item():
    f = features({"title": "A", "container-title": "The Guardian", "issued": DAY})
    assert {"has_title", "has_container", "container_newspaper", "full_day_date"} <= f
    assert "journal_container" not in f


def test_in_before_the_container_makes_a_part_of_a_book_unless_an_issue_is_given():
    from refsift.normalize import _in_container

    spans = [("author", "A. Krizhevsky"), ("other", ". "), ("title", "ImageNet classification"),
             ("other", ". In "), ("container-title", "NIPS"), ("other", ", "), ("date", "2012")]
    assert _in_container(spans)
    assert not _in_container([("title", "T"), ("other", ". "), ("container-title", "Nature")])
    item = {"title": "ImageNet classification", "container-title": "NIPS", "issued": {"date-parts": [[2012]]}}
    assert infer_type(item, "", in_container=True) == "chapter"
    assert infer_type({**item, "volume": "4", "issue": "5"}, "", in_container=True) == "article-journal"
    assert infer_type({**item, "volume": "25"}) == "article-journal"
