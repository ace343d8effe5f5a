"""Date spans -> CSL dates (refsift.normalize.dates)."""
import pytest

from refsift.normalize.dates import parse_date, year_of


@pytest.mark.parametrize("text,parts", [
    ("2006", [[2006]]),
    ("(2006)", [[2006]]),
    ("[2006]", [[2006]]),
    ("2006.", [[2006]]),
    ("14 September 1993", [[1993, 9, 14]]),
    ("September 14, 1993", [[1993, 9, 14]]),
    ("Sept. 1994", [[1994, 9]]),
    ("Sep 1994", [[1994, 9]]),
    ("17 May 1997", [[1997, 5, 17]]),
    ("May 1997", [[1997, 5]]),
    ("Nov. 2, 2003", [[2003, 11, 2]]),
    ("14th September 1993", [[1993, 9, 14]]),
    ("Monday, 14 September 1993", [[1993, 9, 14]]),
    ("2008–157", [[2008]]),
    ("1998 [sic]", [[1998]]),
    ("12.3.1999", [[1999, 3, 12]]),
    ("12/03/1999", [[1999, 3, 12]]),
    ("3/14/1999", [[1999, 3, 14]]),
    ("3 de mayo de 1999", [[1999, 5, 3]]),
    ("12 mars 1998", [[1998, 3, 12]]),
    ("1er mai 1998", [[1998, 5, 1]]),
    ("12. März 1998", [[1998, 3, 12]]),
    ("12 Dezember 2001", [[2001, 12, 12]]),
    ("14 сентября 1993 г.", [[1993, 9, 14]]),
    ("2019a", [[2019]]),
    ("Spring 2001", [[2001]]),
    ("Winter 1998/99", [[1998], [1999]]),
    ("1997–1999", [[1997], [1999]]),
    ("1997-1999", [[1997], [1999]]),
    ("1997–99", [[1997], [1999]]),
    ("2001-02", [[2001], [2002]]),
    ("2019-03-05", [[2019, 3, 5]]),
    ("2019-03", [[2019, 3]]),
    ("14–16 May 1997", [[1997, 5, 14], [1997, 5, 16]]),
    ("May–June 1997", [[1997, 5], [1997, 6]]),
    ("[1922] 1978", [[1978]]),
])
def test_parse_date(text, parts):
    assert parse_date(text) == {"date-parts": parts}


@pytest.mark.parametrize("text", ["", None, "n.d.", "n. d.", "nd", "N.D.", "o.J.", "s.d.", "(n.d.)", "undated"])
def test_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["forthcoming", "in press", "im Druck"])
def test_literal_when_no_year(text):
    assert parse_date(text) == {"literal": text}


def test_year_of():
    assert year_of(parse_date("14 September 1993")) == 1993
    assert year_of(None) is None
    assert year_of({"literal": "forthcoming"}) is None
