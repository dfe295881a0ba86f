"""Fast tokenisation for the matcher, built on the shared rules in ``briefings.arabic``.

``briefings.arabic.tokenize`` folds the text one character at a time, which is
clear but too slow for whole archives. This module applies the very same table
to the whole text with one ``str.translate``, keeping lengths equal by turning
every stripped character into a tatweel placeholder (a word character, removed
afterwards), so regex offsets are original offsets. It yields exactly the tokens
that ``briefings.arabic.tokenize`` yields (tested); rare texts the trick cannot
handle (NFKC presentation forms, case folds that change length) take the exact
slow path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefings import arabic

_PLACEHOLDER = "\u0640"  # tatweel: a word character that the rules strip anyway


@dataclass(frozen=True)
class _Compiled:
    table: dict[int, str]
    nfkc_re: re.Pattern[str]
    word_re: re.Pattern[str]
    lower: bool


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    r = arabic.rules()
    table = {cp: (rep if rep else _PLACEHOLDER) for cp, rep in r.table.items()}
    nfkc = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in r.nfkc)
    return _Compiled(table, re.compile(f"[{nfkc}]"), r.token_re, r.lowercase)


class Tokens:
    """Parallel lists of normalised tokens and their original spans (cheap to build)."""

    __slots__ = ("norms", "starts", "ends")

    def __init__(self, norms: list[str], starts: list[int], ends: list[int]) -> None:
        self.norms = norms
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.norms)


def tokens(text: str) -> Tokens:
    """Tokens of ``text`` as ``briefings.arabic.tokenize`` defines them, only faster."""
    c = _compiled()
    folded = text.translate(c.table)
    if c.lower:
        folded = folded.lower()
    if len(folded) != len(text) or c.nfkc_re.search(text) is not None:
        toks = arabic.tokenize(text)
        return Tokens([t.norm for t in toks], [t.start for t in toks], [t.end for t in toks])
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in c.word_re.finditer(folded):
        run = m.group()
        s, e = m.start(), m.end()
        if _PLACEHOLDER in run:
            norm = run.replace(_PLACEHOLDER, "")
            if not norm:
                continue
            # Start and end the span on a letter, not on a stripped mark.
            while folded[s] == _PLACEHOLDER:
                s += 1
            while folded[e - 1] == _PLACEHOLDER:
                e -= 1
            run = norm
        norms.append(run)
        starts.append(s)
        ends.append(e)
    return Tokens(norms, starts, ends)


def tokenize(text: str) -> list[arabic.Token]:
    """Like ``briefings.arabic.tokenize`` (same output), for callers that want objects."""
    t = tokens(text)
    return [arabic.Token(n, s, e) for n, s, e in zip(t.norms, t.starts, t.ends, strict=True)]
