"""Cutting one note's labelled spans into the works it cites (no model needed)."""
from refsift.assemble import Span, cut


def spans_for(text, labelled):
    """labelled: [(label, substring)] in order; builds Spans at their positions in text."""
    out, pos = [], 0
    for label, sub in labelled:
        start = text.index(sub, pos)
        if start > pos:
            out.append(Span("other", pos, start, 1.0))
        out.append(Span(label, start, start + len(sub), 0.9))
        pos = start + len(sub)
    if pos < len(text):
        out.append(Span("other", pos, len(text), 1.0))
    return out


def fields(work):
    return [(lab, t) for lab, t in work.spans if lab != "other"]


def test_semicolon_separates_works():
    text = "J. Bone, ‘Spheres’, The Times, 27 September 1994; Krasnaya Zvezda, 1 October 1994."
    works = cut(text, spans_for(text, [("author", "J. Bone"), ("title", "Spheres"), ("container-title", "The Times"),
                                       ("date", "27 September 1994"), ("container-title", "Krasnaya Zvezda"),
                                       ("date", "1 October 1994")]))
    assert len(works) == 2
    assert fields(works[1]) == [("container-title", "Krasnaya Zvezda"), ("date", "1 October 1994")]
    assert text[works[1].start:works[1].end].strip().startswith("Krasnaya")


def test_signal_starts_a_new_work_and_a_repeated_container_too():
    text = "Izvestia, 28 September 1994. CDPSP, Vol. XLVI(39), 1994, pp. 25–6. For commentary see Segodnya, 30 September 1994."
    works = cut(text, spans_for(text, [("container-title", "Izvestia"), ("date", "28 September 1994"),
                                       ("container-title", "CDPSP"), ("volume", "Vol. XLVI"), ("issue", "39"),
                                       ("date", "1994"), ("pages", "pp. 25–6"), ("signal", "For commentary see"),
                                       ("container-title", "Segodnya"), ("date", "30 September 1994")]))
    assert [fields(w)[0] for w in works] == [("container-title", "Izvestia"), ("container-title", "CDPSP"),
                                             ("signal", "For commentary see")]


def test_title_and_subtitle_stay_one_work():
    text = "S. Talbott, The Russia Hand: A Memoir (New York: Random House, 2002), Chapter 9."
    works = cut(text, spans_for(text, [("author", "S. Talbott"), ("title", "The Russia Hand"), ("title", "A Memoir"),
                                       ("location", "New York"), ("publisher", "Random House"), ("date", "2002"),
                                       ("locator", "Chapter 9")]))
    assert len(works) == 1


def test_commentary_then_signal_is_one_work_with_its_prose():
    text = "This phrase was attributed to the minister at the time. See ‘Wooing a Bear’, The Economist, 14 December 1996."
    works = cut(text, spans_for(text, [("note", "This phrase was attributed to the minister at the time."),
                                       ("signal", "See"), ("title", "Wooing a Bear"),
                                       ("container-title", "The Economist"), ("date", "14 December 1996")]))
    assert len(works) == 1 and works[0].spans[0][0] == "note"


def test_with_between_two_complete_works_separates_them():
    text = "Compare Acheson, Present at the Creation, 405–7, with FRUS, 1950, vol. 7, 157–61."
    works = cut(text, spans_for(text, [("signal", "Compare"), ("author", "Acheson"), ("title", "Present at the Creation"),
                                       ("pages", "405–7"), ("container-title", "FRUS"), ("date", "1950"),
                                       ("volume", "vol. 7"), ("pages", "157–61")]))
    assert [fields(w)[0] for w in works] == [("signal", "Compare"), ("container-title", "FRUS")]


def test_and_inside_an_author_list_does_not_separate():
    text = "J. Goldgeier and M. McFaul, Power and Purpose (Washington, DC: Brookings, 2003), p. 203."
    works = cut(text, spans_for(text, [("author", "J. Goldgeier and M. McFaul"), ("title", "Power and Purpose"),
                                       ("location", "Washington, DC"), ("publisher", "Brookings"), ("date", "2003"),
                                       ("locator", "p. 203")]))
    assert len(works) == 1
