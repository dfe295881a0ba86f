"""The one BM25F configuration, used by the command line and baked into the export.

Titles and entity fields are scored without length normalisation (B = 0): titles are
all short, and an article naming many entities should not rank lower for each. It also
spares the browser their length files.
"""

from __future__ import annotations

from whoosh.scoring import BM25F

FIELD_B = {"title": 0.0, "entities": 0.0}


def make_weighting() -> BM25F:
    """Whoosh's BM25F with this project's per-field B."""
    return BM25F(B=0.75, K1=1.2, **{f"{f}_B": b for f, b in FIELD_B.items()})


def field_b(weighting: BM25F, field: str) -> float:
    """The B Whoosh uses for ``field``."""
    return weighting._field_B.get(field, weighting.B)
