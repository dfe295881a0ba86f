"""End-to-end: seeds in, an Arabic-first static site out, with a real Pelican build."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitebuild import build_site, shared_path, tree_digest

from briefings.importer.writer import read_header
from briefings.linkcheck import check_site


def seed_article_page(output: Path) -> Path:
    pages = [p for p in (output / "briefings").rglob("index.html")]
    assert len(pages) == 1, pages
    return pages[0]


def test_seed_builds_an_rtl_arabic_article_page(tmp_path, seed_dir):
    output = build_site(tmp_path, seed_dir)
    assert (output / "index.html").exists()
    page = seed_article_page(output).read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    meta = read_header(tmp_path / "content/briefings/000_a48c6b30d7d04d4d.md")
    assert f"<h1>{meta['title']}</h1>" in page
    text = re.sub(r"<[^>]+>", "", page)
    assert "كيم جونغ أون" in text and "فلاديفوستوك بروسيا" in text
    assert "<main" in page and "<nav" in page and "<header" in page and "<footer" in page
    index = (output / "index.html").read_text(encoding="utf-8")
    assert meta["title"] in index
    for path in ("archives/index.html", "about/index.html", "theme/css/site.css"):
        assert (output / path).exists(), path
    assert check_site(output, "http://127.0.0.1:8000") == []
    assert not re.search(r"https?://(?!getpelican\.com)[^\"' ]+\.(css|js|woff2?)", page), (
        "no external assets"
    )


def test_english_briefing_renders_left_to_right(tmp_path, seed_dir):
    (seed_dir / "2023-09-12-kim.txt").write_text(
        "Kim Jong Un arrived in Vladivostok by armoured train. He met Vladimir Putin.",
        encoding="utf-8",
    )
    output = build_site(tmp_path, seed_dir)
    page = output / "briefings/kim-jong-un-arrived-in-vladivostok-by-armoured-train/index.html"
    html = page.read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in html
    index = (output / "index.html").read_text(encoding="utf-8")
    assert '<li lang="en" dir="ltr">' in index and '<li lang="ar" dir="rtl">' in index


def test_home_page_paginates_and_month_archives_exist(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    lines = [
        json.dumps(
            {
                "id": f"n{i}",
                "title": f"خبر رقم {i}",
                "date": f"2018-0{1 + i % 3}-1{i % 9}",
                "text": f"نص الخبر رقم {i} عن السياسة الدولية.",
            },
            ensure_ascii=False,
        )
        for i in range(45)
    ]
    (seeds / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    output = build_site(tmp_path, seeds)
    assert (output / "page/2/index.html").exists() and (output / "page/3/index.html").exists()
    assert not (output / "page/4/index.html").exists()
    assert 'href="./page/2/"' in (output / "index.html").read_text(encoding="utf-8")
    for month in ("01", "02", "03"):
        assert (output / f"archives/2018/{month}/index.html").exists()
    archives = (output / "archives/index.html").read_text(encoding="utf-8")
    assert "يناير 2018" in archives and "(15)" in archives


def test_two_builds_are_byte_identical(tmp_path, seed_dir):
    first = tree_digest(build_site(tmp_path / "one", seed_dir))
    second = tree_digest(build_site(tmp_path / "two", seed_dir))
    assert first and first == second


def test_corpus_batch_sample_builds(tmp_path):
    corpus = shared_path("corpus", "ant-world-politics.jsonl.gz")
    import gzip

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with (
        gzip.open(corpus, "rt", encoding="utf-8") as src,
        (seeds / "ant.jsonl").open("w", encoding="utf-8") as dst,
    ):
        for _, line in zip(range(40), src, strict=False):
            dst.write(line)
    output = build_site(tmp_path, seeds)
    pages = list((output / "briefings").rglob("index.html"))
    assert len(pages) == 40
