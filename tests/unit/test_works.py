"""The per-note step between labeller and resolver (helpers tested on given spans, no model)."""
from refsift.resolve import ParsedWork
from refsift.works import _is_prose, _merge_speakers


def test_person_quoted_joins_the_prefix_of_the_cite():
    speaker = ParsedWork(item={"type": "speech", "author": [{"family": "Rogozin", "given": "Dmitri"}]},
                         raw="Russian Ambassador to NATO, Dmitri Rogozin,")
    source = ParsedWork(item={"type": "article-newspaper", "title": "Libya Marks Strategic Shift"},
                        raw="cited in Associated Press, ‘Libya Marks Strategic Shift’", prefix="cited in")
    out = _merge_speakers([speaker, source])
    assert out == [source]
    assert source.prefix == "Russian Ambassador to NATO, Dmitri Rogozin, cited in"


def test_a_real_work_before_cited_in_stays_a_work():
    book = ParsedWork(item={"type": "book", "title": "A Book", "publisher": "Verso", "issued": {"date-parts": [[1999]]}},
                      raw="J. Smith, A Book (London: Verso, 1999),")
    source = ParsedWork(item={"title": "Other"}, raw="cited in K. Lee, Other", prefix="cited in")
    assert len(_merge_speakers([book, source])) == 2


def test_prose_without_anchor_is_commentary_but_a_dated_or_quoted_title_is_not():
    prose = [("title", "The major decisions during the campaign were made by a small informal group of states")]
    assert _is_prose(prose)
    assert not _is_prose(prose + [("other", ", "), ("date", "1999")])
    assert not _is_prose([("other", "‘"), prose[0], ("other", "’")])
    assert not _is_prose([("title", "Russia and NATO since 1991")])


def test_year_range_after_a_title_belongs_to_the_title():
    from refsift.works import _years_in_titles

    spans = [("title", "The Beginnings of the Cold War"), ("other", ", "), ("pages", "1945–48"),
             ("other", ", "), ("container-title", "American Historical Review")]
    assert _years_in_titles(spans)[0] == ("title", "The Beginnings of the Cold War, 1945–48")
    real_pages = [("container-title", "Diplomatic History"), ("other", ", "), ("pages", "215–37")]
    assert _years_in_titles(real_pages) == real_pages


def test_publication_year_after_the_publisher_wins_over_dates_in_the_title():
    from refsift.normalize import to_csl

    res = to_csl([("author", "Glenn D. Paige"), ("other", ", "), ("title", "The Korean Decision"), ("other", ", "),
                  ("date", "June 24–30, 1950"), ("other", " ("), ("location", "New York"), ("other", ": "),
                  ("publisher", "Free Press"), ("other", ", "), ("date", "1968"), ("other", ").")])
    assert res.item["issued"] == {"date-parts": [[1968]]}


def test_one_quoted_title_is_one_title():
    from refsift.works import _quoted_titles

    spans = [("signal", "Quoted in"), ("other", " ‘"), ("author", "NATO"), ("other", ": "),
             ("title", "No MAP for Georgia or Ukraine"), ("other", "’, "), ("container-title", "RFE/RL")]
    assert _quoted_titles(spans)[2] == ("title", "NATO: No MAP for Georgia or Ukraine")


def test_a_title_swallowed_by_the_author_list_comes_back_out():
    from refsift.normalize import to_csl

    item = to_csl([("author", "M. Finnemore, National Interests and International Society"), ("other", " ("),
                   ("location", "Ithaca, NY"), ("other", ": "), ("publisher", "Cornell University Press"),
                   ("other", ", "), ("date", "1996"), ("other", ")")]).item
    assert item["author"] == [{"family": "Finnemore", "given": "M."}]
    assert item["title"] == "National Interests and International Society"
    names = to_csl([("author", "Jürgen Habermas, Marianne Schmidt and Anna Lee"), ("other", ", "), ("date", "2003")]).item
    assert [n["family"] for n in names["author"]] == ["Habermas", "Schmidt", "Lee"] and "title" not in names


def test_journal_name_inside_a_volume_span_and_pages_of_an_article_without_container():
    from refsift.normalize import to_csl

    res = to_csl([("author", "O’Rourke, J. G. et al."), ("other", ". "), ("title", "C9orf72 BAC transgenic mice"),
                  ("other", ". "), ("volume", "Neuron 88"), ("other", ", "), ("pages", "892-901"), ("other", " ("),
                  ("date", "2015"), ("other", ").")])
    assert (res.item["container-title"], res.item["volume"], res.item["page"]) == ("Neuron", "88", "892-901")
    assert res.locator is None
    book = to_csl([("author", "B. Cumings"), ("other", ", "), ("title", "The Origins of the Korean War"), ("other", ", "),
                   ("volume", "vol. 2"), ("other", " ("), ("location", "Princeton"), ("other", ": "),
                   ("publisher", "Princeton University Press"), ("other", ", "), ("date", "1990"), ("other", "), "),
                   ("pages", "404–6")])
    assert "page" not in book.item and (book.locator, book.label) == ("404-406", "page")


def test_title_and_journal_labelled_as_one_field_are_split_at_the_last_full_stop():
    from refsift.normalize import to_csl

    item = to_csl([("author", "Gent, I."), ("other", ". "),
                   ("container-title", "Easy problems are sometimes hard. Artificial Intelligence"),
                   ("other", ", "), ("volume", "70"), ("other", ", "), ("pages", "335-345")]).item
    assert (item["title"], item["container-title"]) == ("Easy problems are sometimes hard", "Artificial Intelligence")
    book = to_csl([("title", "La Distinction. Critique sociale du jugement"), ("other", ", "), ("location", "Paris"),
                   ("other", ", "), ("publisher", "Minuit"), ("other", ", "), ("date", "1979")]).item
    assert book["title"] == "La Distinction. Critique sociale du jugement" and "container-title" not in book


def test_a_day_closing_a_title_is_the_event_date_not_title():
    from refsift.normalize import to_csl

    item = to_csl([("title", "Press Conference with NATO Secretary General, Lord Robertson, 22 November 2001"),
                   ("other", " ("), ("location", "Brussels"), ("other", ": "), ("publisher", "NATO"), ("other", ")")]).item
    assert item["title"] == "Press Conference with NATO Secretary General, Lord Robertson"
    assert item["issued"] == {"date-parts": [[2001, 11, 22]]}
    assert to_csl([("title", "Britain and Europe, 1945")]).item["title"] == "Britain and Europe, 1945"


def test_a_translator_without_a_translation_word_is_the_missing_title():
    from refsift.normalize import to_csl

    item = to_csl([("translator", "NATO’s Developing Partnerships"), ("other", " ("), ("location", "Brussels"),
                   ("other", ": "), ("publisher", "NATO Parliamentary Assembly"), ("other", ", "), ("date", "2008"),
                   ("other", ")")]).item
    assert item["title"] == "NATO’s Developing Partnerships" and "translator" not in item
    real = to_csl([("author", "M. Weber"), ("other", ", "), ("title", "Economy and Society"), ("other", ", "),
                   ("translator", "trans. G. Roth"), ("other", " ("), ("date", "1978"), ("other", ")")]).item
    assert real["translator"] == [{"family": "Roth", "given": "G."}]


def test_places_alone_make_no_work(monkeypatch):
    from refsift import works
    from refsift.assemble import Work

    text = "This informal grouping consisted of the US, UK, Germany, France and Italy."
    spans = [("note", "This informal grouping consisted of the US, "), ("location", "UK, Germany, France and Italy"),
             ("other", ".")]
    monkeypatch.setattr(works, "works_of", lambda t: [Work(spans=spans, start=0, end=len(text))])
    note = works.parse_note(73, text, [])
    assert note.works == [] and note.commentary
