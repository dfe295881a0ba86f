"""Proclitic readings of a normalised token (و، ف، ب، ل، ك and combinations).

Built on ``briefings.arabic.proclitic_splits`` (the shared inventory); this module
only decides how an article-bearing clitic is read: بال is ب + a stem that keeps its ال,
and لل is ل + ال (the article's alef is not written after ل), so a name's own article
is never lost and المالي never becomes مالي.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from briefings import arabic


def clitic_reading(token: str, vocab: Container[str]) -> tuple[str, int] | None:
    """``(stem, clitic length)`` when ``token`` or a proclitic reading of it is in ``vocab``.

    Shortest clitic first; clitics that carry the article are read as the shorter clitic
    plus a stem that keeps ال, and لل as ل + ال (see ``briefings.nlp.match``).
    """
    if token in vocab:
        return token, 0
    for stem, n in stem_splits(token):
        if stem in vocab:
            return stem, n
    return None


@lru_cache(maxsize=262144)
def stem_splits(token: str) -> tuple[tuple[str, int], ...]:
    """Every ``(stem, clitic length)`` reading of ``token``, shortest clitic first."""
    out = []
    for clitic, stem in sorted(arabic.proclitic_splits(token), key=lambda cs: len(cs[0])):
        if clitic.endswith("ال"):
            continue
        if clitic.endswith("لل"):
            out.append(("ال" + stem, len(clitic) - 1))
        else:
            out.append((stem, len(clitic)))
    return tuple(out)
