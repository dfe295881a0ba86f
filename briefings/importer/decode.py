"""Decode seed bytes to text, or say exactly why they cannot be.

Briefings arrive from feeds and copy-paste: UTF-8 (with or without BOM), UTF-16,
and the legacy Arabic code pages Windows-1256 and ISO-8859-6. A wrong guess
produces mojibake that would be published, so a legacy code page is accepted
only when the decoded text is plausibly Arabic prose.
"""

from __future__ import annotations

import codecs


class SeedError(ValueError):
    """A seed that cannot be imported; the message says why."""


_LEGACY = ("cp1256", "iso8859_6")
# Function words that make up a good share of any Arabic prose. Decoding with the
# wrong code page still yields Arabic letters, but almost never these words.
_COMMON = frozenset(
    "في من على إلى أن إن التي الذي عن مع هذا هذه كان قال بين بعد كما أو ما لا لم قد و".split()
)


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for c in letters if "\u0621" <= c <= "\u064a")
    return arabic / len(letters)


def _common_word_share(text: str) -> float:
    words = text.split()
    return sum(1 for w in words if w in _COMMON) / len(words) if words else 0.0


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`SeedError` for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise SeedError(
                f"has a UTF-8 byte-order mark but invalid UTF-8 at byte {exc.start}"
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise SeedError(
                f"has a UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}"
            ) from exc
    if b"\x00" in data:
        raise SeedError(
            "looks binary (contains NUL bytes) and is not UTF-16 with a byte-order mark"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) >= 0.6:
            candidates.append((_common_word_share(text), enc, text))
    if candidates:
        score, enc, text = max(candidates)
        if score > 0 or len(candidates) == 1:
            return text, enc
    raise SeedError(
        f"is not valid UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) and does not decode as Arabic Windows-1256 or ISO-8859-6 text"
    )
