"""A sentence of a reply that repeats the recommendation ("The Panel asked …", "You recommend …", "De raad vraagt …")
rather than answering it: its words are no deed."""

from __future__ import annotations

import re

from weerwoord.core.analysis.denial import RELATIVE
from weerwoord.core.analysis.phrases import DeedWords, PhraseBook

RESTATING_REACH = 8  # words: the reporting verb of a sentence that repeats the recommendation stands near its start
_TO = frozenset(("to", "te"))
_HAVE = frozenset(("heb", "hebben", "heeft", "have", "has", "zijn"))
_PASSIVE = frozenset(("be", "worden", "wordt"))


def restates(ws: list[str], vocab: DeedWords, book: PhraseBook) -> bool:
    """A reporting verb near the sentence's start ("The Panel asked …", "You recommend …"): the recommendation
    repeated; not one after an article, which is a thing's adjective ("I have decided to withdraw the proposed
    reduction")."""
    near = ws[:RESTATING_REACH]
    if _ABOUT.match(" ".join(ws)):
        return True  # what they are about: "Het tweede en het derde advies gaan allebei over hoe het park …"
    return any(
        w in vocab.restating
        # (or after a possessive: "The Governor's proposed budget for fiscal year 2027 includes $6.8 million …")
        and not (k and (near[k - 1] in vocab.thing_articles or near[k - 1].endswith(("'s", "’s"))))
        # (nor one that is the act decided: "RESOLVED to recommend to full Council that …")
        and not (k >= 2 and near[k - 1] in _TO and near[k - 2] in vocab.already)
        # (nor one in a relative clause, where the sentence names a thing by what was asked: "Het digitale loket
        # waar de Jeugdraad om vraagt, is al in ontwikkeling")
        and not RELATIVE & set(near[max(0, k - 4) : k])
        # (nor the government's own act in the perfect: "The Government has proposed an amendment removing …")
        and not (k and near[k - 1] in _HAVE and set(near[:k]) & book.government and not set(near[:k]) & book.advisory)
        # (nor the response's own advisers recommending to those who decide: "Staff recommend a half-time …")
        and not (k and near[k - 1] in vocab.own_advisers)
        # (nor a passive of what will be done: "Students enrolling from September 2026 will be asked to name …")
        and not (k and near[k - 1] in _PASSIVE)
        for k, w in enumerate(near)
    )


QUOTED_WORDS = 8  # words at least in a sentence that is the recommendation quoted back
QUOTED_SHARE = 0.9  # of them the recommendation's own


def quotes_back(sentence: str, ws: list[str], rec_words: set[str]) -> bool:
    """Whether a sentence is the recommendation quoted back before the reply (""Report publicly every six months on
    progress …" Our response. …"): in quotation marks, of some length, nearly all its words the recommendation's."""
    quoted = sentence.lstrip()[:1] in QUOTE_MARKS
    return quoted and len(ws) >= QUOTED_WORDS and sum(w in rec_words for w in ws) >= QUOTED_SHARE * len(ws)


QUOTE_MARKS = "\"'“‘„«"


# a sentence that says what recommendations are about, its subject the recommendations themselves
_ABOUT = re.compile(
    r"^(?:\w+\s+){0,6}?(?:advies|adviezen|aanbeveling|aanbevelingen|recommendation|recommendations)\s+"
    r"(?:gaan|gaat|zijn|is|are|both|allebei|beide|betreffen|betreft)\s+(?:\w+\s+)?(?:over|about|on)\b"
)
