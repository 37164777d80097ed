"""Word lists kept as data in resources/language/: function words per language and genre words."""

from __future__ import annotations

from functools import cache

from weerwoord.paths import resources_dir


@cache
def words(name: str) -> frozenset[str]:
    """The words of resources/language/<name>.txt (one a line, ``#`` starts a comment)."""
    path = resources_dir() / "language" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@cache
def function_words() -> frozenset[str]:
    """The function words of both languages ("de", "het", "the", "of" …): never a request's verb, nor content."""
    return words("function-nl") | words("function-en")
