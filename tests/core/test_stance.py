"""Stance marks: phrase rules from resources/, negation, extent of a mark, and verdicts."""

from __future__ import annotations

import pytest

from weerwoord.core.analysis import stance
from weerwoord.core.model import TextRun


def _marks(text: str, lang: str, rec: str = "") -> list[tuple[str, str]]:
    return [(m.category, m.text) for m in stance.find_marks(TextRun(text, []), lang, rec)]


def _verdict(text: str, lang: str, rec: str = "") -> str:
    marks = stance.find_marks(TextRun(text, []), lang, rec)
    return stance.verdict(marks, text, lang)[0]


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        ("Het kabinet onderschrijft de aanbevelingen van de AIV.", "nl", "agreement", "onderschrijft de aanbevelingen"),
        ("Het kabinet deelt deze opvatting niet.", "nl", "disagreement", "deelt deze opvatting niet"),
        ("Het kabinet ziet geen aanleiding om de wet te wijzigen.", "nl", "disagreement", "ziet geen aanleiding"),
        ("The Government does not disagree with the Council.", "en", "agreement", "not disagree"),
        ("The Government agrees with the Council.", "en", "agreement", "agrees with"),
        ("The Government does not accept this recommendation.", "en", "disagreement", "does not accept"),
        ("Het kabinet zal de komende tijd de mogelijkheden verkennen.", "nl", "commitment", "zal de komende tijd"),
        ("The Government will publish a plan next year.", "en", "commitment", "will publish a plan"),
        ("Het kabinet acht dit in beginsel mogelijk.", "nl", "reservation", "in beginsel"),
        ("Een heffing is niet onwenselijk, stelt de raad.", "nl", "agreement", "niet onwenselijk"),
        # a sentence adverb between the verb and its negation
        ("The Government will therefore not legislate in this Parliament.", "en", "disagreement", "will therefore not"),
    ],
)
def test_phrases_with_inflection_word_order_and_negation(text: str, lang: str, category: str, words: str) -> None:
    found = _marks(text, lang)
    assert any(c == category and words in t for c, t in found), found


def test_a_mark_is_a_phrase_never_a_paragraph() -> None:
    text = (
        "Nederland zal de komende tijd in nauwe samenwerking met NAVO-bondgenoten de mogelijkheden verkennen "
        "om de dialoog te versterken, met name binnen de NRR en middels versterking van de militaire contacten "
        "en nog veel meer woorden die niet bij de toezegging horen."
    )
    marks = stance.find_marks(TextRun(text, []), "nl")
    assert marks
    for m in marks:
        assert len(m.text.split()) <= 14
        assert m.rule.startswith("nl.")
    assert "zal de komende tijd in nauwe samenwerking met NAVO-bondgenoten" in marks[0].text


def test_rules_are_data_that_compile() -> None:
    for lang in ("nl", "en"):
        book = stance.phrase_book(lang)
        assert len(book.rules) > 20
        assert {r.category for r in book.rules} == {"agreement", "reservation", "disagreement", "commitment"}
        assert len({r.id for r in book.rules}) == len(book.rules)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Agreed.\n\nThe Government will set up the register.", "en", "agrees"),
        ("Agreed in principle.\n\nThe Government will consider the timing.", "en", "partly"),
        ("Not agreed.\n\nThe current rules suffice.", "en", "disagrees"),
        ("Noted.\n\nThis is a matter for the regulator.", "en", "noted"),
        ("Het kabinet neemt de aanbeveling over.", "nl", "agrees"),
        ("Het kabinet neemt kennis van de aanbeveling en zal dit betrekken bij de evaluatie.", "nl", "noted"),
        ("De Raad vraagt om een verbod. Het kabinet deelt deze opvatting niet.", "nl", "disagrees"),
        ("Het kabinet beschrijft hier het bestaande beleid van de regio's.", "nl", "noted"),
        ("Recommendation 3 receives only partial support. Organizations will report aggregated data.", "en", "partly"),
        ("Wij nemen het verbeterpunt over de zorgleefplannen volledig over.", "nl", "agrees"),
        ("De regionale samenwerking steun ik zonder voorbehoud.", "nl", "agrees"),
        ("Ik ga gemeenten niet verplichten valpreventie in hun beleid op te nemen.", "nl", "disagrees"),
        ("We had already done this before your report was published.", "en", "agrees"),
        ("Het Rekenhof beveelt aan een termijn vast te leggen. Dat lijkt mij niet aangewezen.", "nl", "disagrees"),
        (
            "Het kabinet deelt de analyse en voert een ontwikkelbudget in. Het budget wordt echter 750 euro in plaats"
            " van de door de raad voorgestelde 1.000 euro.",
            "nl",
            "partly",
        ),
        ("We accept this and will fund three pilots rather than the five the Committee proposed.", "en", "partly"),
    ],
)
def test_explicit_labels_and_weighing(text: str, lang: str, verdict: str) -> None:
    assert _verdict(text, lang) == verdict


def test_third_party_refusal_does_not_decide_the_verdict() -> None:
    # example letter, reply 5: agreement with the AIV; a larger EU nuclear role is called undesirable
    text = (
        "Het kabinet onderschrijft, evenals de AIV, het belang van een stevige veiligheidsrelatie. "
        "Een grotere rol van de EU op nucleair gebied acht het kabinet onwenselijk. "
        "Net als de AIV constateert het kabinet dat een eigen Europese capaciteit niet aan de orde is."
    )
    assert _verdict(text, "nl", "Versterk de veiligheidsband met de Verenigde Staten.") == "agrees"


def test_refusal_of_part_makes_partly_and_is_marked_as_reservation() -> None:
    rec = "Breng het toezicht onder bij één toezichthouder met de bevoegdheid tot opschorting van algoritmes."
    text = (
        "De Raad beveelt aan het toezicht te bundelen. Het kabinet onderschrijft het belang van samenhangend "
        "toezicht. Het kabinet acht het echter niet wenselijk om de bevoegdheid tot opschorting bij één "
        "toezichthouder te leggen."
    )
    marks = stance.find_marks(TextRun(text, []), "nl", rec)
    verdict, reason = stance.verdict(marks, text, "nl")
    assert verdict == "partly"
    assert any(m.category == "reservation" and "niet wenselijk" in m.text for m in marks)
    assert "“" in reason  # the reason quotes the phrases it rests on


def test_agreement_with_council_about_an_undesirable_thing_is_agreement() -> None:
    text = "Het kabinet onderschrijft de analyse van de AIV dat een eenzijdige terugtrekking onwenselijk is."
    assert _verdict(text, "nl") == "agrees"


def test_dutch_verbs_that_change_f_to_v_are_found_inflected() -> None:
    from weerwoord.core.analysis.stance import find_marks
    from weerwoord.core.model import TextRun

    marks = find_marks(TextRun("Wij onderschrijven deze aanbeveling.", []), "nl")
    assert [m.category for m in marks] == ["agreement"]


def test_a_refusal_opened_by_insofar_as_refuses_a_part_only() -> None:
    from weerwoord.core.analysis.stance import find_marks
    from weerwoord.core.model import TextRun

    nl = "Voor zover de commissie vraagt om een verdubbeling van het budget, kunnen wij daaraan geen gevolg geven."
    en = "To the extent that the Council asks for a new fund, we do not accept the recommendation."
    whole = "Wij kunnen daaraan geen gevolg geven."
    assert [m.category for m in find_marks(TextRun(nl, []), "nl")] == ["reservation"]
    assert [m.category for m in find_marks(TextRun(en, []), "en")] == ["reservation"]
    assert [m.category for m in find_marks(TextRun(whole, []), "nl")] == ["disagreement"]


def test_a_bare_yes_opening_the_reply_is_a_verdict_but_yes_but_is_not() -> None:
    from weerwoord.core.analysis.stance import find_marks, verdict
    from weerwoord.core.model import TextRun

    yes = "Yes. We will provide funding of £2.4 million a year so that every area can employ a co-ordinator."
    assert verdict(find_marks(TextRun(yes, []), "en"), yes, "en")[0] == "agrees"
    hedged = "Yes, but only where local authorities can find the money themselves."
    assert all(m.rule != "en.label.yes" for m in find_marks(TextRun(hedged, []), "en"))


def test_we_do_not_think_it_would_be_right_is_a_refusal() -> None:
    from weerwoord.core.analysis.stance import find_marks
    from weerwoord.core.model import TextRun

    text = "We do not think it would be right to change the law again before we have seen its effect."
    assert [m.rule for m in find_marks(TextRun(text, []), "en")] == ["en.dis.not-believe-right"]


def test_acceptance_on_a_condition_agrees_and_a_refusal_in_a_reply_agreeing_to_nothing_disagrees() -> None:
    from weerwoord.core.analysis.stance import find_marks, verdict
    from weerwoord.core.model import TextRun

    text = "We accept this recommendation, provided that the information shared is limited to what is needed."
    assert verdict(find_marks(TextRun(text, []), "en"), text, "en")[0] == "agrees"
    limited = "We accept this recommendation, but we cannot accept the deadline it proposes."
    assert verdict(find_marks(TextRun(limited, []), "en"), limited, "en")[0] == "partly"
    refusal = (
        "The Act already shortens the disclosure period. We do not think it would be right to change the law "
        "again, and we will not bring forward legislation in this session."
    )
    rec = "The Government should legislate so that convictions before the age of 18 are no longer disclosed."
    assert verdict(find_marks(TextRun(refusal, []), "en", rec), refusal, "en", rec)[0] == "disagrees"


def _judged(text: str, lang: str, rec: str) -> str:
    marks = stance.find_marks(TextRun(text, []), lang, rec)
    return stance.verdict(marks, text, lang, rec)[0]


@pytest.mark.parametrize(
    ("text", "lang", "rec", "expected"),
    [
        # an audit office's labels; "concur" stands inside "non-concur"
        ("Concur. VHA will issue a revised directive.", "en", "", "agrees"),
        ("Non-concur. VHA appreciates GAO's attention to the matter.", "en", "", "disagrees"),
        ("Partially concur. VA agrees that the Congress should be informed.", "en", "", "partly"),
        # a polite acceptance that disputes only the report's account of things
        (
            "The Government accepts this recommendation. The Government does not accept the Committee's "
            "characterisation of the 2014 guidance as unfit for purpose.",
            "en",
            "The Department should publish new guidance on disposal.",
            "agrees",
        ),
        # the concern shared, the conclusion refused
        (
            "Wij delen de zorg van de rekenkamer over de kosten, maar niet de conclusie dat een nieuw model nodig is.",
            "nl",
            "Voer resultaatgerichte bekostiging in.",
            "disagrees",
        ),
        ("Dat advies neem ik over. Ik zal het besluit aanpassen.", "nl", "", "agrees"),
        ("Dat advies neem ik niet over.", "nl", "", "disagrees"),
        # a refusal that repeats what was asked is about the recommendation, whoever the sentence's subject
        (
            "Het kabinet is het met de raad eens dat risicokapitaal ontbreekt. Ik vul het bestaande fonds aan met "
            "30 miljoen euro. Een nieuw fonds van 100 miljoen euro is binnen de huidige kaders niet haalbaar.",
            "nl",
            "Stel een landelijk ontwikkelfonds in van ten minste 100 miljoen euro.",
            "partly",
        ),
        # half done on a date, half refused, no verdict word
        (
            "From 1 September 2025 staff will be able to raise concerns through an independent and confidential "
            "reporting line. We will not commission a separate independent review of our culture.",
            "en",
            "The service should commission an independent review of its culture and make sure that all staff have "
            "a confidential way to raise concerns.",
            "partly",
        ),
        # a promise to keep things under review beside a refusal does no part of it
        (
            "The Government rejects this recommendation. The Government will continue to keep the business rates "
            "system under review.",
            "en",
            "The Government should extend business rates relief to all accredited museums.",
            "disagrees",
        ),
    ],
)
def test_verdicts_of_real_genres(text: str, lang: str, rec: str, expected: str) -> None:
    assert _judged(text, lang, rec) == expected


def test_a_second_verb_takes_the_subject_of_the_sentence() -> None:
    """ "Wij zetten in op …, en kiezen daarom niet voor …": the government refuses, though its subject stands at the
    sentence's start, a clause away."""
    rec = "Zorg voor structurele financiering van de wijkteams, zodat zij vaste medewerkers kunnen aannemen."
    text = (
        "Wij zetten in op de afspraken uit het Bestuursakkoord, waarin gemeenten en Rijk tarieven vastleggen, en "
        "kiezen daarom niet voor een afzonderlijke structurele financiering van de wijkteams."
    )
    marks = stance.find_marks(TextRun(text, []), "nl", rec)
    assert stance.verdict(marks, text, "nl", rec)[0] == "disagrees"


def test_rightly_a_matter_for_others_is_no_agreement() -> None:
    text = "Decisions on patrols are rightly a matter for chief constables."
    assert not [c for c, _ in _marks(text, "en") if c == "agreement"]
    assert any(c == "agreement" for c, _ in _marks("The Committee rightly notes the backlog.", "en"))


def test_a_shared_concern_and_something_else_instead_is_a_refusal() -> None:
    rec = "Require every new school bus to be fitted with a seat belt reminder for each passenger seat."
    text = (
        "The Department shares the Board's concern that few pupils wear their belts. The Department will instead "
        "fund a campaign in schools, from autumn 2026, to encourage pupils to buckle up."
    )
    marks = stance.find_marks(TextRun(text, []), "en", rec)
    assert stance.verdict(marks, text, "en", rec)[0] == "disagrees"
    refusal = "Having reviewed the evidence, the Department has concluded that a reminder requirement is not justified."
    assert stance.verdict(stance.find_marks(TextRun(refusal, []), "en", rec), refusal, "en", rec)[0] == "disagrees"


def test_the_gist_agreed_is_a_part_and_a_proposal_taken_over_after_a_long_object_agrees() -> None:
    rec = "Beproef een eenvoudiger stembiljet bij de gemeenteraadsverkiezingen van 2030."
    text = (
        "De strekking van deze aanbeveling onderschrijf ik. Een experiment in 2030 vergt echter een wetswijziging "
        "die pas in 2031 gereed kan zijn."
    )
    assert stance.verdict(stance.find_marks(TextRun(text, []), "nl", rec), text, "nl", rec)[0] == "partly"
    taken = (
        "Het voorstel om bij een verschil van meer dan vijf stemmen tussen kiezers en stemmen direct opnieuw te "
        "laten tellen neem ik wel over."
    )
    assert _verdict(taken, "nl") == "agrees"


@pytest.mark.parametrize(
    ("text", "rec", "want"),
    [
        # Flemish: the concern ("bekommernis") shared, the conclusion not; and a plain "not planning to"
        (
            "Ik deel de bekommernis van de raad, maar niet de conclusie. Ik ben dan ook niet van plan de "
            "toelatingsvoorwaarden te wijzigen.",
            "Versoepel de toelatingsvoorwaarden voor het buitengewoon onderwijs.",
            "disagrees",
        ),
        (
            "Het kabinet is niet voornemens de termijn te verlengen.",
            "Verleng de termijn tot twaalf weken.",
            "disagrees",
        ),
        (
            "Beide aanbevelingen sluiten aan bij wat ik wil bereiken. In de nieuwe omzendbrief wordt opgenomen dat "
            "ouders bij het plan worden betrokken.",
            "Betrek ouders bij het opstellen van het handelingsplan.",
            "agrees",
        ),
        # a hedge in the reply's opening sentence, on the recommendation's own subject, is about it
        (
            "Een tweede evaluatie is in beginsel wenselijk. Ik laat die in 2029 uitvoeren, samen met de evaluatie "
            "van de eindtermen.",
            "Laat het decreet in 2028 een tweede keer evalueren.",
            "partly",
        ),
    ],
)
def test_flemish_and_dutch_forms_of_verdicts(text: str, rec: str, want: str) -> None:
    assert _judged(text, "nl", rec) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the answering body by its initials, a second verb after "and", and "not persuaded"
        ("UKVI therefore does not propose to re-establish a dedicated casework team.", "en", "disagrees"),
        (
            "The Department considers that the current arrangements are sufficient and does not propose to "
            "introduce a separate duty.",
            "en",
            "disagrees",
        ),
        (
            "The Home Office is not persuaded that a general deferral would be consistent with security checks.",
            "en",
            "disagrees",
        ),
        # done already: no more to do is no limit
        (
            "Dit doet UWV al. Sinds maart 2024 krijgt iedere klant eerst een brief. UWV ziet daarom geen aanleiding "
            "voor aanvullende maatregelen.",
            "nl",
            "agrees",
        ),
    ],
)
def test_subjects_by_initials_and_nothing_more_to_do(text: str, lang: str, want: str) -> None:
    rec = (
        "Create a dedicated casework team and a duty to report, with deferral of checks; stuur klanten eerst een brief."
    )
    assert _judged(text, lang, rec) == want


def test_the_council_rightly_pointing_at_a_problem_is_the_analysis_shared_not_the_recommendation() -> None:
    rec = "Richt een landelijk fonds op voor de leesbevordering in bibliotheken en scholen."
    text = (
        "De Raad wijst terecht op de versnippering van de leesbevordering. Ik zie echter geen aanleiding om daarvoor "
        "een nieuw fonds op te richten."
    )
    marks = stance.find_marks(TextRun(text, []), "nl", rec)
    assert stance.verdict(marks, text, "nl", rec)[0] == "disagrees"
