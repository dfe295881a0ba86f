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

from briefings import arabic
from briefings.nlp.gazetteer import Entry, Gazetteer
from briefings.nlp.tokens import Tokens


@dataclass(frozen=True)
class Hit:
    """A gazetteer match over tokens ``[first, last]`` (inclusive)."""

    first: int
    last: int
    entry: Entry
    clitic: int  # characters of proclitic on the first token, not part of the mention


@lru_cache(maxsize=1)
def _clitics() -> tuple[str, ...]:
    """Proclitics from the shared rules, shortest first, without article-bearing ones."""
    from briefings.arabic import rules

    return tuple(sorted((c for c in rules().proclitics if not c.endswith("ال")), key=len))


def stem_reading(token: str, gaz: Gazetteer) -> tuple[str, int]:
    """The form of ``token`` to match and the length of the clitic stripped from it."""
    return _stem_reading(token, gaz.first_tokens, gaz.all_tokens)


@lru_cache(maxsize=262144)
def _stem_reading(token: str, first: frozenset[str], known: frozenset[str]) -> tuple[str, int]:
    if token in known:
        return token, 0
    splits = dict(arabic.proclitic_splits(token))
    for clitic in _clitics():
        stem = splits.get(clitic)
        if stem is None:
            continue
        if clitic.endswith("لل"):
            # لل is ل + ال: للصين → ل + الصين (the article's alef is elided in writing).
            stem, clitic_len = "ال" + stem, len(clitic) - 1
        else:
            clitic_len = len(clitic)
        if stem in first:
            return stem, clitic_len
    return token, 0


def find(toks: Tokens, text: str, gaz: Gazetteer) -> list[Hit]:
    """Non-overlapping gazetteer hits, longest first, in text order."""
    forms: list[str] = []
    clitic_lens: list[int] = []
    first, known = gaz.first_tokens, gaz.all_tokens
    for norm in toks.norms:
        form, cl = _stem_reading(norm, first, known)
        forms.append(form)
        clitic_lens.append(cl)
    # Position of each token's trailing space in the joined string -> token index.
    joined = " " + " ".join(forms) + " "
    end_to_tok: dict[int, int] = {}
    pos = 0
    for i, f in enumerate(forms):
        pos += 1 + len(f)
        end_to_tok[pos] = i
    candidates: list[Hit] = []
    for end, entry in gaz.automaton.iter(joined):
        last = end_to_tok[end]
        first_tok = last - entry.ntokens + 1
        if entry.latin and entry.ntokens == 1 and text[toks.starts[last]].islower():
            continue  # turkey, chad: an English common word, not the country
        candidates.append(Hit(first_tok, last, entry, clitic_lens[first_tok]))
    if not candidates:
        return []
    candidates.sort(key=lambda h: (-(h.last - h.first), h.first))
    taken = bytearray(len(forms))
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


def _same_line(toks: Tokens, text: str, h: Hit) -> bool:
    """A name never spans a line break or sentence punctuation (only spaces and hyphens)."""
    for i in range(h.first, h.last):
        gap = text[toks.ends[i] : toks.starts[i + 1]]
        if gap.strip(" -\u2010\u2011\u2012\u2013\u00a0\u200c\u200d\u200f\u200e\t"):
            return False
    return True
