"""Run entity extraction over many articles: cached by content, in parallel.

Extraction is a pure function of (article text, knowledge base, engine code), so
its result is cached under the text's hash in a SQLite file, inside a namespace
fingerprinting the knowledge base, the editors' overrides and the engine's code:
any change there empties the cache. Uncached texts run through a
``concurrent.futures`` executor: local processes by default, a Dask cluster when
a scheduler address is given (``Client(address).get_executor()``).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path

from briefings.nlp.model import Entity, Extraction

CHUNK = 64
PARALLEL_MIN = 200  # below this many uncached texts, a pool costs more than it saves
DASK_ENV = "BRIEFINGS_DASK_SCHEDULER"

_worker_state: dict[str, object] = {}


def kb_fingerprint(overrides: Path | None) -> str:
    """Hash of everything an extraction depends on besides the text."""
    h = hashlib.sha256()
    for package in ("briefings.data", "briefings.nlp", "briefings.nlp.data"):
        try:
            files = sorted(resources.files(package).iterdir(), key=lambda p: p.name)
        except (ModuleNotFoundError, FileNotFoundError):
            continue
        for f in files:
            if f.is_file() and f.name.endswith((".py", ".json", ".tsv", ".txt", ".toml")):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    h.update(resources.files("briefings").joinpath("arabic.py").read_bytes())
    if overrides is not None and overrides.is_file():
        h.update(overrides.read_bytes())
    return h.hexdigest()


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


CACHE_FORMAT = 2  # 2: entities equal to the knowledge base's stored by id


class ExtractionCache:
    """``text hash -> Extraction`` in one SQLite file, valid for one fingerprint.

    An extraction holds the entities it found. Stored whole, every row carried its own
    copies of knowledge-base entities (names, aliases, roles), and reading 17k rows
    back spent about half its time rebuilding objects that were then swapped for the
    knowledge base's own. With ``canonical`` (the knowledge base's entities by id), a
    row keeps the mentions, ``None`` for an entity equal to the canonical one, and only
    the others (discovered people) whole; a row naming an id the knowledge base no
    longer has counts as a miss."""

    def __init__(
        self, path: Path, fingerprint: str, canonical: Mapping[str, Entity] | None = None
    ) -> None:
        self.canonical = canonical or {}
        fingerprint = f"{fingerprint}:{CACHE_FORMAT}"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS x (k TEXT PRIMARY KEY, v BLOB)")
        row = self.db.execute("SELECT v FROM meta WHERE k = 'fingerprint'").fetchone()
        if row is None or row[0] != fingerprint:
            self.db.execute("DELETE FROM x")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
            self.db.commit()

    def get_many(self, keys: Sequence[str]) -> dict[str, Extraction]:
        found: dict[str, Extraction] = {}
        canonical = self.canonical
        for i in range(0, len(keys), 500):
            batch = list(keys[i : i + 500])
            marks = ",".join("?" * len(batch))
            for k, v in self.db.execute(f"SELECT k, v FROM x WHERE k IN ({marks})", batch):
                mentions, stored = pickle.loads(v)
                try:
                    entities = {e: x if x is not None else canonical[e] for e, x in stored.items()}
                except KeyError:
                    continue  # extracted again
                found[k] = Extraction(mentions, entities)
        return found

    def keys(self) -> set[str]:
        return {k for (k,) in self.db.execute("SELECT k FROM x")}

    def _row(self, extraction: Extraction) -> bytes:
        canonical = self.canonical
        stored = {
            eid: None if (c := canonical.get(eid)) is not None and (c is e or c == e) else e
            for eid, e in extraction.entities.items()
        }
        return pickle.dumps((extraction.mentions, stored), protocol=pickle.HIGHEST_PROTOCOL)

    def put_many(self, items: dict[str, Extraction]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO x VALUES (?, ?)", ((k, self._row(v)) for k, v in items.items())
        )
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def prime(kb, overrides: Path | None) -> None:
    """Reuse an already loaded knowledge base here and in forked workers."""
    from briefings.nlp import Extractor

    kb.gazetteer  # compile the automaton once, before workers fork  # noqa: B018
    _worker_state[f"extractor:{str(overrides) if overrides else None}"] = Extractor(kb)


def _intern(extraction: Extraction, canonical: dict[str, Entity]) -> None:
    for eid, entity in extraction.entities.items():
        same = canonical.get(eid)
        if same is not None and same is not entity and same == entity:
            extraction.entities[eid] = same


def _extractor(overrides: str | None):
    """One extractor per worker process, built on first use and kept."""
    key = f"extractor:{overrides}"
    if key not in _worker_state:
        from briefings.nlp import Extractor, load_kb

        _worker_state[key] = Extractor(load_kb(Path(overrides) if overrides else None))
    return _worker_state[key]


def extract_chunk(overrides: str | None, texts: list[str]) -> tuple[list[Extraction], float]:
    """Worker entry point: extractions of ``texts`` and the CPU seconds they took."""
    cpu = time.process_time()
    extractor = _extractor(overrides)
    results = [extractor.extract(t) for t in texts]
    return results, time.process_time() - cpu


@contextmanager
def make_executor(
    kind: str, workers: int, dask_address: str | None, single: bool = False
) -> Iterator[Executor | None]:
    """``None`` means run in this process; ``single``: one worker is still a pool (for
    work that should leave this process free)."""
    if dask_address:
        from distributed import Client

        client = Client(dask_address)
        try:
            yield client.get_executor()
        finally:
            client.close()
    elif kind == "serial" or workers < 1 or (workers == 1 and not single):
        yield None
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield pool


class Prefetch:
    """Extraction started while the articles are still being read.

    Texts arrive one at a time (Pelican reads 17k articles in tens of seconds); the
    uncached ones go to worker processes a chunk at a time, so extraction runs on the
    other core during reading instead of after it. :meth:`results` hands back what
    the workers finished, keyed by text hash, for :func:`run_extraction` to use.
    Nothing starts until ``PARALLEL_MIN`` uncached texts have arrived, so a small
    site never pays for a pool.
    """

    def __init__(
        self,
        overrides: Path | None,
        cache_file: Path | None,
        executor: str = "process",
        workers: int | None = None,
        dask_address: str | None = None,
    ) -> None:
        self.overrides = str(overrides) if overrides else None
        self.executor = executor
        self.workers = workers or os.cpu_count() or 1
        self.dask_address = dask_address or os.environ.get(DASK_ENV) or None
        cached: set[str] = set()
        if cache_file is not None:
            cache = ExtractionCache(cache_file, kb_fingerprint(overrides))
            cached = cache.keys()
            cache.close()
        self._skip = cached
        self._waiting: list[tuple[str, str]] = []
        self._futures: list[tuple[list[str], list[str], object]] = []  # keys, texts, future
        self.stolen = 0  # texts this process extracted itself at the end (see results)
        self._stack = ExitStack()
        self._pool: Executor | None = None
        self._started = False

    def add(self, text: str) -> None:
        """Queue ``text`` unless it is cached or queued already."""
        key = text_key(text)
        if key in self._skip:
            return
        self._skip.add(key)
        self._waiting.append((key, text))
        if len(self._waiting) >= (CHUNK if self._started else PARALLEL_MIN):
            self._submit()

    def _submit(self) -> None:
        if not self._started:
            self._started = True
            self._pool = self._stack.enter_context(
                make_executor(self.executor, self.workers, self.dask_address, single=True)
            )
        if self._pool is None:  # serial: run_extraction does the work later
            return
        for chunk in _chunks(self._waiting, CHUNK):
            keys, texts = [k for k, _ in chunk], [t for _, t in chunk]
            future = self._pool.submit(extract_chunk, self.overrides, texts)
            self._futures.append((keys, texts, future))
        self._waiting = []

    def results(self) -> tuple[dict[str, Extraction], float]:
        """Finished extractions by text hash, and the worker CPU seconds they took;
        texts still waiting for a full chunk are left to the caller.

        Reading is over when this is called, so this process has a core to spare: it
        takes queued chunks from the back of the queue while the workers finish the
        front (a chunk a worker has started cannot be cancelled), instead of waiting
        for all of them. Local process pools only; a Dask cluster keeps its queue."""
        done: dict[str, Extraction] = {}
        cpu = 0.0
        try:
            if self.executor == "process" and not self.dask_address:
                for keys, texts, future in reversed(self._futures):
                    if not future.cancel():  # type: ignore[attr-defined]
                        break  # started or finished: so is everything before it
                    results, _ = extract_chunk(self.overrides, texts)  # this process's CPU
                    done.update(zip(keys, results, strict=True))
                    self.stolen += len(texts)
            for keys, _, future in self._futures:
                if future.cancelled():  # type: ignore[attr-defined]
                    continue
                results, seconds = future.result()  # type: ignore[attr-defined]
                done.update(zip(keys, results, strict=True))
                cpu += seconds
        finally:
            self._futures, self._waiting = [], []
            self._stack.close()
        return done, cpu


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_extraction(
    texts: Sequence[str],
    overrides: Path | None,
    cache_file: Path | None,
    executor: str = "process",
    workers: int | None = None,
    dask_address: str | None = None,
    progress: bool | None = None,
    canonical: dict[str, Entity] | None = None,
    prefetched: Mapping[str, Extraction] | None = None,
) -> tuple[list[Extraction], dict[str, float]]:
    """Extractions for ``texts`` in order, and stats (cached, computed, worker CPU).

    ``prefetched`` holds extractions already computed by text hash (see
    :class:`Prefetch`); they are stored in the cache like fresh ones.

    ``canonical`` (the knowledge base's entities by id) replaces the copies of
    entities that come back from workers and the cache, so 17,000 articles share one
    object per entity instead of holding a copy each."""
    from briefings.progress import bar

    keys = [text_key(t) for t in texts]
    cache = (
        ExtractionCache(cache_file, kb_fingerprint(overrides), canonical) if cache_file else None
    )
    early = dict(prefetched or {})
    known = cache.get_many([k for k in keys if k not in early]) if cache else {}
    cached = sum(1 for k in keys if k in known)
    todo_keys = list(dict.fromkeys(k for k in keys if k not in known and k not in early))
    by_key = dict(zip(keys, texts, strict=True))
    todo = [by_key[k] for k in todo_keys]
    dask_address = dask_address or os.environ.get(DASK_ENV) or None
    workers = workers or os.cpu_count() or 1
    if len(todo) < PARALLEL_MIN and not dask_address:
        executor = "serial"
    ov = str(overrides) if overrides else None
    computed: list[Extraction] = []
    worker_cpu = 0.0
    with bar(total=len(todo), desc="entities", unit="article", enabled=progress) as pbar:
        with make_executor(executor, workers, dask_address) as pool:
            if pool is None:
                for chunk in _chunks(todo, CHUNK):
                    results, cpu = extract_chunk(ov, chunk)
                    computed.extend(results)
                    worker_cpu += cpu
                    pbar.update(len(chunk))
            else:
                futures = [pool.submit(extract_chunk, ov, c) for c in _chunks(todo, CHUNK)]
                for future in futures:
                    results, cpu = future.result()
                    computed.extend(results)
                    worker_cpu += cpu
                    pbar.update(len(results))
    fresh = {**early, **dict(zip(todo_keys, computed, strict=True))}
    if cache:
        cache.put_many(fresh)
        cache.close()
    known.update(fresh)
    if canonical is not None:
        for extraction in known.values():
            _intern(extraction, canonical)
    stats = {"cached": cached, "computed": len(texts) - cached, "worker_cpu": worker_cpu}
    return [known[k] for k in keys], stats
