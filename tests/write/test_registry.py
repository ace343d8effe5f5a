import json
import subprocess
import sys

import pytest

from refsift.errors import UsageError
from refsift.write import FORMATS, format_for_path, write


@pytest.mark.parametrize("path, fmt", [
    ("refs.bib", "bibtex"), ("out/REFS.RIS", "ris"), ("a.json", "csl-json"), ("a.html", "html"),
    ("a.htm", "html"), ("notes.md", "markdown"), ("a.txt", "text"), ("a.docx", None), ("noext", None),
])
def test_format_for_path(path, fmt):
    assert format_for_path(path) == fmt


def test_every_format_writes_text(doc):
    for fmt in FORMATS:
        out = write(doc, fmt)
        assert isinstance(out, str) and out.strip(), fmt


def test_unknown_format_is_a_usage_error(doc):
    with pytest.raises(UsageError):
        write(doc, "docx")
    with pytest.raises(UsageError):
        write(doc, "notes", sub="pdf")


def test_import_stays_light():
    code = ("import sys, refsift.write; heavy = [m for m in ('citeproc', 'lxml', 'bibtexparser', 'rispy', 'rich')"
            " if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_json_is_the_whole_document(doc):
    data = json.loads(write(doc, "json"))
    assert data == json.loads(json.dumps(doc.to_json()))
    assert data["notes"][3]["cites"][0]["form"] == "ibid"
    assert "Müller" in write(doc, "json")  # ensure_ascii=False


def test_csl_json_round_trip_drops_non_csl_keys(doc):
    data = json.loads(write(doc, "csl-json"))
    assert [d["id"] for d in data] == [i["id"] for i in doc.items]
    assert "comment" not in data[0]
    for original, written in zip(doc.items, data):
        assert written == {k: v for k, v in original.items() if k != "comment"}
