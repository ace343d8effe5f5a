"""Which training sources, augmentations and features help: train variants, score each.

    python -m refsift.train.ablation [--synthetic N] [--iterations K] [--jobs J] [--shared ../shared]

Every variant is trained from scratch with the same seed into a temporary folder and scored with
``evaluate_all`` (examples/, the seed page, the AnyStyle strings); the table gives field F1 per set.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

from .corpus import Example, read_hand


def _kinds(ex: Example) -> set[str]:
    parts = ex.source.split(":")
    return set(parts[2].split("+")) if len(parts) > 2 else set()


PLAIN = {"entry", "note"}

VARIANTS = {
    "hand only": dict(hand=True, synthetic=lambda ex: False),
    "synthetic only": dict(hand=False, synthetic=lambda ex: True),
    "hand + synthetic (all)": dict(hand=True, synthetic=lambda ex: True),
    "hand + synthetic, no augmentation": dict(hand=True, synthetic=lambda ex: _kinds(ex) <= PLAIN),
    "hand + synthetic, bibliography styles only": dict(hand=True, synthetic=lambda ex: "note" not in _kinds(ex)),
    "hand + synthetic, no lexicon features": dict(hand=True, synthetic=lambda ex: True, disable={"lex"}),
    "hand + synthetic, no bracket/quote context": dict(hand=True, synthetic=lambda ex: True, disable={"context"}),
    "hand + synthetic, no segment/comma/prose features": dict(hand=True, synthetic=lambda ex: True, disable={"segments"}),
}


def _run(args) -> tuple[str, dict]:
    name, n, iterations, seed, shared = args
    from .. import features
    from .evaluate import evaluate_all
    from .fit import fit
    from .generate import generate

    spec = VARIANTS[name]
    features.DISABLED.update(spec.get("disable", set()))
    hand = read_hand() if spec["hand"] else []
    synthetic = [ex for ex in generate(n=n, seed=seed) if spec["synthetic"](ex)]
    with tempfile.TemporaryDirectory() as tmp:
        fit(hand, synthetic, Path(tmp), iterations, seed, log=lambda m: None)
        scores = evaluate_all(model_dir=Path(tmp), shared=shared)
    summary = {k: v["field_f1"] for k, v in scores.items()}
    summary["_training"] = {"hand": len(hand), "synthetic": len(synthetic)}
    return name, summary


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, default=6000)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--only", nargs="*", default=None, help="variant names to run")
    args = ap.parse_args(argv)
    names = args.only or list(VARIANTS)
    with Pool(args.jobs) as pool:
        results = dict(pool.map(_run, [(n, args.synthetic, args.iterations, args.seed, args.shared) for n in names]))
    sets = sorted({k for r in results.values() for k in r if not k.startswith("_")},
                  key=lambda k: (k != "seed", k != "anystyle-gold", k))
    print("| variant | " + " | ".join(sets) + " |")
    print("|---|" + "---|" * len(sets))
    for name in names:
        r = results[name]
        print(f"| {name} | " + " | ".join(f"{r.get(s, float('nan')):.3f}" for s in sets) + " |")
    print(json.dumps(results, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
