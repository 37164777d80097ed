"""Forms met first in blind round 78, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(reply: str, asked: str, language: str) -> str:
    marks = stance.find_marks(TextRun(reply, []), language, asked)
    return stance.verdict(marks, reply, language, asked)[0]


def test_a_code_with_a_letter_in_the_margin_labels_its_point() -> None:
    """A knowledge centre's boxes "Aanbevelingen" with "1a", "1b", "2a" … in a column left of two-line points: the
    code stands between the point's lines in reading order; each point is one, whole, under its code."""
    from weerwoord.core.analysis.readings import find_recommendations
    from weerwoord.core.reading.reader import read_document

    advice = read_document(DOCS / "blind78_nl_grenseffecten_advice.pdf")
    coded = {b.label: b.text for b in advice.blocks if b.label in ("1a", "1b", "2a", "4a")}
    assert coded["1a"].startswith("Richt één digitale rekenhulp in") and coded["1a"].endswith("betekent.")
    assert coded["2a"].endswith("vast te stellen.")
    recs = find_recommendations(advice)
    assert len(recs) == 7 and recs[3].text.startswith("Bied grensarbeiders in de zorg een vergoeding")


def test_the_government_named_does_a_part_before_its_turn() -> None:
    """ "Het kabinet neemt een uitzondering op voor spoedeisende zorg …, maar kiest niet voor een algemene
    uitzondering op basis van afstand": the government named as the subject acts in the present (as "wij" does),
    and what it does before the turn is a part: partly, not a refusal. Another body named after the verb decides
    nothing of the government's ("Over het opleidingsbudget beslist het algemeen bestuur")."""
    asked = (
        "Neem in het wetsvoorstel een uitzondering op voor zorg in een ziekenhuis binnen dertig kilometer van de "
        "woonplaats van de verzekerde."
    )
    reply = (
        "Het kenniscentrum vraagt aandacht voor de grensregio in het wetsvoorstel Zorgverzekering buitenland. Het "
        "kabinet neemt een uitzondering op voor spoedeisende zorg en voor zorg die in Nederland niet binnen de "
        "treeknorm beschikbaar is, maar kiest niet voor een algemene uitzondering op basis van afstand, omdat die "
        "moeilijk uitvoerbaar is."
    )
    assert _verdict(reply, asked, "nl") == "partly"
    asked = "Vraag het algemeen bestuur om een structurele verhoging van het opleidingsbudget."
    reply = "Over het opleidingsbudget beslist het algemeen bestuur."
    assert _verdict(reply, asked, "nl") != "agrees"


def test_a_figure_called_too_long_is_no_figure_given() -> None:
    """ "Het kabinet onderschrijft dat zeven maanden wachten te lang is": the seven months are the state of things,
    not the figure the government gives for the three months asked."""
    from weerwoord.core.analysis.figures import other_figure

    asked = "Verkort de erkenningsprocedure voor verpleegkundigen tot ten hoogste drie maanden."
    assert not other_figure("Het kabinet onderschrijft dat zeven maanden wachten te lang is.", asked)
    assert other_figure("De procedure duurt voortaan ten hoogste zes maanden.", asked)
    assert not other_figure("We accept that waiting seven months is too long.", "Cut the wait to three months.")


def test_a_bold_point_after_a_colon_opens_in_lower_case() -> None:
    """A jury report sets its recommendations in bold inside paragraphs, one after a colon: "… een zwakte in de
    plint: **breng de fietsenstalling onder in een kelder onder de toren, …**"; it asks as "Breng …" does."""
    from weerwoord.core.analysis.emphasis import bold_sentences
    from weerwoord.core.reading.reader import read_document

    advice = read_document(DOCS / "blind78_nl_juryrapport_advice.pdf")
    said = [c.blocks[0].text for c in bold_sentences(advice.blocks)]
    assert len(said) == 6 and said[2].startswith("breng de fietsenstalling onder")


def test_doing_what_was_asked_in_so_many_words() -> None:
    """ "Zo doen wij wat de jury vraagt": an agreement in words."""
    asked = "Betrek het participatiepanel ook bij de uitwerking van de leeszaal en het dakterras."
    reply = (
        "Wij zijn blij met de inzet van het participatiepanel. Het panel krijgt twee zetels in de klankbordgroep en "
        "wordt betrokken bij de inrichting van de leeszaal. Zo doen wij wat de jury vraagt."
    )
    assert _verdict(reply, asked, "nl") == "agrees"


def test_what_is_kept_as_it_is_and_another_bodys_agreement() -> None:
    """ "We will keep the underpayment penalty on estimated tax as it is": what was to stop stays, a refusal; and
    "the fire and rescue service agrees that stay put remains right" is another body's agreement, not the
    landlord's, beside "We have decided not to fit an evacuation alert system"."""
    asked = "Stop assessing the underpayment penalty on estimated tax where the shortfall for the year is under $100."
    reply = (
        "We will keep the underpayment penalty on estimated tax as it is: a minimum threshold would reward "
        "taxpayers who deliberately underpay in small amounts."
    )
    assert _verdict(reply, asked, "en") == "disagrees"
    from weerwoord.core.analysis.as_it_is import keeps
    from weerwoord.core.analysis.phrases import phrase_book

    assert not keeps("A copy will be transmitted as soon as it is adopted.", phrase_book("en"))
    asked = "Install an evacuation alert system in accordance with BS 8629."
    reply = (
        "We have decided not to fit an evacuation alert system: it is not required for a building of this height, "
        "and the fire and rescue service agrees that stay put remains right for Alder Court."
    )
    assert _verdict(reply, asked, "en") == "disagrees"


def test_a_decision_not_taken_in_the_past_simple() -> None:
    """A licensing sub-committee's notice of decision: "The Sub-Committee did not impose a condition on the lemur
    exhibit" refuses what was asked (the past simple of a decision, as "has not imposed" would)."""
    asked = (
        "The walk-through lemur exhibit should be supervised in person by a keeper or trained volunteer at all "
        "times when it is open to visitors."
    )
    reply = (
        "The Sub-Committee did not impose a condition on the lemur exhibit: Mr Pryce explained that the exhibit is "
        "closed whenever no keeper is present."
    )
    assert _verdict(reply, asked, "en") == "disagrees"
