"""Drop gazetteer hits that begin an idiom (النيل من "to harm", not the Nile).

The knowledge base cannot see context; this is the one place where a following word
turns a name back into an everyday word. Phrases are data (``data/idioms.txt``).
"""

from __future__ import annotations

from functools import lru_cache

from briefings.nlp.lexicon import lexicon
from briefings.nlp.match import Hit
from briefings.nlp.tokens import Tokens


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First token of each idiom -> the rest of each idiom that starts with it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon().idioms:
        head, *rest = phrase.split()
        if rest:
            out.setdefault(head, []).append(tuple(rest))
    return {k: tuple(v) for k, v in out.items()}


def drop_idioms(hits: list[Hit], toks: Tokens, text: str) -> list[Hit]:
    """``hits`` without the one-token hits that start an idiom on the same line."""
    heads = _by_head()
    if not heads:
        return hits
    norms = toks.norms
    out = []
    for h in hits:
        if h.first == h.last:
            tails = heads.get(norms[h.first][h.clitic :])
            if tails and _followed_by(tails, h.last, toks, text):
                continue
        out.append(h)
    return out


def _followed_by(tails: tuple[tuple[str, ...], ...], last: int, toks: Tokens, text: str) -> bool:
    norms = toks.norms
    for tail in tails:
        end = last + len(tail)
        if end < len(norms) and tuple(norms[last + 1 : end + 1]) == tail:
            gaps = (text[toks.ends[k] : toks.starts[k + 1]] for k in range(last, end))
            if all(not g.strip() for g in gaps):
                return True
    return False
