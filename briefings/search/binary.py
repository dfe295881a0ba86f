"""The byte-level pieces of the export format, mirrored by ``search.js``.

Unsigned LEB128 varints, length-prefixed UTF-8 strings, delta-coded posting lists
and a 32-bit FNV-1a hash that places a key in a shard.
"""

from __future__ import annotations

from collections.abc import Iterable


def varint(n: int, out: bytearray) -> None:
    """Append ``n`` (>= 0) as an unsigned LEB128 varint."""
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def string(s: str, out: bytearray) -> None:
    """Append a varint byte length then the UTF-8 bytes."""
    b = s.encode("utf-8")
    varint(len(b), out)
    out += b


def postings(docs: Iterable[tuple[int, int]], out: bytearray) -> None:
    """Append ``(doc, tf)`` pairs (ascending docs): ``(gap << 1 | tf > 1)`` then ``tf - 2``."""
    prev = -1
    for doc, tf in docs:
        varint(((doc - prev) << 1) | (1 if tf > 1 else 0), out)
        if tf > 1:
            varint(tf - 2, out)
        prev = doc


def doc_list(docs: Iterable[int], out: bytearray) -> None:
    """Append ascending document numbers as varint gaps."""
    prev = -1
    for doc in docs:
        varint(doc - prev, out)
        prev = doc


def fnv1a(key: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes (``Math.imul`` in JavaScript gives the same)."""
    h = 0x811C9DC5
    for byte in key.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
