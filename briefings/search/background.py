"""Build the Whoosh index in another process while Pelican renders pages.

Indexing costs about as much as rendering and both are single-threaded, so on a
machine with two cores they can overlap. The child is *spawned* (not forked): a
build may run inside a process with threads, and a forked child could inherit a
held lock.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path

from briefings.search.documents import SearchDocument
from briefings.search.index import BuildStats, build_index


def _child(
    conn: Connection,
    docs: list[SearchDocument],
    index_dir: str,
    aliases: dict[str, list[str]],
    procs: int,
) -> None:
    try:
        stats = build_index(docs, Path(index_dir), aliases, procs)
        conn.send(("ok", dataclasses.asdict(stats)))
    except BaseException as exc:  # report anything; the parent decides what to do
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class IndexJob:
    """An index build running in a child process; :meth:`result` waits for it."""

    def __init__(
        self,
        docs: list[SearchDocument],
        index_dir: Path,
        aliases: Mapping[str, Iterable[str]],
        procs: int = 1,
    ) -> None:
        self.args = (docs, str(index_dir), {k: list(v) for k, v in aliases.items()}, procs)
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_child, args=(child_conn, *self.args), daemon=True)
        self._process.start()
        child_conn.close()

    def result(self) -> tuple[BuildStats, str | None]:
        """The child's stats and ``None``; if the child failed, the index is built here
        instead and the child's error comes second (an error here raises)."""
        try:
            kind, payload = self._conn.recv()
        except EOFError:
            kind, payload = "error", f"the indexing process died (exit {self._process.exitcode})"
        self._process.join()
        if kind == "ok":
            return BuildStats(**payload), None
        docs, index_dir, aliases, procs = self.args
        return build_index(docs, Path(index_dir), aliases, procs), payload
