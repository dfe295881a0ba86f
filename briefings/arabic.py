"""Arabic normalisation with character offsets back into the original text.

The rules live in ``briefings/data/arabic.json`` so that the same table drives the
entity matcher, the Whoosh analyzer and the browser's query analyzer. Matching
happens on the normalised copy; display always uses the original text, so every
normalised character remembers where it came from.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Rules:
    """The normalisation rules, loaded once from data."""

    table: dict[int, str]  # code point -> replacement ('' strips it)
    nfkc: tuple[tuple[int, int], ...]
    lowercase: bool
    token_re: re.Pattern[str]
    proclitics: tuple[str, ...]  # longest first
    min_stem_after_proclitic: int


def _cp(h: str) -> int:
    return int(h, 16)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Load ``arabic.json`` (cached: it is read once per process)."""
    raw = json.loads(resources.files("briefings.data").joinpath("arabic.json").read_text("utf-8"))
    table: dict[int, str] = {}
    for lo, hi in raw["strip_ranges"]:
        for cp in range(_cp(lo), _cp(hi) + 1):
            table[cp] = ""
    for src, dst in raw["fold"].items():
        table[ord(src)] = dst
    proclitics = tuple(sorted(raw["proclitics"], key=len, reverse=True))
    return Rules(
        table=table,
        nfkc=tuple((_cp(lo), _cp(hi)) for lo, hi in raw["nfkc_ranges"]),
        lowercase=bool(raw["lowercase"]),
        token_re=re.compile(raw["token_pattern"]["python"]),
        proclitics=proclitics,
        min_stem_after_proclitic=int(raw["min_stem_after_proclitic"]),
    )


def _fold_char(ch: str, r: Rules) -> str:
    cp = ord(ch)
    if cp in r.table:
        return r.table[cp]
    for lo, hi in r.nfkc:
        if lo <= cp <= hi:
            # Presentation forms and full-width letters: fold, then normalise the result.
            # Some code points there have no compatibility form (the ornate parentheses
            # ﴾ ﴿ around Quranic quotes, unassigned ones): they stay as they are.
            composed = unicodedata.normalize("NFKC", ch)
            if composed != ch:
                return "".join(_fold_char(c, r) for c in composed)
            break
    return ch.lower() if r.lowercase else ch


@lru_cache(maxsize=1)
def _presentation_forms() -> re.Pattern[str]:
    """Characters that need NFKC (the one case ``str.translate`` cannot do)."""
    ranges = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in rules().nfkc)
    return re.compile(f"[{ranges}]")


def normalize(text: str) -> str:
    """Return the matching form of ``text`` (no offsets).

    One ``str.translate`` over the whole text, the same as folding each character
    (the table's outputs have no case); texts with presentation forms take the
    per-character path.
    """
    r = rules()
    if _presentation_forms().search(text) is not None:
        return "".join(_fold_char(ch, r) for ch in text)
    folded = text.translate(r.table)
    return folded.lower() if r.lowercase else folded


def words(text: str) -> list[str]:
    """The normalised tokens of ``text``, without offsets: what :func:`tokenize`
    yields as ``norm``, for callers (the search index) that never map back."""
    return rules().token_re.findall(normalize(text))


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and map each output character to its source index.

    ``offsets`` has one entry per normalised character plus a final sentinel equal
    to ``len(text)``, so a normalised span ``[s, e)`` maps back to the original
    span ``[offsets[s], offsets[e - 1] + 1)``.
    """
    r = rules()
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch, r)
        out.append(folded)
        offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return "".join(out), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalised span ``[start, end)`` to the original text's span."""
    return offsets[start], offsets[end - 1] + 1


@dataclass(frozen=True)
class Token:
    """A token of normalised text; ``start``/``end`` index the *original* text."""

    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into normalised word tokens carrying original offsets.

    Arabic punctuation (، ؛ ؟ « ») and hyphens are separators: only letters and
    digits make tokens, so punctuation never sticks to a word.
    """
    norm, offsets = normalize_with_offsets(text)
    return [
        Token(m.group(), *original_span(offsets, m.start(), m.end()))
        for m in rules().token_re.finditer(norm)
    ]


def proclitic_splits(token: str) -> Iterator[tuple[str, str]]:
    """Yield ``(proclitic, stem)`` readings of a normalised token, longest clitic first.

    The caller decides which reading is right (a known name, a long enough
    stem); this function only knows the clitic inventory and the minimum stem.
    """
    r = rules()
    for clitic in r.proclitics:
        if token.startswith(clitic) and len(token) - len(clitic) >= r.min_stem_after_proclitic:
            yield clitic, token[len(clitic) :]


_NOT_LETTER = re.compile(r"[\W\d_]+")
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")


def is_arabic(text: str, threshold: float = 0.3) -> bool:
    """True when at least ``threshold`` of the letters are Arabic script."""
    letters = _NOT_LETTER.sub("", text)
    if not letters:
        return False
    arabic = len(letters) - len(_ARABIC_RUN.sub("", letters))
    return arabic / len(letters) >= threshold
