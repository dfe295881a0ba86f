"""Entity names in every known spelling and script → entity ids, in analysed form.

A query whose words spell a known alias also matches the entity's documents, so
``Putin``, ``بوتين`` and ``بوتن`` reach the same articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from briefings.search.analysis import surface_tokens


class EntityLike(Protocol):
    """The part of ``briefings.nlp.model.Entity`` the alias table reads."""

    id: str
    name_ar: str
    name_en: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]


def alias_key(name: str) -> str:
    """The normalised words a query must spell; empty when the name is only stop words."""
    tokens = surface_tokens(name)
    if not any(term for _, term in tokens):
        return ""
    return " ".join(word for word, _ in tokens)


def alias_table(entities: Iterable[EntityLike]) -> dict[str, list[str]]:
    """Every name and alias of every known entity, normalised, to the ids that carry it.

    Discovered entities are left out: their names come from the text itself, and a
    misread one (a common word taken for a name) would pull its articles into every
    search for that word.
    """
    table: dict[str, set[str]] = {}
    for e in entities:
        if getattr(e, "discovered", False):
            continue
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
