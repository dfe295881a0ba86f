"""The importer: formats, headlines, slugs, dates, idempotency and bad input."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest

from briefings.importer import import_seeds, slugify
from briefings.importer.decode import SeedError, decode_bytes
from briefings.importer.headline import headline
from briefings.importer.writer import read_header

ARABIC = (
    "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار مع الغرب. وأضاف أن العقوبات لن تنجح."
)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_headline_keeps_short_lead_and_cuts_long_ones():
    assert headline("Short lead. Second sentence.") == "Short lead"
    long = "كلمة " * 40
    h = headline(long)
    assert h.endswith("…") and len(h) <= 91 and "  " not in h


def test_headline_cuts_before_a_coordinated_clause_not_a_w_word():
    seed = (Path(__file__).parents[1] / "seeds/000_a48c6b30d7d04d4d.txt").read_text("utf-8")
    assert headline(seed) == "من المتوقع أن يتوجه الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا"
    lead = (
        "أعلن الرئيس الأمريكي دونالد ترامب أن وزير الخارجية مايك بومبيو سيزور كوريا الشمالية "
        "الأسبوع المقبل لإجراء محادثات مع المسؤولين هناك"
    )
    assert "وزير الخارجية" in headline(lead)


def test_slugs_keep_arabic_and_do_not_collide():
    assert slugify("عُمان") == "عمان"
    assert slugify("أمن") == "أمن"
    assert slugify("عمان") != slugify("أمن")
    assert slugify("Putin meets Kim!") == "putin-meets-kim"
    assert "ـ" not in slugify("بوتيـــن")


def test_decode_accepts_boms_and_legacy_arabic_and_rejects_binary():
    assert decode_bytes(codecs.BOM_UTF8 + ARABIC.encode())[0] == ARABIC
    assert decode_bytes(ARABIC.encode("utf-16"))[0] == ARABIC
    text, enc = decode_bytes(ARABIC.encode("cp1256"))
    assert text == ARABIC and enc == "cp1256"
    with pytest.raises(SeedError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(SeedError, match="not valid UTF-8"):
        decode_bytes(b"caf\xe9 cr\xe8me br\xfbl\xe9e \xff\xfe")


def test_text_seed_becomes_article_with_metadata(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds / "2023-09-05-putin.txt", ARABIC)
    write(
        seeds / "english.txt",
        "Title: Kim heads to Russia\nDate: 2023-09-10\nSource: CNN\n"
        "URL: https://example.org/a\n\nKim Jong Un is expected to travel.",
    )
    report = import_seeds(seeds, tmp_path / "content")
    assert report.problems == []
    ar = read_header(tmp_path / "content/briefings/2023-09-05-putin.md")
    assert ar["lang"] == "ar" and ar["date"] == "2023-09-05"
    assert ar["title"].startswith("قال الرئيس الروسي فلاديمير بوتين")
    en = read_header(tmp_path / "content/briefings/english.md")
    assert en["title"] == "Kim heads to Russia" and en["lang"] == "en"
    assert en["source"] == "CNN" and en["sourceurl"] == "https://example.org/a"
    assert en["slug"] == "kim-heads-to-russia"


def test_undated_seed_gets_the_documented_date_not_mtime(tmp_path, seed_dir):
    import_seeds(seed_dir, tmp_path / "content")
    meta = read_header(tmp_path / "content/briefings/000_a48c6b30d7d04d4d.md")
    assert meta["date"] == "1970-01-01" and meta["undated"] == "true"


def test_import_is_idempotent_and_keeps_editor_edits(tmp_path, seed_dir):
    content = tmp_path / "content"
    first = import_seeds(seed_dir, content)
    assert len(first.created) == 1
    target = content / "briefings/000_a48c6b30d7d04d4d.md"
    before = target.read_bytes()
    again = import_seeds(seed_dir, content)
    assert again.unchanged == 1 and not again.created and not again.updated
    assert target.read_bytes() == before

    # An unedited file follows its seed, keeping its slug.
    seed = seed_dir / "000_a48c6b30d7d04d4d.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
    updated = import_seeds(seed_dir, content)
    assert len(updated.updated) == 1
    assert read_header(target)["slug"] == read_header_from_bytes(before)["slug"]
    assert "سطر جديد" in target.read_text(encoding="utf-8")

    # An edited file is never overwritten, even when the seed changes again.
    edited = target.read_text(encoding="utf-8").replace("سطر جديد", "تعديل المحرر")
    target.write_text(edited, encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nسطر آخر.", encoding="utf-8")
    kept = import_seeds(seed_dir, content)
    assert kept.kept_edited == ["briefings/000_a48c6b30d7d04d4d.md"]
    assert target.read_text(encoding="utf-8") == edited


def read_header_from_bytes(data: bytes) -> dict[str, str]:
    meta = {}
    for line in data.decode().split("\n"):
        if not line.strip():
            break
        key, _, value = line.partition(":")
        meta[key.lower()] = value.strip()
    return meta


def test_jsonl_gz_batch_imports_and_reports_bad_lines(tmp_path):
    records = [
        {
            "id": "a-1",
            "title": "عنوان أول",
            "date": "2018-02-19T00:16:11+04:00",
            "text": ARABIC,
            "url": "http://x/1",
            "source": "bbc",
        },
        {
            "id": "a-2",
            "title": "عنوان ثان",
            "date": "2018-03-01T10:00:00+00:00",
            "text": "نص الخبر الثاني عن روسيا.",
            "source": "cnn",
        },
        {"id": "a-3", "title": "فارغ", "date": "2018-03-02", "text": "   "},
        {"id": "../evil", "title": "x", "text": "نص"},
        {"id": "a-1", "title": "مكرر", "text": "نص مكرر"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["{not json"]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with gzip.open(seeds / "batch.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    report = import_seeds(seeds, tmp_path / "content")
    assert sorted(report.created) == ["briefings/batch/a-1.md", "briefings/batch/a-2.md"]
    reasons = {p.origin: p.reason for p in report.problems}
    assert reasons["batch.jsonl.gz:3"] == "has no text"
    assert "safe file name" in reasons["batch.jsonl.gz:4"]
    assert "repeats id" in reasons["batch.jsonl.gz:5"]
    assert "not valid JSON" in reasons["batch.jsonl.gz:6"]
    meta = read_header(tmp_path / "content/briefings/batch/a-1.md")
    assert meta["date"] == "2018-02-19 00:16" and meta["source"] == "bbc"
    assert meta["sourceurl"] == "http://x/1"


def test_bad_seeds_are_reported_by_name_and_the_rest_imports(tmp_path, seed_dir):
    write(seed_dir / "empty.txt", "")
    write(seed_dir / "blank.txt", "  \n\t\n")
    write(seed_dir / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(seed_dir / "latin1.txt", "Caf\xe9 cr\xe8me".encode("latin-1"))
    write(seed_dir / "notes.docx", b"PK\x03\x04")
    write(seed_dir / "symbols.txt", "... 123 !!!")
    report = import_seeds(seed_dir, tmp_path / "content")
    reasons = {p.origin: p.reason for p in report.problems}
    assert reasons["empty.txt"] == "has no text"
    assert reasons["blank.txt"] == "has no text"
    assert "binary" in reasons["image.txt"]
    assert "not valid UTF-8" in reasons["latin1.txt"]
    assert "unknown extension" in reasons["notes.docx"]
    assert "no words" in reasons["symbols.txt"]
    assert report.created == ["briefings/000_a48c6b30d7d04d4d.md"]


def test_duplicate_titles_get_distinct_stable_slugs(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds / "a.txt", "Title: قمة في موسكو\n\n" + ARABIC)
    write(seeds / "b.txt", "Title: قمة في موسكو\n\nنص آخر عن القمة.")
    import_seeds(seeds, tmp_path / "content")
    slug_a = read_header(tmp_path / "content/briefings/a.md")["slug"]
    slug_b = read_header(tmp_path / "content/briefings/b.md")["slug"]
    assert slug_a == "قمة-في-موسكو" and slug_b.startswith("قمة-في-موسكو-") and slug_a != slug_b


def test_plain_text_markup_is_shown_not_executed(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds / "x.txt", "# not a heading\n<script>alert(1)</script> *not bold* [not](link)")
    import_seeds(seeds, tmp_path / "content")
    body = (tmp_path / "content/briefings/x.md").read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert body.startswith("\\#") and "\\*not bold\\*" in body


def test_unchanged_import_is_skipped_and_carries_its_report(tmp_path, seed_dir, monkeypatch):
    """With a state file, an import whose seeds and content files are as last time does
    not read the seeds; it reports what the last one found, rejected seeds included."""
    import briefings.importer.writer as writer

    content, state = tmp_path / "content", tmp_path / "cache/import-state.json"
    write(seed_dir / "empty.txt", "")
    first = import_seeds(seed_dir, content, state)
    assert len(first.created) == 1 and state.is_file()

    def no_reading(*args, **kwargs):
        raise AssertionError("the seeds were read again")

    with monkeypatch.context() as m:
        m.setattr(writer, "read_seeds", no_reading)
        skipped = import_seeds(seed_dir, content, state)
        # Editing a content file changes nothing an import would do.
        target = content / "briefings/000_a48c6b30d7d04d4d.md"
        target.write_text(target.read_text(encoding="utf-8") + "\nتعديل.", encoding="utf-8")
        assert import_seeds(seed_dir, content, state).unchanged == 1
    assert skipped.unchanged == 1 and not skipped.created and not skipped.updated
    assert [str(p) for p in skipped.problems] == ["empty.txt: has no text"]


def test_import_runs_again_when_a_seed_or_a_content_file_changes(tmp_path, seed_dir):
    content, state = tmp_path / "content", tmp_path / "cache/import-state.json"
    import_seeds(seed_dir, content, state)
    target = content / "briefings/000_a48c6b30d7d04d4d.md"

    target.unlink()  # a deleted content file is written again
    again = import_seeds(seed_dir, content, state)
    assert again.created == ["briefings/000_a48c6b30d7d04d4d.md"] and target.is_file()

    write(seed_dir / "new.txt", ARABIC)  # a new seed is imported
    added = import_seeds(seed_dir, content, state)
    assert added.created == ["briefings/new.md"] and added.unchanged == 1

    state.write_text("{not json", encoding="utf-8")  # a broken state means a full import
    assert import_seeds(seed_dir, content, state).unchanged == 2
