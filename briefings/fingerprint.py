"""Stable content fingerprints for caches: the same inputs give the same hash, in any process."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def fingerprint(*parts: Any) -> str:
    """A sha256 of JSON-able ``parts``; dates and other values go through ``str``.

    A string part is hashed as it is (most of what is fingerprinted is page HTML, and
    JSON-escaping it first costs more than hashing it); every part is tagged with its
    kind and length, so no two different lists of parts give the same bytes."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):
            data = part.encode("utf-8", "surrogatepass")
            h.update(b"s%d:" % len(data))
        else:
            text = json.dumps(part, ensure_ascii=False, sort_keys=True, default=str)
            data = text.encode("utf-8", "surrogatepass")
            h.update(b"j%d:" % len(data))
        h.update(data)
    return h.hexdigest()
