"""The knowledge base: packaged data files plus CLDR names from Babel, plus editors' overrides.

The packaged part is loaded once per process (it does not change while a site
builds); editors' overrides are applied on a copy on every call, so a changed
``content/entities.toml`` is picked up by the next build.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.core import get_global

from briefings.nlp.ids import slugify
from briefings.nlp.lexicon import lexicon
from briefings.nlp.model import Entity, Role

if TYPE_CHECKING:
    from briefings.nlp.gazetteer import Gazetteer

DATA_FILES = (
    "people.json",
    "countries_extra.json",
    "cities.json",
    "organizations.json",
    "regions.json",
)

# CLDR territory codes that are not countries or territories a briefing is about.
_NOT_TERRITORIES = {
    "EU",
    "EZ",
    "UN",
    "QO",
    "XA",
    "XB",
    "ZZ",
    "AC",
    "CP",
    "CQ",
    "DG",
    "EA",
    "IC",
    "TA",
}
# Time-zone ids whose exemplar "cities" are research stations or small towns named
# like common words; they would cost precision and no briefing is about them.
_SKIP_ZONE_PREFIXES = ("Antarctica/", "Etc/", "America/Indiana/", "America/North_Dakota/",
                       "America/Kentucky/")  # fmt: skip
_PAREN_RE = re.compile(r"\s*\(.*?\)\s*")


class KBError(ValueError):
    """A packaged data file is missing or unreadable."""


@dataclass
class KnowledgeBase:
    """Every known entity and the surface forms that name it."""

    entities: dict[str, Entity]
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # country id -> forms
    suppressed_forms: set[str] = field(default_factory=set)  # normalised surfaces never linked
    suppressed_ids: set[str] = field(default_factory=set)
    merges: dict[str, str] = field(default_factory=dict)  # id -> id it was merged into
    problems: list[str] = field(default_factory=list)  # data problems found while loading
    # A sports club's bare city form (normalised tokens, space-joined) -> the club's id:
    # ليفربول is the club in a sports report and the city elsewhere.
    club_forms: dict[str, str] = field(default_factory=dict)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(self.resolve(entity_id))

    def resolve(self, entity_id: str) -> str:
        """Follow merges (``from`` → ``into``) to the surviving id."""
        seen = set()
        while entity_id in self.merges and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self.merges[entity_id]
        return entity_id

    def by_country(self, iso: str) -> list[Entity]:
        iso = iso.upper()
        return [e for e in self.entities.values() if e.country == iso]

    def copy(self) -> KnowledgeBase:
        return KnowledgeBase(
            entities=dict(self.entities),
            demonyms=dict(self.demonyms),
            suppressed_forms=set(self.suppressed_forms),
            suppressed_ids=set(self.suppressed_ids),
            merges=dict(self.merges),
            problems=list(self.problems),
            club_forms=dict(self.club_forms),
        )

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The compiled matcher (built on first use; one per knowledge base)."""
        from briefings.nlp.gazetteer import Gazetteer

        return Gazetteer.compile(self)


def load_kb(overrides: Path | None = None) -> KnowledgeBase:
    """The knowledge base, with ``overrides`` (an editors' TOML file) applied when given."""
    base = _packaged()
    if overrides is None:
        return base
    from briefings.nlp.overrides import apply_overrides

    kb = base.copy()
    apply_overrides(kb, Path(overrides))
    return kb


@lru_cache(maxsize=1)
def _packaged() -> KnowledgeBase:
    kb = KnowledgeBase(entities={})
    _add_countries(kb, _read_json("countries_extra.json", {}))
    _add_rows(kb, _read_json("cities.json", []), "city", "cities.json", _capital_of)
    _add_cldr_cities(kb)
    orgs = _read_json("organizations.json", [])
    _add_rows(kb, orgs, "organization", "organizations.json", _seat_of)
    _add_club_forms(kb, orgs)
    # Regions, seas and straits belong to no single country.
    _add_rows(kb, _read_json("regions.json", []), "region", "regions.json")
    _add_people(kb, _read_json("people.json", []))
    kb.suppressed_forms |= lexicon().blocklist
    return kb


def _read_json(name: str, shape: Any) -> Any:
    path = resources.files("briefings.data").joinpath(name)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise KBError(f"packaged knowledge-base file briefings/data/{name} is missing") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KBError(f"briefings/data/{name}: invalid JSON: {exc}") from exc
    if not isinstance(data, type(shape)):
        raise KBError(f"briefings/data/{name}: expected a JSON {type(shape).__name__}")
    return data


def _add(kb: KnowledgeBase, entity: Entity, source: str) -> bool:
    if entity.id in kb.entities:
        kb.problems.append(f"{source}: duplicate id {entity.id!r} (kept the first)")
        return False
    kb.entities[entity.id] = entity
    return True


def _strs(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(v.strip() for v in value if isinstance(v, str) and v.strip()))


def _clean(name: str) -> str:
    """CLDR display names carry notes in brackets: ``ميانمار (بورما)`` → ``ميانمار``."""
    return _PAREN_RE.sub(" ", name).strip()


def _add_countries(kb: KnowledgeBase, extra: dict[str, Any]) -> None:
    ar, en = Locale("ar").territories, Locale("en").territories
    for code, name_ar in ar.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_TERRITORIES:
            continue
        name_en = en.get(code, code)
        info = extra.get(code) or {}
        aliases = _strs([*info.get("long_names", []), *info.get("aliases", [])])
        clean = _clean(name_ar)
        if clean != name_ar:
            aliases = (*aliases, clean)
        en_aliases = _strs(info.get("aliases_en", []))
        if _clean(name_en) != name_en:
            en_aliases = (*en_aliases, _clean(name_en))
        entity = Entity(
            id=slugify(name_en),
            type="country",
            name_ar=clean,
            name_en=name_en,
            country=code,
            wikidata=info.get("wikidata"),
            aliases_ar=aliases,
            aliases_en=en_aliases,
        )
        if _add(kb, entity, "CLDR territories"):
            kb.demonyms[entity.id] = _strs(info.get("demonyms", []))
    for code in extra:
        if code not in ar and not code.startswith("_"):
            kb.problems.append(f"countries_extra.json: {code!r} is not a CLDR territory code")


def _country(value: Any, kb: KnowledgeBase, source: str) -> str | None:
    if not value:
        return None
    code = str(value).upper()
    if not any(e.type == "country" and e.country == code for e in kb.entities.values()):
        kb.problems.append(f"{source}: unknown country code {value!r}")
    return code


def _add_rows(
    kb: KnowledgeBase,
    rows: list[dict[str, Any]],
    entity_type: str,
    source: str,
    metonym_for: Callable[[dict[str, Any]], str | None] = lambda row: None,
) -> None:
    """Entities of one type from a data file's rows; a bad row is a problem, not a crash."""
    for row in rows:
        try:
            entity = Entity(
                id=row["id"],
                type=entity_type,
                name_ar=row["ar"],
                name_en=row["en"],
                country=_country(row.get("country"), kb, f"{source} {row['id']}"),
                wikidata=row.get("wikidata"),
                aliases_ar=_strs(row.get("aliases_ar")),
                aliases_en=_strs(row.get("aliases_en")),
                metonym_for=metonym_for(row),
            )
        except (KeyError, TypeError) as exc:
            kb.problems.append(f"{source}: bad entry {row!r}: {exc}")
            continue
        _add(kb, entity, source)


def _add_club_forms(kb: KnowledgeBase, rows: list[dict[str, Any]]) -> None:
    """Bare city forms of sports clubs (``ambiguous_ar`` of a ``sports`` organisation)."""
    from briefings.nlp.tokens import tokens

    for row in rows:
        if row.get("kind") == "sports" and row.get("id") in kb.entities:
            for form in _strs(row.get("ambiguous_ar")):
                kb.club_forms.setdefault(" ".join(tokens(form).norms), row["id"])


def _capital_of(row: dict[str, Any]) -> str | None:
    """A capital stands for its country's government (موسكو for Russia)."""
    return (row.get("country") or None) if row.get("capital") else None


def _seat_of(row: dict[str, Any]) -> str | None:
    """The Kremlin, the White House: a body named for its country's government."""
    return str(row["metonym_for"]).upper() if row.get("metonym_for") else None


def _zone_territories() -> dict[str, str]:
    zones: dict[str, str] = dict(get_global("zone_territories"))
    for alias, target in get_global("zone_aliases").items():
        if target in zones and alias not in zones:
            zones[alias] = zones[target]
    return zones


def _add_cldr_cities(kb: KnowledgeBase) -> None:
    """CLDR's exemplar cities, unless ``cities.json`` has them or a country owns the name."""
    from briefings import arabic

    ar_zones, en_zones = Locale("ar").time_zones, Locale("en").time_zones
    zone_country = _zone_territories()
    by_en = {slugify(e.name_en): e for e in kb.entities.values() if e.type == "city"}
    countries = [e for e in kb.entities.values() if e.type == "country"]
    country_names = {arabic.normalize(e.name_ar) for e in countries}
    country_slugs = {slugify(_clean(e.name_en)) for e in countries}
    for zone, info in ar_zones.items():
        name_ar = info.get("city")
        if not name_ar or zone.startswith(_SKIP_ZONE_PREFIXES):
            continue
        name_en = (en_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace(
            "_", " "
        )
        clean = _clean(name_ar)
        known = by_en.get(slugify(name_en))
        if known is not None:
            # The curated entry wins; CLDR's spelling becomes one more alias.
            if arabic.normalize(clean) not in {
                arabic.normalize(n) for n in (known.name_ar, *known.aliases_ar)
            }:
                kb.entities[known.id] = replace(known, aliases_ar=(*known.aliases_ar, clean))
            continue
        if arabic.normalize(clean) in country_names or slugify(name_en) in country_slugs:
            continue  # Asia/Kuwait "الكويت", America/St_Lucia: the zone is named for its country
        cid = slugify(name_en)
        if cid in kb.entities:
            cid = f"{cid}-city"
        aliases = tuple(
            a.strip() for a in re.findall(r"\((.*?)\)", name_ar) if a.strip()
        )  # هيبرون (مدينة الخليل)
        entity = Entity(
            id=cid,
            type="city",
            name_ar=clean,
            name_en=name_en,
            country=zone_country.get(zone),
            wikidata=None,
            aliases_ar=aliases,
        )
        if _add(kb, entity, f"CLDR zone {zone}"):
            by_en[slugify(name_en)] = entity


def roles_from(rows: Any) -> tuple[Role, ...]:
    """``[{"en", "ar", "from", "to"}]`` → ``Role`` tuples (shared with the overrides)."""
    out = []
    for r in rows or ():
        out.append(Role(r.get("en", ""), r.get("ar", ""), r.get("from"), r.get("to")))
    return tuple(out)


def _add_people(kb: KnowledgeBase, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        try:
            pid = row["id"]
            entity = Entity(
                id=pid,
                type="person",
                name_ar=row["ar"],
                name_en=row["en"],
                country=_country(row.get("country"), kb, f"people.json {pid}"),
                wikidata=row.get("wikidata"),
                aliases_ar=_strs(row.get("aliases_ar")),
                aliases_en=_strs(row.get("aliases_en")),
                roles=roles_from(row.get("roles")),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            kb.problems.append(f"people.json: bad entry {row!r}: {exc}")
            continue
        _add(kb, entity, "people.json")
