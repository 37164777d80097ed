"""Forms met first in blind round 142, mended in session 46 after round 142 was scored at first sight on d7a2065d
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_finding_that_opens_like_a_command_beside_the_recommendation_column() -> None:
    """An environmental audit's table "Ref | Requirement | Finding | Recommendation": "Blast monitor BM2 is 1.8 km
    from …", "Sulfate at bore MB7 exceeded …", "Weed cover at the Pine Ridge offset area has increased …" open like
    commands; the cell to their right that asks is each row's recommendation."""
    pairs = compare_pair("blind142_en_mine_audit").pairs
    assert [p.number for p in pairs] == ["NC-01", "NC-02", "NC-03", "NC-04", "NC-05", "OB-01", "OB-02"]
    assert pairs[0].recommendation.text.startswith("Relocate blast monitor BM2")
    assert pairs[6].recommendation.text.startswith("Engage an independent ecologist")


def test_a_status_heading_of_the_next_group_is_not_this_rows_verdict() -> None:
    """An annex table grouped by status: the next group's heading ("Niet overgenomen", "In overweging") after a row
    that says its own verdict ("Wordt overgenomen.", "Dit nemen wij niet over.") does not decide it."""
    pairs = compare_pair("blind142_nl_cyberincident").pairs
    assert [p.verdict for p in pairs] == ["agrees", "agrees", "agrees", "partly", "disagrees", "noted", "unanswered"]


def test_a_plural_label_over_two_sentences_that_ask() -> None:
    """ "Aanbevelingen: Breng het aandeel van de overheadkosten … terug …. Vul daarnaast de raad van toezicht aan …":
    two recommendations beside the paragraphs labelled "Aanbeveling:"."""
    pairs = compare_pair("blind142_nl_cultuursubsidie").pairs
    assert len(pairs) == 7
    assert pairs[4].recommendation.text.startswith("Breng het aandeel van de overheadkosten")
    assert pairs[5].recommendation.text.startswith("Vul daarnaast de raad van toezicht aan")
    assert [p.verdict for p in pairs[1:]] == ["disagrees", "agrees", "partly", "disagrees", "noted", "unanswered"]


def test_a_fund_missions_sentences_that_say_what_should_be_done() -> None:
    """A monetary fund's concluding statement: "Staff recommend a fiscal adjustment …", "The central bank should keep
    its policy rate …", "To raise female participation …, the government should expand …", among findings that open
    like commands ("Risks to the outlook are …", "Surveys of firms also point …"); not "Staff do not recommend …"."""
    pairs = compare_pair("blind142_en_fund_mission").pairs
    texts = [p.recommendation.text for p in pairs]
    assert len(pairs) == 7
    assert texts[0].startswith("Staff recommend a fiscal adjustment")
    assert texts[2].startswith("The central bank should keep its policy rate")
    assert not any(t.startswith(("Staff do not", "Risks to", "Surveys of")) for t in texts)


def test_no_intention_noted_and_thinking_otherwise() -> None:
    assert (
        verdict(
            "Interventions in 2025 were justified by seasonal pressures, and there is no intention to change the "
            "present arrangements or to widen the band.",
            "en",
            "Staff recommend limiting foreign exchange intervention to episodes of disorderly market conditions and "
            "allowing the band to widen over time.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Het vijfde advies, over een wandelpad, hebben wij genoteerd. De grondeigenaar heeft nog bezwaren; wij "
            "gaan daarover na de zomer met hem in gesprek.",
            "nl",
            "Leg een wandelpad door het park aan dat aansluit op het klompenpad.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Over de wijkprojecten denken wij anders. Vaste jaarlijkse afspraken met de wijkcentra passen niet bij hoe "
            "onze projecten ontstaan.",
            "nl",
            "Leg de samenwerking met de wijkcentra vast in vaste afspraken over een jaarlijks wijkproject.",
        )
        == "disagrees"
    )


def test_a_label_limited_in_its_own_sentence() -> None:
    assert (
        verdict(
            "Wij nemen het advies over om de residenties te betalen, maar niet volledig. Vanaf 2027 krijgen twee van "
            "de vier makers in residentie een honorarium van 3.000 euro.",
            "nl",
            "Betaal de makers in de residenties een honorarium in plaats van hun alleen ruimte te bieden.",
        )
        == "partly"
    )


def test_what_two_recommendations_are_about_is_no_deed() -> None:
    """A quality team's letter: "Het tweede en het derde advies gaan allebei over hoe het park er vanaf de randen
    uitziet. De randen passen wij voor een deel aan: … Het verlagen van de panelen naar 1,80 meter doen wij niet.":
    what the two are about is nothing done of the third, which is refused; the second is done in part."""
    pairs = compare_pair("blind142_nl_qteam").pairs
    assert pairs[2].recommendation.text.startswith("Hoogte.")
    assert pairs[2].verdict == "disagrees"
    assert pairs[1].verdict == "partly"  # ("De randen passen wij voor een deel aan: …")


def test_the_date_asked_for_a_part_and_a_later_one_for_the_rest() -> None:
    """ "The requirement will apply to salmon from 1 January 2028, as you propose. Trout producers, however, will have
    until 1 January 2030 to comply": done as asked for a part, later for the rest (partly)."""
    assert (
        verdict(
            "On your first recommendation, the Government will legislate to require farmed fish to be stunned before "
            "they are killed. The requirement will apply to salmon from 1 January 2028, as you propose. Trout "
            "producers, however, will have until 1 January 2030 to comply, because many of them are small family "
            "businesses that need time to raise the capital.",
            "en",
            "The Government should make the stunning of all farmed salmon and trout before killing a legal requirement "
            "by 1 January 2028.",
        )
        == "partly"
    )
