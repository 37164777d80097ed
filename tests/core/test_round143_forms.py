"""Forms met first in blind round 143, mended in session 46 after round 143 was scored at first sight on 1022c08b
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_paragraphs_led_by_a_bold_title_that_say_what_should_be_done() -> None:
    """A regulator's performance review, "Areas for improvement": "**Interim orders.** In 9 of the 30 cases we sampled
    … Interim order applications should be made within 28 days …", seven such paragraphs, each recommending after what
    it found; each is a recommendation from its first sentence that asks, under its bold title."""
    pairs = compare_pair("blind143_en_regulator_review").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Interim order applications should be made within 28 days")
    assert pairs[1].recommendation.title == "Interim orders"
    assert all(p.reply is not None for p in pairs[:6]) and pairs[6].reply is None


def test_a_dutch_finding_in_a_table_row_beside_the_cell_that_asks() -> None:
    """A playground inspection's table "Code | Terrein | Vaststelling | Aanbeveling | Termijn": "Onder de schommel
    (vrije valhoogte 2,1 m) ligt gras …" and "Boven de speelzone hangen dode takken …" are findings; the cell to
    their right that asks is the recommendation."""
    pairs = compare_pair("blind143_nl_speelterreinen").pairs
    by_number = {p.number: p for p in pairs}
    assert by_number["A-01"].recommendation.text.startswith("Leg onder de schommel een valdempende ondergrond")
    assert by_number["A-04"].recommendation.text.startswith("Sluit het speelbos af bij storm")


def test_requests_that_open_with_please_in_a_coded_list() -> None:
    """An ethics committee's provisional opinion, its requests coded by document: "P1 Please reduce the number of
    study visits at which research blood samples are taken …" and "D1 Please confirm who will have access …" ask,
    whatever verbs their clauses hold; all seven are recommendations, D1 unanswered."""
    pairs = compare_pair("blind143_en_ethics_opinion").pairs
    assert [p.number for p in pairs] == ["P1", "P2", "I1", "I2", "I3", "C1", "D1"]
    verdicts = ["partly", "agrees", "agrees", "agrees", "disagrees", "disagrees", "unanswered"]
    assert [p.verdict for p in pairs] == verdicts


def test_a_trial_after_its_article_is_the_study_itself() -> None:
    """ "… every participant will be sent a lay summary when the trial ends, and that results will be posted on the
    trial website": the trial is the study, nothing tried out in a lesser form."""
    rec = "Please tell participants how they will be informed of the results, and offer them a lay summary."
    reply = (
        "A new section explains that every participant will be sent a lay summary when the trial ends, and that "
        "results will be posted on the trial website."
    )
    assert verdict(reply, "en", rec) == "agrees"


def test_a_refusal_then_something_else_instead_is_no_part() -> None:
    """ "We have not extended the period to 48 hours. … Potential participants will instead receive the information
    sheet by post at least 24 hours before their clinic appointment": refused, another thing in its place."""
    rec = "Please allow a period of at least 48 hours between giving the information sheet and taking consent."
    reply = (
        "We have not extended the period to 48 hours. Most participants travel long distances to the clinic. "
        "Potential participants will instead receive the information sheet by post at least 24 hours before their "
        "clinic appointment."
    )
    assert verdict(reply, "en", rec) == "disagrees"


def test_asking_the_body_to_accept_what_it_would_change() -> None:
    """ "We respectfully ask the Committee to accept the initialled box" where a separate form was asked: a refusal;
    "Our sponsor's standard template, agreed with its patient panel, uses an optional box" accepts nothing."""
    rec = "Consent should be sought on a separate consent form rather than by an initialled box on the main form."
    reply = (
        "We respectfully ask the Committee to accept the initialled box. Our sponsor's standard template, agreed with "
        "its patient panel, uses an optional box. We have made the box clearer."
    )
    assert verdict(reply, "en", rec) == "disagrees"


def test_going_on_as_before_beside_a_refusal_grants_no_part() -> None:
    """ "We do not propose to return to routine in-person visits. … We will continue to visit a programme in person
    where the papers raise a concern": the way of working kept, the change asked refused."""
    rec = "Every approved programme should receive at least one in-person visit in each five-year approval cycle."
    reply = (
        "We do not propose to return to routine in-person visits. Remote approval has allowed us to review more "
        "programmes each year. We will continue to visit a programme in person where the papers raise a concern."
    )
    assert verdict(reply, "en", rec) == "disagrees"


def test_something_else_done_already_beside_a_note_is_no_acceptance() -> None:
    """ "We note the Authority's view on independent support …. Our hearings officers already offer practical help,
    and we will look at the options …" where an independent support service was asked: noted."""
    rec = "An independent support service should be offered to every member of the public who gives evidence."
    reply = (
        "We note the Authority's view on independent support for members of the public at hearings. Our hearings "
        "officers already offer practical help, and we will look at the options and their costs as part of next "
        "year's budget round."
    )
    assert verdict(reply, "en", rec) == "noted"


def test_a_cut_is_done() -> None:
    """ "We have cut the research blood samples to four" where three were asked, the reasons for the fourth given:
    a part done."""
    rec = "Please reduce the number of research blood samples from six to three, or justify each additional sample."
    reply = (
        "We have cut the research blood samples to four. The sample at three months measures our main secondary "
        "outcome; a reduction to three samples would not allow us to answer that question."
    )
    assert verdict(reply, "en", rec) == "partly"
