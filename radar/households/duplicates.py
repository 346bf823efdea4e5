"""Name similarity for the duplicate check at intake."""

import unicodedata
from difflib import SequenceMatcher


def normalize_name(name: str) -> str:
    """Lower case, no accents, no punctuation, words sorted.

    So 'Janssens, Marie' and 'marie JANSSENS' compare equal.
    """
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return " ".join(sorted(words))


def similar_names(a: str, b: str, threshold: float = 0.8) -> bool:
    """True when two full names are probably the same person's (typos, accents, order)."""
    left, right = normalize_name(a), normalize_name(b)
    if not left or not right:
        return False
    if left == right:
        return True
    return SequenceMatcher(None, left, right).ratio() >= threshold
