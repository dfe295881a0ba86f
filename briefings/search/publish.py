"""Bring the index up to date and export it, skipping the export when nothing changed.

Both steps run together in the indexing process (``briefings.search.background``),
so on a two-core machine neither waits for Pelican's rendering nor holds it up. The
export goes to a staging folder; the build moves it into the site at the end (see
:func:`move_export`), or hard-links the live site's export when the index is the one
that export was made from.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefings.fingerprint import fingerprint
from briefings.search.documents import SearchDocument
from briefings.search.export import clear_export, export
from briefings.search.index import ALIASES_FILE, BuildStats, build_index
from briefings.search.segment_postings import cache_dir_for


@dataclass(frozen=True)
class Published:
    """What :func:`index_and_export` did: the index stats, the export key, and
    whether a fresh export waits in the staging folder."""

    stats: BuildStats
    key: str
    exported: bool


def export_key(index_dir: Path) -> str:
    """What the export is made from: the index's table of contents, aliases and code."""
    parts = [p.name + ":" + p.read_text("utf-8", errors="replace")
             for p in sorted(index_dir.glob("*.toc")) + [index_dir / ALIASES_FILE]
             if p.exists()]  # fmt: skip
    library = Path(__file__).resolve().parent  # briefings/search: all of it shapes files
    code = [p.read_text("utf-8") for p in sorted(library.glob("*.py"))]
    return fingerprint(parts, code)


def index_and_export(
    docs: list[SearchDocument],
    index_dir: Path,
    aliases: Mapping[str, Iterable[str]],
    procs: int,
    staging: Path | None,
    root: str,
    reuse_key: str | None,
) -> Published:
    """Update the index; export it into ``staging`` unless its key is ``reuse_key``
    (the key of an export the caller already has). ``staging=None``: no export."""
    cache = cache_dir_for(index_dir)
    stats = build_index(docs, index_dir, aliases, procs, postings_cache=cache)
    key = export_key(index_dir)
    if staging is None or key == reuse_key:
        return Published(stats, key, False)
    if staging.exists():
        shutil.rmtree(staging)
    export(index_dir, staging, root=root, postings_cache=cache)
    return Published(stats, key, True)


def move_export(staging: Path, out_dir: Path) -> None:
    """Move a staged export into ``out_dir``, replacing an older export there and
    leaving other files (the search page, its scripts) alone."""
    out_dir.mkdir(parents=True, exist_ok=True)
    clear_export(out_dir)
    for entry in sorted(staging.iterdir()):
        target = out_dir / entry.name
        if target.is_dir():
            shutil.rmtree(target)
        try:
            os.replace(entry, target)
        except OSError:  # another file system: copy
            shutil.move(str(entry), str(target))
    staging.rmdir()
