"""Seeds in ``seeds/`` become Pelican Markdown articles in ``content/briefings/``."""

from .decode import SeedError, decode_bytes
from .seeds import Briefing, Problem, read_seeds
from .writer import ImportReport, import_seeds, slugify

__all__ = [
    "Briefing",
    "ImportReport",
    "Problem",
    "SeedError",
    "decode_bytes",
    "import_seeds",
    "read_seeds",
    "slugify",
]
