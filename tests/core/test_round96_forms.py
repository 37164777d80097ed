"""Forms met first in blind round 96, mended after round 96 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_heading_status_for_two_numbers_in_turn() -> None:
    """ "Recommendations 1 and 2 - Supported / Not supported": 1 is supported and 2 not (the first label is not
    negated by the "Not" after the slash)."""
    from weerwoord.core.analysis import verdict_labels
    from weerwoord.core.analysis.compare import compare

    assert verdict_labels.labels_in_order("Supported / Not supported", "en") == [
        ("agrees", "Supported"),
        ("disagrees", "Not supported"),
    ]
    pair = "blind96_en_port_dust"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert (verdicts["1"], verdicts["2"]) == ("agrees", "disagrees")


def test_a_state_of_work_does_not_overrule_a_refusal() -> None:
    """(a guard) An action plan row "R3 and R4" whose status cell reads "Complete / ongoing": R4's "We do not intend
    to commission external testing of messages: … will check every recorded message quarterly instead" refuses,
    whatever the state of the work beside it."""
    from weerwoord.core.analysis import verdict_labels
    from weerwoord.core.analysis.compare import compare

    assert verdict_labels.progress("ongoing", "en") and not verdict_labels.progress("Not supported", "en")
    pair = "blind96_en_welsh_language"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert (verdicts["R3"], verdicts["R4"]) == ("agrees", "disagrees")


def test_an_abbreviation_a_document_defines_counts_for_its_words() -> None:
    """ "the minimum funding guarantee (MFG)" in the advice: a reply on "a positive MFG of 0.5 per cent" speaks of
    the recommendation to "set the minimum funding guarantee at plus 0.5 per cent" (only where the first letters
    spell it; and not where a text spells the words out already)."""
    from weerwoord.core.analysis.abbreviations import defined, expanded
    from weerwoord.core.analysis.likeness import similarity_matrix
    from weerwoord.core.model import Recommendation, Reply, TextRun

    aliases = defined(
        [
            "A minimum funding guarantee (MFG) of 0.0 per cent per pupil.",
            "The Department for Education (DfE) and the Nederlandse Arbeidsinspectie (NLA).",
        ]
    )
    assert aliases == {"MFG": "minimum funding guarantee", "DfE": "Department for Education"}
    assert expanded("A positive MFG of 0.5 per cent", aliases).endswith("minimum funding guarantee")
    assert expanded("the minimum funding guarantee (MFG)", aliases) == "the minimum funding guarantee (MFG)"
    rec = Recommendation("3", True, TextRun("set the minimum funding guarantee at plus 0.5 per cent per pupil", []))
    replies = [
        Reply(
            "r1", None, TextRun("A positive MFG would mainly protect schools whose rolls are growing.", []), None, []
        ),
        Reply("r2", None, TextRun("The lump sum for every primary school will be reduced.", []), None, []),
    ]
    assert similarity_matrix([rec], replies, aliases=aliases)[0][0] > similarity_matrix([rec], replies)[0][0]


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_round_96_verdict_language() -> None:
    """ "We accept the aim but cannot staff the evening shift …" grants a part (the refusal after "but" is not part
    of the agreement); "Training budgets are being reviewed …" puts the decision off; "Het college kiest ervoor het
    maximum van 1.500 euro niet te wijzigen" refuses; "De eis … handhaven wij wel: zonder die eis kunnen wij … niet
    waarborgen" keeps what was to go (no condition)."""
    welsh = (
        "Recruit or train enough Welsh-speaking advisers to answer calls in Welsh throughout the Contact Centre's "
        "opening hours, including the evening shift."
    )
    assert (
        _verdict(
            "en",
            welsh,
            "We accept the aim but cannot staff the evening shift in Welsh within current resources. From September "
            "2026 Welsh-speaking advisers will cover all calls between 9 a.m. and 5 p.m.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Set aside a ring-fenced annual budget for Welsh language training for front-line staff.",
            "Training budgets are being reviewed as part of the medium-term financial plan. A ring-fenced sum will "
            "be considered alongside other pressures when Cabinet sets the 2027/28 budget.",
        )
        == "noted"
    )
    assert (
        _verdict(
            "nl",
            "Verhoog het maximale subsidiebedrag per woning van 1.500 naar 2.500 euro.",
            "Een hoger maximum leidt bij een gelijkblijvend budget tot minder aanvragers. Het college kiest ervoor "
            "het maximum van 1.500 euro niet te wijzigen.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Laat de eis vallen dat de isolatie door een bedrijf met een erkend keurmerk wordt uitgevoerd.",
            "De eis van een erkend keurmerk handhaven wij wel: zonder die eis kunnen wij de kwaliteit en de "
            "veiligheid van de isolatie niet waarborgen.",
        )
        == "disagrees"
    )


def test_a_date_asked_as_a_deadline() -> None:
    """ "vóór 1 december 2026" asked, "uiterlijk 15 januari 2027" promised: later than asked; sent "on 2 February"
    where "before the Forum's meeting on 11 February" was asked: in time; a date the recommendation only names
    ("between 1 January 2022 and …") asks for none; "28 days" is no date."""
    from weerwoord.core.analysis.figures import other_figure

    assert other_figure(
        "zeg u toe het plan uiterlijk 15 januari 2027 aan het CAft te sturen",
        "vóór 1 december 2026 een plan voor te leggen",
    )
    assert not other_figure("was sent on 2 February 2026", "publish it before the Forum's meeting on 11 February 2026")
    assert not other_figure("Management will write by 5 June 2026", "identify those refinanced between 1 January 2022")
    assert other_figure("recordings will be released within 60 days", "release the recordings within 45 days")


def test_bold_sentences_opening_paragraphs_under_subject_headings() -> None:
    """A zienswijze whose seven requests are bold sentences opening paragraphs, one of them read as a heading of its
    own ("Verruim het venster voor laden en lossen … tot 11.30 uur."), beside a bold "Samenvattend: de BIZ steunt
    de doelen …, maar niet het tempo …" that asks nothing: the seven are found, the summary is not."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind96_nl_binnenstad"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7
    assert texts[2].startswith("Verruim het venster voor laden en lossen")
    assert not any(t.startswith("Samenvattend") for t in texts)


def test_a_wish_heard_is_noted() -> None:
    """ "De wens om een deel van de parkeeropbrengsten … te gebruiken hebben wij goed gehoord. … wij zullen deze wens
    bij de voorbereiding van de begroting 2027 betrekken": heard and to be weighed, not granted."""
    assert (
        _verdict(
            "nl",
            "Zet een deel van de parkeeropbrengsten in voor de promotie en de beleving van de binnenstad.",
            "De wens om een deel van de parkeeropbrengsten te gebruiken voor promotie van de binnenstad hebben wij "
            "goed gehoord. Over de besteding van de opbrengsten beslist de raad bij de begroting; wij zullen deze wens "
            "bij de voorbereiding van de begroting 2027 betrekken.",
        )
        == "noted"
    )
