"""Entity ids: ASCII slugs for known entities, a fixed transliteration for discovered ones."""

from __future__ import annotations

import re

from unidecode import unidecode

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# One fixed, readable mapping per normalised Arabic letter (``briefings.arabic`` has
# already folded alef forms, ta marbuta, alef maqsura and hamza carriers).
_TRANSLIT = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "hh", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "ss", "ض": "dd", "ط": "tt",
    "ظ": "zz", "ع": "e", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}  # fmt: skip


def slugify(text: str) -> str:
    """``North Korea`` → ``north-korea``: the id of a named entity from its English name."""
    ascii_text = unidecode(text).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def discovered_id(norm_tokens: list[str] | tuple[str, ...]) -> str:
    """``x-`` + the transliteration of a normalised Arabic name (stable across runs)."""
    parts = []
    for tok in norm_tokens:
        part = "".join(_TRANSLIT.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in tok)
        if part:
            parts.append(part)
    slug = slugify("-".join(parts))
    return "x-" + (slug or "unnamed")


def is_valid_id(value: str) -> bool:
    return bool(ID_RE.match(value))
