"""The extractor: gazetteer hits, then discovery, then coreference, as ``Mention`` objects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from briefings.nlp.context import Doc, PersonSpan
from briefings.nlp.coref import Coref
from briefings.nlp.discovery import Discoverer
from briefings.nlp.idioms import drop_idioms
from briefings.nlp.kb import KnowledgeBase
from briefings.nlp.match import find_all
from briefings.nlp.model import Entity, Extraction, Mention
from briefings.nlp.sports import relink_clubs
from briefings.nlp.tokens import tokens

CHUNK_CHARS = 1 << 18  # large files are read in paragraph-aligned chunks of about 256 KB


class Extractor:
    """Links the entities of one document at a time; reusable and cheap to call."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.gaz = kb.gazetteer
        self._suppressed_keys = {" ".join(tokens(s).norms) for s in kb.suppressed_forms}

    def extract(self, text: str) -> Extraction:
        result = Extraction()
        self._extract_into(text, 0, result)
        return result

    def extract_chunks(self, chunks: Iterable[str]) -> Extraction:
        """One extraction over consecutive pieces of a large text (offsets stay global).

        Coreference does not reach across chunk boundaries; chunks end at paragraphs.
        """
        result = Extraction()
        for part in self.iter_chunks(chunks):
            result.mentions.extend(part.mentions)
            for eid, entity in part.entities.items():
                result.entities.setdefault(eid, entity)
        return result

    def iter_chunks(self, chunks: Iterable[str]) -> Iterator[Extraction]:
        """One ``Extraction`` per chunk, offsets global: memory stays at one chunk's worth."""
        offset = 0
        for chunk in chunks:
            part = Extraction()
            self._extract_into(chunk, offset, part)
            offset += len(chunk)
            yield part

    def _extract_into(self, text: str, offset: int, result: Extraction) -> None:
        toks = tokens(text)
        hits, nested = find_all(toks, text, self.gaz)
        hits = drop_idioms(hits, toks, text)
        hits = relink_clubs(hits, toks, self.kb.club_forms)
        doc = Doc(text, toks, self.gaz, hits)
        found, pending = Discoverer(doc).run()
        if found:
            # A discovered name may have absorbed a lone KB surname (جان دافيد ليفيت).
            inside = {k for p in found for k in range(p.first, p.last + 1)}
            hits = [h for h in hits if h.first not in inside]
        people = sorted(
            [
                PersonSpan(h.first, h.last, h.entry.entity, h.entry.kind, h.clitic)
                for h in hits
                if h.entry.type == "person"
            ]
            + found,
            key=lambda p: p.first,
        )
        corefs = Coref(doc).run(people, pending)
        if corefs:
            # A nationality word that repeats a family name of the document (كينيون after
            # بيتر كينيون) became a coreference: it is no longer a demonym.
            starts = {p.first for p in corefs}
            hits = [h for h in hits if not (h.entry.kind == "demonym" and h.first in starts)]
        # (start, end, entity, type, kind, normalised key of a person span)
        spans: list[tuple[int, int, str, str, str, str]] = []
        for h in (*hits, *nested):
            e = h.entry
            if e.type != "person":
                first, last = h.first + e.lead, h.last - e.trail
                start = toks.starts[first] + (0 if e.lead else h.clitic)
                spans.append((start, toks.ends[last], e.entity, e.type, e.kind, ""))
        for p in (*people, *corefs):
            start = toks.starts[p.first] + p.clitic
            key = " ".join(p.parts) if p.parts else " ".join(toks.norms[p.first : p.last + 1])
            spans.append((start, toks.ends[p.last], p.entity, "person", p.kind, key))
        spans.sort()
        blocked: set[str] = set()  # discovered people whose name editors suppressed
        for start, end, eid, etype, kind, key in spans:
            entity = self._entity(eid, etype, text[start:end], key, result, blocked)
            if entity is None:
                continue
            result.mentions.append(
                Mention(start + offset, end + offset, text[start:end], entity.id, entity.type, kind)
            )

    def _entity(
        self,
        eid: str,
        etype: str,
        surface: str,
        key: str,
        result: Extraction,
        blocked: set[str],
    ) -> Entity | None:
        kb = self.kb
        eid = kb.resolve(eid)
        if eid in kb.suppressed_ids or eid in blocked:
            return None
        entity = result.entities.get(eid) or kb.entities.get(eid)
        if entity is None:
            if key in self._suppressed_keys:
                blocked.add(eid)
                return None
            entity = Entity(eid, etype, surface, "", None, None, discovered=True)
        result.entities.setdefault(eid, entity)
        return entity


def paragraph_chunks(lines: Iterable[str], size: int = CHUNK_CHARS) -> Iterator[str]:
    """Group lines into chunks of about ``size`` characters, cut at blank lines when possible."""
    buf: list[str] = []
    length = 0
    for line in lines:
        buf.append(line)
        length += len(line)
        if length >= size and (not line.strip() or length >= 4 * size):
            yield "".join(buf)
            buf, length = [], 0
    if buf:
        yield "".join(buf)
