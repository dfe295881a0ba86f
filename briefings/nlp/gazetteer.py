"""Compile the knowledge base into an Aho-Corasick automaton over normalised tokens.

Every surface form is normalised and tokenised once, here, together with its
spelling variants (عبد الله/عبدالله, أبو مازن/ابومازن, ال-less demonyms), so matching
a document is one automaton pass with no per-token work over the knowledge base.
Keys are space-padded token sequences (`` كوريا الشماليه ``), which makes every hit
start and end on token boundaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ahocorasick

from briefings.nlp.lexicon import lexicon
from briefings.nlp.tokens import tokens

if TYPE_CHECKING:
    from briefings.nlp.kb import KnowledgeBase

# Name parts written joined or apart: عبد الله / عبدالله, أبو بكر / أبوبكر, نصر الله / نصرالله.
_JOIN_PREFIXES = ("عبد", "ابو")
_JOIN_SUFFIXES = ("الله", "الدين")
# A place named with a generic descriptor or an honorific epithet is mentioned by its
# name alone (قطاع غزة، مدينة مشهد، دولة قطر؛ مكة المكرمة، القدس الشريف): the match
# covers the phrase, the mention the name. A descriptor is dropped when the rest is one of
# the entity's forms or a bare name (مدينة مشهد), never before an ال word that only means
# something with it (مملكة الناسك); an epithet only when the rest is one of the forms.
_DESCRIPTORS = frozenset({"مدينه", "قطاع", "دوله", "ولايه", "اماره", "محافظه", "اقليم",
                          "منطقه", "سلطنه", "مملكه", "جزيره"})  # fmt: skip
_EPITHETS = frozenset({"المكرمه", "المنوره", "الشريف", "المحتله", "الشعبيه"})  # الصين الشعبية
# Natural features are named with a generic head too (نهر دجلة، صحراء النقب): for regions
# the head is dropped like a descriptor when the rest is one of the region's own forms.
_FEATURE_HEADS = frozenset({"نهر", "جبال", "صحراء", "هضبه", "سهل", "وادي", "بحيره"})
# When two entities claim one surface form, the more specific type wins.
_TYPE_PRIORITY = {"country": 0, "organization": 1, "city": 2, "region": 2, "person": 3}
_KIND_PRIORITY = {"name": 0, "metonym": 1, "alias": 2, "demonym": 3}


@dataclass(frozen=True)
class Entry:
    """What one key links to."""

    entity: str
    type: str
    kind: str
    ntokens: int
    latin: bool  # an English form: single lower-case hits are ignored (turkey, chad)
    lead: int = 0  # leading descriptor tokens outside the mention: قطاع غزة → غزة
    trail: int = 0  # trailing epithet tokens outside the mention: مكة المكرمة → مكة


@dataclass
class Gazetteer:
    """The compiled matcher data of one knowledge base."""

    automaton: ahocorasick.Automaton
    first_tokens: frozenset[str]  # tokens that can start a key (for proclitic stripping)
    all_tokens: frozenset[str]
    person_parts: dict[str, tuple[str, ...]]  # person id -> normalised name tokens
    person_edges: dict[str, frozenset[str]]  # person id -> first and last tokens of its names
    part_people: dict[str, tuple[str, ...]] = field(default_factory=dict)  # token -> person ids
    surnames: frozenset[str] = frozenset()  # last tokens of multi-word person names
    conflicts: list[str] = field(default_factory=list)

    @classmethod
    def compile(cls, kb: KnowledgeBase) -> Gazetteer:
        lex = lexicon()
        blocked = {_norm_key(s) for s in kb.suppressed_forms} | set(lex.blocklist)
        chosen: dict[tuple[str, ...], Entry] = {}
        conflicts: list[str] = []
        person_parts: dict[str, tuple[str, ...]] = {}
        person_edges: dict[str, set[str]] = {}
        forms = [(e, tuple(tokens(f).norms), k, latin) for e, f, k, latin in _forms(kb)]
        own_keys = {(e.id, toks) for e, toks, _k, _l in forms}
        for entity, toks, kind, latin in forms:
            if not toks:
                continue
            if entity.type == "person":
                person_parts[entity.id] = tuple(
                    dict.fromkeys((*person_parts.get(entity.id, ()), *toks))
                )
                if len(toks) > 1:
                    person_edges.setdefault(entity.id, set()).update((toks[0], toks[-1]))
            for variant in _variants(toks, kind):
                key = " ".join(variant)
                if key in blocked:
                    continue
                if len(variant) == 1 and (variant[0] in lex.coref_only or len(variant[0]) < 3):
                    continue  # كيم, لي: only coreference may link these
                lead = trail = 0
                if entity.type in ("country", "city", "region") and len(variant) > 1:
                    rest = variant[1:]
                    if entity.type == "region" and variant[0] in _FEATURE_HEADS:
                        lead = int((entity.id, rest) in own_keys)  # نهر دجلة → دجلة
                    elif (variant[0] in _DESCRIPTORS or variant[0] == "جمهوريه") and (
                        (entity.id, rest) in own_keys
                        or (variant[0] != "جمهوريه" and not rest[0].startswith("ال"))
                    ):
                        lead = 1  # جمهورية only before a form: جمهورية إيرلندا → إيرلندا
                    elif variant[-1] in _EPITHETS and (entity.id, variant[:-1]) in own_keys:
                        trail = 1
                entry = Entry(entity.id, entity.type, kind, len(variant), latin, lead, trail)
                old = chosen.get(variant)
                if old is None or _rank(entry) < _rank(old):
                    if old is not None and old.entity != entry.entity:
                        conflicts.append(f"{key!r}: {entry.entity} over {old.entity}")
                    chosen[variant] = entry
                elif old.entity != entry.entity:
                    conflicts.append(f"{key!r}: {old.entity} over {entry.entity}")
        automaton = ahocorasick.Automaton()
        for variant, entry in chosen.items():
            automaton.add_word(" " + " ".join(variant) + " ", entry)
        automaton.make_automaton()
        surnames: set[str] = set()
        for entity, form, _kind, latin in _forms(kb):
            if entity.type == "person" and not latin:
                toks = tokens(form).norms
                if len(toks) >= 2:
                    surnames.add(toks[-1])
        part_people: dict[str, list[str]] = {}
        for pid, parts in person_parts.items():
            for p in parts:
                part_people.setdefault(p, []).append(pid)
        return cls(
            automaton=automaton,
            first_tokens=frozenset(v[0] for v in chosen),
            all_tokens=frozenset(t for v in chosen for t in v),
            person_parts=person_parts,
            person_edges={k: frozenset(v) for k, v in person_edges.items()},
            part_people={k: tuple(v) for k, v in part_people.items()},
            surnames=frozenset(surnames),
            conflicts=conflicts,
        )


def _rank(e: Entry) -> tuple[int, int]:
    return (_TYPE_PRIORITY.get(e.type, 9), _KIND_PRIORITY.get(e.kind, 9))


def _norm_key(text: str) -> str:
    return " ".join(tokens(text).norms)


def _forms(kb: KnowledgeBase) -> Iterable[tuple]:
    """(entity, surface, kind, is_english) for every form of every unsuppressed entity."""
    for entity in kb.entities.values():
        if entity.id in kb.suppressed_ids:
            continue
        own = "metonym" if entity.metonym_for and entity.type == "organization" else None
        yield entity, entity.name_ar, own or "name", False
        for a in entity.aliases_ar:
            yield entity, a, own or "alias", False
        yield entity, entity.name_en, own or "name", True
        for a in entity.aliases_en:
            yield entity, a, own or "alias", True
        for d in kb.demonyms.get(entity.id, ()):
            yield entity, d, "demonym", False


def _variants(toks: tuple[str, ...], kind: str) -> set[tuple[str, ...]]:
    """Spelling variants of one normalised form, generated once at compile time."""
    out = {toks}
    for v in list(out):
        out |= _compound_variants(v)
    if kind == "demonym":
        for v in list(out):
            bare = tuple(t[2:] if t.startswith("ال") and len(t) > 4 else t for t in v)
            out.add(bare)
    return out


def _compound_variants(toks: tuple[str, ...]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    joined: list[str] = []
    split: list[str] = []
    changed_join = changed_split = False
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (t in _JOIN_PREFIXES or nxt in _JOIN_SUFFIXES):
            joined.append(t + nxt)
            split.extend((t, nxt))
            changed_join = True
            i += 2
            continue
        piece = _split_compound(t)
        if piece:
            split.extend(piece)
            changed_split = True
        else:
            split.append(t)
        joined.append(t)
        i += 1
    if changed_join:
        out.add(tuple(joined))
    if changed_split:
        out.add(tuple(split))
    return out


def _split_compound(t: str) -> tuple[str, str] | None:
    for p in _JOIN_PREFIXES:
        if t.startswith(p) and len(t) - len(p) >= 3:
            return p, t[len(p) :]
    for s in _JOIN_SUFFIXES:
        if t.endswith(s) and len(t) - len(s) >= 2:
            return t[: -len(s)], s
    return None
