"""Make a headline from a briefing's lead when the seed has no title."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n")
_CLAUSE = re.compile(r"[،,:؛;–—]")
# A coordinated clause starts here: Arabic "و" glued to a verb or noun, English and/but.
# Words that merely start with the letter و are excluded (وزير، وكالة، واشنطن …).
_NOT_CONJUNCTION = (
    "وزير وزيرة وزراء وزارة وزارات وكالة وكالات وسائل وسط وفد وقت وضع ولاية ولايات ولي "
    "واشنطن وحدة وحدات وثيقة وفاة وقف ورقة وطني وطنية وجه وصول وجود وعود وقود وباء ودائع "
    "واقع واردات والد والدة وادي وهران وارسو ويلز وينبغي"
).split()
_CONJUNCTION = re.compile(
    r" (?=و(?!(?:" + "|".join(w[1:] for w in _NOT_CONJUNCTION) + r")\b)\w{3,})"
    r"| (?=(?:and|but|while) )"
)

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

    The first clause is kept when it is long enough to say something; else the
    sentence is cut before its last coordinating conjunction that fits; else at a
    word boundary, marked with an ellipsis.
    """
    sentence = lead_sentence(text).rstrip(".!?؟ ")
    if len(sentence) <= max_chars:
        return sentence
    clause = _CLAUSE.split(sentence, maxsplit=1)[0].strip()
    if MIN_CLAUSE_CHARS <= len(clause) <= max_chars:
        return clause
    cuts = [m.start() for m in _CONJUNCTION.finditer(sentence, 0, max_chars + 1)]
    cuts = [c for c in cuts if c >= MIN_CLAUSE_CHARS]
    if cuts:
        return sentence[: cuts[-1]].rstrip("،,:؛; ")
    cut = sentence[: max_chars + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip("،,:؛; ") + "…"
