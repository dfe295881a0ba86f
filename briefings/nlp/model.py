"""The entity model shared by the knowledge base, the extractor and the Pelican plugin.

Frozen dataclasses so that entities can be cached per process and shared between
documents without anyone mutating them by accident.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

TYPES = ("person", "country", "city", "organization", "region")
KINDS = ("name", "alias", "demonym", "metonym", "coreference")


@dataclass(frozen=True)
class Role:
    """A position held by a person; ISO dates, ``None`` means open-ended."""

    title_en: str
    title_ar: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Entity:
    """A person, country, city or organisation with its Arabic and English names."""

    id: str
    type: str
    name_ar: str
    name_en: str
    country: str | None
    wikidata: str | None
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    metonym_for: str | None = None
    discovered: bool = False


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity; offsets index the original text, end exclusive."""

    start: int
    end: int
    text: str
    entity: str
    type: str
    kind: str

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity": self.entity,
            "type": self.type,
            "kind": self.kind,
        }


@dataclass
class Extraction:
    """What the extractor found in one document."""

    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def mention_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        return counts

    def to_dict(self) -> dict[str, object]:
        """The ``invoke extract`` format: mentions in text order, entities by first mention."""
        counts = self.mention_counts()
        entities = [entity_dict(self.entities[eid], n) for eid, n in counts.items()]
        return {"mentions": [m.to_dict() for m in self.mentions], "entities": entities}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def entity_dict(e: Entity, mentions: int) -> dict[str, object]:
    """One entry of the ``entities`` list of the ``invoke extract`` format."""
    return {
        "id": e.id,
        "type": e.type,
        "name": {"ar": e.name_ar, "en": e.name_en},
        "wikidata": e.wikidata,
        "country": e.country,
        "mentions": mentions,
    }
