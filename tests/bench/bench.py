"""refsift benchmark: start-up time, notes per second and peak memory (``make bench``).

Speed is measured here, never in a timed test.  Run with the project's venv:

    .venv/bin/python tests/bench/bench.py [--shared ../shared] [--pages 200] [--json]

1. start-up: ``refsift --help`` and ``python -c "import refsift.main"`` (median of 5 runs each,
   after one untimed run) and the 5 slowest imports by ``python -X importtime``;
2. pages: the seed page (SHARED/seed/springer-chapter-nato-russia.txt) and examples/*.txt|*.html,
   in process (one warm-up run, best of 3) and end to end through the CLI (``--to bibtex``);
3. a generated batch of --pages pages of 40-120 numbered notes sampled (fixed seed) from the
   hand-labelled corpus: in-process notes/second and CLI pages/second (``--to csl-json -o DIR/``);
4. peak RSS (MiB) of the batch extraction in a child process and of single-page CLI runs.

Peak RSS is read with ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` inside a small wrapper
process whose only child is the measured command, so each figure belongs to one command.
pytest does not collect this file (``conftest.py``: ``collect_ignore``).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED_NAME = "springer-chapter-nato-russia.txt"
PY = sys.executable
REFSIFT = str(Path(sys.executable).parent / "refsift")
STARTUP_RUNS = 5
EXTRACT_RUNS = 3
BATCH_SEED = 20240229
NOTES_RANGE = (40, 120)

# Runs argv[1:] as its only child and prints {"wall_s", "maxrss_kib", "rc"} as JSON on its last
# stdout line; the child's stdout goes to the file named in argv[1] (or /dev/null).
_WRAPPER = r"""
import json, resource, subprocess, sys, time
out = sys.argv[1]
with open(out, "wb") as fh:
    t0 = time.perf_counter()
    p = subprocess.run(sys.argv[2:], stdout=fh, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
sys.stderr.buffer.write(p.stderr[-4000:])
print(json.dumps({"wall_s": wall, "rc": p.returncode,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _mib(kib: float | int | None) -> float | None:
    # Linux reports ru_maxrss in KiB (macOS in bytes)
    if kib is None:
        return None
    return round(kib / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def measured_run(cmd: list[str], stdout_path: str = os.devnull) -> dict:
    """Run cmd in a wrapper process: its wall time, exit code, peak RSS (MiB) and stderr tail."""
    p = subprocess.run([PY, "-c", _WRAPPER, stdout_path, *cmd], capture_output=True, text=True)
    try:
        info = json.loads(p.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"wall_s": None, "rc": p.returncode, "peak_rss_mib": None, "stderr": p.stderr[-2000:]}
    return {"wall_s": info["wall_s"], "rc": info["rc"], "peak_rss_mib": _mib(info["maxrss_kib"]),
            "stderr": p.stderr[-2000:]}


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _wall(cmd: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, p.returncode


# ---------------------------------------------------------------------------------------------
# model

def model_info() -> dict:
    spec = importlib.util.find_spec("refsift")
    pkg = Path(spec.origin).parent if spec and spec.origin else ROOT / "cli" / "refsift"
    data = pkg / "data"
    model = data / "model.crfsuite"
    info: dict = {"package": str(pkg), "model_present": model.is_file(),
                  "model_bytes": model.stat().st_size if model.is_file() else None,
                  "trained_at": None, "tokens": None}
    prov = data / "provenance.json"
    if prov.is_file():
        try:
            meta = json.loads(prov.read_text(encoding="utf-8"))
            info["trained_at"] = meta.get("trained_at")
            info["tokens"] = meta.get("tokens")
        except (OSError, ValueError) as exc:
            info["provenance_error"] = str(exc)
    else:
        info["provenance_error"] = f"{prov} missing"
    return info


# ---------------------------------------------------------------------------------------------
# 1. start-up

def _importtime_top(n: int = 5) -> tuple[list[dict], int | None]:
    p = subprocess.run([PY, "-X", "importtime", "-c", "import refsift.main"], capture_output=True, text=True)
    rows = []
    for line in p.stderr.splitlines():
        m = re.match(r"import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)", line)
        if m:
            rows.append({"module": m.group(4), "self_us": int(m.group(1)), "cumulative_us": int(m.group(2)),
                         "depth": len(m.group(3)) // 2})
    total = next((r["cumulative_us"] for r in rows if r["module"] == "refsift.main"), None)
    rows.sort(key=lambda r: r["self_us"], reverse=True)
    return rows[:n], total


def bench_startup() -> dict:
    out: dict = {}
    for key, cmd in (("refsift_help", [REFSIFT, "--help"]), ("import_refsift_main", [PY, "-c", "import refsift.main"])):
        _wall(cmd)  # untimed: compiles .pyc files and warms the OS file cache
        runs, rcs = [], set()
        for _ in range(STARTUP_RUNS):
            t, rc = _wall(cmd)
            runs.append(t)
            rcs.add(rc)
        out[key] = {"median_s": statistics.median(runs), "runs_s": runs, "rc": sorted(rcs)}
    out["importtime_top"], out["importtime_total_us"] = _importtime_top()
    return out


# ---------------------------------------------------------------------------------------------
# 2. pages

def page_paths(shared: Path | None) -> tuple[list[Path], list[str]]:
    pages, skipped = [], []
    seed_dir = shared / "seed" if shared else None
    if seed_dir and seed_dir.is_dir() and (seed_dir / SEED_NAME).is_file():
        pages.append(seed_dir / SEED_NAME)
    else:
        skipped.append(f"seed page skipped: {seed_dir / SEED_NAME} not found" if seed_dir
                       else "seed page skipped: --shared not given")
    pages.extend(sorted(p for p in EXAMPLES.glob("*")
                        if p.suffix in (".txt", ".html") and p.is_file() and not _derived(p)))
    return pages, skipped


def _derived(path: Path) -> bool:
    """A golden output next to its page (X.apa.txt beside X.html or X.txt), not a page."""
    base = path.name.split(".", 1)[0]
    return any((path.parent / (base + ext)).is_file() for ext in (".txt", ".html") if base + ext != path.name)


def bench_page(path: Path) -> dict:
    data = path.read_bytes()
    row: dict = {"page": path.name, "bytes": len(data)}
    try:
        from refsift.pipeline import extract

        t0 = time.perf_counter()
        doc = extract(data, path.name)  # warm-up (loads the model on the first page)
        row["first_s"] = time.perf_counter() - t0
        runs = []
        for _ in range(EXTRACT_RUNS):
            t0 = time.perf_counter()
            doc = extract(data, path.name)
            runs.append(time.perf_counter() - t0)
        best = min(runs)
        row.update(notes=len(doc.notes), items=len(doc.items), best_s=best, runs_s=runs,
                   notes_per_s=len(doc.notes) / best if best > 0 else None)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports failures and goes on
        row["error"] = f"{type(exc).__name__}: {exc}"
    cli = measured_run([REFSIFT, str(path), "--to", "bibtex"])
    row.update(cli_s=cli["wall_s"], cli_rc=cli["rc"], cli_peak_rss_mib=cli["peak_rss_mib"])
    if cli["rc"] != 0:
        row["cli_error"] = cli["stderr"].strip().splitlines()[-1:] or ""
    return row


# ---------------------------------------------------------------------------------------------
# 3. generated batch

_TITLE_A = ("Alliances", "Memory", "Borders", "Markets", "Archives", "Reform", "Security", "Migration",
            "Health", "Language", "Empire", "Welfare", "Diplomacy", "Cities", "Science")
_TITLE_B = ("after the Cold War", "in Comparative Perspective", "and the State", "since 1945",
            "Between East and West", "in the Long Nineteenth Century", "Revisited", "and Their Publics")
_PROSE = (
    "This chapter follows the argument through three overlapping episodes and asks what each of them "
    "reveals about the institutions that framed it.",
    "The sources are uneven: official records survive for some years and not for others, and the "
    "press coverage is dense only when the stakes were visible at the time.",
    "Earlier accounts have tended to read the period backwards from its outcome; the aim here is to "
    "recover the alternatives that contemporaries actually weighed.",
    "The second section turns to the actors themselves, their working assumptions and the vocabulary "
    "in which they described their choices.",
    "A short conclusion returns to the wider debate and suggests where further archival work would "
    "change the picture most.",
    "Quantitative material is used sparingly and only where the series are long enough to compare "
    "like with like.",
    "None of this settles the question, but it narrows the range of plausible answers considerably.",
)


def make_batch(directory: Path, n_pages: int, seed: int = BATCH_SEED) -> dict:
    """Write n_pages pages (page-0001.txt, ...) into directory; return counts."""
    from refsift.train.corpus import read_hand

    texts = [ex.text.strip() for ex in read_hand() if ex.text.strip()]
    if not texts:
        raise RuntimeError("the hand-labelled corpus is empty")
    rng = random.Random(seed)
    notes_total = 0
    for i in range(1, n_pages + 1):
        k = rng.randint(*NOTES_RANGE)
        notes = rng.sample(texts, k) if k <= len(texts) else rng.choices(texts, k=k)
        notes_total += k
        lines = [f"{rng.choice(_TITLE_A)} and {rng.choice(_TITLE_A).lower()} {rng.choice(_TITLE_B)}", ""]
        lines.append(f"Chapter {rng.randint(1, 14)}")
        lines.append("")
        for sentence in rng.sample(_PROSE, rng.randint(3, 5)):
            lines += [sentence, ""]
        lines += ["Notes", ""]
        every = rng.randint(2, 4)
        for n, text in enumerate(notes, 1):
            lines.append(f"{n}. {text}")
            if n % every == 0:
                lines.append("    Google Scholar")
            lines.append("")
        lines += ["Download references", "", "Rights and permissions", ""]
        (directory / f"page-{i:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return {"pages": n_pages, "notes_generated": notes_total, "corpus_notes": len(texts), "seed": seed}


def batch_worker(directory: Path) -> None:
    """Child process: extract every page of directory in process; print timings as JSON."""
    try:
        from refsift.pipeline import extract
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return

    paths = sorted(directory.glob("*.txt"))
    errors: list[str] = []
    if paths:  # warm-up: load the model and lexicons outside the timed loop
        try:
            extract(paths[0].read_bytes(), paths[0].name)
        except Exception:  # noqa: BLE001
            pass
    notes = items = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for path in paths:  # one page in memory at a time, as the CLI does
        name = path.name
        try:
            doc = extract(path.read_bytes(), name)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        notes += len(doc.notes)
        items += len(doc.items)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"pages": len(paths), "notes": notes, "items": items, "seconds": seconds, "cpu_s": cpu,
                      "errors": len(errors), "first_errors": errors[:3]}))


def bench_batch(n_pages: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="refsift-bench-") as tmp:
        pages_dir, out_dir = Path(tmp) / "pages", Path(tmp) / "out"
        pages_dir.mkdir()
        res = make_batch(pages_dir, n_pages)
        _log(f"bench: batch of {n_pages} pages / {res['notes_generated']} notes: in-process extraction ...")
        worker_out = Path(tmp) / "worker.json"
        w = measured_run([PY, str(Path(__file__).resolve()), "--batch-worker", str(pages_dir)], str(worker_out))
        try:
            inproc = json.loads(worker_out.read_text().strip().splitlines()[-1])
        except (IndexError, ValueError):
            inproc = {"error": (w["stderr"].strip().splitlines() or ["no output"])[-1]}
        res["inproc"] = inproc
        res["inproc_peak_rss_mib"] = w["peak_rss_mib"]
        if inproc.get("seconds"):
            res["inproc_notes_per_s"] = inproc["notes"] / inproc["seconds"]
            res["inproc_pages_per_s"] = inproc["pages"] / inproc["seconds"]
            res["inproc_notes_per_cpu_s"] = inproc["notes"] / inproc["cpu_s"] if inproc.get("cpu_s") else None
        _log("bench: batch through the CLI ...")
        files = [str(p) for p in sorted(pages_dir.glob("*.txt"))]
        c = measured_run([REFSIFT, *files, "--to", "csl-json", "-q", "-o", str(out_dir) + os.sep])
        outputs = len(list(out_dir.glob("*.json"))) if out_dir.is_dir() else 0
        res["cli"] = {"wall_s": c["wall_s"], "rc": c["rc"], "outputs": outputs, "peak_rss_mib": c["peak_rss_mib"],
                      "pages_per_s": outputs / c["wall_s"] if c["wall_s"] and outputs else None}
        if c["rc"] != 0:
            res["cli"]["stderr_tail"] = c["stderr"].strip().splitlines()[-1:]
    return res


# ---------------------------------------------------------------------------------------------
# report

def _f(x, fmt: str = "{:.3f}", none: str = "-") -> str:
    return none if x is None else fmt.format(x)


def print_table(r: dict) -> None:
    m = r["model"]
    print(f"refsift benchmark  python {r['python']}  cpus {r['cpus']}  total {r['elapsed_s']:.1f}s  "
          f"load average {r['loadavg_start']} -> {r['loadavg_end']} (other work on the machine skews timings)")
    if m["model_present"] or m["trained_at"]:
        print(f"model: trained_at={m['trained_at']} tokens={m['tokens']} ({_f(m['model_bytes'], '{:,}')} bytes)")
    else:
        print(f"model: none ({m.get('provenance_error', 'model.crfsuite missing')})")
    s = r["startup"]
    print("\n1. start-up (median of %d, seconds)" % STARTUP_RUNS)
    print(f"  refsift --help            {s['refsift_help']['median_s']:.3f}   rc {s['refsift_help']['rc']}")
    print(f"  python -c 'import refsift.main'  {s['import_refsift_main']['median_s']:.3f}   rc {s['import_refsift_main']['rc']}")
    print(f"  -X importtime: refsift.main total {_f(s['importtime_total_us'], '{:,}')} us; slowest (self time):")
    for row in s["importtime_top"]:
        print(f"    {row['self_us']:>8,} us self  {row['cumulative_us']:>9,} us cumul  {row['module']}")
    print("\n2. pages (in process: cold = first run, then best of %d warm; CLI: refsift PAGE --to bibtex)"
          % EXTRACT_RUNS)
    for msg in r["skipped"]:
        print(f"  {msg}")
    print(f"  {'page':<40} {'notes':>5} {'cold s':>7} {'best s':>7} {'notes/s':>8} {'CLI s':>6} {'RSS MiB':>8}")
    for p in r["pages"]:
        if "error" in p:
            print(f"  {p['page']:<40} error: {p['error'][:70]}")
        else:
            print(f"  {p['page']:<40} {p['notes']:>5} {p['first_s']:>7.3f} {p['best_s']:>7.3f} {_f(p['notes_per_s'], '{:.0f}'):>8}"
                  f" {_f(p['cli_s']):>6} {_f(p['cli_peak_rss_mib'], '{:.1f}'):>8}")
        if p.get("cli_rc"):
            print(f"  {'':<40} CLI exit {p['cli_rc']}: {' '.join(p.get('cli_error') or [])[:70]}")
    b = r.get("batch")
    if b:
        ip = b["inproc"]
        print(f"\n3. generated batch: {b['pages']} pages, {b['notes_generated']} notes "
              f"(sampled from {b['corpus_notes']} hand-labelled notes, seed {b['seed']})")
        if "seconds" in ip:
            print(f"  in process: {ip['seconds']:.2f}s  {_f(b.get('inproc_notes_per_s'), '{:.0f}')} notes/s"
                  f" ({_f(b.get('inproc_notes_per_cpu_s'), '{:.0f}')} per CPU-second)  "
                  f"{ip['notes']} notes found  {ip['errors']} failed pages")
            for e in ip.get("first_errors") or []:
                print(f"    {e[:100]}")
        else:
            print(f"  in process: failed: {ip.get('error')}")
        c = b["cli"]
        print(f"  CLI --to csl-json -o DIR/: {_f(c['wall_s'], '{:.2f}')}s  {_f(c['pages_per_s'], '{:.1f}')} pages/s  "
              f"{c['outputs']} outputs  rc {c['rc']}")
        if c.get("stderr_tail"):
            print(f"    {' '.join(c['stderr_tail'])[:100]}")
    mem = r["memory"]
    failed = set(mem.get("failed") or [])
    print("\n4. peak RSS (MiB)")
    for key, label in (("batch_inproc", "batch extraction, child process"), ("batch_cli", "batch CLI"),
                       ("single_page_cli", f"single-page CLI ({mem['single_page']})")):
        note = "  (run failed: not a real figure)" if key in failed else ""
        print(f"  {label:<52} {_f(mem[key + '_peak_rss_mib'], '{:.1f}')}{note}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="refsift benchmark: start-up, notes/second, peak memory")
    ap.add_argument("--shared", type=Path, default=None, help="the shared folder (its seed/ page is measured)")
    ap.add_argument("--pages", type=int, default=200, help="pages in the generated batch (0: skip the batch)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--batch-worker", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.batch_worker is not None:
        batch_worker(args.batch_worker)
        return 0
    if not Path(REFSIFT).exists():
        _log(f"bench: {REFSIFT} not found; run 'make install' first")
        return 2
    t_start = time.perf_counter()
    report: dict = {"python": platform.python_version(), "cpus": os.cpu_count(), "model": model_info(),
                    "loadavg_start": _loadavg()}
    _log("bench: start-up ...")
    report["startup"] = bench_startup()
    paths, report["skipped"] = page_paths(args.shared)
    report["pages"] = []
    for path in paths:
        _log(f"bench: page {path.name} ...")
        report["pages"].append(bench_page(path))
    if args.pages > 0:
        report["batch"] = bench_batch(args.pages)
    single = report["pages"][0] if report["pages"] else None
    report["memory"] = {
        "batch_inproc_peak_rss_mib": (report.get("batch") or {}).get("inproc_peak_rss_mib"),
        "batch_cli_peak_rss_mib": ((report.get("batch") or {}).get("cli") or {}).get("peak_rss_mib"),
        "single_page": single["page"] if single else None,
        "single_page_cli_peak_rss_mib": single["cli_peak_rss_mib"] if single else None,
    }
    batch = report.get("batch") or {}
    report["memory"]["failed"] = [key for key, bad in (
        ("batch_inproc", bool(batch) and "seconds" not in batch.get("inproc", {})),
        ("batch_cli", bool(batch) and batch.get("cli", {}).get("rc") != 0),
        ("single_page_cli", bool(single) and single.get("cli_rc") != 0)) if bad]
    report["loadavg_end"] = _loadavg()
    report["elapsed_s"] = time.perf_counter() - t_start
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
