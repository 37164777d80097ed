"""Forms met first in blind round 140, mended in session 45 after round 140 was scored at first sight on 6a817300
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_the_council_recommends_after_a_clause_of_two_commas_and_for_that_reason() -> None:
    """A drugs council's letter: "Taking the harms, the scale of misuse and the legitimate veterinary market together,
    the Council recommends that …", "For that reason the Council recommends that …", five more "The Council recommends
    that …"; not "…, and the effect of control should be measured." (a passive after a comma): seven, which the
    minister's ordinals ("your first recommendation", "the second and fifth") land on."""
    pairs = compare_pair("blind140_en_drug_advice").pairs
    assert len(pairs) == 7
    assert "xylazine and its simple salts be controlled" in pairs[0].recommendation.text
    assert pairs[1].recommendation.text.startswith("For that reason the Council recommends")
    assert [p.verdict for p in pairs] == ["agrees", "agrees", "partly", "noted", "disagrees", "disagrees", "unanswered"]


def test_a_position_after_the_label_and_a_recommendation_accepted() -> None:
    """A Flemish management letter: "Aanbeveling f - standpunt: niet akkoord. …" is a section of its own (a colon in
    the title after the dash); "De eerste aanbeveling wordt aanvaard: …"; "Het managementteam neemt hiervan akte."."""
    pairs = compare_pair("blind140_nl_auditrapport").pairs
    assert pairs[5].reply is not None and pairs[5].reply.text.startswith("Aanbeveling f - standpunt: niet akkoord.")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "noted", "agrees", "disagrees", "unanswered"]


def test_each_recommendation_tagged_in_brackets_in_a_section() -> None:
    """ "Het vierogenprincipe voeren wij volledig in: … (aanbeveling 3). Een vrij recht voor ouders om op elk moment te
    kijken (aanbeveling 5) vindt het bestuur niet verstandig": the section answers both."""
    pairs = compare_pair("blind140_nl_socialeveiligheid").pairs
    assert pairs[4].reply is not None and pairs[4].reply is pairs[2].reply
    assert pairs[2].verdict == "agrees"
    assert pairs[4].verdict == "disagrees"


def test_boxes_set_alike_between_findings_that_open_with_a_verb() -> None:
    """A mental health commission's "Action required" boxes between its findings: "Make sure …", "Record …",
    "Replace …", "Arrange for an independent mental health advocate …" (a verb and "for"), "Refit …"."""
    pairs = compare_pair("blind140_en_mha_visit").pairs
    assert len(pairs) == 7
    assert pairs[3].recommendation.text.startswith("Arrange for an independent mental health advocate")


def test_taking_note_in_flemish() -> None:
    assert (
        verdict(
            "Het managementteam neemt hiervan akte. De aanstelling van contractbeheerders hangt samen met de "
            "herziening van het organogram, die in 2027 start.",
            "nl",
            "Duid per raamovereenkomst een contractbeheerder aan die de prestaties minstens jaarlijks evalueert.",
        )
        == "noted"
    )


def test_a_bold_lead_that_runs_on_in_plain_type() -> None:
    """An accreditation panel's paragraphs that open in bold, conclusions ("**Het profiel van de opleiding is actueel
    en herkenbaar.**") and recommendations whose bold runs on in plain type ("**Betrek het werkveld structureler bij de
    herijking van het opleidingsprofiel,** bijvoorbeeld via …", "**Maak de internationale dimensie … zichtbaarder in
    het curriculum** en in de communicatie …"): the seven recommendations, not the standards' table."""
    pairs = compare_pair("blind140_nl_accreditatie").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Betrek het werkveld structureler")
    assert pairs[6].recommendation.text.startswith("Maak de internationale dimensie van de opleiding zichtbaarder")
    assert pairs[6].reply is None


def test_noting_the_concern() -> None:
    """ "The trust notes the commissioners' concern. Night staffing … is part of the trust's workforce plan, which is
    being refreshed this winter; we will share it when it is published.": noted."""
    assert (
        verdict(
            "The trust notes the commissioners' concern. Night staffing on all secure wards is part of the trust's "
            "workforce plan, which is being refreshed this winter; we will share it when it is published.",
            "en",
            "Reduce the use of agency staff on night shifts, and report to us on progress within six months.",
        )
        == "noted"
    )


def test_voor_een_deel_heads_the_row() -> None:
    """An improvement plan's cell "Voor een deel. Er komt geen apart project, maar …": partly, not the refusal of the
    project alone."""
    assert (
        verdict(
            "Voor een deel. Er komt geen apart project, maar de twee bestaande praktijkopdrachten in jaar 2 krijgen "
            "een duidelijke onderzoekscomponent.",
            "nl",
            "Versterk de onderzoekslijn in het tweede studiejaar met een eigen praktijkgericht onderzoeksproject.",
        )
        == "partly"
    )
