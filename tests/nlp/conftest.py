"""Shared fixtures for the entity engine's tests."""

from __future__ import annotations

import pytest

from briefings.nlp import Extractor, KnowledgeBase, load_kb


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def extractor(kb: KnowledgeBase) -> Extractor:
    return Extractor(kb)
