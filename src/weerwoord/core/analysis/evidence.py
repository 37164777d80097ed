"""Why a reply was linked to its recommendation, in a sentence or two a reader can check: the number the response
names, the quotation, the words both speak of."""

from __future__ import annotations

import re

from weerwoord.core.analysis import chains, cross_refs, likeness
from weerwoord.core.analysis.quoting import quote_score
from weerwoord.core.model import Pair
from weerwoord.core.words import _


def link_evidence(pair: Pair) -> list[str]:
    """Why a reply was linked to its recommendation, in a sentence or two."""
    reply = pair.reply
    if reply is None:
        return [_("No section of the response names, quotes or discusses this recommendation.")]
    page = _("p. {page}").format(page=reply.page)
    if pair.link == "manual":
        return [_("Linked by you.")]
    if pair.link == "number":
        if pair.number.lower() in [n.lower() for n in reply.numbers]:
            if reply.heading:
                return [
                    _("The response names recommendation {number} in “{heading}” ({page}).").format(
                        number=pair.number, heading=chains.short(reply.heading, 10), page=page
                    )
                ]
            return [_("The response names recommendation {number} ({page}).").format(number=pair.number, page=page)]
        ours = [n[5:] for n in reply.numbers if n.startswith("#gov:")]
        if ours:
            return [
                _(
                    "The response names it by its place among the recommendations addressed to the government "
                    "(number {place}, {page}; the advice: “{addressee}”)."
                ).format(place=ours[0], page=page, addressee=pair.recommendation.addressee)
            ]
        paragraphs = [n for n in cross_refs.named_paragraphs(reply) if n in pair.recommendation.cites]
        if paragraphs:
            return [
                _(
                    "The response names paragraph {paragraph} of the advice, which this recommendation stands for, "
                    "in “{heading}” ({page})."
                ).format(paragraph=paragraphs[0], heading=chains.short(reply.heading or reply.text, 10), page=page)
            ]
        groups = [n[1:] for n in reply.numbers if n.startswith("@")]
        if groups and pair.recommendation.addressee:
            return [
                _("The response answers the recommendations addressed to “{addressee}” together ({page}).").format(
                    addressee=pair.recommendation.addressee, page=page
                )
            ]
        places = [n[1:] for n in reply.numbers if n.startswith("#")]
        if places:
            return [
                _("The response names it by its place in the advice's list (number {place}, {page}).").format(
                    place=places[0], page=page
                )
            ]
        if not pair.number.isdigit() and re.search(rf"(?<![\w.-]){re.escape(pair.number)}(?![\w-])", reply.text):
            # (a code named on its own: "2.3 Advertising and design consultation (BS4 and BS6).")
            return [_("The response names recommendation {number} ({page}).").format(number=pair.number, page=page)]
        if reply.label:
            return [
                _("The response's section {label} follows the advice's numbering ({page}).").format(
                    label=reply.label, page=page
                )
            ]
        return [_("The response's table row carries number {number} ({page}).").format(number=pair.number, page=page)]
    if pair.link == "quote":
        alike = quote_score(pair.recommendation, reply)
        return [
            _("The response quotes the recommendation ({page}, {alike} % alike).").format(
                page=page, alike=f"{alike:.0f}"
            )
        ]
    shared = likeness.shared_terms(pair.recommendation.text, f"{reply.heading or ''} {reply.text}")
    words = ", ".join(f"“{t}”" for t in shared[:4])
    return [
        _("By content: the section on {page} speaks of the same things ({words}).").format(page=page, words=words)
        if words
        else _("By content ({page}).").format(page=page)
    ]
