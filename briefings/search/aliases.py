"""Entity names in every known spelling and script → entity ids, in analysed form.

A query whose terms spell a known alias also matches the entity's documents, so
``Putin``, ``بوتين`` and ``بوتن`` reach the same articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from briefings.search.analysis import analyze


class EntityLike(Protocol):
    """The part of ``briefings.nlp.model.Entity`` the alias table reads."""

    id: str
    name_ar: str
    name_en: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]


def alias_key(name: str) -> str:
    """The analysed form a query is compared with."""
    return " ".join(analyze(name))


def alias_table(entities: Iterable[EntityLike]) -> dict[str, list[str]]:
    """Every name and alias of every entity, analysed, to the sorted ids that carry it."""
    table: dict[str, set[str]] = {}
    for e in entities:
        names = [e.name_ar, e.name_en, *e.aliases_ar, *e.aliases_en]
        for name in names:
            key = alias_key(name or "")
            if key:
                table.setdefault(key, set()).add(e.id)
    return {k: sorted(v) for k, v in sorted(table.items())}


def kb_alias_table() -> dict[str, list[str]]:
    """The table from the entity engine's knowledge base, or empty when it is absent."""
    try:
        from briefings.nlp import load_kb  # noqa: PLC0415 (optional part of the project)
    except ImportError:
        return {}
    return alias_table(load_kb().entities.values())
