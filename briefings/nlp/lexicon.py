"""Word lists for discovery and filtering, read from ``briefings/nlp/data/*.txt``.

Lists are kept as data (one entry a line, ``#`` comments) so linguists can edit
them without touching code; entries are normalised with ``briefings.arabic`` on load
so they compare equal to text tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from briefings.nlp.tokens import tokens


def _read(name: str) -> list[tuple[str, ...]]:
    text = resources.files("briefings.nlp.data").joinpath(name).read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            toks = tuple(tokens(line).norms)
            if toks:
                out.append(toks)
    return out


def _singles(name: str) -> frozenset[str]:
    return frozenset(" ".join(t) for t in _read(name))


@dataclass(frozen=True)
class Lexicon:
    """Normalised word lists; multi-word entries are space-joined token strings."""

    titles_personal: frozenset[str]  # a single name token after these is a person
    titles_role: frozenset[str]  # role heads: complements may follow, names need 2 tokens
    institutions: frozenset[str]
    given_names: frozenset[str]
    given_names_ambiguous: frozenset[str]
    stopwords: frozenset[str]
    blocklist: frozenset[str]
    coref_only: frozenset[str]
    idioms: frozenset[str]  # phrases whose first word is not a name there (النيل من)
    sports_words: frozenset[str]  # words of a football report (club or city?)
    title_words: frozenset[str]  # first words of titles: they end and never start a name
    # Unions used on every document, computed once here.
    titles: frozenset[str]  # personal and role titles
    given_any: frozenset[str]  # unambiguous and ambiguous given names
    not_name: frozenset[str]  # stopwords, title words, institutions: never in a name
    # Given names written with a final ة (نادية، أسامة): the same letters with ه are another
    # word (ناديه 'his club').
    ta_marbuta_names: frozenset[str] = frozenset()
    east_asian: frozenset[str] = frozenset()  # Chinese and Korean name syllables


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    personal = _singles("titles_personal.txt")
    role = _singles("titles_role.txt")
    # First words only: آية الله must not make الله (عبد الله) a title word.
    title_words = frozenset(t.split()[0] for t in personal | role)
    institutions = _singles("institutions.txt")
    given = _singles("given_names.txt")
    ambiguous = _singles("given_names_ambiguous.txt")
    stopwords = _singles("stopwords.txt")
    return Lexicon(
        titles_personal=personal,
        titles_role=role,
        title_words=title_words,
        institutions=institutions,
        given_names=given,
        given_names_ambiguous=ambiguous,
        stopwords=stopwords,
        blocklist=_singles("blocklist.txt"),
        coref_only=_singles("coref_only.txt"),
        idioms=_singles("idioms.txt"),
        sports_words=_singles("sports_words.txt"),
        titles=personal | role,
        given_any=given | ambiguous,
        not_name=stopwords | title_words | institutions,
        ta_marbuta_names=_ta_marbuta("given_names.txt") | _ta_marbuta("given_names_ambiguous.txt"),
        east_asian=_singles("east_asian_syllables.txt"),
    )


def _ta_marbuta(name: str) -> frozenset[str]:
    text = resources.files("briefings.nlp.data").joinpath(name).read_text("utf-8")
    return frozenset(
        " ".join(tokens(line.strip()).norms)
        for line in text.splitlines()
        if line.strip().endswith("ة") and not line.startswith("#")
    )
