"""search.js and the /search/ page in real headless Chromium, against the Python side."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sitebuild import static_server

from briefings.search.analysis import analyze

ASSETS = Path(__file__).resolve().parents[2] / "theme" / "static" / "search"

pytestmark = pytest.mark.browser

VECTORS = json.loads((Path(__file__).parent / "analysis_vectors.json").read_text("utf-8"))[
    "vectors"
]

QUERIES = [
    ("بوتين", "", ""),
    ("Putin", "", ""),
    ("بوتن", "", ""),
    ("فلاديمير بوتين", "", ""),
    ("بوتين بوتن", "", ""),
    ("إردوغان", "", ""),
    ("Erdogan", "", ""),
    ("ترامب النفط", "", ""),
    ("بوتن", "", "vladimir-putin"),
    ("النفط", "", ""),
    ("والنفط الخام", "", ""),
    ("غزه", "", ""),
    ("عبدالله الثاني", "", ""),
    ("الأردنية", "", ""),
    ("ترمب", "", ""),
    ("أمريكا", "", ""),
    ("مكاسب النفط", "", ""),
    ("الكرملين", "RU", ""),
    ("", "", "vladimir-putin"),
    ("", "JO", ""),
    ("", "US", "donald-trump"),
    ("النفط", "", "vladimir-putin"),
    ("كلمة-غير-موجودة", "", ""),
]


def _serve(folder: Path) -> Iterator[str]:
    with static_server(folder) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def browser(chromium: object) -> object:
    """Debian's Chromium (tests/conftest.py), under this module's name for it."""
    return chromium


@pytest.fixture(scope="module")
def library_url(site_dir: Path) -> Iterator[str]:
    """The hand-made archive's export, plus a blank page to import the module from."""
    (site_dir / "blank.html").write_text("<!doctype html><meta charset=utf-8><title>t</title>")
    yield from _serve(site_dir)


@pytest.fixture(scope="module")
def plain_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same archive exported without rare spellings copied into entity entries, so
    every spelling term is fetched from its own shard."""
    from briefings.search.export import ExportOptions, export

    site = tmp_path_factory.mktemp("plain") / "site"
    export(index_dir, site / "search", ExportOptions(embed_bytes=0))
    for name in ("search.js", "page.js", "search.css"):
        shutil.copyfile(ASSETS / name, site / "search" / name)
    (site / "blank.html").write_text("<!doctype html><meta charset=utf-8><title>t</title>")
    yield from _serve(site)


@pytest.fixture(scope="module")
def page_site(pelican_site: Path, site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Pelican-built site, its search index swapped for the one with known entities.

    The page and its assets are Pelican's; the index is the hand-made archive's, whose
    entities are fixed, so the filter tests do not depend on the entity engine's data.
    """
    site = tmp_path_factory.mktemp("page") / "site"
    shutil.copytree(pelican_site, site)
    for f in (site_dir / "search").iterdir():
        if f.name not in ("search.js", "page.js", "search.css"):
            dest = site / "search" / f.name
            if f.is_dir():
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(f, dest)
            else:
                shutil.copyfile(f, dest)
    return site


@pytest.fixture(scope="module")
def page_url(page_site: Path) -> Iterator[str]:
    yield from _serve(page_site)


def _module_page(browser: object, base: str) -> object:
    page = browser.new_page()
    page.goto(f"{base}/blank.html")
    return page


def test_js_analysis_equals_python_on_the_shared_vectors(browser: object, library_url: str) -> None:
    page = _module_page(browser, library_url)
    got = page.evaluate(
        """async (inputs) => {
            const m = await import('/search/search.js');
            const R = await m.rules();
            return inputs.map(s => m.analyzeWith(s, R).map(t => t.term));
        }""",
        [v["input"] for v in VECTORS],
    )
    assert got == [v["tokens"] for v in VECTORS]
    assert got == [analyze(v["input"]) for v in VECTORS]


@pytest.mark.parametrize("site", ["library_url", "plain_url"])
def test_js_ranking_equals_the_command_line(
    browser: object, site: str, index_dir: Path, request: pytest.FixtureRequest
) -> None:
    from briefings.search.query import query_terms, search

    page = _module_page(browser, request.getfixturevalue(site))
    for text, country, person in QUERIES:
        js = page.evaluate(
            """async ([q, country, person]) => {
                const m = await import('/search/search.js');
                return await m.search(q, {country, person, limit: 50});
            }""",
            [text, country, person],
        )
        py = search(index_dir, text, person or None, country or None, limit=50)
        label = f"{text!r} country={country} person={person}"
        assert js["total"] == py["total"], label
        if text:
            assert js["terms"] == query_terms(index_dir, text), label
        assert [r["url"] for r in js["results"]] == [r["url"] for r in py["results"]], label
        for a, b in zip(js["results"], py["results"], strict=True):
            assert a["score"] == pytest.approx(b["score"], abs=2e-6), label
            assert (a["title"], a["date"], a["snippet"]) == (b["title"], b["date"], b["snippet"])


def test_facets_list_people_and_countries_with_counts(browser: object, library_url: str) -> None:
    page = _module_page(browser, library_url)
    f = page.evaluate("async () => (await import('/search/search.js')).facets()")
    people = {p["id"]: p["count"] for p in f["people"]}
    countries = {c["code"]: (c["name"], c["count"]) for c in f["countries"]}
    assert people["vladimir-putin"] == 3 and people["abdullah-ii"] == 2
    assert countries["RU"] == ("روسيا", 5)
    assert countries["PS"][1] == 2  # from the city of Gaza


def test_page_search_keyboard_filters_and_url_state(browser: object, page_url: str) -> None:
    # Only locator waits here: the page's CSP (script-src 'self') forbids Playwright's
    # string predicates, which is the point: the page itself must run under it.
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(f"{page_url}/search/")
    status = page.locator("#search-status")
    results = page.locator("#search-results > li")
    # Filters carry counts before anything is typed.
    expect(page.locator("#search-person option[value='vladimir-putin']")).to_contain_text("(3)")
    # Keyboard only: focus the box, type, Enter.
    page.locator("#search-q").focus()
    page.keyboard.type("النفط")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7$"))
    expect(status).to_contain_text("نتيجة")
    expect(results.first).to_be_visible()
    assert page.locator("#search-results mark").count() >= 1
    assert page.locator("#search-results mark").first.inner_text().endswith("النفط")
    assert page.get_attribute("#search-status", "aria-live") == "polite"
    assert page.locator("label[for=search-q]").count() == 1
    # A filter narrows the results and lands in the URL.
    page.locator("#search-person").focus()
    page.select_option("#search-person", "vladimir-putin")
    expect(page).to_have_url(re.compile(r"person=vladimir-putin"))
    expect(status).to_have_text("لا نتائج.")
    expect(results).to_have_count(0)
    # State comes back from the URL.
    page.goto(f"{page_url}/search/?country=JO")
    expect(results).to_have_count(4)
    assert page.locator("#search-country").input_value() == "JO"
    chips = page.locator("#search-results .search-chips a")
    assert any(
        "/countries/jordan/" in (h or "") for h in chips.evaluate_all("a => a.map(x => x.href)")
    )
    assert page.evaluate("getComputedStyle(document.querySelector('.search')).direction") == "rtl"


def test_js_spellings_of_one_entity_rank_identically(browser: object, library_url: str) -> None:
    page = _module_page(browser, library_url)
    got = page.evaluate(
        """async (qs) => {
            const m = await import('/search/search.js');
            const out = [];
            for (const q of qs) out.push(await m.search(q, {limit: 50}));
            return out.map(a => a.results.map(r => [r.url, r.score]));
        }""",
        ["بوتين", "بوتن", "Putin", "فلاديمير بوتين"],
    )
    assert got[0] and all(g == got[0] for g in got)
    assert any(url.endswith("doc-21/") for url, _ in got[0])  # بوتين in the text only


def test_page_highlights_the_articles_own_spelling(browser: object, page_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{page_url}/search/?q={quote('بوتن')}")
    page.locator("#search-results > li").first.wait_for()
    marks = page.locator("#search-results mark").all_inner_texts()
    assert "بوتين" in marks and "بوتن" in marks


def test_page_inserts_index_text_as_text(browser: object, page_url: str) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{page_url}/search/?q={quote('تجريبي')}")
    page.locator("#search-results > li").first.wait_for()
    title = page.locator("#search-results h2").first.inner_text()
    assert title.startswith("<img src=x onerror=alert(1)>")
    assert page.locator("#search-results img").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


def test_page_without_javascript_says_so(browser: object, page_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{page_url}/search/")
    assert "JavaScript" in page.locator("main").inner_text()
    context.close()
