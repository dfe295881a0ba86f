"""The link checker finds what is broken, and only that."""

from __future__ import annotations

from pathlib import Path

from briefings.linkcheck import check_site


def page(root: Path, rel: str, body: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")


def test_reports_missing_pages_assets_fragments_and_api_urls(tmp_path):
    page(tmp_path, "index.html", '<a href="./people/%D8%A8/">ok</a> <a href="#main">f</a>'
         '<main id="main"></main><a href="./missing/">x</a><img src="theme/none.png">'
         '<a href="https://example.org/">ext</a><a href="http://127.0.0.1:8000/people/ب/">abs</a>'
         '<a href="./people/ب/#nope">frag</a>')  # fmt: skip
    page(tmp_path, "people/ب/index.html", '<a href="../../">home</a><a href="../../../up/">up</a>')
    (tmp_path / "api").mkdir()
    (tmp_path / "api/entities.json").write_text(
        '[{"url": "people/ب/"}, {"url": "people/gone/"}]', encoding="utf-8"
    )
    (tmp_path / "feed.xml").write_text(
        '<feed><link href="http://127.0.0.1:8000/nothing/" rel="alternate"/></feed>'
        "<urlset><url><loc>http://127.0.0.1:8000/gone/</loc></url>"
        "<url><loc>http://127.0.0.1:8000/people/ب/</loc></url></urlset>",
        encoding="utf-8",
    )
    broken = {(b.page, b.target) for b in check_site(tmp_path, "http://127.0.0.1:8000")}
    assert broken == {
        ("index.html", "./missing/"),
        ("index.html", "theme/none.png"),
        ("index.html", "./people/ب/#nope"),
        ("people/ب/index.html", "../../../up/"),
        ("api/entities.json", "/people/gone/"),
        ("feed.xml", "http://127.0.0.1:8000/nothing/"),
        ("feed.xml", "http://127.0.0.1:8000/gone/"),
    }
