"""Forms met first in blind round 83 (and left from round 82), mended after round 83 was scored at first sight
(each test fails on the code before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from tests.core.helpers import verdict

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_lesser_figure_before_a_semicolon_is_the_part_done() -> None:
    """A housing association lowers the rent rise to 45 euro where 35 was asked, "; lager kunnen wij niet gaan":
    the part done stands before the semicolon, the refusal after it (partly, not a refusal)."""
    asked = "Beperk de huurverhoging na de renovatie tot maximaal 35 euro per maand, in plaats van de voorgestelde 52."
    reply = (
        "Wij hebben de berekening opnieuw bekeken. De huurverhoging wordt verlaagd naar 45 euro per maand; lager "
        "kunnen wij niet gaan zonder de betaalbaarheid van ons onderhoudsprogramma in gevaar te brengen."
    )
    assert verdict(reply, "nl", asked) == "partly"


def test_a_figure_weighed_before_a_semicolon_is_no_part_done() -> None:
    """ "Making them mandatory at 25,000 pounds would deter …; clauses will … not be made mandatory": the figure is
    weighed (would), not given, and the sentence stays one refusal."""
    asked = "make community benefit clauses mandatory in all food contracts above 25,000 pounds."
    reply = (
        "Cabinet considered that making them mandatory at 25,000 pounds would deter the small suppliers the review "
        "wants to encourage; clauses will continue to be used where proportionate and will not be made mandatory."
    )
    assert verdict(reply, "en", asked) != "partly"


def test_changing_the_proposal_as_asked_agrees() -> None:
    """ "Wij passen het voorstel aan: alle woningen krijgen een ventilatiesysteem …" and "We have revised the plan
    accordingly" agree, though the deed is told in other words than the recommendation's; "passen het voorstel op
    dit punt niet aan" refuses."""
    asked = "Plaats in alle woningen mechanische ventilatie met CO2-sturing, in plaats van alleen afzuiging."
    reply = (
        "Wij passen het voorstel aan: alle woningen krijgen een ventilatiesysteem dat op het CO2-gehalte in de "
        "woonkamer en de slaapkamers reageert. De extra kosten neemt Eemhoven voor zijn rekening."
    )
    assert verdict(reply, "nl", asked) == "agrees"
    asked = "Fit every flat with mechanical ventilation controlled by CO2 sensors."
    reply = "We have revised the plan accordingly: every flat will get a system that responds to CO2 levels."
    assert verdict(reply, "en", asked) == "agrees"
    asked = "Plaats in alle woningen mechanische ventilatie met CO2-sturing."
    reply = "Wij passen het voorstel op dit punt niet aan: de kosten zijn te hoog."
    assert verdict(reply, "nl", asked) == "disagrees"


def test_a_subject_opened_puts_nothing_off() -> None:
    """ "Ook de maaltijden verdienen aandacht." opens the subject; the meals stocked "per 1 juni" are done, not put
    off by the attention the subject deserves."""
    from weerwoord.core.analysis import deeds
    from weerwoord.core.analysis.phrases import phrase_book
    from weerwoord.core.analysis.spans import sentence_spans

    asked = "Bied arrestanten naast de standaardmaaltijden ook halal en vegetarische maaltijden aan."
    reply = (
        "Ook de maaltijden verdienen aandacht. Per 1 juni liggen er in elk complex halal en vegetarische maaltijden "
        "klaar."
    )
    found = deeds.find(reply, asked, phrase_book("nl"), sentence_spans(reply))
    assert [reply[a:b] for a, b in found.done] == [
        "Per 1 juni liggen er in elk complex halal en vegetarische maaltijden klaar."
    ]
    assert verdict(reply, "nl", asked) == "agrees"


def test_the_command_verb_is_no_word_a_reply_shares() -> None:
    """A police chief's letter answers the doctor's four-hour visit ("Ik begrijp uw zorg over de tijd tot de arts
    komt. Een vaste termijn van vier uur … neem ik echter niet over") and not the interpreter within the hour
    ("Zorg dat bij elke insluiting … een tolk …"), which stands beside it in the advice: its "Zorg" is a command,
    not the worry the chief understands."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind83_nl_arrestantenzorg"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    replies = {p.recommendation.text.split()[0]: p.reply for p in result.pairs}
    assert replies["Zorg"] is None
    assert replies["Laat"] is not None and "vaste termijn van vier uur" in replies["Laat"].text


def test_a_sentence_sharing_a_word_with_one_alone_is_about_that_one() -> None:
    """A paragraph answering two ("Wat de cellencomplexen zelf betreft: de luchtplaats … is weer dagelijks open. De
    bewaartermijn van de camerabeelden is landelijk geregeld … Ik heb uw aanbeveling voorgelegd aan …"): the
    camera sentence shares one word with the camera recommendation and none with the airing court's, so it and the
    sentence naming "uw aanbeveling" after it are the camera recommendation's; the airing court's part is only its
    own sentence (judged: done)."""
    from weerwoord.core.analysis import parts

    court = (
        "De commissie beveelt aan de luchtplaats van het cellencomplex Elden weer in gebruik te nemen, zodat "
        "arrestanten die langer dan een dag verblijven dagelijks een half uur buiten kunnen zijn."
    )
    cameras = (
        "Bewaar de camerabeelden van de cellen ten minste 28 dagen, zodat de commissie en de klachtbehandelaars ze "
        "bij een klacht nog kunnen inzien."
    )
    reply = (
        "Wat de cellencomplexen zelf betreft: de deur van de luchtplaats in Elden is in januari vervangen en de "
        "luchtplaats is sinds 2 februari 2026 weer dagelijks open. De bewaartermijn van de camerabeelden is landelijk "
        "geregeld en kan ik als politiechef van één eenheid niet zelfstandig verlengen. Ik heb uw aanbeveling "
        "voorgelegd aan de landelijke portefeuillehouder arrestantenzorg, die haar meeneemt in de herziening van het "
        "landelijke kader."
    )
    mine = parts.own_parts(reply, "1", ["5"], court, [cameras])
    assert [reply[a:b].strip() for a, b in mine] == [reply[: reply.index(" De bewaartermijn")]]
    theirs = parts.own_parts(reply, "5", ["1"], cameras, [court])
    assert [reply[a:b].strip() for a, b in theirs] == [reply[reply.index("De bewaartermijn") :]]


def test_a_generic_word_shared_with_one_alone_does_not_part_a_reply() -> None:
    """ "Het kabinet deelt de zorg van de raad over de versnippering, maar niet de conclusie …" shares only "zorg"
    with one of the two recommendations it answers: too common a word to make the sentence that one's."""
    from weerwoord.core.analysis import parts

    budget = (
        "Stel per regio één gezamenlijk budget in voor wijkverpleging en Wmo-ondersteuning, dat gemeenten en "
        "zorgverzekeraars samen beheren."
    )
    transfer = (
        "Breng de wijkverpleging over van de Zorgverzekeringswet naar de Wet maatschappelijke ondersteuning, zodat "
        "gemeenten de regie krijgen over alle zorg en ondersteuning in de wijk."
    )
    reply = (
        "In het derde spoor bepleit de raad een overheveling van de wijkverpleging naar de Wmo en een gezamenlijk "
        "regionaal budget. Het kabinet deelt de zorg van de raad over de versnippering, maar niet de conclusie dat een "
        "stelselwijziging de oplossing is."
    )
    verdict_sentence = reply.index("Het kabinet")
    mine = parts.own_parts(reply, "3b", ["3a"], budget, [transfer])
    assert any(a <= verdict_sentence < b for a, b in mine)


def test_a_chapters_run_of_numbered_paragraphs_has_no_gaps_before_it() -> None:
    """A medical council's advice numbers every paragraph 1-24; its advice proper is 17-23 under "IV. Advies",
    answered by a board's table "Randnr. | Standpunt". The run 17-23 skips no number of its own: the paragraphs
    1-16 before it (procedure, the file, conclusions) are no gaps that a chain of all 24 fills."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind83_nl_medische_raad"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    assert [p.number for p in result.pairs] == ["17", "18", "19", "20", "21", "22", "23"]
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert (verdicts["17"], verdicts["21"], verdicts["23"]) == ("agrees", "unanswered", "disagrees")


def test_what_stays_where_keeping_it_was_asked_is_done() -> None:
    """ "Op campus Heide blijft een raadpleging prenatale zorg open, maar met twee dagdelen per week: meer is … niet
    haalbaar" where keeping it four half-days a week was asked: kept, in part (not a decision put off); "will
    remain open" likewise where retaining it was asked."""
    asked = (
        "De Medische Raad adviseert op campus Heide een raadpleging prenatale zorg te behouden met ten minste vier "
        "dagdelen per week, bemand door gynaecologen en vroedvrouwen."
    )
    reply = (
        "Op campus Heide blijft een raadpleging prenatale zorg open, maar met twee dagdelen per week: meer is met de "
        "beschikbare gynaecologen niet haalbaar."
    )
    assert verdict(reply, "nl", asked) == "partly"
    asked = "Retain the antenatal clinic at Heath Road, staffed by midwives on four days a week."
    reply = "The antenatal clinic at Heath Road will remain open four days a week, staffed by midwives."
    assert verdict(reply, "en", asked) == "agrees"


def test_a_status_cell_of_dotted_numbers_gives_each_its_label() -> None:
    """A marine casualty report's status table: one row for "5.3 and 5.4", its status cell "5.3 implemented; 5.4 not
    accepted" (no colon, no dash after the numbers): each its own verdict."""
    from weerwoord.core.analysis import verdict_labels

    assert verdict_labels.own_status("5.3 implemented; 5.4 not accepted", "en", "5.4") == ("disagrees", "not accepted")
    assert verdict_labels.own_status("5.3 implemented; 5.4 not accepted", "en", "5.3")[0] == "agrees"
    # (a line that only counts does not: "Figures 5.3 and 5.4 show the trend")
    assert verdict_labels.own_status("Figures 5.3 and 5.4 show the trend", "en", "5.4") is None


def test_the_head_of_a_compound_asked_is_no_put_off() -> None:
    """ "Het plan start op 1 september 2026 als proef van zes maanden" where "een proefperiode van zes maanden" was
    asked: the trial is the thing asked, not a decision put off."""
    asked = (
        "Invoering in fasen. Start het nieuwe circulatieplan met een proefperiode van zes maanden en evalueer het "
        "daarna samen met de adviesraad."
    )
    reply = (
        "Het plan start op 1 september 2026 als proef van zes maanden; in maart 2027 volgt een evaluatie waarvoor de "
        "adviesraad uitdrukkelijk wordt uitgenodigd."
    )
    assert verdict(reply, "nl", asked) == "agrees"


def test_what_comes_told_in_the_present_and_more_refused() -> None:
    """A council decision: "Er komen 30 bijkomende overdekte fietsenstallingen … Meer plaatsen passen niet binnen het
    ontwerp" where 60 were asked (a part done, more refused); "In de Kerkstraat komen veertien plaatsen waar de
    eerste 15 minuten gratis zijn; op de Markt zelf blijft geen plaats over" where 30 minutes on both were asked."""
    asked = "Fietsparkeren. Voorzie op en rond de Markt ten minste 60 extra overdekte fietsenstallingen."
    reply = (
        "Er komen 30 bijkomende overdekte fietsenstallingen, verdeeld over de Markt en het Kerkplein. Meer plaatsen "
        "passen niet binnen het ontwerp van het plein."
    )
    assert verdict(reply, "nl", asked) == "partly"
    asked = "Voer op de Markt en in de Kerkstraat een zone in waar bezoekers de eerste 30 minuten gratis parkeren."
    reply = (
        "In de Kerkstraat komen veertien plaatsen waar de eerste 15 minuten gratis zijn; op de Markt zelf blijft geen "
        "plaats over, omdat die volledig voetgangerszone wordt."
    )
    assert verdict(reply, "nl", asked) == "partly"
    # (a sentence about the advice is no part done: "De adviezen 2 en 4 gaan beide over geld …")
    asked = "Verhoog het budget voor podia buiten de Randstad met 20 miljoen euro per jaar."
    reply = (
        "De adviezen 2 en 4 gaan beide over geld voor podia buiten de Randstad. Meer is binnen de begroting van OCW "
        "niet mogelijk."
    )
    assert verdict(reply, "nl", asked) == "disagrees"


def test_done_in_a_lesser_form_beside_a_refusal_elsewhere_is_partly() -> None:
    """ "Er komt een vast overleg …, maar eenmaal per maand en niet om de twee weken … Een schriftelijk verslag achten
    wij niet nodig": the meeting held less often than asked is a part done (its own sentence turns), the report
    refused; not a refusal of all. A state that stands as the reason for a refusal is no part done ("Sinds 2024
    draagt de medewerker … een persoonsalarm …, dat …")."""
    asked = (
        "Voer elke twee weken een vast overleg in tussen de diensthoofden en de ploegbazen, met een kort schriftelijk "
        "verslag dat aan alle arbeiders wordt bezorgd."
    )
    reply = (
        "De werkgever erkent dat de informatie te weinig doorstroomt. Er komt een vast overleg tussen diensthoofden en "
        "ploegbazen, maar eenmaal per maand en niet om de twee weken, omdat de ploegbazen anders te vaak van het "
        "terrein weg zijn. Een schriftelijk verslag achten wij niet nodig; de ploegbazen brengen de afspraken "
        "mondeling over bij de start van de dag."
    )
    assert verdict(reply, "nl", asked) == "partly"
    pair = "blind80_nl_rie"
    from weerwoord.core.analysis.compare import compare

    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    assert {p.number: p.verdict for p in result.pairs}["R-04"] == "disagrees"
