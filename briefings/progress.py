"""Progress bars for long build phases: shown on a terminal, silent otherwise or with --quiet."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm

QUIET_ENV = "BRIEFINGS_QUIET"


def enabled(requested: bool | None = None) -> bool:
    if requested is not None:
        return requested
    return sys.stderr.isatty() and os.environ.get(QUIET_ENV) != "1"


@contextmanager
def bar(total: int, desc: str, unit: str = "item", enabled: bool | None = None) -> Iterator[tqdm]:
    """A tqdm bar on stderr; a no-op bar when disabled."""
    with tqdm(
        total=total,
        desc=desc,
        unit=unit,
        disable=not globals()["enabled"](enabled),
        file=sys.stderr,
        dynamic_ncols=True,
        leave=False,
    ) as pbar:
        yield pbar
