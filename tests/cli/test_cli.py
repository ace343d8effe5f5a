"""The command line through Click's CliRunner, stdout and stderr apart."""
import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from click.testing import CliRunner

from refsift.main import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PAGE = """Some Journal  Menu  Log in

A short article about alliances.

Notes

1. M. A. Smith, Russia and NATO since 1991 (Abingdon: Routledge, 2006), p. 12.
Google Scholar
2. Z. Brzezinski, ‘The Premature Partnership’, Foreign Affairs, 73(2), 1994, p. 70.
Article  Google Scholar
3. Ibid., p. 72.
4. Smith, Russia and NATO since 1991, p. 66.

Download references
"""


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, args, input=None):
    return runner.invoke(cli, args, input=input, catch_exceptions=False)


def test_stdin_to_bibtex_by_default(runner):
    res = run(runner, [], input=PAGE)
    assert res.exit_code == 0, res.stderr
    lib = bibtexparser.parse_string(res.stdout)
    assert not lib.failed_blocks
    assert len(lib.entries) == 2
    titles = {e.fields_dict["title"].value.strip("{}") for e in lib.entries}
    assert "The Premature Partnership" in titles


def test_json_has_every_note_and_resolves_back_references(runner):
    res = run(runner, ["-", "--to", "json"], input=PAGE)
    doc = json.loads(res.stdout)
    assert [n["n"] for n in doc["notes"]] == [1, 2, 3, 4]
    forms = [c["form"] for n in doc["notes"] for c in n["cites"]]
    assert forms == ["full", "full", "ibid", "short"]
    assert doc["notes"][3]["cites"][0]["item"] == doc["notes"][0]["cites"][0]["item"]
    assert doc["notes"][3]["cites"][0]["locator"] == "66"


def test_output_extension_picks_ris(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "refs.ris"
    res = run(runner, [str(page), "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    records = rispy.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 2


def test_style_renders_text(runner):
    res = run(runner, ["-", "--style", "apa"], input=PAGE)
    assert res.exit_code == 0
    assert "Premature Partnership" in res.stdout and "Routledge" in res.stdout


def test_batch_to_directory(runner, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    res = run(runner, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--to", "csl-json", "-o", str(out) + "/"])
    assert res.exit_code == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    assert len(json.loads((out / "a.json").read_text(encoding="utf-8"))) == 2


def test_missing_file_is_exit_4_with_one_line(runner):
    res = run(runner, ["/nonexistent/page.txt"])
    assert res.exit_code == 4
    assert res.stdout == ""
    assert res.stderr.count("\n") == 1 and "no such file" in res.stderr


def test_binary_input_is_exit_4(runner, tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    res = run(runner, [str(f)])
    assert res.exit_code == 4 and res.stdout == "" and "Traceback" not in res.stderr


def test_no_references_is_exit_3(runner):
    res = run(runner, [], input="Just a short paragraph of prose with nothing to cite at all.\n")
    assert res.exit_code == 3
    assert res.stdout == "" and res.stderr.startswith("refsift: error:")


def test_unknown_style_is_usage_error(runner):
    res = run(runner, ["-", "--style", "no-such-style-xyz"], input=PAGE)
    assert res.exit_code == 2 and res.stdout == ""
    assert "no-such-style-xyz" in res.stderr and res.stderr.count("\n") == 1


def test_unknown_format_is_usage_error(runner):
    res = run(runner, ["-", "--to", "docx"], input=PAGE)
    assert res.exit_code == 2 and res.stdout == "" and res.stderr.count("\n") == 1


def test_styles_command_lists_matches(runner):
    res = run(runner, ["styles", "chicago"])
    assert res.exit_code == 0
    assert any(line.startswith("chicago-") for line in res.stdout.splitlines())


def test_version(runner):
    res = run(runner, ["--version"])
    assert res.exit_code == 0 and "refsift" in res.stdout


def test_notes_re_rendered_in_a_note_style(runner):
    res = run(runner, ["-", "--to", "notes", "--style", "chicago"], input=PAGE)
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert [ln.split(".")[0] for ln in lines] == ["1", "2", "3", "4"]
    assert lines[2].startswith("3. Ibid")
    assert "Russia and NATO" in lines[3]


def test_notes_as_html_from_the_output_extension(runner, tmp_path):
    out = tmp_path / "notes.html"
    res = run(runner, ["-", "--to", "notes", "-o", str(out)], input=PAGE)
    assert res.exit_code == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert "<ol" in html and 'value="3"' in html


def test_internal_error_is_one_line_exit_1_without_traceback(runner, monkeypatch):
    import refsift.pipeline

    def boom(data, name=None):
        raise RuntimeError("something broke\nsecond line")

    monkeypatch.setattr(refsift.pipeline, "extract", boom)
    res = runner.invoke(cli, [], input=PAGE)
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.count("\n") == 1 and "RuntimeError: something broke" in res.stderr
    assert "Traceback" not in res.stderr


def test_one_bad_file_in_a_batch_does_not_stop_the_others(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    res = run(runner, [str(tmp_path / "missing.txt"), str(good), "--to", "ris", "-o", str(out) + "/"])
    assert res.exit_code == 4
    assert (out / "good.ris").exists()
    assert "missing.txt" in res.stderr
