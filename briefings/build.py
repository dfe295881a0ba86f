"""One build, start to finish: import seeds, run Pelican into a scratch folder, swap it in.

Readers must never see a half-written site, so Pelican writes into
``<output>.partial`` and the finished folder replaces ``<output>`` only when the
build succeeded. A build killed at any point leaves the previous site in place
(or, if it died inside the two renames of the swap, ``<output>.previous``, which
the next build puts back before doing anything else).

``python -m briefings.build -s pelicanconf.py [--strict] [-e KEY=VALUE ...]``
"""

from __future__ import annotations

import argparse
import ast
import atexit
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefings import timing
from briefings.gc_policy import batch_gc
from briefings.importer import ImportReport, import_seeds
from briefings.progress import QUIET_ENV

log = logging.getLogger("briefings.build")


@dataclass
class BuildReport:
    """What a build did, for the log, ``--strict`` and the benchmarks."""

    output: Path
    imported: ImportReport | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class _ErrorCollector(logging.Handler):
    """Counts what Pelican and the plugins log as errors, so --strict can fail on them."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


PARTIAL = ".partial"
TRASH_BUSY_SECONDS = 60
IMPORT_STATE = "import-state.json"  # in CACHE_PATH: lets an unchanged import be skipped


def live_output(output_path: Path) -> Path | None:
    """The live site a build in ``<output>.partial`` will replace (None when not atomic)."""
    if output_path.name.endswith(PARTIAL):
        live = output_path.with_name(output_path.name[: -len(PARTIAL)])
        return live if live.is_dir() else None
    return None


def link_tree(src: Path, dst: Path) -> int:
    """Hard-link every file of ``src`` into ``dst`` (copy where links fail), never
    replacing a file this build already wrote there; returns the count linked."""
    count = 0
    for path in src.rglob("*"):
        if path.is_file():
            target = dst / path.relative_to(src)
            if target.exists():
                continue  # e.g. search/index.html, rendered fresh from its template
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, target)
            except OSError:
                shutil.copy2(path, target)
            count += 1
    return count


def promote_pending(cache: Path) -> None:
    """Caches written during a build describe the new site: make them current once it is live."""
    for pending in cache.glob("*.pending.json"):
        pending.replace(pending.with_name(pending.name.replace(".pending", "")))


def discard(path: Path, output: Path) -> None:
    """Delete ``path``, a site ``output`` replaced, in the background, at low priority:
    the new site is already live, and a big site's folders take seconds to remove. A deletion cut
    short leaves an ``<output>.trash-*`` folder that the next build removes."""
    trash = output.with_name(f"{output.name}.trash-{os.getpid()}-{time.monotonic_ns()}")
    path.rename(trash)
    # At the lowest CPU priority: the next build (editors rebuild often) comes first.
    code = "import os, shutil, sys; os.nice(19); shutil.rmtree(sys.argv[1], ignore_errors=True)"
    subprocess.Popen(
        [sys.executable, "-c", code, str(trash)],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def recover(output: Path) -> None:
    """Put back the previous site if a build died between the two renames of a swap,
    and finish deleting sites an earlier build replaced. A replaced site whose folder
    changed in the last minute is still being deleted by the build that replaced it
    (each file removed touches the folder): it is left to that deletion."""
    for trash in output.parent.glob(output.name + ".trash-*"):
        try:
            busy = time.time() - trash.stat().st_mtime < TRASH_BUSY_SECONDS
        except OSError:
            continue  # just finished
        if not busy:
            shutil.rmtree(trash, ignore_errors=True)
    previous = output.with_name(output.name + ".previous")
    if previous.is_dir():
        if output.exists():
            shutil.rmtree(previous)
        else:
            previous.rename(output)


def swap_in(partial: Path, output: Path) -> None:
    """Replace ``output`` by ``partial`` with two renames (each atomic)."""
    previous = output.with_name(output.name + ".previous")
    if output.exists():
        output.rename(previous)
    partial.rename(output)
    if previous.exists():
        discard(previous, output)


def read_project_settings(settings_file: Path, override: dict | None = None) -> dict:
    from pelican.settings import read_settings

    return read_settings(str(settings_file), override=override or {})


def build(
    settings_file: Path,
    override: dict | None = None,
    seeds: Path | None = None,
    strict: bool = False,
) -> BuildReport:
    """Import ``seeds`` (default: the ``SEEDS_PATH`` setting) and build the site atomically."""
    from pelican import Pelican

    settings = read_project_settings(settings_file, override)
    output = Path(settings["OUTPUT_PATH"])
    report = BuildReport(output)
    seeds_path = seeds
    if seeds_path is None and settings.get("SEEDS_PATH"):
        seeds_path = settings_file.parent / settings["SEEDS_PATH"]
    if seeds_path is not None and seeds_path.is_dir():
        with timing.phase("import"):
            report.imported = import_seeds(
                seeds_path, Path(settings["PATH"]), Path(settings["CACHE_PATH"]) / IMPORT_STATE
            )
        for problem in report.imported.problems:
            log.warning("seed rejected: %s", problem)
        log.info(report.imported.summary())

    recover(output)
    partial = output.with_name(output.name + PARTIAL)
    if partial.exists():
        shutil.rmtree(partial)
    settings["OUTPUT_PATH"] = str(partial)
    collector = _ErrorCollector()
    logging.getLogger().addHandler(collector)
    try:
        with timing.phase("pelican"), batch_gc():
            Pelican(settings).run()
    finally:
        logging.getLogger().removeHandler(collector)
    rejected = report.imported.problems if report.imported else []
    report.errors = [f"seed rejected: {p}" for p in rejected] + collector.messages
    cache = Path(settings["CACHE_PATH"])
    if strict and report.errors:
        shutil.rmtree(partial, ignore_errors=True)
        for pending in cache.glob("*.pending.json"):
            pending.unlink()
        return report
    with timing.phase("swap"):
        swap_in(partial, output)
        promote_pending(cache)
    timing.write_report({"errors": len(report.errors)})
    return report


def _parse_override(items: list[str]) -> dict:
    override = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"-e expects KEY=VALUE, got {item!r}")
        try:
            override[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            override[key] = value
    return override


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import seeds and build the site atomically.")
    parser.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument("-e", "--extra-settings", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--seeds", type=Path, default=None)
    parser.add_argument("--strict", action="store_true", help="fail on any rejected seed or error")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every file written")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(message)s",
    )
    if args.quiet:
        os.environ[QUIET_ENV] = "1"
    report = build(
        args.settings.resolve(), _parse_override(args.extra_settings), args.seeds, args.strict
    )
    if report.imported is not None:
        print(report.imported.summary())
    if report.errors:
        print(f"{len(report.errors)} error(s) during the build:", file=sys.stderr)
        for message in report.errors:
            print(f"  {message}", file=sys.stderr)
    if args.strict and report.errors:
        print("--strict: the previous site was kept", file=sys.stderr)
        return 1
    return 0


def exit_now(code: int) -> None:
    """Leave without freeing the build's objects one by one: a full-corpus build holds
    a gigabyte of them, and the interpreter's teardown took 4 s after the site was
    already swapped in. Exit handlers still run (the indexing process is stopped if it
    is somehow still running) and output is flushed."""
    atexit._run_exitfuncs()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
