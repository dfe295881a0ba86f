"""Editors' overrides (``content/entities.toml``): add entities and aliases, merge, suppress.

See ``briefings/nlp/entities.example.toml`` for the format. Every entry is validated
before anything is applied, and an ``OverrideError`` names the file, the entry and the
reason, because a build that silently ignores an editor's correction is worse than a
build that stops.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefings.nlp.ids import is_valid_id
from briefings.nlp.kb import KnowledgeBase, roles_from
from briefings.nlp.model import TYPES, Entity
from briefings.nlp.tokens import tokens

_SECTIONS = {"entity", "alias", "merge", "suppress"}
_ENTITY_KEYS = {"id", "type", "ar", "en", "country", "aliases_ar", "aliases_en", "wikidata",
                "roles", "metonym_for"}  # fmt: skip
_ALIAS_KEYS = {"id", "ar", "en"}
_MERGE_KEYS = {"from", "into"}
_SUPPRESS_KEYS = {"id", "text"}
_BAD_TEXT = re.compile(r"[<>{}\"`\\]|\.\.|/")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class OverrideError(ValueError):
    """An invalid entry in the editors' overrides file."""


class _Checker:
    def __init__(self, path: Path, kb: KnowledgeBase) -> None:
        self.path = path
        self.kb = kb
        self.where = ""

    def fail(self, reason: str) -> OverrideError:
        return OverrideError(f"{self.path}: {self.where}: {reason}")

    def keys(self, entry: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
        if not isinstance(entry, dict):
            raise self.fail("expected a table")
        unknown = set(entry) - allowed
        if unknown:
            raise self.fail(f"unknown key(s) {', '.join(sorted(unknown))}")
        missing = required - set(entry)
        if missing:
            raise self.fail(f"missing key(s) {', '.join(sorted(missing))}")
        return entry

    def id(self, value: Any, key: str = "id") -> str:
        if not isinstance(value, str) or not is_valid_id(value):
            raise self.fail(
                f"{key} {value!r} is not a valid id (lower-case ASCII letters, digits and "
                "single hyphens only; no '/', '..', quotes or markup)"
            )
        return value

    def known(self, value: str, key: str, extra: set[str]) -> str:
        if value not in self.kb.entities and value not in extra and not value.startswith("x-"):
            raise self.fail(f"{key} {value!r} is not a known entity id")
        return value

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{key} must be a non-empty string")
        if _BAD_TEXT.search(value) or any(ord(c) < 32 for c in value):
            raise self.fail(f"{key} {value!r} contains markup, quotes, '/' or '..'")
        if not tokens(value).norms:
            raise self.fail(f"{key} {value!r} has no letters or digits")
        return value.strip()

    def texts(self, value: Any, key: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(f"{key} must be a list of strings")
        return tuple(self.text(v, key) for v in value)


def _norm(text: str) -> str:
    return " ".join(tokens(text).norms)


def apply_overrides(kb: KnowledgeBase, path: Path) -> None:
    """Validate ``path`` and apply it to ``kb`` in place (``kb`` should be a copy)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return  # no overrides file: nothing to apply
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{path}: not valid TOML: {exc}") from exc
    check = _Checker(path, kb)
    unknown = set(data) - _SECTIONS
    if unknown:
        check.where = "top level"
        raise check.fail(
            f"unknown section(s) {', '.join(sorted(unknown))} (expected [[entity]], "
            "[[alias]], [[merge]] or [[suppress]])"
        )
    owner = _form_owners(kb)
    new_ids: set[str] = set()
    for n, entry in enumerate(data.get("entity", []), 1):
        check.where = f"[[entity]] #{n}"
        entity = _entity(check, entry, new_ids)
        check.where = f"[[entity]] #{n} ({entity.id})"
        for form in (entity.name_ar, *entity.aliases_ar):
            _claim(check, owner, form, entity.id)
        kb.entities[entity.id] = entity
        new_ids.add(entity.id)
    for n, entry in enumerate(data.get("alias", []), 1):
        check.where = f"[[alias]] #{n}"
        entry = check.keys(entry, _ALIAS_KEYS, {"id"})
        eid = check.known(check.id(entry["id"]), "id", new_ids)
        ar, en = check.texts(entry.get("ar"), "ar"), check.texts(entry.get("en"), "en")
        if not ar and not en:
            raise check.fail("give at least one alias in ar or en")
        for form in ar:
            _claim(check, owner, form, eid)
        _add_aliases(kb, eid, ar, en)
    for n, entry in enumerate(data.get("merge", []), 1):
        check.where = f"[[merge]] #{n}"
        entry = check.keys(entry, _MERGE_KEYS, _MERGE_KEYS)
        src = check.known(check.id(entry["from"], "from"), "from", new_ids)
        dst = check.known(check.id(entry["into"], "into"), "into", new_ids)
        if kb.resolve(dst) == src or src == dst:
            raise check.fail(f"merging {src!r} into {dst!r} would make a cycle")
        if dst.startswith("x-") and dst not in kb.entities:
            raise check.fail(f"into {dst!r}: merge into a knowledge-base id, not a discovered one")
        kb.merges[src] = dst
        gone = kb.entities.pop(src, None)
        if gone is not None:
            _add_aliases(
                kb, dst, (gone.name_ar, *gone.aliases_ar), (gone.name_en, *gone.aliases_en)
            )
    for n, entry in enumerate(data.get("suppress", []), 1):
        check.where = f"[[suppress]] #{n}"
        entry = check.keys(entry, _SUPPRESS_KEYS, set())
        if ("id" in entry) == ("text" in entry):
            raise check.fail("give exactly one of id or text")
        if "id" in entry:
            kb.suppressed_ids.add(check.known(check.id(entry["id"]), "id", new_ids))
        else:
            kb.suppressed_forms.add(check.text(entry["text"], "text"))


def _entity(check: _Checker, entry: Any, new_ids: set[str]) -> Entity:
    entry = check.keys(entry, _ENTITY_KEYS, {"id", "type", "ar", "en"})
    eid = check.id(entry["id"])
    if eid.startswith("x-"):
        raise check.fail(f"id {eid!r}: the x- prefix is reserved for discovered people")
    if eid in check.kb.entities or eid in new_ids:
        raise check.fail(f"id {eid!r} already exists (use [[alias]] to add names to it)")
    etype = entry["type"]
    if etype not in TYPES:
        raise check.fail(f"type {etype!r} is not one of {', '.join(TYPES)}")
    country = entry.get("country")
    if country is not None:
        if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
            raise check.fail(f"country {country!r} is not an ISO 3166 alpha-2 code")
        country = country.upper()
        if not any(
            e.type == "country" and e.country == country for e in check.kb.entities.values()
        ):
            raise check.fail(f"country {country!r} is not a known country code")
    wikidata = entry.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _QID.match(wikidata)):
        raise check.fail(f"wikidata {wikidata!r} is not a QID like 'Q7747'")
    roles = entry.get("roles", [])
    if not isinstance(roles, list):
        raise check.fail("roles must be a list of tables")
    for r in roles:
        if not isinstance(r, dict) or set(r) - {"en", "ar", "from", "to"}:
            raise check.fail("each role is a table with en, ar, from, to")
        for key in ("from", "to"):
            if r.get(key) is not None and not _DATE.match(str(r[key])):
                raise check.fail(f"role {key} {r[key]!r} is not an ISO date")
    return Entity(
        id=eid,
        type=etype,
        name_ar=check.text(entry["ar"], "ar"),
        name_en=check.text(entry["en"], "en"),
        country=country,
        wikidata=wikidata,
        aliases_ar=check.texts(entry.get("aliases_ar"), "aliases_ar"),
        aliases_en=check.texts(entry.get("aliases_en"), "aliases_en"),
        roles=roles_from(roles),
        metonym_for=entry.get("metonym_for"),
    )


def _form_owners(kb: KnowledgeBase) -> dict[str, str]:
    owner: dict[str, str] = {}
    for e in kb.entities.values():
        for form in (e.name_ar, *e.aliases_ar):
            owner.setdefault(_norm(form), e.id)
    return owner


def _claim(check: _Checker, owner: dict[str, str], form: str, eid: str) -> None:
    """An Arabic alias may name one entity only: a duplicate is an error, not a coin toss."""
    key = _norm(form)
    other = owner.get(key)
    if other is not None and other != eid:
        raise check.fail(f"alias {form!r} already names {other!r}")
    owner[key] = eid


def _add_aliases(kb: KnowledgeBase, eid: str, ar: tuple[str, ...], en: tuple[str, ...]) -> None:
    entity = kb.entities.get(eid)
    if entity is None:
        # A discovered person: keep the aliases on a stub so the matcher can link them.
        entity = Entity(eid, "person", ar[0] if ar else en[0], en[0] if en else "", None, None,
                        discovered=True)  # fmt: skip
    kb.entities[eid] = replace(
        entity,
        aliases_ar=tuple(dict.fromkeys((*entity.aliases_ar, *ar))),
        aliases_en=tuple(dict.fromkeys((*entity.aliases_en, *en))),
    )
