"""The entity engine: knowledge base, matching, discovery, coreference, evaluation.

Pure Python with no Pelican imports; the Pelican plugin is a thin adapter over
``load_kb`` and ``Extractor``.
"""

from briefings.nlp.extract import Extractor
from briefings.nlp.kb import KBError, KnowledgeBase, load_kb
from briefings.nlp.model import Entity, Extraction, Mention, Role

__all__ = [
    "Entity",
    "Extraction",
    "Extractor",
    "KBError",
    "KnowledgeBase",
    "Mention",
    "Role",
    "load_kb",
]
