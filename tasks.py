"""Invoke tasks, after Pelican's quickstart: import seeds, build, serve, test, search, extract."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS_FILE_PUBLISH = "publishconf.py"
CHROMIUM = "/usr/bin/chromium"


def _settings(path: str = SETTINGS_FILE_BASE) -> dict:
    from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

    settings = DEFAULT_CONFIG.copy()
    settings.update(get_settings_from_file(str(ROOT / path)))
    return settings


def _pelican(c, args: str) -> None:
    c.run(f"{shlex.quote(sys.executable)} -m pelican {args}", pty=False)


@task(name="import")
def import_(c, seeds="seeds", content="content", strict=False):
    """Import seeds/ into content/briefings/ (unchanged seeds and hand-edited files are kept)."""
    from briefings.importer import import_seeds

    report = import_seeds(ROOT / seeds, ROOT / content)
    for problem in report.problems:
        print(f"REJECTED {problem}", file=sys.stderr)
    for path in report.kept_edited:
        print(
            f"kept {path}: edited by hand, its seed changed (delete it to re-import)",
            file=sys.stderr,
        )
    print(report.summary())
    if strict and report.problems:
        sys.exit(f"--strict: {len(report.problems)} seed(s) rejected")


@task
def clean(c):
    """Remove the generated site (output/)."""
    output = ROOT / _settings()["OUTPUT_PATH"]
    if output.is_dir():
        shutil.rmtree(output)


def _build(c, settings_file: str, strict: bool, quiet: bool = False, verbose: bool = False) -> None:
    flags = (" --strict" if strict else "") + (" --quiet" if quiet else "")
    flags += " --verbose" if verbose else ""
    c.run(f"{shlex.quote(sys.executable)} -m briefings.build -s {settings_file}{flags}")


@task(help={"strict": "exit non-zero (and keep the previous site) when any seed was rejected"})
def build(c, strict=False, quiet=False, verbose=False):
    """Import seeds, then build the site into output/ (atomically) with pelicanconf.py."""
    _build(c, SETTINGS_FILE_BASE, strict, quiet, verbose)


@task
def rebuild(c):
    """Clean, then build from scratch."""
    clean(c)
    build(c)


@task
def regenerate(c):
    """Build and rebuild whenever content or theme changes."""
    import_(c)
    _pelican(c, f"-r -s {SETTINGS_FILE_BASE}")


@task(help={"port": "port on localhost (default 8000)"})
def serve(c, port=8000):
    """Serve output/ at http://127.0.0.1:PORT/ (build first)."""
    _pelican(c, f"-l -s {SETTINGS_FILE_BASE} -b 127.0.0.1 -p {int(port)}")


@task(help={"port": "port on localhost (default 8000)"})
def reserve(c, port=8000):
    """Build, then serve."""
    build(c)
    serve(c, port=port)


@task
def preview(c, strict=False):
    """Build with production settings (publishconf.py)."""
    _build(c, SETTINGS_FILE_PUBLISH, strict)


def _ensure_chromium(c) -> None:
    """The browser tests need Debian's chromium; install it when missing (root, apt)."""
    if Path(CHROMIUM).exists():
        return
    if shutil.which("apt-get") is None:
        sys.exit(f"{CHROMIUM} is missing and apt-get is not available: install Chromium first")
    sudo = "" if os.geteuid() == 0 else "sudo "
    c.run(f"{sudo}apt-get update -qq")
    c.run(f"DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y -qq chromium fonts-noto-core")


@task(help={"args": "extra pytest arguments", "no_browser": "skip installing Chromium"})
def test(c, args="", no_browser=False):
    """Install what the tests need (Chromium), lint, then run the whole test suite."""
    if not no_browser:
        _ensure_chromium(c)
    c.run(f"{shlex.quote(sys.executable)} -m ruff check .")
    c.run(f"{shlex.quote(sys.executable)} -m pytest {args}")


def _py(c, module: str, args: list[str]) -> None:
    c.run(" ".join([shlex.quote(sys.executable), "-m", module, *map(shlex.quote, args)]))


@task(
    positional=["path"],
    help={"path": "a UTF-8 text file", "indent": "pretty-print with this indent"},
)
def extract(c, path, indent=None):
    """Print the entities of a text file as one JSON object (mentions with offsets, entities)."""
    args = ["extract", path] + (["--indent", str(indent)] if indent else [])
    _py(c, "briefings.nlp", args)


@task(
    name="eval-ner",
    positional=["conll"],
    help={"conll": "CoNLL/IOB gold file", "worst": "misses to list per type"},
)
def eval_ner(c, conll, worst=20, json=False):
    """Score extraction against CoNLL/IOB gold: P/R/F1 per type, exact and partial."""
    args = ["eval-ner", conll, "--worst", str(worst)] + (["--json"] if json else [])
    _py(c, "briefings.nlp", args)


@task(
    positional=["query"],
    help={
        "query": "free text (may be empty when a filter is given)",
        "person": "entity id, e.g. vladimir-putin",
        "country": "ISO 3166 code, e.g. RU",
        "json": "print JSON",
        "limit": "how many results",
    },
)
def search(c, query, person=None, country=None, json=False, limit=10):
    """Search the built site's Whoosh index from the command line."""
    settings = _settings()
    default = Path(settings["PATH"]).parent / ".build" / "search-index"
    index = settings.get("SEARCH_INDEX_DIR") or default
    args = [query, "--limit", str(limit), "--index", str(index)]
    if person:
        args += ["--person", person]
    if country:
        args += ["--country", country]
    if json:
        args.append("--json")
    _py(c, "briefings.search.cli", args)


@task
def linkcheck(c, output="output"):
    """Check every internal link, asset, feed entry and API reference under output/."""
    _py(c, "briefings.linkcheck", [output, "--site-url", _settings()["SITEURL"]])


@task(help={"articles": "how many corpus articles", "corpus": "a .jsonl.gz corpus"})
def bench(c, articles=1000, corpus=None, executor="process"):
    """Benchmark the build against plain Pelican on N corpus articles (report in benchmarks/)."""
    args = ["--articles", str(articles), "--executor", executor]
    if corpus:
        args += ["--corpus", corpus]
    c.run(" ".join([shlex.quote(sys.executable), "benchmarks/build_bench.py", *args]))
