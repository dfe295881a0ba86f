"""A sports report links a club named like its city to the club (ليفربول، برشلونة).

The gazetteer links such a bare name to the city, which is right in most news; in a
football report it is the club. A report is recognised by several distinct football
words (``data/sports_words.txt``); then city hits whose form is a club's bare city form
(``KnowledgeBase.club_forms``) are relinked to the club.
"""

from __future__ import annotations

from dataclasses import replace

from briefings.nlp.clitics import clitic_reading
from briefings.nlp.lexicon import lexicon
from briefings.nlp.match import Hit
from briefings.nlp.tokens import Tokens

MIN_SPORTS_WORDS = 3  # distinct football words that make a sports report


def is_sports_report(norms: list[str]) -> bool:
    words = lexicon().sports_words
    seen: set[str] = set()
    for tok in norms:
        reading = clitic_reading(tok, words)
        if reading is not None:
            seen.add(reading[0])
            if len(seen) >= MIN_SPORTS_WORDS:
                return True
    return False


def relink_clubs(hits: list[Hit], toks: Tokens, club_forms: dict[str, str]) -> list[Hit]:
    """City hits named like a club, relinked to the club (same span, kind ``alias``)."""
    if not club_forms:
        return hits
    clubs: dict[int, str] = {}  # index of a city hit named like a club -> the club
    for n, h in enumerate(hits):
        if h.entry.type == "city":
            norms = toks.norms[h.first : h.last + 1]
            club = club_forms.get(" ".join([norms[0][h.clitic :], *norms[1:]]))
            if club is not None:
                clubs[n] = club
    if not clubs or not is_sports_report(toks.norms):
        return hits  # the common case: no such name, or not a sports report
    out = list(hits)
    for n, club in clubs.items():
        h = out[n]
        out[n] = replace(h, entry=replace(h.entry, entity=club, type="organization", kind="alias"))
    return out
