"""The search analyzer: Arabic normalisation, light stemming and stop words, as Whoosh parts.

The rules are data (``arabic.json`` for normalisation and proclitics,
``search_analysis.json`` for stemming and stop words) because the browser runs the
same rules in ``search.js``; ``tests/search/analysis_vectors.json`` keeps the two equal.
Everything here is module level so the analyzer pickles (Whoosh ``procs > 1``).

Protected words: place and person names from the knowledge base that the suffix
rules would shorten (مصراتة → مصر, حماة → حما) are left whole. The list is not written
by hand: :func:`protected_words` derives it from ``briefings.nlp.load_kb()`` (see
``briefings.search.aliases.protected_names``) and the export ships it to the browser
inside ``rules.json.gz``. Suffix stripping stops as soon as the word is protected, so a
name's suffixed forms still reach it (فلسطينيين → فلسطين).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from whoosh.analysis import Filter, Token, Tokenizer

from briefings import arabic


@dataclass(frozen=True)
class StemRules:
    """``search_analysis.json`` plus the proclitics it takes from ``arabic.json``."""

    proclitics: tuple[str, ...]  # longest first
    proclitic_min_stem: int
    split_after: tuple[str, ...]
    split_when_followed_by: str
    split_min_rest: int
    prefix_variants: tuple[tuple[str, str], ...]
    arabic_suffixes: tuple[tuple[str, int], ...]
    latin_suffixes: tuple[tuple[str, str, int], ...]
    stop_words: frozenset[str]
    protected: frozenset[str] = frozenset()


def load_rules_json() -> dict:
    """The raw ``search_analysis.json`` (also copied for the browser)."""
    text = resources.files("briefings.data").joinpath("search_analysis.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def stem_rules() -> StemRules:
    """Load and check the rules once per process, protected words included."""
    return replace(base_rules(), protected=frozenset(protected_words()))


@lru_cache(maxsize=1)
def protected_words() -> tuple[str, ...]:
    """Names the stemmer leaves whole, from the knowledge base (empty without one)."""
    from briefings.search.aliases import kb_protected_names  # noqa: PLC0415 (cycle)

    return tuple(kb_protected_names())


def rules_fingerprint() -> str:
    """A digest of every analysis rule (the index is rebuilt when it changes)."""
    blob = json.dumps(_all_rules(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _all_rules() -> dict:
    ar = json.loads(resources.files("briefings.data").joinpath("arabic.json").read_text("utf-8"))
    return {"arabic": ar, "search": {**load_rules_json(), "protected": list(protected_words())}}


def _undocumented(value: object) -> object:
    if isinstance(value, dict):
        return {k: _undocumented(v) for k, v in value.items() if not k.startswith("_")}
    return value


def browser_rules() -> dict:
    """``rules.json.gz`` for ``search.js``: both rule files (their ``_doc`` notes left
    out) and the protected words."""
    return _undocumented(_all_rules())


@lru_cache(maxsize=1)
def base_rules() -> StemRules:
    """The rules file alone, without protected words."""
    raw = load_rules_json()
    inventory = set(arabic.rules().proclitics)
    strip = raw["proclitics"]["strip"]
    unknown = [p for p in strip if p not in inventory]
    if unknown:
        raise ValueError(f"search_analysis.json strips proclitics arabic.json lacks: {unknown}")
    comp = raw["compounds"]
    return StemRules(
        proclitics=tuple(sorted(strip, key=len, reverse=True)),
        proclitic_min_stem=int(raw["proclitics"]["min_stem"]),
        split_after=tuple(comp["split_after"]),
        split_when_followed_by=comp["when_followed_by"],
        split_min_rest=int(comp["min_rest"]),
        prefix_variants=tuple((a, b) for a, b in raw["prefix_variants"]),
        arabic_suffixes=tuple((s, int(n)) for s, n in raw["arabic_suffixes"]),
        latin_suffixes=tuple((s, r, int(n)) for s, r, n in raw["latin_suffixes"]),
        stop_words=frozenset(raw["stop_words_ar"]) | frozenset(raw["stop_words_en"]),
    )


def _has_arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in word)


def _is_latin(word: str) -> bool:
    return all("a" <= c <= "z" for c in word)


@lru_cache(maxsize=1 << 17)
def split_compound(word: str) -> tuple[str, ...]:
    """``عبدالله`` → ``[عبد, الله]`` so joined and spaced spellings meet."""
    r = base_rules()
    for head in r.split_after:
        rest = word[len(head) :]
        if (
            word.startswith(head)
            and rest.startswith(r.split_when_followed_by)
            and len(rest) >= r.split_min_rest
        ):
            return (head, rest)
    return (word,)


def _arabic_base(word: str, r: StemRules) -> str | None:
    """One article-bearing proclitic off, then the prefix variants; ``None`` = stop word."""
    for clitic in r.proclitics:
        if word.startswith(clitic) and len(word) - len(clitic) >= r.proclitic_min_stem:
            word = word[len(clitic) :]
            break
    if word in r.stop_words:
        return None
    for old, new in r.prefix_variants:
        if word.startswith(old):
            word = new + word[len(old) :]
            break
    return word


def _strip_suffixes(word: str, r: StemRules) -> str:
    """Suffixes off to a fixpoint, stopping at a protected word."""
    changed = True
    while changed and word not in r.protected:
        changed = False
        for suffix, min_stem in r.arabic_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
                word = word[: -len(suffix)]
                changed = True
                break
    return word


def stem_arabic(word: str) -> str | None:
    """Strip one article-bearing proclitic, then suffixes to a fixpoint; ``None`` = stop word."""
    r = stem_rules()
    base = _arabic_base(word, r)
    return None if base is None else _strip_suffixes(base, r)


def protectable(word: str) -> str | None:
    """The form suffix stripping starts from, for a normalised Arabic ``word`` that the
    rules (without protection) would shorten; ``None`` when they leave it whole."""
    if not _has_arabic(word) or word in base_rules().stop_words:
        return None
    base = _arabic_base(word, base_rules())
    if base is None or _strip_suffixes(base, base_rules()) == base:
        return None
    return base


def stem_latin(word: str) -> str:
    """Plural-level English stemming: the first matching rule wins, one pass."""
    for suffix, replacement, min_stem in stem_rules().latin_suffixes:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) >= min_stem:
                return stem + replacement
            return word
    return word


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str | None:
    """The index term of one normalised token, or ``None`` when it is a stop word.

    Cached: an archive's vocabulary is small next to its running text, so most
    tokens are words already stemmed.
    """
    if word in stem_rules().stop_words:
        return None
    if _has_arabic(word):
        return stem_arabic(word)
    if _is_latin(word):
        return stem_latin(word)
    return word


class SearchTokenizer(Tokenizer):
    """Normalise with ``briefings.arabic`` and split on its token pattern, keeping offsets."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for part, start, end in _parts(value, chars):
            t.text = part
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = part
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def _parts(value: str, offsets: bool) -> Iterator[tuple[str, int, int]]:
    """Words (compounds split) with their span in ``value``; without ``offsets`` (indexing)
    the spans are 0 and the fast, offset-free normalisation is used."""
    if not offsets:
        for word in arabic.words(value):
            for part in split_compound(word):
                yield part, 0, 0
        return
    for tok in arabic.tokenize(value):
        for part in split_compound(tok.norm):
            yield part, tok.start, tok.end


class LightStemFilter(Filter):
    """Drop stop words and light-stem the rest (see ``search_analysis.json``)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            term = stem(t.text)
            if term is None or not term:
                continue
            t.text = term
            yield t


ANALYZER = SearchTokenizer() | LightStemFilter()


def is_search_analyzer(analyzer: object) -> bool:
    """Whether ``analyzer`` is :data:`ANALYZER` (or an unpickled copy of it)."""
    items = getattr(analyzer, "items", None)
    return items is not None and [type(x) for x in items] == [SearchTokenizer, LightStemFilter]


def index_terms(text: str) -> list[str]:
    """What :data:`ANALYZER` yields for ``text`` when indexing, without its Token objects."""
    return [
        term for word in arabic.words(text) for part in split_compound(word) if (term := stem(part))
    ]


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, in order (what the Whoosh fields hold)."""
    return [t.text for t in ANALYZER(text)]


def surface_tokens(text: str) -> list[tuple[str, str | None]]:
    """``(normalised word, index term or None for a stop word)`` pairs, for alias matching.

    Aliases are matched on normalised words, not stems, so a stem that happens to equal
    a name (طالبان → طالب, a student) never pulls in that entity.
    """
    return [
        (part, stem(part) or None) for word in arabic.words(text) for part in split_compound(word)
    ]


def surface_words(text: str) -> list[str]:
    """The normalised words of ``text`` (compounds split), before stemming."""
    return [part for word in arabic.words(text) for part in split_compound(word)]


def analyze_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """Terms with their span in the original text, for highlighting."""
    return [(t.text, t.startchar, t.endchar) for t in ANALYZER(text, chars=True)]
