"""Entity engine benchmark: throughput over the ANT corpus and the ANERcorp dev scores.

Run ``python benchmarks/nlp_bench.py`` from the repository root (with ../shared present).
One core, one process; the results are printed and written to
``benchmarks/results/nlp-<date>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus" / "ant-world-politics.jsonl.gz"
GOLD = SHARED / "gold" / "anercorp-dev.conll"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})


def run(limit: int | None) -> dict[str, object]:
    _pin_one_core()
    t0 = time.perf_counter()
    from briefings.nlp import Extractor, load_kb

    kb = load_kb()
    t_kb = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractor = Extractor(kb)
    t_compile = time.perf_counter() - t0

    # Stream the corpus so that peak memory is the engine's, not the corpus's; only the
    # extract() calls are timed.
    articles = chars = mentions = 0
    elapsed = cpu = 0.0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = f"{doc.get('title', '')}\n{doc.get('text', '')}"
            t0, c0 = time.perf_counter(), time.process_time()
            mentions += len(extractor.extract(text).mentions)
            elapsed += time.perf_counter() - t0
            cpu += time.process_time() - c0
            articles += 1
            chars += len(text)
            if limit and articles >= limit:
                break

    from briefings.nlp.evaluate import evaluate

    t0 = time.perf_counter()
    report = evaluate(GOLD, extractor)
    t_eval = time.perf_counter() - t0
    ner = report.as_dict(worst=15)
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus_used": 1},
        "kb": {
            "entities": len(kb.entities),
            "by_type": {
                t: sum(1 for e in kb.entities.values() if e.type == t)
                for t in ("person", "country", "city", "organization", "region")
            },
            "load_s": round(t_kb, 3),
            "compile_s": round(t_compile, 3),
        },
        "throughput": {
            "articles": articles,
            "chars": chars,
            "mentions": mentions,
            "seconds": round(elapsed, 2),
            "cpu_seconds": round(cpu, 2),
            "articles_per_s": round(articles / elapsed, 1),
            "chars_per_s": round(chars / elapsed),
            # Wall time counts other processes on a shared machine; CPU time does not.
            "articles_per_cpu_s": round(articles / cpu, 1),
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "anercorp_dev": {
            "seconds": round(t_eval, 2),
            "exact": ner["exact"],
            "partial": ner["partial"],
            "worst_false_negatives": ner["worst_false_negatives"],
            "worst_false_positives": ner["worst_false_positives"],
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    p.add_argument("--no-save", action="store_true", help="print only")
    args = p.parse_args(argv)
    if not CORPUS.is_file() or not GOLD.is_file():
        print(f"needs {CORPUS} and {GOLD}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    results = run(args.limit)
    text = json.dumps(results, ensure_ascii=False, indent=2)
    print(text)
    if not args.no_save:
        out = ROOT / "benchmarks" / "results" / f"nlp-{dt.date.today().isoformat()}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", "utf-8")
        print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
