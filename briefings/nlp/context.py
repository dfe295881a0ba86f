"""Per-document state shared by discovery and coreference: tokens, hits, separators."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from briefings import arabic
from briefings.nlp.gazetteer import Gazetteer
from briefings.nlp.lexicon import Lexicon, lexicon
from briefings.nlp.match import Hit
from briefings.nlp.tokens import Tokens

_SPACE = " -\u00a0\u200c\u200d\u200e\u200f\t\u2010\u2011"
_COMMAS = {",", "،"}


@dataclass(frozen=True)
class PersonSpan:
    """A person mention over tokens ``[first, last]`` before it becomes a ``Mention``."""

    first: int
    last: int
    entity: str
    kind: str
    clitic: int = 0
    parts: tuple[str, ...] = ()  # normalised name tokens (for coreference)
    cue: str = ""  # what found it (title, verb, given-name, ...): for debugging and tests


@dataclass
class Doc:
    """One document's tokens with what the gazetteer already covered."""

    text: str
    toks: Tokens
    gaz: Gazetteer
    hits: list[Hit]
    lex: Lexicon = field(default_factory=lexicon)
    covered: list[Hit | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.covered = [None] * len(self.toks)
        for h in self.hits:
            for i in range(h.first, h.last + 1):
                self.covered[i] = h

    def gap(self, i: int) -> str:
        """Non-space characters between token ``i`` and token ``i + 1`` ('' = plain space)."""
        if i + 1 >= len(self.toks):
            return "."
        return self.text[self.toks.ends[i] : self.toks.starts[i + 1]].strip(_SPACE)

    def comma_after(self, i: int) -> bool:
        g = self.gap(i)
        return bool(g) and g[0] in _COMMAS

    def norm(self, i: int) -> str:
        return self.toks.norms[i]

    def has_article(self, i: int) -> bool:
        """The token starts with the article ال as written (ألكسندر and إليزابيث do not)."""
        return self.toks.norms[i].startswith("ال") and self.text[self.toks.starts[i]] in "اٱ"


def clitic_reading(token: str, vocab: frozenset[str]) -> tuple[str, int] | None:
    """``(stem, clitic length)`` when ``token`` or a proclitic reading of it is in ``vocab``."""
    return _clitic_reading(token, vocab)


@lru_cache(maxsize=131072)
def _clitic_reading(token: str, vocab: frozenset[str]) -> tuple[str, int] | None:
    if token in vocab:
        return token, 0
    for clitic, stem in sorted(arabic.proclitic_splits(token), key=lambda cs: len(cs[0])):
        if clitic.endswith("ال"):
            continue
        if clitic.endswith("لل"):
            stem, n = "ال" + stem, len(clitic) - 1
        else:
            n = len(clitic)
        if stem in vocab:
            return stem, n
    return None
