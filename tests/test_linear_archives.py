"""The linear period archives give exactly what Pelican's own quadratic code gives."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from types import SimpleNamespace

from pelican.generators import ArticlesGenerator
from pelican.settings import DEFAULT_CONFIG

from plugins.briefing_site import linear_archives

SETTINGS = {
    **DEFAULT_CONFIG,
    "YEAR_ARCHIVE_SAVE_AS": "archives/{date:%Y}/index.html",
    "YEAR_ARCHIVE_URL": "archives/{date:%Y}/",
    "MONTH_ARCHIVE_SAVE_AS": "archives/{date:%Y}/{date:%m}/index.html",
    "MONTH_ARCHIVE_URL": "archives/{date:%Y}/{date:%m}/",
    "DAY_ARCHIVE_SAVE_AS": "archives/{date:%Y}/{date:%m}/{date:%d}/index.html",
    "DAY_ARCHIVE_URL": "archives/{date:%Y}/{date:%m}/{date:%d}/",
}


def _articles(n: int, seed: int) -> tuple[list, list]:
    rng = random.Random(seed)
    start = datetime(2017, 11, 20)
    articles = [
        SimpleNamespace(date=start + timedelta(hours=rng.randrange(24 * 500)), n=i)
        for i in range(n)
    ]
    rng.shuffle(articles)  # the generator's order is not the date order
    return sorted(articles, key=lambda a: a.date), articles


def _original():
    method = ArticlesGenerator._build_period_archives
    return getattr(method, "__wrapped__", method)


def test_period_archives_match_pelicans_own():
    linear_archives.install()
    for seed in range(3):
        by_date, articles = _articles(400, seed)
        expected = _original()(None, by_date, articles, SETTINGS)
        got = ArticlesGenerator._build_period_archives(None, by_date, articles, SETTINGS)
        assert got.keys() == expected.keys() == {"year", "month", "day"}
        for granularity in expected:
            assert len(got[granularity]) == len(expected[granularity])
            for ours, theirs in zip(got[granularity], expected[granularity], strict=True):
                assert ours["articles"] == theirs["articles"]
                assert [a.n for a in ours["articles"]] == [a.n for a in theirs["articles"]]
                assert ours == theirs
        assert sum(len(a["articles"]) for a in got["month"]) == 400


def test_unwritten_taxonomies_are_skipped_and_written_ones_are_not():
    linear_archives.install()
    calls = []

    def write(name, *args, **kwargs):
        calls.append(name)

    author = SimpleNamespace(save_as="author/a.html", url="author/a.html", page_name="author/a")
    generator = SimpleNamespace(
        settings={"AUTHOR_SAVE_AS": ""},
        authors=[(author, [])],
        dates=[],
        articles=[],
        context={},
        get_template=lambda name: None,
    )
    ArticlesGenerator.generate_authors(generator, write)
    assert calls == []
    generator.settings["AUTHOR_SAVE_AS"] = "author/{slug}.html"
    ArticlesGenerator.generate_authors(generator, write)
    assert calls == ["author/a.html"]


def test_install_is_idempotent():
    linear_archives.install()
    first = ArticlesGenerator._build_period_archives
    linear_archives.install()
    assert ArticlesGenerator._build_period_archives is first
    assert not hasattr(first.__wrapped__, "__wrapped__")
