"""Shared fixtures; helper functions live in ``sitebuild.py`` (conftest names collide)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, ROOT


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A seeds folder holding the project's real first seed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        shutil.copy(seed, seeds / seed.name)
    return seeds


@pytest.fixture(autouse=True)
def _quiet_pelican_logs(caplog):
    caplog.set_level(logging.WARNING)
    yield


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (installed by `invoke test` when missing)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `invoke test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
