"""Entity names in every known spelling and script → entity ids, in analysed form.

A query whose words spell a known alias also matches the entity's documents, so
``Putin``, ``بوتين`` and ``بوتن`` reach the same articles: the query unit becomes the
entity's id in the ``entities`` field OR any of the entity's *spellings* in the text.
A spelling is the set of analysed terms of one alias (all required, no positions);
only *minimal* spellings count (``فلاديمير بوتين`` adds nothing ``بوتين`` does not
already match) and only those whose every term occurs in the index.

The same knowledge base supplies the words the stemmer must leave whole
(:func:`protected_names`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from briefings.search.analysis import protectable, surface_tokens, surface_words

Spelling = tuple[str, ...]  # sorted distinct terms
PROTECTED_TYPES = ("person", "country", "city")
NISBA = "يه"  # normalised ية


class EntityLike(Protocol):
    """The part of ``briefings.nlp.model.Entity`` the alias table reads."""

    id: str
    type: str
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


def spelling_of(key: str) -> Spelling:
    """The sorted distinct terms of an alias key."""
    return tuple(sorted({t for _, t in surface_tokens(key) if t}))


def minimal(spellings: Iterable[Spelling]) -> list[Spelling]:
    """Drop repeats and every spelling that contains another's terms; sorted by
    (term count, terms joined by spaces), the order ``search.js`` sorts in too."""
    unique = sorted(set(spellings), key=lambda sp: (len(sp), " ".join(sp)))
    kept: list[Spelling] = []
    for sp in unique:
        if sp and not any(set(k) <= set(sp) for k in kept):
            kept.append(sp)
    return kept


def entity_spellings(
    table: Mapping[str, Sequence[str]], present: Callable[[str], bool]
) -> dict[str, list[Spelling]]:
    """Each entity id in the alias table → its minimal spellings whose terms all occur
    (``present(term)``: the term has title or body postings)."""
    by_id: dict[str, set[Spelling]] = {}
    for key, ids in table.items():
        sp = spelling_of(key)
        if sp and all(present(t) for t in sp):
            for i in ids:
                by_id.setdefault(i, set()).add(sp)
    return {i: minimal(sps) for i, sps in sorted(by_id.items())}


def protected_names(entities: Iterable[EntityLike], exclude: Iterable[str] = ()) -> list[str]:
    """Single-word Arabic names and aliases of people, countries and cities that the
    suffix rules would shorten, in the form suffix stripping starts from.

    Names that are also everyday words (``exclude``: the entity engine's blocklist, stop
    words, title words and ambiguous given names) are left to the rules, so a common word
    keeps meeting its own inflections. So are names shaped like a feminine nisba
    (السعودية، سورية، الإسكندرية): the rules already bring them together with their
    adjectives (السعودي، السوري), which protecting them would split.
    """
    skip = set(exclude)
    out: set[str] = set()
    for e in entities:
        if getattr(e, "discovered", False) or e.type not in PROTECTED_TYPES:
            continue
        for name in (e.name_ar, *e.aliases_ar):
            words = surface_words(name or "")
            if len(words) != 1 or words[0] in skip:
                continue
            base = protectable(words[0])
            if base and base not in skip and "ال" + base not in skip and not base.endswith(NISBA):
                out.add(base)
    return sorted(out)


def kb_protected_names() -> list[str]:
    """:func:`protected_names` over the packaged knowledge base (empty without one)."""
    try:
        from briefings import arabic  # noqa: PLC0415
        from briefings.nlp import load_kb  # noqa: PLC0415 (optional part of the project)
        from briefings.nlp.lexicon import lexicon  # noqa: PLC0415
    except ImportError:
        return []
    kb = load_kb()
    lex = lexicon()
    words = kb.suppressed_forms | lex.not_name | lex.given_names_ambiguous
    exclude = {arabic.normalize(w) for w in words if " " not in w}
    return protected_names(kb.entities.values(), exclude)
