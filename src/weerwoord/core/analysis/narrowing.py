"""Whether a reply's narrowing ("alleen voor …", "only for …") limits what the recommendation asked: it asked a thing
for all ("every district"), or the narrowing takes the recommendation's own word and qualifies it ("Integriteit komt
terug in de jaargesprekken, maar alleen voor leidinggevenden en medewerkers in een kwetsbare functie" where the talks
"tussen leidinggevende en medewerker" were asked); not where the recommendation narrows itself ("uitsluitend in de
gesloten loods")."""

from __future__ import annotations

import re

from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.word_forms import content_terms, words
from weerwoord.core.model import Mark


def narrows_asked(recommendation: str, narrowing: Mark, book: PhraseBook, text: str) -> bool:
    """Whether ``narrowing``, in the reply ``text``, limits what ``recommendation`` asks (see the module's
    docstring); the recommendation's own word qualified only after a turn ("…, maar alleen voor …"), not a
    condition that repeats what was asked ("payments will be released only for hours reconciled to that record")."""
    if book.by_id[narrowing.rule].regex.search(recommendation):
        return False
    # (nor the exception to a thing not done: "Staff have been reminded not to rely on family members, … except in an
    # emergency")
    if set(words(text[text.rfind(".", 0, narrowing.start) + 1 : narrowing.start])) & book.negations:
        return False
    if set(words(recommendation)) & book.universal:
        return True
    # (or its sentence speaks of one of two places or bodies the recommendation names together: "In de Molenwijk
    # gebeurt dat alleen als een meerderheid …" where paid parking "naar de Schoolbuurt en de Molenwijk" was asked)
    together = {n for m in _TOGETHER.finditer(recommendation, 1) for n in m.groups()}
    end = text.find(".", narrowing.end)
    own = text[text.rfind(".", 0, narrowing.start) + 1 : end if end >= 0 else len(text)]  # (the narrowing's sentence)
    if together and not together <= set(_NAME.findall(own)) and together & set(_NAME.findall(own)):
        return True
    turned = bool(set(words(text[max(0, narrowing.start - 12) : narrowing.start])) & book.contrast)
    asked, said = content_terms(recommendation), content_terms(narrowing.text)
    return turned and bool(said & asked) and len(said - asked) >= 2


_NAME = re.compile(r"\b[A-Z][\w-]{2,}")
_TOGETHER = re.compile(
    r"\b(?:de\s+|het\s+|the\s+)?([A-Z][\w-]{2,})\s+(?:en|and)\s+(?:de\s+|het\s+|the\s+)?([A-Z][\w-]{2,})"
)
