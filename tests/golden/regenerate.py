"""Regenerate the derived golden outputs beside each example page (`make goldens`).

For examples/NAME.{txt,html} this writes NAME.out.json (the whole document model), NAME.bib,
NAME.ris and NAME.apa.txt.  Review the diff before committing: these pin what refsift does now.
The hand-made NAME.gold.json files are never touched by a tool.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DERIVED = {"out.json": ("json", None), "bib": ("bibtex", None), "ris": ("ris", None), "apa.txt": ("text", "apa")}


def pages() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html") and not p.name.endswith(tuple("." + k for k in DERIVED)))


def derived(page: Path) -> dict[str, str]:
    from refsift.pipeline import extract
    from refsift.write import write

    doc = extract(page.read_bytes(), page.name)
    return {suffix: write(doc, fmt, style=style) for suffix, (fmt, style) in DERIVED.items()}


def target(page: Path, suffix: str) -> Path:
    return page.with_name(f"{page.stem}.{suffix}")


def main() -> int:
    for page in pages():
        for suffix, text in derived(page).items():
            target(page, suffix).write_text(text, encoding="utf-8")
        print(f"regenerated {page.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
