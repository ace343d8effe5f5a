"""Per-field precision, recall and F1 of the shipped (or a freshly trained) model.

    python -m refsift.train.evaluate [--shared ../shared] [--json]

Sets: every examples/NAME.gold.json page; the seed page and the AnyStyle gold strings (one
reference a line) when the shared folder exists.  The shared scorer is used when present (it is the
one we are judged by); otherwise refsift.train.scoring, which computes the same metric.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

from .scoring import FIELDS, score as own_score

_MARKER = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?(?=\s+\D))\s*")
ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"


def _shared_scorer(shared: Path | None):
    path = shared / "tools" / "score.py" if shared else None
    if not path or not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return lambda gold, pred: mod.score(gold, pred)[0]


def _use_model(model_dir: Path | None) -> None:
    if model_dir is None:
        return
    from .. import tagger

    tagger.use_model(str(model_dir / tagger.MODEL_NAME))


def run_page(path: Path) -> dict:
    from ..pipeline import extract

    return extract(path.read_bytes(), path.name).to_json()


def run_lines(path: Path) -> dict:
    """One reference a line, each its own note (labeller + normalizer + resolver, no locate)."""
    from ..model import Document
    from ..works import parse_note
    from ..resolve import resolve

    doc = Document(input=path.name)
    lines = path.read_text(encoding="utf-8").split("\n")
    # a list marker is what the split stage removes from a reference line
    lines = [_MARKER.sub("", line) for line in lines]
    parsed = [parse_note(n, line, doc.warnings) for n, line in enumerate(lines, 1) if line.strip()]
    return resolve(parsed, doc).to_json()


def evaluate_all(model_dir: Path | None = None, shared: Path | None = None) -> dict:
    _use_model(model_dir)
    shared = shared or (ROOT.parent / "shared")
    scorer = _shared_scorer(shared) or own_score
    results: dict[str, dict] = {}
    for gold_path in sorted(EXAMPLES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = EXAMPLES / gold.get("input", "")
        if page.exists():
            results[f"examples/{page.name}"] = scorer(gold, run_page(page))
    seed = shared / "seed" / "springer-chapter-nato-russia.txt"
    if seed.exists():
        gold = json.loads(seed.with_name("springer-chapter-nato-russia.gold.json").read_text(encoding="utf-8"))
        results["seed"] = scorer(gold, run_page(seed))
    bench = shared / "benchmarks" / "anystyle" / "gold.txt"
    if bench.exists():
        gold = json.loads(bench.with_name("gold.gold.json").read_text(encoding="utf-8"))
        results["anystyle-gold"] = scorer(gold, run_lines(bench))
    return results


def _table(name: str, result: dict) -> str:
    rows = [f"== {name}: field F1 {result['field_f1']:.3f} (P {result['field_precision']:.3f}, R {result['field_recall']:.3f})"
            + (f", cite F1 {result['cite_f1']:.3f}, locators {result['locator_accuracy']}" if "cite_f1" in result else "")
            + f", items gold {result['gold_items']} pred {result['pred_items']} matched {result['matched_items']}"]
    for f in FIELDS:
        c = result["fields"].get(f)
        if not c:
            continue
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"   {f:18} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}   (tp {tp}, fp {fp}, fn {fn})")
    return "\n".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = evaluate_all(args.model_dir, args.shared)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, result in results.items():
            print(_table(name, result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
