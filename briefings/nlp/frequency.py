"""Everyday Arabic words, from wordfreq's frequency lists (shipped in its wheel, read offline).

A name run should end at an everyday word (فارس تزايد، محمد فاضل مصادفة، سهيل إدريس نشر):
such a word is a verb, a noun or an adverb far more often than a family name. Known name
parts (given names, knowledge-base names) are checked first by the callers, so a given
name that is also a common word (نور، عادل) stays a name.

The list is read once per process and kept as a frozenset of normalised forms: a set
lookup per token, no call into wordfreq while extracting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.arabic import normalize

# Zipf scale (log10 of occurrences per billion words): 4.0 is about one in 100,000 words.
# Family names that are everyday words (إمام، الشريف) are found through known name parts,
# not through this list; foreign family names are far rarer than this (شومسكي 1.3).
COMMON_ZIPF = 4.0
# A word of the language, not a frequent name (كلارك، هتلر، سميث are frequent too), is
# productive: its other forms are in the list as well, at this lower frequency.
FORMS_ZIPF = 3.0
_ARABIC_WORD = re.compile("[\u0621-\u064a\u064b-\u0652\u0670\u0671]+")


@lru_cache(maxsize=4)
def everyday_words(min_zipf: float = COMMON_ZIPF, forms_zipf: float = FORMS_ZIPF) -> frozenset[str]:
    """Frequent words that inflect like Arabic verbs or nouns (with a past-tense ending:
    وافقت، وافقوا; with the article: التزايد), and accusative adverbs whose base with the
    article is frequent (ثالثا → الثالث). A frequent foreign family name (كلارك، سميث)
    takes none of these forms."""
    common = frequent_words(min_zipf)
    known = frequent_words(forms_zipf)
    # Accusative adverbs and adjectives (ثالثا، قضائيا، حاليا) are rarer than their base;
    # the base with the article is frequent (الثالث، القضائي): names ending in ا
    # (ماريا، أوباما) have no such base.
    adverbs = {w for w in known if len(w) > 3 and w.endswith("ا") and "ال" + w[:-1] in common}
    return frozenset(w for w in common if _productive(w, known)) | adverbs


def _productive(word: str, known: frozenset[str]) -> bool:
    """A verb (a past-tense ending: وافقت، نشروا) or a noun with the article (التزايد)
    that is not of the فعّال craft-noun shape, a common family name (حداد، نجار، خياط)."""
    if word + "ت" in known or word + "وا" in known:
        return True
    craft = len(word) == 4 and word[2] == "ا"
    return "ال" + word in known and not craft


@lru_cache(maxsize=4)
def frequent_words(min_zipf: float = COMMON_ZIPF) -> frozenset[str]:
    """Normalised Arabic words at least ``min_zipf`` frequent (wordfreq's 'ar' list)."""
    if min_zipf < LOWEST_ZIPF:
        raise ValueError(f"only words at Zipf >= {LOWEST_ZIPF} are kept")
    return frozenset(w for bucket in _buckets()[: _bucket(min_zipf) + 1] for w in bucket)


# The rarest words the engine asks about; rarer buckets are not kept in memory.
LOWEST_ZIPF = FORMS_ZIPF


def _bucket(zipf: float) -> int:
    """wordfreq buckets its list by frequency: bucket i holds words of about 10 ** (-i / 100)
    per word, that is Zipf 9 - i / 100."""
    return int(round((9 - zipf) * 100))


@lru_cache(maxsize=1)
def _buckets() -> tuple[frozenset[str], ...]:
    """wordfreq's Arabic buckets down to ``LOWEST_ZIPF``, normalised; wordfreq's own cache of
    the whole list (some 60 MB) is dropped once they are read."""
    import wordfreq  # imported here: only discovery needs it

    raw = wordfreq.get_frequency_list("ar")[: _bucket(LOWEST_ZIPF) + 1]
    clear = getattr(wordfreq.get_frequency_list, "cache_clear", None)
    if clear is not None:
        clear()
    out = []
    for bucket in raw:
        words = [w for w in bucket if _ARABIC_WORD.fullmatch(w)]
        folded = normalize("\n".join(words)).split("\n")
        if len(folded) != len(words):  # a stripped line break would misalign: one by one
            folded = [normalize(w) for w in words]
        out.append(frozenset(w for w in folded if w))
    return tuple(out)
