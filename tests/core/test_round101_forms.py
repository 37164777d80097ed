"""Forms met first in blind round 101, mended after round 101 was scored at first sight (each test fails on the code
before it)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_sections_headed_by_the_advices_own_word_for_its_items() -> None:
    """A review recommends "Priority actions" in a table; the director's paper answers under "Action 2:
    Environmental monitoring", "Actions 4 and 6: Staffing and fire protection": those are the numbers answered,
    the section on 4 and 6 answers both, and action 5 goes unanswered."""
    result = compare_pair("blind101_en_museum_review")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == [str(k) for k in range(1, 8)]
    assert by_number["2"].reply is not None and "loggers" in by_number["2"].reply.text
    assert by_number["2"].link == "number"
    assert by_number["4"].reply is not None and by_number["4"].reply is by_number["6"].reply
    assert by_number["5"].reply is None


def test_an_articles_heading_is_no_such_word() -> None:
    """A guard: a council's bye-law answers an advice under "Artikel 2. Markten", "Artikel 3. …": articles of
    the law, not the advice's points, although the advice speaks of articles where it advises."""
    from weerwoord.core.analysis.item_words import by_the_advices_word
    from weerwoord.core.model import Block, Document, Reply, TextRun

    def reply(heading: str) -> Reply:
        return Reply(id=heading[:9], heading=heading, run=TextRun("Het college kan een vergunning verlenen.", []))

    def advice(text: str) -> Document:
        block = Block(kind="paragraph", run=TextRun(text, []))
        return Document("advies.pdf", "", "", 1, "nl", [(595.0, 842.0)], [block])

    articles = [reply("Artikel 2. Markten"), reply("Artikel 3. Vaste standplaatsen")]
    by_the_advices_word(articles, advice("De commissie adviseert artikel 3 aan te passen."))
    assert [r.numbers for r in articles] == [[], []]
    measures = [reply("Maatregel 2. Markten"), reply("Maatregel 3. Vaste standplaatsen")]
    by_the_advices_word(measures, advice("De commissie adviseert de volgende maatregelen."))
    assert [r.numbers for r in measures] == [["2"], ["3"]]


def test_round_101_verdict_language() -> None:
    """A review's "Management supports the inventory but considers June 2027 unrealistic" accepts part; "the
    Board's budget cannot support a permanent position, but management proposes a fixed-term registrar …" accepts a
    lesser form; "Management does not recommend this change at this time" refuses; "staff agreed and would provide
    quarterly reports" gives the very figure asked (no other figure, in reported speech); "Het knuffelhok blijft in
    de lammertijd open" keeps what was to be closed (a refusal, no commitment); a guard: a refusal whose turn refuses
    in turn proposes nothing ("…, however, … we do not propose to establish a further fund")."""
    assert (
        _verdict(
            "en",
            "Complete a full inventory of the photographic collection by June 2027.",
            "Management supports the inventory but considers June 2027 unrealistic with current volunteer numbers. "
            "We propose a target of June 2028, with progress reported to the Board every six months.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Create a permanent half-time collections registrar position to reduce reliance on one person.",
            "On staffing, the Board's budget cannot support a permanent position, but management proposes a "
            "fixed-term registrar at 0.3 FTE for two years from July, funded from the Collections Reserve.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Replace the sprinkler system in the main store with an inert gas fire suppression system.",
            "On fire protection, an inert gas system has been priced at about $480,000. Management does not "
            "recommend this change at this time; the existing sprinkler system was serviced in February.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "Provide the Committee with a quarterly budget-to-actual report for every active Measure K project, "
            "including change orders.",
            "Budget-to-actual reporting. Ms. Delgado said that staff agreed and would provide quarterly "
            "budget-to-actual reports for all active projects, including change orders, beginning with the quarter "
            "ending June 30.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "nl",
            "Sluit het knuffelhok in de lammertijd, van februari tot en met april, voor bezoekers.",
            "Het knuffelhok blijft in de lammertijd open. Het is voor veel gezinnen de reden van hun bezoek; wij "
            "zetten er een vrijwilliger bij die op handen wassen let.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "We recommend that the Ministry of Education establish a separate fund for urgent weathertightness "
            "repairs, so that schools do not wait for the next property cycle.",
            "We share your concern about the effect of leaking buildings on teaching and learning. We are not "
            "persuaded, however, that a separate fund is the best way to address it, and we do not propose to "
            "establish a further fund.",
        )
        == "disagrees"
    )


def test_a_request_in_bold_put_as_we_ask() -> None:
    """A pharmacy committee's letter sets its seven requests in bold inside plain paragraphs under numbered
    headings 1-5; the last is "We ask the ICB to press the Health and Wellbeing Board to …": a request like the
    others ("should", "we recommend"), so the bold sentences (seven) are read over the five headed paragraphs."""
    result = compare_pair("blind101_en_pharmacy_lpc")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7
    assert texts[-1].startswith("We ask the ICB to press the Health and Wellbeing Board")
    assert result.pairs[-1].reply is not None and "Health and Wellbeing Board" in result.pairs[-1].reply.text
    assert result.pairs[5].reply is None  # (the quarterly meeting of the LPC and LMC: unanswered)


def test_a_shared_row_split_by_the_figures_asked() -> None:
    """A cycling club answers "M1 en M6": the start moved (M1) and "De wedstrijd inkorten tot 10 ronden doen wij
    niet" (M6, which asked "van 12 naar 10"): that sentence, by its figures, is M6's, a refusal ("… doen wij niet")
    that M1 does not share."""
    result = compare_pair("blind101_nl_wielerkoers")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert by_number["M1"].reply is by_number["M6"].reply
    assert by_number["M6"].verdict == "disagrees"
    assert by_number["M1"].verdict != "disagrees"


def test_round_101_dutch_refusals_put_after_the_thing_asked() -> None:
    """A burgemeester's "Een vast jaarlijks opleidingsbudget voor lifeguards van 16 en 17 jaar kan ik u helaas niet
    toezeggen" refuses what it repeats (no limit of a promise); "De podiumgordijnen worden niet vervangen" refuses
    the very verb asked ("Vervang …") in the present passive, whose participle is its infinitive; a guard: "Ik kan
    niet toezeggen dat alle sporthallen in 2027 klaar zijn" only limits a promise (a reservation, no refusal)."""
    assert (
        _verdict(
            "nl",
            "Stel een vast jaarlijks budget beschikbaar voor de opleiding van jonge lifeguards van 16 en 17 jaar.",
            "Een vast jaarlijks opleidingsbudget voor lifeguards van 16 en 17 jaar kan ik u helaas niet toezeggen. "
            "U kunt wel, zoals nu, een beroep doen op het algemene vrijwilligersfonds.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Vervang de podiumgordijnen door gordijnen met een attest van brandvertraging (klasse B-s1,d0 of M1).",
            "De podiumgordijnen worden niet vervangen. Zij werden in 2024 opnieuw brandvertragend behandeld; het "
            "college vraagt de leverancier om het attest daarvan aan de zone te bezorgen.",
        )
        == "disagrees"
    )
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    hedged = "Wij vervangen de verlichting. Ik kan niet toezeggen dat alle sporthallen in 2027 klaar zijn."
    marks = stance.find_marks(TextRun(hedged, []), "nl", "Vervang de verlichting van alle sporthallen door led.")
    assert [m.category for m in marks if "toezeggen" in m.text] == ["reservation"]


def test_the_second_recommendation_a_shared_section_answers_by_content() -> None:
    """A burgemeester answers the season lengthened (a) and the training budget refused (e) in one section
    "Seizoensduur en jonge lifeguards", naming neither; a parent council's Q&A answers the distance kept (a) and
    the start put off (d) under one question. Each second one is linked too: the section stands out for it by far,
    and some of its sentences speak of it in words the other lacks."""
    beach = {p.recommendation.number: p for p in compare_pair("blind101_nl_strandbewaking").pairs}
    assert beach["a"].reply is not None and beach["a"].reply is beach["e"].reply
    assert beach["a"].verdict == "agrees" and beach["e"].verdict == "disagrees"
    assert beach["d"].reply is None
    school = {p.recommendation.number: p for p in compare_pair("blind99_en_parent_council").pairs}
    assert school["d"].reply is not None and school["d"].reply is school["a"].reply
    assert school["d"].verdict == "partly"
    assert school["g"].reply is None


def test_staff_answer_as_the_government() -> None:
    """A county's staff answer for it: "With current budget constraints, staff cannot support later opening at this
    time" refuses (staff is the answering body, as "officers" is, wherever it stands in the sentence); a guard: what
    staff do instead, in the sentence that says "Instead", is no part of what was asked done ("…, but we do not
    accept it: … Instead, staff will collect bags from residents who cannot reach a collection point")."""
    assert (
        _verdict(
            "en",
            "Extend the opening hours of the Harlan Falls Senior Center to 7 p.m. on two weekdays.",
            "Evening opening would require additional security and a second shift of staff at an estimated $74,000 "
            "a year. With current budget constraints, staff cannot support later opening at this time.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "Replace the requirement to take produce to fixed collection points with a free kerbside collection for "
            "the duration of the controls.",
            "We have considered a kerbside collection carefully, but we do not accept it: collection from every "
            "property would greatly increase the risk of infested fruit being moved. Instead, staff will collect "
            "bags from residents who cannot reach a collection point.",
        )
        == "disagrees"
    )
