"""Entity pages: links both ways, co-occurrence, feeds, JSON API, directories, overrides."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from sitebuild import SAMPLE_ARTICLES, build_site

from briefings.linkcheck import check_site

SITE = "http://127.0.0.1:8000"
ATOM = "{http://www.w3.org/2005/Atom}"

ARTICLES = {
    **SAMPLE_ARTICLES,
    "2023-10-15-d.txt": "Title: Putin and Xi meet\n\n"
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.",
}


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', html)


def resolve(page_url: str, href: str) -> str:
    """Site path of a relative href seen on page_url (both without the domain)."""
    from urllib.parse import urljoin

    return unquote(urljoin("http://x/" + page_url, href))[len("http://x/") :]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("entities")
    seeds = work / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return work, build_site(work, seeds)


def article_pages(output: Path) -> dict[str, str]:
    return {
        p.parent.relative_to(output).as_posix() + "/": p.read_text(encoding="utf-8")
        for p in (output / "briefings").glob("*/index.html")
    }


def test_articles_and_entity_pages_link_both_ways(site):
    _, output = site
    api = {e["id"]: e for e in json.loads((output / "api/entities.json").read_text("utf-8"))}
    for needed in ("vladimir-putin", "kim-jong-un", "xi-jinping", "russia", "north-korea", "china"):
        assert needed in api, needed
    for url, html in article_pages(output).items():
        linked = {resolve(url, h) for h in hrefs(html)}
        detail_ids = [
            eid for eid, e in api.items()
            if any(a["url"] == url for a in json.loads(
                (output / f"api/entities/{eid}.json").read_text("utf-8"))["articles"])
        ]  # fmt: skip
        assert detail_ids, url
        for eid in detail_ids:
            entity_url = api[eid]["url"]
            assert entity_url in linked, (url, eid)
            entity_html = (output / entity_url / "index.html").read_text("utf-8")
            back = {resolve(entity_url, h) for h in hrefs(entity_html)}
            assert url in back, (eid, url)


def test_first_mention_is_linked_in_the_body(site):
    _, output = site
    html = next(h for u, h in article_pages(output).items() if "فلاديفوستوك" in h)
    body = html.split('<div class="briefing-body">', 1)[1].split("</div>", 1)[0]
    assert re.search(
        r'<a class="entity" href="[^"]*people/vladimir-putin/"[^>]*>فلاديمير بوتين</a>', body
    )
    assert body.count("people/vladimir-putin/") == 1


def test_cooccurrence_counts_match_the_articles(site):
    _, output = site
    details = {
        p.stem: json.loads(p.read_text("utf-8")) for p in (output / "api/entities").glob("*.json")
    }
    russia_articles = {a["url"] for a in details["russia"]["articles"]}
    nk_articles = {a["url"] for a in details["north-korea"]["articles"]}
    together = len(russia_articles & nk_articles)
    assert together == 2
    html = (output / "countries/russia/index.html").read_text("utf-8")
    related = html.split('id="related-h"', 1)[1]
    assert re.search(
        r"countries/north-korea/\">[^<]+</a> <span class=\"count\">\(2\)</span>", related
    )


def test_entity_feeds_are_valid_atom_and_announced(site):
    _, output = site
    html = (output / "people/vladimir-putin/index.html").read_text("utf-8")
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="{SITE}/people/vladimir-putin/feed.atom.xml"' in html
    root = ET.parse(output / "people/vladimir-putin/feed.atom.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for child in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{child}") is not None
    entries = root.findall(f"{ATOM}entry")
    detail = json.loads((output / "api/entities/vladimir-putin.json").read_text("utf-8"))
    assert len(entries) == len(detail["articles"]) >= 3
    for entry in entries:
        for child in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{child}") is not None
        assert entry.find(f"{ATOM}link").get("href").startswith(SITE + "/briefings/")
        assert entry.find(f"{ATOM}summary").text  # the briefing's summary, not its full text
    assert root.find(f"{ATOM}id").text == f"{SITE}/people/vladimir-putin/feed.atom.xml"


def test_json_api_matches_mentions(site):
    _, output = site
    listing = json.loads((output / "api/entities.json").read_text("utf-8"))
    assert {"id", "type", "name", "wikidata", "country", "url", "articles"} <= set(listing[0])
    for entry in listing:
        detail = json.loads((output / f"api/entities/{entry['id']}.json").read_text("utf-8"))
        assert entry["articles"] == len(detail["articles"]) >= 1
        assert (output / entry["url"] / "index.html").exists()
        assert entry["type"] in {"person", "country", "city", "organization"}
    putin = next(e for e in listing if e["id"] == "vladimir-putin")
    assert putin["articles"] == 3 and putin["country"] == "RU"
    assert putin["name"]["ar"] and putin["name"]["en"] == "Vladimir Putin"


def test_directories_and_structured_data(site):
    _, output = site
    people = (output / "people/index.html").read_text("utf-8")
    assert "vladimir-putin/" in people and "kim-jong-un/" in people
    countries = (output / "countries/index.html").read_text("utf-8")
    names = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', countries)
    order = [names.index(n) for n in ("أوكرانيا", "روسيا", "الصين", "كوريا الشمالية")]
    assert order == sorted(order), names  # Arabic alphabetical order, ignoring ال
    html = next(h for h in article_pages(output).values() if "فلاديفوستوك" in h)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert ld["@type"] == "NewsArticle"
    types = {n["@type"] for n in ld.get("about", []) + ld.get("mentions", [])}
    assert {"Person", "Country"} <= types
    putin = next(
        n for n in ld["about"] + ld["mentions"] if n.get("url", "").endswith("vladimir-putin/")
    )
    assert putin["sameAs"] == "https://www.wikidata.org/wiki/Q7747"


def test_no_broken_links(site):
    _, output = site
    assert check_site(output, SITE) == []


OVERRIDES = """
[[entity]]
id = "yoo-sang-bum"
type = "person"
ar = "يو سانغ بوم"
en = "Yoo Sang-bum"
country = "KR"

[[merge]]
from = "x-yw-sangh-bwm"
into = "yoo-sang-bum"

[[suppress]]
id = "xi-jinping"

[[suppress]]
text = "الكرملين"
"""


def test_editor_overrides_merge_and_suppress_without_dangling_links(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "2023-10-20-e.txt").write_text(
        "أطلعت وكالة التجسس الكورية الجنوبية النائب الكوري الجنوبي يو سانغ بوم على الأمر.",
        encoding="utf-8",
    )
    (tmp_path / "content").mkdir()
    (tmp_path / "content/entities.toml").write_text(OVERRIDES, encoding="utf-8")
    output = build_site(tmp_path, seeds)
    api = {e["id"] for e in json.loads((output / "api/entities.json").read_text("utf-8"))}
    assert "yoo-sang-bum" in api and "x-yw-sangh-bwm" not in api
    assert "xi-jinping" not in api and "kremlin" not in api
    assert (output / "people/yoo-sang-bum/index.html").exists()
    assert not (output / "people/xi-jinping").exists()
    assert not (output / "organizations/kremlin").exists()
    everything = "\n".join(p.read_text("utf-8") for p in output.rglob("*.html"))
    assert "people/xi-jinping/" not in everything and "organizations/kremlin/" not in everything
    assert check_site(output, SITE) == []


def test_a_broken_overrides_file_is_reported_and_the_build_goes_on(tmp_path, caplog):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2023-09-05-a.txt").write_text(SAMPLE_ARTICLES["2023-09-05-a.txt"], "utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content/entities.toml").write_text(
        '[[alias]]\nid = "../etc/passwd"\nar = ["<b>x</b>"]\n', encoding="utf-8"
    )
    output = build_site(tmp_path, seeds)
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any("entities.toml" in m for m in errors), errors
    assert (output / "people/vladimir-putin/index.html").exists()


DISCOVERED_ONCE = "وقال الجنرال ميخائيل دولغوروكوف في كييف إن الاجتماع انتهى."
DISCOVERED_TWICE = {
    "2023-11-01-f.txt": "وقال الجنرال أوريليان بارباتيسكو في موسكو إن التدريبات بدأت.",
    "2023-11-02-g.txt": "وأكد الجنرال أوريليان بارباتيسكو أن القوات عادت إلى ثكناتها.",
}


@pytest.mark.parametrize("minimum", [2, 1])
def test_a_name_found_in_one_briefing_only_gets_a_page_when_the_setting_allows(tmp_path, minimum):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2023-10-30-once.txt").write_text(DISCOVERED_ONCE, encoding="utf-8")
    for name, text in DISCOVERED_TWICE.items():
        (seeds / name).write_text(text, encoding="utf-8")
    output = build_site(tmp_path, seeds, {"ENTITY_DISCOVERED_MIN_ARTICLES": minimum})
    api = {
        e["name"]["ar"]: e for e in json.loads((output / "api/entities.json").read_text("utf-8"))
    }
    twice = api["أوريليان بارباتيسكو"]
    assert twice["articles"] == 2 and (output / twice["url"] / "index.html").exists()
    once_html = next(html for url, html in article_pages(output).items() if "دولغوروكوف" in html)
    assert "ميخائيل دولغوروكوف" in once_html  # named in the panel either way
    if minimum == 1:
        once = api["ميخائيل دولغوروكوف"]
        assert (output / once["url"] / "index.html").exists()
        assert once["url"] in once_html
    else:
        assert "ميخائيل دولغوروكوف" not in api
        assert not [h for h in hrefs(once_html) if "dwlghwrwkwf" in h]
        assert not [p for p in (output / "people").iterdir() if "dwlghwrwkwf" in p.name]
    assert check_site(output, SITE) == []
