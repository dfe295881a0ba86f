"""Hostile seeds: wrong encodings, binary, huge, invisible controls, markup, injection."""

from __future__ import annotations

import codecs
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitebuild import build_site

from briefings.importer import import_seeds, slugify
from briefings.importer.decode import SeedError, decode_bytes
from briefings.importer.writer import read_header

ARABIC = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده مستعدة للحوار مع الغرب."
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"


def import_one(tmp_path, name: str, data: bytes | str):
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    path = seeds / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return import_seeds(seeds, tmp_path / "content")


def test_legacy_arabic_code_pages_are_converted_not_mojibake(tmp_path):
    for enc in ("cp1256", "iso8859_6"):
        report = import_one(tmp_path / enc, f"{enc}.txt", ARABIC.encode(enc))
        assert report.problems == [], enc
        body = (tmp_path / enc / "content/briefings" / f"{enc}.md").read_text("utf-8")
        assert "فلاديمير بوتين في موسكو" in body, enc


def test_unicode_boms(tmp_path):
    for enc, data in {
        "utf8bom": codecs.BOM_UTF8 + ARABIC.encode(),
        "utf16le": codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
        "utf16be": codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
    }.items():
        report = import_one(tmp_path / enc, f"{enc}.txt", data)
        assert report.problems == [], enc
        meta = read_header(tmp_path / enc / "content/briefings" / f"{enc}.md")
        assert meta["title"].startswith("قال الرئيس") and "\ufeff" not in meta["title"]


def test_empty_whitespace_binary_are_rejected_with_reasons(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "spaces.txt").write_text(" \n\t \r\n\u00a0\u3000", encoding="utf-8")
    (seeds / "zw.txt").write_text("\u200b\u200f\u202e\n", encoding="utf-8")
    (seeds / "elf.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    (seeds / "good.txt").write_text(ARABIC, encoding="utf-8")
    report = import_seeds(seeds, tmp_path / "content")
    reasons = {p.origin: p.reason for p in report.problems}
    assert reasons["empty.txt"] == "has no text"
    assert reasons["spaces.txt"] == "has no text"
    assert reasons["zw.txt"] == "has no words (only digits, punctuation or symbols)"
    assert "binary" in reasons["elf.txt"]
    assert report.created == ["briefings/good.md"]


def test_huge_seed_and_very_long_line_import(tmp_path):
    big = (ARABIC + "\n") * (10 * 1024 * 1024 // len(ARABIC.encode()))
    report = import_one(tmp_path / "big", "big.txt", big)
    assert report.problems == [] and report.created == ["briefings/big.md"]
    line = " ".join([ARABIC] * 20000)  # one ~1.4 MB line
    report = import_one(tmp_path / "line", "line.txt", line)
    meta = read_header(tmp_path / "line/content/briefings/line.md")
    assert report.problems == [] and len(meta["title"]) <= 91


def test_over_the_size_limit_is_rejected(tmp_path):
    report = import_one(tmp_path, "huge.txt", b"a " * (11 * 1024 * 1024))
    assert "byte limit" in report.problems[0].reason


def test_bidi_and_zero_width_controls_never_reach_slugs(tmp_path):
    title = "\u202eروسيا\u200b تحذر\u2066 من\u200f التصعيد"
    slug = slugify(title)
    assert slug == "روسيا-تحذر-من-التصعيد"


def test_metadata_injection_through_titles_and_body_lines(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    record = {"id": "x1", "title": "عنوان\nSlug: ../../evil\nStatus: draft", "text": ARABIC}
    (seeds / "b.jsonl").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (seeds / "t.txt").write_text(ARABIC + "\nTitle: injected\nSlug: evil\n", encoding="utf-8")
    import_seeds(seeds, tmp_path / "content")
    meta = read_header(tmp_path / "content/briefings/b/x1.md")
    assert meta["title"] == "عنوان Slug: ../../evil Status: draft"
    assert "status" not in meta and "/" not in meta["slug"] and ".." not in meta["slug"]
    meta = read_header(tmp_path / "content/briefings/t.md")
    assert meta["title"].startswith("قال الرئيس") and meta["slug"] != "evil"


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_decoder_never_crashes_on_random_bytes(data):
    try:
        text, enc = decode_bytes(data)
    except SeedError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and enc


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=300))
def test_any_text_seed_imports_or_is_rejected_cleanly(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("h")
    report = import_one(tmp, "s.txt", text)
    if report.problems:
        assert report.problems[0].origin == "s.txt" and report.problems[0].reason
        return
    meta = read_header(tmp / "content/briefings/s.md")
    assert "\n" not in meta["title"]
    assert re.fullmatch(r"[\w-]+", meta["slug"]) and ".." not in meta["slug"]
    assert not meta["slug"].startswith("-")


def test_markup_in_titles_and_bodies_is_shown_as_text(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2023-01-02-xss.txt").write_text(
        f"Title: {HOSTILE_TITLE}\n\n<script>alert(2)</script> {ARABIC}", encoding="utf-8"
    )
    output = build_site(tmp_path, seeds)
    pages = [p.read_text("utf-8") for p in output.rglob("*.html")]
    joined = "\n".join(pages)
    assert "<img src=x" not in joined and "<script>alert" not in joined
    assert "&lt;img src=x onerror=alert(1)&gt;" in joined
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in joined
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", joined)
    assert inline == [], "no inline scripts anywhere"


def test_strict_build_fails_on_a_rejected_seed_and_keeps_the_previous_site(tmp_path):
    import subprocess

    from sitebuild import ROOT, build_command

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "content").mkdir()
    output = tmp_path / "output"
    cmd = build_command(seeds, tmp_path / "content", output)
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    ok = subprocess.run([*cmd, "--strict"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    first = (output / "index.html").read_bytes()

    (seeds / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (seeds / "more.txt").write_text("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترحب.", "utf-8")
    strict = subprocess.run([*cmd, "--strict"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert strict.returncode == 1
    assert "bad.txt" in strict.stderr and "binary" in strict.stderr
    assert (output / "index.html").read_bytes() == first  # the previous site stays

    lenient = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert lenient.returncode == 0 and "bad.txt" in lenient.stderr
    assert "لافروف" in (output / "index.html").read_text("utf-8")
