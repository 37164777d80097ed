"""Forms met first in blind round 149, mended in session 48 after round 149 was scored at first sight on 8d4b091e
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import block, compare_pair, verdict
from weerwoord.core.analysis.recommending import recommending_blocks, recommending_sentences_in


def test_boxed_recommendations_labelled_with_their_category() -> None:
    """A church architect's panels "Recommendation (Category A): Reset and rebed the loose copings …" (urgency A–D,
    no number): the seven panels are the recommendations, numbered by their place."""
    pairs = compare_pair("blind149_en_quinquennial").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Reset and rebed the loose copings")
    assert sum(p.reply is not None for p in pairs) == 6


def test_a_recommendation_right_after_a_quotation() -> None:
    """ "One foster carer wrote: 'someone should tell you … who all the people round the table are.' We recommend that
    every applicant is offered a short video call …": the sentence after the closing quote opens by recommending."""
    text = (
        "One foster carer wrote: 'someone should tell you what happens on the day.' We recommend that every applicant"
        " is offered a short video call with the panel adviser in the week before panel."
    )
    assert [m.group(0) for m in recommending_sentences_in(text)] == ["We recommend that"]


def test_agreed_kept_and_a_part_only_later() -> None:
    """ "I agree, and I am pleased to say that Ms … has been appointed"; "I have decided to keep the present arrangement
    under which first reviews …"; "the allowances will go on the website in September; the fee bands will follow only
    when the current review of fees is finished"."""
    assert (
        verdict(
            "You recommend that the panel adviser post be filled permanently. I agree, and I am pleased to say that Ms"
            " Harriet Osei-Lindqvist has been appointed and starts on 4 August.",
            "en",
            "Finally, the panel recommends that the panel adviser post be filled on a permanent basis as soon as"
            " possible.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "I have decided to keep the present arrangement under which first reviews without concerns are approved by"
            " the independent reviewing officer.",
            "en",
            "The panel recommends that the first annual review of every newly approved foster carer is presented to"
            " panel, whatever its outcome.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "On pay, the allowances will go on the website in September; the fee bands will follow only when the"
            " current review of fees is finished, which may not be before April.",
            "en",
            "The panel also recommends that the service publish its fostering allowances and fee bands in full on the"
            " council website.",
        )
        == "partly"
    )


def test_dutch_advice_after_a_phrase_of_its_own_and_what_is_advisable() -> None:
    """ "Voor de 23 paardenkastanjes langs de dreef … raden wij aan om …" and "Het is aangewezen om …" recommend; "Wij
    adviseren niet om de volledige Kasteeldreef in één keer te kappen" does not."""
    found = recommending_blocks(
        [
            block(
                "paragraph",
                "In de Kasteeldreef is de toestand minder duidelijk. Voor de 23 paardenkastanjes langs de dreef met"
                " kastanjebloedingsziekte raden wij aan om binnen twee jaar bij elke boom een trekproef te laten"
                " uitvoeren. Wij adviseren niet om de volledige Kasteeldreef in één keer te kappen.",
            ),
            block("paragraph", "Het is aangewezen om rond de monumentale zomereik een boomspiegel af te bakenen."),
        ]
    )
    said = [run.text for _, _, run, _ in found]
    assert len(said) == 2
    assert said[0].startswith("Voor de 23 paardenkastanjes") and said[1].startswith("Het is aangewezen om")


def test_a_title_line_with_the_letters_reference_answers_nothing() -> None:
    """ "Managementreactie op het mystery guest-onderzoek 2027 aan het college … - kenmerk GS/2027/0587 - 4 oktober
    2027": a title of no sentence, however long, is no reply to the recommendation whose words it shares (the yearly
    mystery guest research, left unanswered)."""
    from weerwoord.core.analysis.naming import is_title

    assert is_title(
        "Managementreactie op het onderzoek aan het college van burgemeester en wethouders - kenmerk GS/2027/0587"
    )
    assert not is_title(
        "Wij nemen de aanbeveling over; zie ook onze brief met kenmerk GS/2027/0587 van 4 oktober 2027."
    )
    pairs = compare_pair("blind149_nl_mysteryguest").pairs
    last = next(p for p in pairs if p.recommendation.text.startswith("Laat het mystery guest-onderzoek elk jaar"))
    assert last.reply is None
