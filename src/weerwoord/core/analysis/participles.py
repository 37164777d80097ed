"""Participles that say a thing is done: the passive ("Both payments were made", "Het bomenplan wordt opgenomen")
and the active perfect ("The Sheriff has issued a revised directive", "De minister heeft de regeling aangepast"),
each with a participle that does something within the auxiliary's reach (see analysis/deeds.py). The words are data
in ``resources/phrases/<language>.toml`` (section ``[deeds]``)."""

from __future__ import annotations

import re
from functools import cache

from weerwoord.core.analysis.phrases import DeedWords
from weerwoord.core.analysis.word_forms import root


def passive(ws: list[str], vocab: DeedWords, rec_words: set[str] | None = None) -> bool:
    """Whether the words say in the passive that something is or was done: an auxiliary ("were", "wordt") and,
    within reach, a past participle that does something ("Both payments were made …", "Het bomenplan wordt
    opgenomen …"), with no modal before it ("kan worden opgenomen" does nothing yet) and no other body doing it
    ("wordt centraal ontwikkeld door het College"; but "de zijdeur wordt vervangen door een automatische
    schuifdeur" where that door was asked for: ``rec_words``)."""
    if not vocab.passive or not vocab.participle:
        return False
    for k, w in enumerate(ws):
        if w in vocab.passive_agents and not {x for x in ws[k + 1 : k + 4] if len(x) >= 5} & (rec_words or set()):
            return False
    asked = {root(w) for w in rec_words or () if len(w) >= 6}
    for phrase in vocab.passive:
        n = len(phrase)
        for i in range(len(ws) - n + 1):
            # (a modal right before the auxiliary does nothing yet: "kan worden opgenomen"; one in a clause before,
            # "… would cost more than could be recovered; this decision has been recorded", is that clause's)
            if tuple(ws[i : i + n]) != phrase or set(ws[max(0, i - 3) : i]) & vocab.modals:
                continue
            if _participle_after(ws, i + n, vocab, asked):
                return True
    return False


def _participle_after(ws: list[str], start: int, vocab: DeedWords, asked: set[str]) -> bool:
    """Whether a participle that does something stands within the auxiliary's reach from ``start`` (one that does
    nothing does the very act asked for, ``asked``: "… is in de aanvulling beschreven" where "… te beschrijven" was
    asked), or closes the Dutch clause further on."""
    participle = participle_pattern(vocab.participle)
    reach = ws[start : start + vocab.passive_reach]
    if any(participle.match(w) and (w not in vocab.not_deeds or root(w) in asked) for w in reach):
        return True
    return bool(vocab.particles) and _closing_participle(ws, start + vocab.passive_reach, vocab)


def perfect(ws: list[str], vocab: DeedWords, rec_words: set[str]) -> bool:
    """Whether the words say in the active perfect that the reply's side did something: "has" or "heeft" and,
    within the passive's reach, a participle that does something ("The Sheriff has issued a revised directive",
    "De minister heeft de regeling aangepast"), with no modal before it ("would have issued")."""
    if not vocab.perfect or not vocab.participle:
        return False
    asked = {root(w) for w in rec_words if len(w) >= 6}
    return any(
        w in vocab.perfect
        and not set(ws[max(0, i - 3) : i]) & vocab.modals
        and _participle_after(ws, i + 1, vocab, asked)
        for i, w in enumerate(ws)
    )


def _closing_participle(ws: list[str], start: int, vocab: DeedWords) -> bool:
    """Whether a Dutch participle closes the clause further on than the auxiliary's reach, as the verb's last part
    stands at the end ("wordt een bouwhistorische opname op niveau 2 gemaakt en …"): a "ge-" form, after a
    particle or none ("aangeboden"), as the clause's last word or before a word that takes it on."""
    form = _closing_form(vocab.particles)
    # (a noun of that form before it is no verb: "… voor alle vijf gebouwen opgemaakt, met …")
    return any(
        form.match(ws[j]) and ws[j] not in vocab.not_deeds and (j + 1 == len(ws) or ws[j + 1] in vocab.clause_goes_on)
        for j in range(start, min(len(ws), start + vocab.passive_reach))
    )


@cache
def _closing_form(particles: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(sorted(particles)) + r")?ge\w{3,}(?:d|t|en)$")


@cache
def participle_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
