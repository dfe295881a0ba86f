"""Find knowledge-base names in a token stream: one automaton pass, longest match first.

Proclitics (و ف ب ل ك and their combinations) are stripped from a token only when the
token itself is not a known name token and what remains starts a known name, so
بروسيا → ب + روسيا and والكرملين → و + الكرملين, while بوتين or لبنان stay whole.
Clitics that contain the article (بال، وال) are read as the shorter clitic plus a stem
that keeps its ال (بالهند → ب + الهند), and لل as ل + ال (للصين → ل + الصين), so a
country name never loses its own article and المالي never becomes مالي.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from briefings.nlp.clitics import stem_splits
from briefings.nlp.gazetteer import Entry, Gazetteer
from briefings.nlp.tokens import Tokens


@dataclass(frozen=True)
class Hit:
    """A gazetteer match over tokens ``[first, last]`` (inclusive)."""

    first: int
    last: int
    entry: Entry
    clitic: int  # characters of proclitic on the first token, not part of the mention


@lru_cache(maxsize=262144)
def _readings(
    token: str, first: frozenset[str], known: frozenset[str]
) -> tuple[tuple[str, int], ...]:
    """``((form, clitic length), ...)``: the preferred reading, then an alternative if any.

    A token that is itself part of some name (للامم in المفوضية السامية للأمم المتحدة) may
    also be a clitic plus the start of another name (ل + الأمم المتحدة): both are tried.
    """
    stripped = _stripped(token, first)
    if token in known:
        if stripped is not None and stripped[0] != token:
            return ((token, 0), stripped)
        return ((token, 0),)
    return (stripped or (token, 0),)


def _stripped(token: str, first: frozenset[str]) -> tuple[str, int] | None:
    for stem, clitic_len in stem_splits(token):
        if stem in first:
            return stem, clitic_len
    return None


def find_all(toks: Tokens, text: str, gaz: Gazetteer) -> tuple[list[Hit], list[Hit]]:
    """``(hits, nested)``: non-overlapping hits, longest first, in text order, and the
    nationality adjectives inside an organisation's name (وكالة التجسس الكورية الجنوبية
    also mentions South Korea), which overlap their organisation's hit."""
    first, known = gaz.first_tokens, gaz.all_tokens
    readings = [_readings(norm, first, known) for norm in toks.norms]
    candidates = _candidates([r[0] for r in readings], toks, text, gaz)
    if any(len(r) > 1 for r in readings):
        alternative = [r[-1] for r in readings]
        candidates = list(dict.fromkeys(candidates + _candidates(alternative, toks, text, gaz)))
    if not candidates:
        return [], []
    candidates.sort(key=lambda h: (-(h.last - h.first), h.first))
    chosen = _longest_first(candidates, len(readings), toks, text)
    nested: list[Hit] = []
    for h in chosen:
        if h.entry.type == "organization" and h.last > h.first:
            inside = [
                c
                for c in candidates
                if c.entry.kind == "demonym" and h.first < c.first and c.last <= h.last
            ]
            nested += _longest_first(inside, len(readings), toks, text)
    return chosen, nested


def _longest_first(candidates: list[Hit], n: int, toks: Tokens, text: str) -> list[Hit]:
    """Greedy choice of non-overlapping hits from candidates sorted longest first."""
    taken = bytearray(n)
    chosen: list[Hit] = []
    for h in candidates:
        if any(taken[h.first : h.last + 1]):
            continue
        if not _same_line(toks, text, h):
            continue
        taken[h.first : h.last + 1] = b"\x01" * (h.last - h.first + 1)
        chosen.append(h)
    chosen.sort(key=lambda h: h.first)
    return chosen


def _candidates(
    readings: list[tuple[str, int]], toks: Tokens, text: str, gaz: Gazetteer
) -> list[Hit]:
    """Every automaton hit over one reading of the tokens (overlaps included)."""
    joined = " " + " ".join(form for form, _ in readings) + " "
    # Position of each token's trailing space in the joined string -> token index.
    end_to_tok: dict[int, int] = {}
    pos = 0
    for i, (form, _) in enumerate(readings):
        pos += 1 + len(form)
        end_to_tok[pos] = i
    out: list[Hit] = []
    for end, entry in gaz.automaton.iter(joined):
        last = end_to_tok[end]
        first_tok = last - entry.ntokens + 1
        if entry.latin and entry.ntokens == 1 and text[toks.starts[last]].islower():
            continue  # turkey, chad: an English common word, not the country
        out.append(Hit(first_tok, last, entry, readings[first_tok][1]))
    return out


def _same_line(toks: Tokens, text: str, h: Hit) -> bool:
    """A name never spans a line break or sentence punctuation (only spaces and hyphens)."""
    for i in range(h.first, h.last):
        gap = text[toks.ends[i] : toks.starts[i + 1]]
        if gap.strip(" -\u2010\u2011\u2012\u2013\u00a0\u200c\u200d\u200f\u200e\t"):
            return False
    return True
