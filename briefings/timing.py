"""Per-phase wall and CPU time, collected across the build for the benchmark report.

Phases nest freely; each records its own totals. The build writes them to the
file named by ``BRIEFINGS_BUILD_REPORT`` (used by ``invoke bench``).
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_totals: dict[str, dict[str, float]] = {}
REPORT_ENV = "BRIEFINGS_BUILD_REPORT"


@contextmanager
def phase(name: str, count: int | None = None) -> Iterator[None]:
    """Time a block under ``name``; ``count`` adds items processed (articles, pages)."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        entry = _totals.setdefault(name, {"wall": 0.0, "cpu": 0.0, "count": 0})
        entry["wall"] += time.perf_counter() - wall
        entry["cpu"] += time.process_time() - cpu
        if count is not None:
            entry["count"] += count


def add_cpu(name: str, seconds: float) -> None:
    """CPU time spent for ``name`` in worker processes (not seen by process_time)."""
    entry = _totals.setdefault(name, {"wall": 0.0, "cpu": 0.0, "count": 0})
    entry["cpu_workers"] = entry.get("cpu_workers", 0.0) + seconds


def add_count(name: str, count: int) -> None:
    """Count things (pages reused, pages rendered) without timing them."""
    entry = _totals.setdefault(name, {"wall": 0.0, "cpu": 0.0, "count": 0})
    entry["count"] += count


def snapshot() -> dict[str, dict[str, float]]:
    return {k: dict(v) for k, v in _totals.items()}


def reset() -> None:
    _totals.clear()


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def write_report(extra: dict | None = None) -> None:
    """Write the phases (and ``extra``) where ``BRIEFINGS_BUILD_REPORT`` points, if set."""
    target = os.environ.get(REPORT_ENV)
    if not target:
        return
    data = {"phases": snapshot(), "peak_rss_mb": peak_rss_mb(), **(extra or {})}
    Path(target).write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
