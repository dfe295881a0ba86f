"""Make a headline from a briefing's lead when the seed has no title."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n")
_CLAUSE = re.compile(r"[،,:؛;–—]")

MAX_CHARS = 90
MIN_CLAUSE_CHARS = 30


def lead_sentence(text: str) -> str:
    """The first non-empty sentence of ``text``."""
    for part in _SENTENCE_END.split(text.strip()):
        part = part.strip(" \t\"'“”«»")
        if part:
            return part
    return ""


def headline(text: str, max_chars: int = MAX_CHARS) -> str:
    """Shorten the lead sentence to a headline.

    The first clause is kept when it is long enough to say something; otherwise
    the sentence is cut at a word boundary and marked with an ellipsis.
    """
    sentence = lead_sentence(text).rstrip(".!?؟ ")
    if len(sentence) <= max_chars:
        return sentence
    clause = _CLAUSE.split(sentence, maxsplit=1)[0].strip()
    if MIN_CLAUSE_CHARS <= len(clause) <= max_chars:
        return clause
    cut = sentence[: max_chars + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip("،,:؛; ") + "…"
