"""Stable content fingerprints for caches: the same inputs give the same hash, in any process."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def fingerprint(*parts: Any) -> str:
    """A sha256 of JSON-able ``parts``; dates and other values go through ``str``."""
    data = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
