"""Shared test helpers: real Pelican builds of the real theme into temp folders."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is only on the team's machines)")
    return path


def build_site(
    workdir: Path,
    seeds: Path | None = None,
    extra_settings: dict | None = None,
    pages: bool = True,
) -> Path:
    """Import ``seeds`` and build the site with the project's settings, the way
    ``invoke build`` does (``briefings.build``); return the output folder."""
    from briefings.build import build

    content = workdir / "content"
    content.mkdir(parents=True, exist_ok=True)
    if pages:
        shutil.copytree(ROOT / "content" / "pages", content / "pages", dirs_exist_ok=True)
    output = workdir / "output"
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(workdir / "cache"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
    }
    override.update(extra_settings or {})
    report = build(ROOT / "pelicanconf.py", override, seeds=seeds or workdir / "no-seeds")
    if report.imported:
        workdir.joinpath("import-report.txt").write_text(
            report.imported.summary() + "\n" + "\n".join(map(str, report.imported.problems)),
            encoding="utf-8",
        )
    return output


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
