"""Build benchmark: the project's build against plain Pelican on the same articles.

    python benchmarks/build_bench.py --articles 1000 [--corpus PATH] [--executor process]

Steps, all in one run so ratios compare like with like on this (noisy, shared)
machine: import N corpus articles; build them with plain Pelican (same theme, no
project plugins); a cold project build (empty caches); a no-change rebuild; a
rebuild after editing one article. Prints a table, writes the JSON report to
``benchmarks/results/`` and appends one line to ``benchmarks/history.jsonl``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ant-world-politics.jsonl.gz"
sys.path.insert(0, str(ROOT))


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()] if path.exists() else []
    return sum(p.stat().st_size for p in files), len(files)


def write_seeds(corpus: Path, n: int, seeds: Path) -> int:
    seeds.mkdir(parents=True, exist_ok=True)
    count = 0
    with (
        gzip.open(corpus, "rt", encoding="utf-8") as src,
        (seeds / "ant.jsonl").open("w", encoding="utf-8") as dst,
    ):
        for line in src:
            if count >= n:
                break
            dst.write(line)
            count += 1
    return count


def run_build(scratch: Path, label: str, extra: list[str]) -> dict:
    """One build in a fresh process; wall, CPU (with workers) and peak memory."""
    report = scratch / f"report-{label}.json"
    report.unlink(missing_ok=True)
    cmd = [
        sys.executable, "-m", "briefings.build", "-q",
        "-s", str(ROOT / "pelicanconf.py"), "--seeds", str(scratch / "seeds"),
        "-e", f"PATH='{scratch / 'content'}'",
        "-e", f"OUTPUT_PATH='{scratch / 'output'}'",
        "-e", f"CACHE_PATH='{scratch / 'cache'}'",
        *extra,
    ]  # fmt: skip
    env = {**os.environ, "BRIEFINGS_BUILD_REPORT": str(report), "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    tree_peak, tree_pss = watch_tree(proc)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    data = json.loads(report.read_text(encoding="utf-8"))
    data["wall"] = wall
    data["peak_tree_mb"] = tree_peak
    data["peak_tree_pss_mb"] = tree_pss
    data["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return data


def _pss_kb(pid: str) -> int:
    """Proportional set size: a page shared by n processes counts 1/n in each."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_memory_mb(root: int) -> tuple[float, float]:
    """Resident memory of ``root`` and all its descendants now, from ``/proc``: the sum
    of their RSS (shared pages counted in every process that maps them) and of their
    PSS (each page counted once: what the tree takes from the machine)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text().split()
        except OSError:
            continue  # gone meanwhile
        pid = int(entry)
        parent[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = int(statm[1]) * page
    total, pss, todo = 0, 0, [root]
    children: dict[int, list[int]] = {}
    for pid, ppid in parent.items():
        children.setdefault(ppid, []).append(pid)
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        pss += _pss_kb(str(pid)) * 1024
        todo.extend(children.get(pid, []))
    return total / 2**20, pss / 2**20


def watch_tree(proc: subprocess.Popen, every: float = 0.2) -> tuple[float | None, float | None]:
    """Wait for ``proc``; the peaks of its process tree's summed RSS and PSS (the build,
    extraction workers, the forked entity-page writer, the indexing process), sampled
    every ``every`` seconds. ``None`` without ``/proc``."""
    if not Path("/proc/self/statm").exists():
        proc.wait()
        return None, None
    peak_rss = peak_pss = 0.0
    while proc.poll() is None:
        rss, pss = _tree_memory_mb(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(every)
    return peak_rss, (peak_pss or None)


def edit_one_article(content: Path) -> Path:
    files = sorted((content / "briefings").rglob("*.md"))
    target = files[len(files) // 2]
    with target.open("a", encoding="utf-8") as fh:
        fh.write("\nوقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده ستواصل الحوار.\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--executor", default="process", choices=["process", "serial"])
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus PATH; the default lives in "
              "../shared, which only the team's machines have)", file=sys.stderr)  # fmt: skip
        return 2
    scratch = args.scratch or ROOT / "benchmarks" / "scratch" / f"bench-{args.articles}"
    if scratch.exists():
        shutil.rmtree(scratch)
    (scratch / "content").mkdir(parents=True)
    n = write_seeds(args.corpus, args.articles, scratch / "seeds")

    from briefings.importer import import_seeds

    started = time.perf_counter()
    imported = import_seeds(scratch / "seeds", scratch / "content")
    import_wall = time.perf_counter() - started

    runs: dict[str, dict] = {}
    runs["plain_pelican"] = run_build(scratch, "plain", ["-e", "PLUGINS=[]"])
    shutil.rmtree(scratch / "output")
    shutil.rmtree(scratch / "cache", ignore_errors=True)
    executor = ["-e", f"ENTITY_EXECUTOR='{args.executor}'"]
    runs["full_cold"] = run_build(scratch, "cold", executor)
    out_bytes, out_files = tree_size(scratch / "output")
    search_bytes, search_files = tree_size(scratch / "output" / "search")
    from briefings.linkcheck import check_site

    started = time.perf_counter()
    broken = check_site(scratch / "output", "http://127.0.0.1:8000")
    linkcheck = {"broken": len(broken), "examples": [str(b) for b in broken[:10]],
                 "seconds": time.perf_counter() - started}  # fmt: skip
    entities = json.loads((scratch / "output" / "api" / "entities.json").read_text("utf-8"))
    top = {
        t: [(e["id"], e["name"]["ar"], e["articles"])
            for e in sorted((e for e in entities if e["type"] == t),
                            key=lambda e: (-e["articles"], e["id"]))[:10]]
        for t in ("person", "country")
    }  # fmt: skip
    pages = {
        t: sum(1 for e in entities if e["type"] == t)
        for t in ("person", "country", "city", "organization")
    }
    runs["rebuild_nochange"] = run_build(scratch, "noop", executor)
    edited = edit_one_article(scratch / "content")
    runs["rebuild_one_edit"] = run_build(scratch, "edit", executor)

    plain, full = runs["plain_pelican"]["wall"], runs["full_cold"]["wall"]
    ext = runs["full_cold"]["phases"].get("extraction", {})
    ext_cpu = ext.get("cpu_workers", 0.0) + ext.get("cpu", 0.0)
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),  # fmt: skip
        "articles": n,
        "corpus": args.corpus.name,
        "cores": os.cpu_count(),
        "executor": args.executor,
        "import_seconds": import_wall,
        "import_articles_per_s": len(imported.created) / import_wall if import_wall else None,
        "runs": runs,
        "output_bytes": out_bytes,
        "output_files": out_files,
        "search_bytes": search_bytes,
        "search_files": search_files,
        "linkcheck": linkcheck,
        "entity_pages": pages,
        "top_entities": top,
        "edited_article": str(edited.relative_to(scratch)),
        "ratios": {
            "full_vs_plain": full / plain,
            "rebuild_one_edit_vs_full": runs["rebuild_one_edit"]["wall"] / full,
            "rebuild_nochange_vs_full": runs["rebuild_nochange"]["wall"] / full,
        },
        "articles_per_s": {
            "plain_pelican": n / plain,
            "full_cold": n / full,
            "extraction_per_core_cpu": n / ext_cpu if ext_cpu else None,
        },
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs.values()),
        # All processes of one build together (per-process peaks do not add up).
        "peak_tree_mb": max((r.get("peak_tree_mb") or 0) for r in runs.values()) or None,
        # The same, each shared page counted once (a forked process shares its parent's).
        "peak_tree_pss_mb": max((r.get("peak_tree_pss_mb") or 0) for r in runs.values()) or None,
    }
    print(f"{n} articles, {os.cpu_count()} cores, executor={args.executor}")
    print(f"{'run':<20}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'tree MB':>9}{'tree PSS':>9}")
    for name, r in runs.items():
        tree, pss = r.get("peak_tree_mb") or 0, r.get("peak_tree_pss_mb") or 0
        print(f"{name:<20}{r['wall']:>9.2f}{r['cpu']:>9.2f}{r['peak_rss_mb']:>9.0f}"
              f"{tree:>9.0f}{pss:>9.0f}")  # fmt: skip
    print("phases of the cold build (wall / cpu s):")
    for name, p in sorted(runs["full_cold"]["phases"].items()):
        print(f"  {name:<18}{p['wall']:>8.2f}{p['cpu'] + p.get('cpu_workers', 0):>8.2f}")
    for key, value in report["ratios"].items():
        print(f"{key:<28}{value:>8.2f}")
    for key, value in report["articles_per_s"].items():
        print(f"{key + ' (art/s)':<36}{value:>8.1f}" if value else f"{key}: n/a")
    print(f"link check: {linkcheck['broken']} broken references ({linkcheck['seconds']:.0f} s)")
    print(f"entity pages: {pages}")
    for t, rows in top.items():
        print(f"top {t}: " + ", ".join(f"{name} ({n})" for _, name, n in rows))
    print(f"output {out_bytes / 1e6:.1f} MB in {out_files} files; "
          f"search {search_bytes / 1e6:.2f} MB in {search_files} files")  # fmt: skip

    args.results.mkdir(parents=True, exist_ok=True)
    stamp = report["date"][:10]
    (args.results / f"build-{stamp}-{n}.json").write_text(
        json.dumps(report, indent=2, sort_keys=True), encoding="utf-8"
    )
    line = {
        "date": report["date"], "commit": report["commit"], "articles": n,
        "full_s": round(full, 2), "plain_s": round(plain, 2),
        "ratio": round(report["ratios"]["full_vs_plain"], 2),
        "edit_s": round(runs["rebuild_one_edit"]["wall"], 2),
        "peak_mb": round(report["peak_rss_mb"]), "output_files": out_files,
        "peak_tree_mb": round(report["peak_tree_mb"] or 0),
        "peak_tree_pss_mb": round(report["peak_tree_pss_mb"] or 0),
    }  # fmt: skip
    with (ROOT / "benchmarks" / "history.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
