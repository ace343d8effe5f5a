"""Name lists -> CSL names (refsift.normalize.names)."""
import pytest

from refsift.normalize.names import is_corporate, parse_names, strip_roles


def P(family, given=None, particle=None, suffix=None):
    out = {"family": family}
    if given:
        out["given"] = given
    if particle:
        out["non-dropping-particle"] = particle
    if suffix:
        out["suffix"] = suffix
    return out


CASES = [
    ("J. Goldgeier and M. McFaul", [P("Goldgeier", "J."), P("McFaul", "M.")]),
    ("Smith, J. A., & Lee, K.", [P("Smith", "J. A."), P("Lee", "K.")]),
    ("Smith JA, Lee K, Brown T", [P("Smith", "JA"), P("Lee", "K"), P("Brown", "T")]),
    ("Max Weber", [P("Weber", "Max")]),
    ("Weber, Max; Scholz, Olaf", [P("Weber", "Max"), P("Scholz", "Olaf")]),
    ("M. A. Smith", [P("Smith", "M. A.")]),
    ("K-H. Kamp", [P("Kamp", "K-H.")]),
    ("Ole de Wever", [P("Wever", "Ole", "de")]),
    ("Wever, Ole de", [P("Wever", "Ole", "de")]),
    ("van der Berg, J.", [P("Berg", "J.", "van der")]),
    ("J. van der Berg", [P("Berg", "J.", "van der")]),
    ("van der Berg J", [P("Berg", "J", "van der")]),
    ("Ludwig von Mises", [P("Mises", "Ludwig", "von")]),
    ("Paolo della Porta", [P("Porta", "Paolo", "della")]),
    ("Leonardo da Vinci", [P("Vinci", "Leonardo", "da")]),
    ("Juan Carlos de la Fuente", [P("Fuente", "Juan Carlos", "de la")]),
    ("Bashar al-Assad", [P("Assad", "Bashar", "al-")]),
    ("J. Smith et al.", [P("Smith", "J.")]),
    ("Smith, J., et al.", [P("Smith", "J.")]),
    ("et al.", []),
    ("Smith, J., Jones, K. and Lee, M.", [P("Smith", "J."), P("Jones", "K."), P("Lee", "M.")]),
    ("R. Asmus, R. Kugler and F. Larrabee", [P("Asmus", "R."), P("Kugler", "R."), P("Larrabee", "F.")]),
    ("Asmus, R. D., Kugler, R. L., & Larrabee, F. S.",
     [P("Asmus", "R. D."), P("Kugler", "R. L."), P("Larrabee", "F. S.")]),
    ("Smith, John, and Jane Doe", [P("Smith", "John"), P("Doe", "Jane")]),
    ("Goldgeier and McFaul", [P("Goldgeier"), P("McFaul")]),
    ("Smith, Jones and Lee", [P("Smith"), P("Jones"), P("Lee")]),
    ("Kennedy, John F.", [P("Kennedy", "John F.")]),
    ("García Márquez, Gabriel", [P("García Márquez", "Gabriel")]),
    ("Max Weber, Olaf Scholz", [P("Weber", "Max"), P("Scholz", "Olaf")]),
    ("Martin Luther King, Jr.", [P("King", "Martin Luther", suffix="Jr.")]),
    ("Yu. Baturin", [P("Baturin", "Yu.")]),
    ("Smith J.", [P("Smith", "J.")]),
    ("Smith.", [P("Smith")]),
    ("DUPONT Jean", [P("DUPONT", "Jean")]),
    ("DE GAULLE Charles", [P("DE GAULLE", "Charles")]),
    ("SMITH, John", [P("SMITH", "John")]),
    ("Arbatov, Alexei G.", [P("Arbatov", "Alexei G.")]),
    ("А. Арбатов", [P("Арбатов", "А.")]),
    # joiners
    ("Weber und Scholz", [P("Weber"), P("Scholz")]),
    ("Dupont et Durand", [P("Dupont"), P("Durand")]),
    ("J. Pérez y M. López", [P("Pérez", "J."), P("López", "M.")]),
    ("A. Silva e R. Costa", [P("Silva", "A."), P("Costa", "R.")]),
    ("José Ortega y Gasset", [P("Ortega y Gasset", "José")]),
    ("Ortega y Gasset, José", [P("Ortega y Gasset", "José")]),
    # ranks and honorifics
    ("Col. Gen. L. Ivashov", [P("Ivashov", "L.")]),
    ("Lt. Gen. Sir M. Jackson", [P("Jackson", "M.")]),
    ("Gen. W. Clark", [P("Clark", "W.")]),
    ("Dr J. Smith", [P("Smith", "J.")]),
    ("Dr. J. Smith", [P("Smith", "J.")]),
    ("Prof. Max Weber", [P("Weber", "Max")]),
    ("Hon. J. Smith", [P("Smith", "J.")]),
    ("Lord Robertson", [P("Robertson")]),
    ("Ed Smith", [P("Smith", "Ed")]),
    ("The Rt Hon. Tony Blair", [P("Blair", "Tony")]),
    ("Lt. Gen. Sir Michael Jackson", [P("Jackson", "Michael")]),
    ("Jean-Marie Le Pen", [P("Le Pen", "Jean-Marie")]),
    ("Charles De Gaulle", [P("De Gaulle", "Charles")]),
    ("Le Pen, Jean-Marie", [P("Le Pen", "Jean-Marie")]),
    ("Van Morrison", [P("Morrison", "Van")]),
    ("Anon.", []),
]

ROLE_CASES = [
    ("J. Smith (ed.)", [P("Smith", "J.")]),
    ("J. Smith (eds)", [P("Smith", "J.")]),
    ("J. Smith, ed.", [P("Smith", "J.")]),
    ("J. Smith and K. Lee (eds)", [P("Smith", "J."), P("Lee", "K.")]),
    ("J. Smith and K. Lee, eds.", [P("Smith", "J."), P("Lee", "K.")]),
    ("Smith, J. (ed.) and Lee, K. (ed.)", [P("Smith", "J."), P("Lee", "K.")]),
    ("edited by J. Smith and K. Lee", [P("Smith", "J."), P("Lee", "K.")]),
    ("Edited by J. Smith", [P("Smith", "J.")]),
    ("ed. by J. Smith", [P("Smith", "J.")]),
    ("ed. J. Smith", [P("Smith", "J.")]),
    ("trans. R. Jones", [P("Jones", "R.")]),
    ("translated by R. Jones", [P("Jones", "R.")]),
    ("translated from the Russian by R. Jones", [P("Jones", "R.")]),
    ("Weber, M. (Hrsg.)", [P("Weber", "M.")]),
    ("M. Weber (Hg.)", [P("Weber", "M.")]),
    ("M. Weber, Hg.", [P("Weber", "M.")]),
    ("hrsg. v. Max Weber", [P("Weber", "Max")]),
    ("hrsg. von Max Weber", [P("Weber", "Max")]),
    ("P. Bourdieu (dir.)", [P("Bourdieu", "P.")]),
    ("J. Pérez (coord.)", [P("Pérez", "J.")]),
    ("trad. J. Pérez", [P("Pérez", "J.")]),
    ("sous la direction de P. Bourdieu", [P("Bourdieu", "P.")]),
    ("By J. Smith", [P("Smith", "J.")]),
]


@pytest.mark.parametrize("text,expected", CASES + ROLE_CASES)
def test_parse_names(text, expected):
    assert parse_names(text) == expected


@pytest.mark.parametrize("text", [
    "NATO", "OSCE", "UN", "Commission of the European Communities", "North Atlantic Assembly",
    "World Health Organization", "World Health Organisation", "Council of Europe", "World Bank",
    "Ministry of Defence", "Royal Institute of International Affairs", "Harvard University",
    "Cabinet Office", "US Department of State", "Foreign Affairs Committee", "International Atomic Energy Agency",
    "American Political Science Association", "Royal Society", "European Union", "United Nations",
    "International Crisis Group", "Centre for European Reform", "Brookings Center", "Oxford University Press",
    "Human Rights Watch", "Amnesty International", "Stockholm International Peace Research Institute",
    "Independent Task Force Report Writers Panel", "The Economist", "Die Bundesregierung",
])
def test_corporate_author_is_literal(text):
    assert is_corporate(text)
    assert parse_names(text) == [{"literal": text}]


def test_corporate_with_and_stays_whole():
    assert parse_names("Ministry of Foreign Affairs and Trade") == [{"literal": "Ministry of Foreign Affairs and Trade"}]


def test_two_acronyms_are_two_authors():
    assert parse_names("NATO and OSCE") == [{"literal": "NATO"}, {"literal": "OSCE"}]


def test_corporate_trailing_full_stop_dropped_but_abbreviation_kept():
    assert parse_names("World Bank.") == [{"literal": "World Bank"}]
    assert parse_names("Brookings Institution, Inc.") == [{"literal": "Brookings Institution, Inc."}]


@pytest.mark.parametrize("text", ["Max Weber", "Smith, J.", "J. Goldgeier and M. McFaul", "Bank, J.", "Juan Carlos de la Fuente"])
def test_persons_are_not_corporate(text):
    assert not is_corporate(text)


def test_mixed_person_and_corporate_list():
    assert parse_names("J. Smith; NATO") == [P("Smith", "J."), {"literal": "NATO"}]


def test_strip_roles_keeps_the_names():
    assert strip_roles("edited by J. Smith and K. Lee") == "J. Smith and K. Lee"
    assert strip_roles("J. Smith (ed.)") == "J. Smith"
    assert strip_roles("Weber, Max (Hrsg.)") == "Weber, Max"


def test_empty_and_whitespace():
    assert parse_names("") == []
    assert parse_names("  ,  ") == []


def test_typographic_apostrophe_particle():
    assert parse_names("Valéry Giscard d’Estaing") == [P("Estaing", "Valéry Giscard", "d’")]


def test_inverted_names_run_together_without_separators():
    from refsift.normalize.names import parse_names

    got = parse_names("Sasayama, D. Hattori, K. Kunugi, H.")
    assert [(n["family"], n["given"]) for n in got] == [("Sasayama", "D."), ("Hattori", "K."), ("Kunugi", "H.")]
    got = parse_names("Heinrichs, SC. Koob, GF.")
    assert [n["family"] for n in got] == ["Heinrichs", "Koob"]


def test_capitalised_particle_opens_an_inverted_family_name():
    from refsift.normalize.names import parse_names

    got = parse_names("Hermans, J., Habbema, J. D. F., & Van der Burght, A. T.")
    assert got[-1] == {"family": "Van der Burght", "given": "A. T."}


def test_iberian_double_family_names_in_direct_order():
    from refsift.normalize.names import parse_names

    assert parse_names("Paloma Aguilar Fernández") == [{"family": "Aguilar Fernández", "given": "Paloma"}]
    assert parse_names("José Luis Rodríguez") == [{"family": "Rodríguez", "given": "José Luis"}]
    assert parse_names("John Lewis Gaddis") == [{"family": "Gaddis", "given": "John Lewis"}]


def _pairs(text):
    return [(n.get("family"), n.get("given")) for n in parse_names(text)]


def test_first_name_inverted_then_the_others_in_direct_order():
    assert _pairs("Trathan, P. N., A. S. Brierley, M. A. Brandon, and D. G. Bone") == [
        ("Trathan", "P. N."), ("Brierley", "A. S."), ("Brandon", "M. A."), ("Bone", "D. G.")]


def test_vancouver_family_name_of_two_words():
    assert _pairs("Sotgiu G, De Lorenzo S, Van Breusegem F") == [
        ("Sotgiu", "G"), ("De Lorenzo", "S"), ("Van Breusegem", "F")]


def test_full_names_in_direct_order_with_a_middle_initial():
    assert _pairs("Theodoros Strigkos, Babak Falsafi, Phillip B. Gibbons") == [
        ("Strigkos", "Theodoros"), ("Falsafi", "Babak"), ("Gibbons", "Phillip B.")]


def test_undotted_middle_initial_of_an_inverted_name():
    assert _pairs("Poole, Keith T and Howard Rosenthal") == [("Poole", "Keith T"), ("Rosenthal", "Howard")]
    assert _pairs("Lee K, Smith J") == [("Lee", "K"), ("Smith", "J")]


def test_in_before_the_editors_is_not_a_name():
    assert _pairs("In J.-L. Beauvois & J.-M. Monteil (Eds.)") == [("Beauvois", "J.-L."), ("Monteil", "J.-M.")]
    assert _pairs("In: Antonio Moreno Sandoval (ed.)") == [("Moreno Sandoval", "Antonio")]
    assert _pairs("Indra Smith") == [("Smith", "Indra")]
