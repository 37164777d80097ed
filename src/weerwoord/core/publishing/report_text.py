"""Words and colours for verdicts and marks, and the Markdown table ``weerwoord compare`` prints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from weerwoord.core.model import Category, Comparison, Pair, Verdict
from weerwoord.core.words import N_, _, language

RGB = tuple[float, float, float]

VERDICT_LABELS: dict[Verdict, str] = {
    "agrees": N_("Agrees"),
    "partly": N_("Partly agrees"),
    "disagrees": N_("Disagrees"),
    "noted": N_("Noted only"),
    "unanswered": N_("Unanswered"),
}
CATEGORY_LABELS: dict[Category, str] = {
    "agreement": N_("Agreement"),
    "reservation": N_("Reservation"),
    "disagreement": N_("Disagreement"),
    "commitment": N_("Commitment"),
}

NOTE_STATUS_LABELS: dict[str, str] = {
    "open": N_("open"),
    "question": N_("question"),
    "follow-up": N_("follow-up"),
    "done": N_("done"),
}


def status_label(status: str) -> str:
    """A note's status in words, in the current language."""
    return _(NOTE_STATUS_LABELS.get(status, status))


def verdict_label(verdict: Verdict) -> str:
    """The verdict in words, in the current language (``Partly agrees``, ``Deels eens``)."""
    return _(VERDICT_LABELS[verdict])


def category_label(category: Category) -> str:
    """The category of marked language in words, in the current language."""
    return _(CATEGORY_LABELS[category])


# strong colours for verdicts (frames, swatches, text); all differ in lightness too, for greyscale print
VERDICT_COLOURS: dict[Verdict, RGB] = {
    "agrees": (0.18, 0.49, 0.20),  # green
    "partly": (0.90, 0.60, 0.0),  # amber
    "disagrees": (0.78, 0.16, 0.16),  # red
    "noted": (0.33, 0.43, 0.48),  # blue-grey
    "unanswered": (0.55, 0.55, 0.55),  # grey
}
# light colours for highlighting stance language (multiplied over the text, so the text stays readable)
CATEGORY_COLOURS: dict[Category, RGB] = {
    "agreement": (0.60, 0.86, 0.55),  # green
    "reservation": (1.0, 0.80, 0.30),  # amber
    "disagreement": (0.96, 0.55, 0.55),  # red
    "commitment": (0.56, 0.76, 1.0),  # blue
}


def hex_colour(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in rgb)


def first_words(text: str, n: int = 10) -> str:
    """The first ``n`` words of ``text``, with an ellipsis when there is more."""
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def pages_label(pages: Iterable[int]) -> str:
    """``p. 4``, ``p. 4–5``, ``p. 4, 7`` (Dutch: ``p. 4``, ``pp.`` is not used); empty when there are none."""
    ps = sorted(set(pages))
    if not ps:
        return ""
    if len(ps) > 1 and ps[-1] - ps[0] == len(ps) - 1:
        listed = f"{ps[0]}–{ps[-1]}"
    else:
        listed = ", ".join(str(p) for p in ps)
    return _("p. {pages}").format(pages=listed)


def advice_pages(pair: Pair) -> list[int]:
    return pair.recommendation.run.pages or [pair.recommendation.run.page]


def response_pages(pair: Pair) -> list[int]:
    if pair.reply is None:
        return []
    return sorted({s.page for s in pair.reply.all_spans()}) or [pair.reply.page]


def number_text(value: float, decimals: int) -> str:
    """A number with a decimal comma in Dutch, a point in English (not for data files)."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language() == "nl" else text


def neutralise(text: str) -> str:
    """A cell that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) behind an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def md_cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def markdown(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(md_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def markdown_table(result: Comparison) -> str:
    """Number, first words, verdict, reason and page references of every pair, as a Markdown table."""
    rows = [
        (
            p.number,
            first_words(p.recommendation.text),
            verdict_label(p.verdict),
            p.reason,
            pages_label(advice_pages(p)),
            pages_label(response_pages(p)),
        )
        for p in result.pairs
    ]
    headers = (_("No."), _("Recommendation"), _("Verdict"), _("Reason"), _("Advice"), _("Response"))
    return markdown(headers, rows)
