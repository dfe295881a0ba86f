"""Extraction is the same serially, in processes and on Dask; the cache is exact."""

from __future__ import annotations

import pytest

from briefings.extraction_runner import ExtractionCache, kb_fingerprint, run_extraction

SENTENCES = [
    "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك.",
    "أعلنت الصين أن الرئيس شي جين بينغ سيزور روسيا وتركيا.",
    "وقال الكرملين إن بوتين سيستقبل الرئيس التركي رجب طيب أردوغان في موسكو.",
    "Russian President Vladimir Putin met Xi Jinping in Beijing.",
]
TEXTS = [f"{SENTENCES[i % len(SENTENCES)]} {i}" for i in range(240)]


def signature(extractions):
    return [[(m.start, m.end, m.entity, m.kind) for m in x.mentions] for x in extractions]


@pytest.fixture(scope="module")
def serial():
    results, stats = run_extraction(TEXTS, None, None, executor="serial")
    assert stats["computed"] == len(TEXTS)
    assert any(m.entity == "vladimir-putin" for m in results[0].mentions)
    return signature(results)


def test_local_processes_match_serial(serial):
    results, _ = run_extraction(TEXTS, None, None, executor="process", workers=2)
    assert signature(results) == serial


def test_dask_local_cluster_matches_serial(serial):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:  # fmt: skip
        results, stats = run_extraction(TEXTS, None, None, dask_address=cluster.scheduler_address)
    assert stats["computed"] == len(TEXTS)
    assert signature(results) == serial


def test_cache_hits_and_invalidation(tmp_path, serial):
    db = tmp_path / "entities.sqlite"
    first, stats = run_extraction(TEXTS[:20], None, db, executor="serial")
    assert stats == {"cached": 0, "computed": 20, "worker_cpu": stats["worker_cpu"]}
    again, stats = run_extraction(TEXTS[:20], None, db, executor="serial")
    assert stats["cached"] == 20 and stats["computed"] == 0
    assert signature(again) == serial[:20]
    overrides = tmp_path / "entities.toml"
    overrides.write_text("# an editor's change\n", encoding="utf-8")
    assert kb_fingerprint(overrides) != kb_fingerprint(None)
    cache = ExtractionCache(db, kb_fingerprint(overrides))
    assert cache.get_many([]) == {} and len(cache.db.execute("SELECT k FROM x").fetchall()) == 0


def test_the_cache_keeps_known_entities_by_id_and_gives_back_the_canonical_ones(tmp_path):
    from briefings.nlp import load_kb
    from briefings.nlp.model import Entity, Extraction, Mention

    kb = load_kb(None)
    putin = kb.entities["vladimir-putin"]
    stranger = Entity("x-smyr-khwry", "person", "سمير خوري", "", None, None, discovered=True)
    mentions = [Mention(0, 5, "بوتين", putin.id, "person", "alias"),
                Mention(9, 18, "سمير خوري", stranger.id, "person", "name")]  # fmt: skip
    fresh = Extraction(mentions, {putin.id: Entity(**vars(putin)), stranger.id: stranger})
    cache = ExtractionCache(tmp_path / "x.sqlite", "kb", kb.entities)
    cache.put_many({"k": fresh})
    (row,) = cache.db.execute("SELECT v FROM x").fetchone()
    assert b"Vladimir Putin" not in row and "سمير خوري".encode() in row
    back = cache.get_many(["k"])["k"]
    assert back == fresh and back.entities[putin.id] is putin  # the knowledge base's own
    # a knowledge base without that id (another fingerprint would empty the cache; a
    # row naming a vanished id is extracted again rather than trusted)
    assert ExtractionCache(tmp_path / "x.sqlite", "kb", {}).get_many(["k"]) == {}


def test_at_the_end_of_reading_this_process_takes_queued_chunks(serial):
    """Prefetch's worker falls behind while articles are read; at the end this process
    extracts the chunks still queued (from the back) and the results do not change."""
    from briefings.extraction_runner import CHUNK, PARALLEL_MIN, Prefetch, text_key

    texts = TEXTS * 5  # 1,200 texts: a single worker cannot have started most chunks
    texts = [f"{t} {n}" for n, t in enumerate(texts)]
    prefetch = Prefetch(None, None, executor="process", workers=1)
    for text in texts:
        prefetch.add(text)
    done, _ = prefetch.results()
    assert prefetch.stolen >= CHUNK * 5
    # the pool starts with the first PARALLEL_MIN texts; a last partial chunk waits
    assert len(done) == PARALLEL_MIN + (len(texts) - PARALLEL_MIN) // CHUNK * CHUNK
    expected, _ = run_extraction(texts, None, None, executor="serial")
    by_key = {text_key(t): x for t, x in zip(texts, expected, strict=True)}
    assert all(signature([x]) == signature([by_key[k]]) for k, x in done.items())
