"""The built site in real headless Chromium: no script injection, no console errors, axe-clean."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from sitebuild import ROOT, build_site, static_server

pytestmark = pytest.mark.browser

XSS_TITLE = "<img src=x onerror=alert(1)>"
ARTICLES = {
    "2023-09-14-xss.txt": f"Title: {XSS_TITLE}\n\nقال الرئيس الروسي فلاديمير بوتين في موسكو "
    "إن روسيا مستعدة للحوار. <img src=x onerror=alert(2)>",
    "2023-09-15-script.txt": "Title: <script>alert(3)</script> قمة في فلاديفوستوك\n\n"
    "<script>alert(4)</script> التقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي بوتين.",
    "2023-09-16-english.txt": "Title: Kim meets Putin in Vladivostok\n\n"
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok.",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("browser-site")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds/000_a48c6b30d7d04d4d.txt", seeds)
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return build_site(work, seeds)


@pytest.fixture(scope="module")
def base(site):
    with static_server(site) as url:
        yield url


def article_path(site: Path, needle: str) -> str:
    for page in sorted((site / "briefings").glob("*/index.html")):
        if needle in page.read_text("utf-8"):
            return quote(page.parent.relative_to(site).as_posix()) + "/"
    raise AssertionError(f"no article page contains {needle!r}")


def pages(site: Path) -> dict[str, str]:
    found = {
        "home": "",
        "article-ar": article_path(site, "مملكة الناسك"),
        "article-xss": article_path(site, "onerror=alert(1)"),
        "article-script": article_path(site, "alert(3)"),
        "article-en": article_path(site, "Kim meets Putin in Vladivostok</h1>"),
        "entity": "people/vladimir-putin/",
        "directory": "people/",
        "archives": "archives/",
    }
    if (site / "search/index.html").exists():
        found["search"] = "search/"
        found["search-xss"] = "search/?q=" + quote(XSS_TITLE)
    return found


def visit(browser, url: str) -> tuple[list[str], list[str]]:
    """Load ``url``; return (dialogs opened, console errors and page errors)."""
    page = browser.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    page.close()
    return dialogs, errors


def test_no_dialog_and_no_console_error_on_any_page(chromium, site, base):
    for name, path in pages(site).items():
        dialogs, errors = visit(chromium, base + path)
        assert dialogs == [], (name, dialogs)
        assert errors == [], (name, errors)


def test_hostile_titles_render_as_text(chromium, site, base):
    page = chromium.new_page()
    page.goto(base + pages(site)["article-xss"])
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.locator("img").count() == 0
    page.goto(base)
    assert XSS_TITLE in page.locator("main").inner_text()
    page.close()


def test_every_page_forbids_inline_scripts(site):
    for path in site.rglob("*.html"):
        html = path.read_text("utf-8")
        assert "script-src 'self'" in html, path


def test_axe_finds_no_serious_or_critical_violation(chromium, site, base):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = chromium.new_context(bypass_csp=True)  # axe is injected as a script
    checked = {k: v for k, v in pages(site).items() if k != "search-xss"}
    failures = {}
    for name, path in checked.items():
        page = context.new_page()
        page.goto(base + path, wait_until="networkidle")
        results = axe.run(page)
        bad = [
            (v["id"], v["impact"], len(v["nodes"]))
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        if bad:
            failures[name] = bad
        page.close()
    context.close()
    assert failures == {}
