"""Incremental rebuilds reuse unchanged pages, and give exactly what a clean build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitebuild import ROOT, SAMPLE_ARTICLES, run_build, tree_digest

ARTICLES = {
    **SAMPLE_ARTICLES,
    "2023-10-05-d.txt": "قال الرئيس التركي رجب طيب أردوغان في أنقرة إن تركيا تدعم الحوار.",
}


def build(work: Path, content: Path, output: Path) -> dict:
    return run_build(work / "seeds", content, output)


def test_rebuild_reuses_pages_and_matches_a_clean_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    shutil.copytree(ROOT / "content/pages", content / "pages")
    site = tmp_path / "site"

    first = build(tmp_path, content, site)
    assert first["pages rendered"]["count"] > 10 and first["pages reused"]["count"] == 0
    before = tree_digest(site)

    again = build(tmp_path, content, site)
    assert again["pages rendered"]["count"] == 0
    assert again["search export reused"]["count"] == 1
    assert again["pages reused"]["count"] == first["pages rendered"]["count"]
    assert tree_digest(site) == before

    edited = content / "briefings/2023-10-05-d.md"
    edited.write_text(
        edited.read_text("utf-8") + "\nوالتقى أردوغان الرئيس الروسي فلاديمير بوتين.\n", "utf-8"
    )
    third = build(tmp_path, content, site)
    assert "search export reused" not in third
    assert 0 < third["pages rendered"]["count"] < first["pages rendered"]["count"] / 2
    after = tree_digest(site)
    changed = {k for k in after if before.get(k) != after[k]}
    assert any(k.startswith("briefings/") for k in changed)
    assert "people/vladimir-putin/index.html" in changed  # gained an article
    assert "people/xi-jinping/index.html" not in changed  # untouched entity reused

    clean = tmp_path / "clean"
    build(tmp_path, content, clean)
    assert tree_digest(clean) == after  # the incremental site is exactly the clean one
