"""Per-document state shared by discovery and coreference: tokens, hits, separators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.nlp.clitics import clitic_reading
from briefings.nlp.frequency import FORMS_ZIPF, frequent_words
from briefings.nlp.gazetteer import Gazetteer
from briefings.nlp.lexicon import Lexicon, lexicon
from briefings.nlp.match import Hit
from briefings.nlp.tokens import Tokens

ARTICLE_CLITIC = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)..")  # والسكان، بالقاعدة، للشؤون
# Word shapes that are not names: a participle used as an adverb (مؤكدا، مشيرا; not
# ماريا، ميلانيا), a plural past verb (شاركوا), a feminine plural (معلومات، تصريحات), an
# attached pronoun (ضدهما، خارجيتها، استعدادهم), a preposition on a verbal noun with a
# pronoun (لاستبعاده).
_NOT_NAME_SHAPE = re.compile(
    r"^(?:م[^اي]\w{2,}ا|\w{3,}وا|\w{3,}ات|\w{2,}(?:هما|كما)|\w{3,}(?:ها|هم|هن)|[لب]ا\w{4,}ه)$"
)
_VERB_PREFIXES = ("سي", "ست", "سن", "يست", "يت", "تست", "تت", "نست")
_ST_NAMES = ("ستا", "ستي")  # ستانيشيف، ستيفنسون: a foreign St- name, not ست + a verb
_SPACE = " -\u00a0\u200c\u200d\u200e\u200f\t\u2010\u2011"
_COMMAS = {",", "،"}


def _no_future_verb(tok: str) -> bool:
    """سيروب، سيمونز: سي/ست/سن before what would be the imperfect verb (يروب), which is no
    word of wordfreq's list; سيطلب is the future of يطلب."""
    if tok[:2] not in ("سي", "ست", "سن") or tok.startswith(("سيت", "ستت", "سنت", "سيست")):
        return False
    known = frequent_words(FORMS_ZIPF)
    return tok not in known and tok[1:] not in known


def _short_future_verb(tok: str) -> bool:
    """سيظل: سي/ست/سن before an imperfect of three letters that is a word of wordfreq's
    list (يظل); سيرك، ستيف are no such verbs."""
    return tok[:2] in ("سي", "ست", "سن") and tok[1:] in frequent_words(FORMS_ZIPF)


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
    given_any: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.covered = [None] * len(self.toks)
        for h in self.hits:
            for i in range(h.first, h.last + 1):
                self.covered[i] = h
        self.given_any = self.lex.given_any
        self.not_name = self.lex.not_name

    def name_like(self, k: int) -> bool:
        """Could token ``k`` be part of a name? (No: a known word, a verb, a common noun.)"""
        tok = self.toks.norms[k]
        if len(tok) < 2 or tok in self.not_name or any(ch.isdigit() for ch in tok):
            return False
        if tok in self.given_any or tok in self.gaz.part_people:
            return True
        if clitic_reading(tok, self.not_name) is not None:
            return False  # بتصريح، بأول: a clitic on a known word
        if ARTICLE_CLITIC.match(tok):
            return False  # والسكان، بالقاعدة: a clitic plus the article
        if (
            tok.startswith(_VERB_PREFIXES)
            and len(tok) >= 5
            and not tok.startswith(_ST_NAMES)
            and not _no_future_verb(tok)
        ):
            return False  # سيطلب، يستعد، يتوقع: future and derived-form verbs
        if len(tok) == 4 and _short_future_verb(tok):
            return False  # سيظل، ستبق: the future of a short verb (يظل)
        last = self.text[self.toks.ends[k] - 1]
        if last == "ة":
            return False  # ة ends common nouns; names that end in it are in the lists
        if "\u064b" in self.text[self.toks.starts[k] : self.toks.ends[k] + 1]:
            return False  # هجوماً، مؤخراً: tanween fatha marks an indefinite accusative noun
        if (
            last == "ه"
            and len(tok) >= 4
            and (
                tok.endswith("ته") or (tok[0] in "بل" and len(tok) >= 5 and not tok.endswith("يه"))
            )
        ):
            return False  # رؤيته، زوجته، بفوزه: a noun with a pronoun (عبده، نزيه are names)
        if _NOT_NAME_SHAPE.match(tok):
            return False  # مؤكدا، شاركوا، معلومات، ضدهما: adverbs, verbs, plurals, pronouns
        return True

    def clitic_function_word(self, i: int) -> bool:
        """وأن، فإن، وإذا: a conjunction on a hamza-initial function word, never a name
        (وان is also a Chinese name part)."""
        surface = self.text[self.toks.starts[i] : self.toks.ends[i]]
        return (
            len(surface) > 2
            and surface[0] in "وف"
            and surface[1] in "أإ"
            and self.toks.norms[i][1:] in self.lex.stopwords
        )

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
