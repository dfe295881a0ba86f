"""Index and export the search index in another process while Pelican renders pages.

Indexing and exporting cost about as much as rendering and all are single-threaded,
so on a machine with two cores they overlap. The child is *spawned* (not forked): a
build may run inside a process with threads, and a forked child could inherit a
held lock.
"""

from __future__ import annotations

import atexit
import dataclasses
import multiprocessing
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path

from briefings.gc_policy import batch_gc
from briefings.search.documents import SearchDocument
from briefings.search.index import BuildStats
from briefings.search.publish import Published, index_and_export


def _child(conn: Connection, *args: object) -> None:
    try:
        with batch_gc():
            done = index_and_export(*args)  # type: ignore[arg-type]
        conn.send(("ok", (dataclasses.asdict(done.stats), done.key, done.exported)))
    except BaseException as exc:  # report anything; the parent decides what to do
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class IndexJob:
    """:func:`~briefings.search.publish.index_and_export` running in a child process;
    :meth:`result` waits for it."""

    def __init__(
        self,
        docs: list[SearchDocument],
        index_dir: Path,
        aliases: Mapping[str, Iterable[str]],
        procs: int = 1,
        staging: Path | None = None,
        root: str = "../",
        reuse_key: str | None = None,
    ) -> None:
        self.args = (
            docs,
            Path(index_dir),
            {k: list(v) for k, v in aliases.items()},
            procs,
            staging,
            root,
            reuse_key,
        )
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        # Not a daemon: a daemon may not start processes, and Whoosh's parallel writer does.
        self._process = ctx.Process(target=_child, args=(child_conn, *self.args), daemon=False)
        self._process.start()
        child_conn.close()
        # Not a daemon, so nothing stops it with us: a build that fails or is interrupted
        # must not leave it writing the index under the next build.
        atexit.register(self._stop)

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    def result(self) -> tuple[Published, str | None]:
        """What the child did and ``None``; if the child failed, the work is done here
        instead and the child's error comes second (an error here raises)."""
        try:
            kind, payload = self._conn.recv()
        except EOFError:
            kind, payload = "error", f"the indexing process died (exit {self._process.exitcode})"
        self._process.join()
        atexit.unregister(self._stop)
        if kind == "ok":
            stats, key, exported = payload
            return Published(BuildStats(**stats), key, exported), None
        return index_and_export(*self.args), payload
