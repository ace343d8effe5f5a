"""Page extents and locators (refsift.normalize.pages)."""
import pytest

from refsift.normalize.pages import expand_range, parse_locator, parse_pages


@pytest.mark.parametrize("text,expected", [
    ("pp. 25–6", "25-26"),
    ("249–50", "249-250"),
    ("1416–17", "1416-1417"),
    ("105–37", "105-137"),
    ("pp. 105–37", "105-137"),
    ("S. 123–145", "123-145"),
    ("p. 389-412", "389-412"),
    ("pp.16–19", "16-19"),
    ("pp. 16–17", "16-17"),
    ("pp. 98–102", "98-102"),
    ("e1234", "e1234"),
    ("70", "70"),
    ("pp. 12–15, 20–2", "12-15, 20-22"),
    ("xii–xv", "xii-xv"),
    ("pp. 16 – 17.", "16-17"),
    ("pp. 1–10", "1-10"),
    ("S12–14", "S12-14"),
])
def test_parse_pages(text, expected):
    assert parse_pages(text) == expected


def test_parse_pages_empty():
    assert parse_pages("") is None
    assert parse_pages(None) is None


@pytest.mark.parametrize("start,end,expected", [
    ("25", "6", "25-26"), ("105", "37", "105-137"), ("1416", "17", "1416-1417"), ("98", "102", "98-102"),
    ("195", "205", "195-205"), ("129", "5", "129-5"),
])
def test_expand_range(start, end, expected):
    assert expand_range(start, end) == expected


@pytest.mark.parametrize("text,value,label", [
    ("p. 66", "66", "page"),
    ("p.66", "66", "page"),
    ("P. 66", "66", "page"),
    ("p. 159ff.", "159ff", "page"),
    ("159 ff.", "159ff", "page"),
    ("S. 12f.", "12f", "page"),
    ("pp. 320–1", "320-321", "page"),
    ("Chapter 9", "9", "chapter"),
    ("ch. 9", "9", "chapter"),
    ("chap. 9", "9", "chapter"),
    ("Kap. 3", "3", "chapter"),
    ("Part II", "II", "part"),
    ("pt. 2", "2", "part"),
    ("para. 25", "25", "paragraph"),
    ("paras 3-4", "3-4", "paragraph"),
    ("paras. 3–4", "3-4", "paragraph"),
    ("Rn. 12", "12", "paragraph"),
    ("¶ 7", "7", "paragraph"),
    ("n. 12", "12", "note"),
    ("note 12", "12", "note"),
    ("Anm. 3", "3", "note"),
    ("s 3", "3", "section"),
    ("§ 5", "5", "section"),
    ("§§ 5–7", "5-7", "section"),
    ("sec. 4", "4", "section"),
    ("S. 28", "28", "page"),
    ("at 45", "45", "page"),
    ("at p. 45", "45", "page"),
    ("at para. 3", "3", "paragraph"),
    ("vol. 2", "2", "volume"),
    ("fig. 3", "3", "figure"),
    ("l. 5", "5", "line"),
    ("ll. 5-7", "5-7", "line"),
    ("col. 4", "4", "column"),
    ("66", "66", "page"),
    ("66.", "66", "page"),
    ("II", "II", "page"),
    ("pp. 12, 15", "12, 15", "page"),
])
def test_parse_locator(text, value, label):
    assert parse_locator(text) == (value, label)


def test_parse_locator_empty():
    assert parse_locator(None) == (None, None)
    assert parse_locator(" . ") == (None, None)
