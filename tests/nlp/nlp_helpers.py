"""Helpers for the entity engine's tests (imported by name: tests/ has no packages)."""

from __future__ import annotations

from sitebuild import ROOT, shared_path

from briefings.nlp import Extractor, KnowledgeBase
from briefings.nlp.model import Entity

REPO = ROOT
shared_file = shared_path  # a file under ../shared, or skip the test with the reason


def small_kb(
    *entities: Entity, demonyms: dict[str, tuple[str, ...]] | None = None
) -> KnowledgeBase:
    """A knowledge base of just these entities, for tests that must not depend on the data."""
    return KnowledgeBase(entities={e.id: e for e in entities}, demonyms=demonyms or {})


def person(pid: str, ar: str, en: str, *aliases: str, country: str | None = None) -> Entity:
    return Entity(pid, "person", ar, en, country, None, aliases_ar=aliases)


def place(pid: str, etype: str, ar: str, en: str, *aliases: str, iso: str | None = None) -> Entity:
    return Entity(pid, etype, ar, en, iso, None, aliases_ar=aliases)


def names(ex: Extractor, text: str) -> list[str]:
    """The surface text of every person mention, in text order."""
    return [m.text for m in ex.extract(text).mentions if m.type == "person"]
