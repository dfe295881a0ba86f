"""Benchmark client-side search against Pagefind 1.5.2 on the same site, in headless Chromium.

    python benchmarks/search_bench.py [--articles 10000] [--rebuild] [--no-pagefind]

Builds (or reuses) a site of N articles from ../shared/corpus/ant-world-politics.jsonl.gz
under benchmarks/scratch/, with the project's settings, the entity plugin when its
knowledge base loads, and the search plugin. Pagefind is installed into a scratch venv
at benchmark time only and indexes a copy of the same output, with the same people and
countries as ``data-pagefind-filter`` attributes. Bytes are what Chromium reports as
transferred (``Network.loadingFinished.encodedDataLength``: headers and bodies), each
cold measurement in a fresh browser context. Writes benchmarks/results/search-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-world-politics.jsonl.gz"
SCRATCH = ROOT / "benchmarks" / "scratch"
RESULTS = ROOT / "benchmarks" / "results"
PAGEFIND = "pagefind[extended]==1.5.2"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

QUERIES = {
    "leader": ["بوتين", "ترامب", "أردوغان", "ماكرون", "نتنياهو", "السيسي", "روحاني", "ميركل"],
    "country": ["روسيا", "إيران", "سوريا", "السعودية", "تركيا", "مصر", "العراق", "اليمن", "الأردن"],
    "common": ["الحكومة", "النفط", "الانتخابات", "اتفاق", "الرئيس", "اللاجئين", "الصواريخ"],
    "two-word": [
        "الأمم المتحدة",
        "كوريا الشمالية",
        "البيت الأبيض",
        "مجلس الأمن",
        "قطاع غزة",
        "الاتفاق النووي",
        "وزير الخارجية",
    ],
}
BROWSE_PEOPLE = 4
BROWSE_COUNTRIES = 4


# ---------------------------------------------------------------- site


def write_content(content: Path, n: int) -> int:
    """The first ``n`` corpus articles as Markdown, as the importer would leave them."""
    folder = content / "briefings"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            if written >= n:
                break
            r = json.loads(line)
            title = " ".join(r["title"].split())
            date = r["date"][:16].replace("T", " ")
            body = "\n\n".join(p.strip() for p in r["text"].split("\n") if p.strip())
            meta = f"Title: {title}\nDate: {date}\nSlug: {r['id'].lower()}\nLang: ar\n\n"
            (folder / f"{r['id']}.md").write_text(meta + body + "\n", encoding="utf-8")
            written += 1
    return written


def entity_plugins() -> list[Any]:
    try:
        import briefing_entities

        from briefings.nlp import load_kb

        load_kb()
    except Exception as err:  # noqa: BLE001 (report and build without entities)
        print(f"entity engine unavailable ({err}): indexing without entities")
        return []
    return [briefing_entities]


def build_site(work: Path, n: int) -> dict[str, Any]:
    """Pelican build with the project's settings plus the search plugin; timings returned."""
    import briefing_search
    from pelican import Pelican
    from pelican.settings import read_settings

    started = time.perf_counter()
    count = write_content(work / "content", n)
    plugins = entity_plugins()
    base = read_settings(str(ROOT / "pelicanconf.py"))
    mine = ("briefing_search", "briefing_entities")
    names = [p for p in base.get("PLUGINS", []) if p not in mine]
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(work / "content"),
            "OUTPUT_PATH": str(work / "output"),
            "CACHE_PATH": str(work / "cache"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "PLUGINS": [*names, *plugins, briefing_search],
            "SEARCH_INDEX_DIR": str(work / ".build" / "search-index"),
            "DELETE_OUTPUT_DIRECTORY": False,
        },
    )
    Pelican(settings).run()
    return {
        "articles": count,
        "entities": bool(plugins),
        "build_seconds": round(time.perf_counter() - started, 1),
    }


def reexport(index_dir: Path, search_dir: Path) -> None:
    """Export again from the Whoosh index, as the plugin would (export changes only)."""
    from briefings.search.export import export

    export(index_dir, search_dir, root="../")
    for name in ("search.js", "page.js", "search.css"):
        shutil.copyfile(ROOT / "theme" / "static" / "search" / name, search_dir / name)


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


# ---------------------------------------------------------------- pagefind


def pagefind_binary() -> list[str]:
    venv = SCRATCH / "pagefind-venv"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", PAGEFIND], check=True)
    return [str(py), "-m", "pagefind"]


def pagefind_site(work: Path, index_dir: Path, reuse: bool) -> tuple[Path, float | None]:
    """Copy the output, mark article bodies and their people/countries for Pagefind, index it.

    Only article pages carry ``data-pagefind-body``, so Pagefind indexes the same documents
    as the search plugin (not the listings and entity pages that repeat their text).
    """
    from briefings.search.index import open_index

    site = work / "pagefind-site"
    if reuse and (site / "pagefind" / "pagefind.js").exists():
        return site, None
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(work / "output", site, ignore=shutil.ignore_patterns("search"))
    with open_index(index_dir).searcher() as s:
        stored = {f["url"]: f for f in s.all_stored_fields()}
    for url, f in stored.items():
        page = site / url / "index.html"
        if not page.exists():
            continue
        spans = []
        for eid, etype, _name, code, _discovered in f.get("ents") or []:
            if etype == "person":
                spans.append(f'<span data-pagefind-filter="person:{eid}"></span>')
            if etype in ("country", "city") and code:
                spans.append(f'<span data-pagefind-filter="country:{code.upper()}"></span>')
        html = page.read_text("utf-8").replace("<main ", "<main data-pagefind-body ", 1)
        tag = "</main>" if "</main>" in html else "</body>"
        html = html.replace(tag, f"<div hidden>{''.join(sorted(set(spans)))}</div>{tag}", 1)
        page.write_text(html, "utf-8")
    started = time.perf_counter()
    subprocess.run([*pagefind_binary(), "--site", str(site)], check=True, capture_output=True)
    return site, time.perf_counter() - started


# ---------------------------------------------------------------- browser measurement


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib name)
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Meter:
    """Bytes transferred (headers and encoded bodies) per request, page and workers alike.

    Playwright's context events include dedicated workers' fetches (Pagefind searches
    in a worker), which a page-level CDP session would miss.
    """

    def __init__(self, context: Any, page: Any) -> None:
        self.requests: list[Any] = []
        self.sizes: dict[int, tuple[str, int]] = {}
        context.on("requestfinished", lambda r: self.requests.append(r))

    def _measure(self) -> list[tuple[str, int]]:
        for i, r in enumerate(self.requests):
            if i not in self.sizes:
                s = r.sizes()
                self.sizes[i] = (r.url, s["responseBodySize"] + s["responseHeadersSize"])
        return [self.sizes[i] for i in range(len(self.requests))]

    def total(self, keep: Callable[[str], bool]) -> int:
        return sum(n for url, n in self._measure() if keep(url))

    def mark(self) -> int:
        self._measure()
        return len(self.requests)

    def since(self, mark: int, keep: Callable[[str], bool]) -> int:
        return sum(n for url, n in self._measure()[mark:] if keep(url))


def _ours(url: str) -> bool:
    path = url.split("://", 1)[-1].split("/", 1)[-1]
    return path.startswith("search/") and not path.split("?")[0].endswith(("search/", ".html"))


def _pagefind(url: str) -> bool:
    return "/pagefind/" in url


OURS_QUERY = """async ([q, opts]) => {
  const m = await import('/search/search.js');
  const t0 = performance.now();
  const r = await m.search(q, opts);
  return {ms: performance.now() - t0, total: r.total, urls: r.results.map(x => x.url)};
}"""

PAGEFIND_INIT = "async () => { const pf = await import('/pagefind/pagefind.js'); await pf.init(); }"
PAGEFIND_QUERY = """async ([q, opts]) => {
  const pf = await import('/pagefind/pagefind.js');
  const filters = {};
  if (opts.person) filters.person = opts.person;
  if (opts.country) filters.country = opts.country;
  const t0 = performance.now();
  const r = await pf.search(q || null, {filters});
  const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  return {ms: performance.now() - t0, total: r.results.length, urls: data.map(d => d.url)};
}"""


def _wait_ready(page: Any) -> None:
    page.locator("#search-person option:nth-child(2)").wait_for(state="attached")


def measure_ours(browser: Any, base: str, queries: list[str], browse: list[dict]) -> dict:
    cold, warm, totals, browse_cold, browse_inc, ready = [], [], {}, [], [], []
    for q in queries:
        ctx = browser.new_context()
        page = ctx.new_page()
        meter = Meter(ctx, page)
        page.goto(f"{base}/search/")
        _wait_ready(page)
        ready.append(meter.total(_ours))
        r = page.evaluate(OURS_QUERY, [q, {"limit": 10}])
        cold.append(meter.total(_ours))
        totals[q] = r["total"]
        times = [page.evaluate(OURS_QUERY, [q, {"limit": 10}])["ms"] for _ in range(5)]
        warm.append(statistics.median(times))
        ctx.close()
    for opts in browse:
        ctx = browser.new_context()
        page = ctx.new_page()
        meter = Meter(ctx, page)
        page.goto(f"{base}/search/")
        _wait_ready(page)
        mark = meter.mark()
        page.evaluate(OURS_QUERY, ["", {**opts, "limit": 10}])
        browse_inc.append(meter.since(mark, _ours))
        browse_cold.append(meter.total(_ours))
        ctx.close()
    return _summary(cold, warm, totals, browse_cold, browse_inc, ready)


def measure_pagefind(browser: Any, base: str, queries: list[str], browse: list[dict]) -> dict:
    cold, warm, totals, browse_cold, browse_inc, ready = [], [], {}, [], [], []
    for q in queries:
        ctx = browser.new_context()
        page = ctx.new_page()
        meter = Meter(ctx, page)
        page.goto(f"{base}/index.html")
        page.evaluate(PAGEFIND_INIT)
        ready.append(meter.total(_pagefind))
        r = page.evaluate(PAGEFIND_QUERY, [q, {}])
        cold.append(meter.total(_pagefind))
        totals[q] = r["total"]
        times = [page.evaluate(PAGEFIND_QUERY, [q, {}])["ms"] for _ in range(5)]
        warm.append(statistics.median(times))
        ctx.close()
    for opts in browse:
        ctx = browser.new_context()
        page = ctx.new_page()
        meter = Meter(ctx, page)
        page.goto(f"{base}/index.html")
        page.evaluate(PAGEFIND_INIT)
        mark = meter.mark()
        page.evaluate(PAGEFIND_QUERY, ["", opts])
        browse_inc.append(meter.since(mark, _pagefind))
        browse_cold.append(meter.total(_pagefind))
        ctx.close()
    return _summary(cold, warm, totals, browse_cold, browse_inc, ready)


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p * (len(s) - 1))))]


def _summary(cold, warm, totals, browse_cold, browse_inc, ready) -> dict:  # noqa: ANN001
    kb = 1000
    return {
        "cold_query_kb_median": round(statistics.median(cold) / kb, 1),
        "cold_query_kb_p95": round(_pct(cold, 0.95) / kb, 1),
        "cold_query_kb_max": round(max(cold) / kb, 1),
        "ready_kb_median": round(statistics.median(ready) / kb, 1),
        "browse_kb_incremental_max": round(max(browse_inc) / kb, 1) if browse_inc else None,
        "browse_kb_incremental_median": round(statistics.median(browse_inc) / kb, 1)
        if browse_inc
        else None,
        "browse_kb_cold_median": round(statistics.median(browse_cold) / kb, 1)
        if browse_cold
        else None,
        "warm_ms_median": round(statistics.median(warm), 2),
        "warm_ms_p95": round(_pct(warm, 0.95), 2),
        "totals": totals,
        "cold_query_bytes": cold,
    }


# ---------------------------------------------------------------- recall


RECALL = [
    ("والنفط", "النفط"),
    ("غزه", "غزة"),
    ("بوتن", "بوتين"),
    ("Putin", "بوتين"),
    ("ترمب", "ترامب"),
    ("إردوغان", "أردوغان"),
    ("أميركا", "أمريكا"),
    ("عبدالله", "عبد الله"),
    ("الأردنية", "الأردن"),
    ("مصراتة", "مصر"),
]
TOP = 20


def recall(index_dir: Path) -> dict[str, dict[str, Any]]:
    """Each pair's totals and whether their top ``TOP`` lists (urls and scores) are equal.

    ``مصراتة ~ مصر`` is the protected-name case: the two must *differ*.
    """
    from briefings.search.query import search

    out = {}
    for a, b in RECALL:
        ra, rb = search(index_dir, a, limit=TOP), search(index_dir, b, limit=TOP)
        out[f"{a} ~ {b}"] = {
            "totals": [ra["total"], rb["total"]],
            "same_top": [(r["url"], r["score"]) for r in ra["results"]]
            == [(r["url"], r["score"]) for r in rb["results"]],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--rebuild", action="store_true", help="rebuild the site even if present")
    ap.add_argument("--no-pagefind", action="store_true")
    ap.add_argument(
        "--reexport",
        action="store_true",
        help="re-run only the export (and copy the module) from the built site's Whoosh index",
    )
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    work = SCRATCH / f"site-{args.articles}"
    info_file = work / "build.json"
    if args.rebuild or not info_file.exists():
        work.mkdir(parents=True, exist_ok=True)
        info = build_site(work, args.articles)
        info_file.write_text(json.dumps(info))
    info = json.loads(info_file.read_text())
    index_dir = work / ".build" / "search-index"
    out = work / "output"
    if args.reexport:
        reexport(index_dir, out / "search")
    ours_bytes, ours_files = folder_size(out / "search")
    facets = json.loads(gzip.decompress((out / "search" / "facets.json.gz").read_bytes()))
    browse = [{"person": p[0]} for p in facets["people"][:BROWSE_PEOPLE]]
    browse += [{"country": c[0]} for c in facets["countries"][:BROWSE_COUNTRIES]]
    queries = [q for group in QUERIES.values() for q in group]
    result: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "site": info,
        "queries": QUERIES,
        "browse": browse,
        "ours": {
            "index_bytes": ours_bytes,
            "index_files": ours_files,
            "bytes_per_article": round(ours_bytes / info["articles"], 1),
        },
        "recall": recall(index_dir),
    }
    pf_site = None
    if not args.no_pagefind:
        pf_site, pf_seconds = pagefind_site(work, index_dir, reuse=not args.rebuild)
        pf_bytes, pf_files = folder_size(pf_site / "pagefind")
        result["pagefind"] = {
            "version": PAGEFIND,
            "index_bytes": pf_bytes,
            "index_files": pf_files,
            "bytes_per_article": round(pf_bytes / info["articles"], 1),
            "index_seconds": round(pf_seconds, 1) if pf_seconds else "reused",
        }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with serve(out) as base:
            result["ours"].update(measure_ours(browser, base, queries, browse))
        if pf_site is not None:
            pf_browse = [
                {k: v.upper() if k == "country" else v for k, v in b.items()} for b in browse
            ]
            with serve(pf_site) as base:
                result["pagefind"].update(measure_pagefind(browser, base, queries, pf_browse))
        browser.close()
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"search-{result['date']}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    report(result)
    print(f"\nwritten {path.relative_to(ROOT)}")
    return 0


def report(r: dict[str, Any]) -> None:
    ours, pf = r["ours"], r.get("pagefind", {})
    rows = [
        ("cold query KB, median", "cold_query_kb_median"),
        ("cold query KB, p95", "cold_query_kb_p95"),
        ("cold query KB, max", "cold_query_kb_max"),
        ("page/engine ready KB", "ready_kb_median"),
        ("browse KB after ready, max", "browse_kb_incremental_max"),
        ("browse KB cold, median", "browse_kb_cold_median"),
        ("warm query ms, median", "warm_ms_median"),
        ("warm query ms, p95", "warm_ms_p95"),
        ("index bytes/article", "bytes_per_article"),
        ("index files", "index_files"),
    ]
    print(f"\n{r['site']['articles']} articles, entities: {r['site']['entities']}")
    print(f"{'':32}{'briefings':>12}{'pagefind':>12}")
    for label, key in rows:
        print(f"{label:32}{ours.get(key)!s:>12}{pf.get(key, '-')!s:>12}")
    print("\nquery totals (ours / pagefind):")
    for q, n in ours["totals"].items():
        print(f"  {q:20} {n:>6} {pf.get('totals', {}).get(q, '-')!s:>6}")
    print(f"\nrecall pairs (Whoosh totals, same top {TOP} with scores):")
    for pair, v in r["recall"].items():
        print(f"  {pair:24} {v['totals'][0]:>6} {v['totals'][1]:>6}  {v['same_top']}")


if __name__ == "__main__":
    raise SystemExit(main())
