"""Forms met first in blind round 77 (and left over from round 76), mended after the round was scored at first
sight (each test fails on the code before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import deeds, spans, stance
from weerwoord.core.analysis.phrases import phrase_book
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _deeds(said: str, asked: str, language: str) -> deeds.Deeds:
    return deeds.find(said, asked, phrase_book(language), spans.sentence_spans(said))


def _verdict(reply: str, asked: str, language: str) -> str:
    marks = stance.find_marks(TextRun(reply, []), language, asked)
    return stance.verdict(marks, reply, language, asked)[0]


def test_voor_puts_a_refusal_off_only_before_a_time() -> None:
    """ "Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet toegekend": "voor" is "for" there, the
    budget is refused; "wordt niet voor 2027 toegekend" only puts it off."""
    asked = "de Mondiale Raad een eigen werkingsbudget van 2.500 euro per jaar toe te kennen voor sensibilisering;"
    refused = "Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet toegekend."
    assert _deeds(refused, asked, "nl").refused
    later = "Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet voor 2027 toegekend."
    assert not _deeds(later, asked, "nl").refused
    summer = "Een afzonderlijk werkingsbudget voor de Mondiale Raad wordt niet voor de zomer toegekend."
    assert not _deeds(summer, asked, "nl").refused


def test_die_with_the_verb_after_it_points_back() -> None:
    """ "…, en die willen wij niet overnemen": "die" with its verb and "wij" after it points back ("that we do not
    want to take over"), it opens no relative clause, and not wanting to is a refusal; "die wij niet overnemen" is
    a relative clause about a thing."""
    asked = "Daarnaast adviseren wij de energiecoaches ook in te zetten voor huurders van particuliere verhuurders."
    said = (
        "De energiecoaches blijven bestemd voor eigenaar-bewoners en corporatiehuurders; het verduurzamen van "
        "particuliere huurwoningen is een verantwoordelijkheid van de verhuurder, en die willen wij niet overnemen."
    )
    assert _deeds(said, asked, "nl").refused
    relative = (
        "De energiecoaches helpen ook huurders van particuliere verhuurders, met de taken die wij niet van de "
        "verhuurder overnemen."
    )
    assert not _deeds(relative, asked, "nl").refused


def test_what_stays_reserved_is_kept() -> None:
    """ "De subsidie voor buurtfeesten blijft voorbehouden aan verenigingen met rechtspersoonlijkheid": what was to
    change stays as it is."""
    asked = "Stel de subsidie voor buurtfeesten opnieuw open voor feitelijke verenigingen en bewonersgroepen."
    said = "De subsidie voor buurtfeesten blijft voorbehouden aan verenigingen met rechtspersoonlijkheid."
    assert _deeds(said, asked, "nl").kept
    asked_en = "Open the street party grant to informal residents' groups."
    said_en = "The street party grant remains reserved for registered associations."
    assert _deeds(said_en, asked_en, "en").kept


def test_we_can_only_do_a_part() -> None:
    """ "…, but we can only fund surveys for the eleven homes where our sewer contributed": less than asked, a part
    (not "noted")."""
    asked = "Offer property flood resilience surveys to the 23 homes that flooded internally."
    reply = (
        "We are happy to work with the council on the resilience surveys. Our customer team will write to the 23 "
        "households, but we can only fund surveys for the eleven homes where our sewer contributed to the flooding; "
        "we suggest that the council's scheme covers the others."
    )
    assert _verdict(reply, asked, "en") == "partly"
    asked_nl = "Bied alle 23 woningen die onder water stonden een onderzoek naar waterbestendig wonen aan."
    reply_nl = (
        "Wij kunnen alleen het onderzoek voor de elf woningen betalen waar ons riool aan de overlast bijdroeg; voor "
        "de andere woningen verwijzen wij naar de regeling van de gemeente."
    )
    assert _verdict(reply_nl, asked_nl, "nl") == "partly"


def test_a_recommendation_passed_on_is_not_done() -> None:
    """ "… we have passed your recommendation to the Partnership's board for its consideration": passed to others,
    nothing done."""
    asked = "The Council should confirm whether any of its re-deployable cameras has been used covertly."
    said = (
        "The re-deployable cameras are operated by the Community Safety Partnership; we have passed your "
        "recommendation to the Partnership's board for its consideration."
    )
    assert not _deeds(said, asked, "en").done


def test_bare_recommendations_stand_for_their_paragraphs() -> None:
    """An inspection report's "Recommendation: …" paragraphs under numbered paragraphs, answered by an action plan
    enclosed with the letter whose rows name those paragraphs ("Training (paragraph 9)", "Policy (paragraph 6)"):
    each row is a reply (its first column its title, not the shortest cell "June 2026"), and each recommendation
    is linked to the row naming its paragraph."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.analysis.sections import find_replies
    from weerwoord.core.reading.reader import read_document

    replies = find_replies(read_document(DOCS / "blind77_en_covert_surveillance_response.pdf"))
    titles = [r.heading for r in replies]
    assert titles.index("Policy (paragraph 6)") == titles.index("Training (paragraph 9)") + 1
    result = compare(
        DOCS / "blind77_en_covert_surveillance_advice.pdf", DOCS / "blind77_en_covert_surveillance_response.pdf"
    )
    linked = {p.recommendation.text[:30]: (p.reply.heading if p.reply else None) for p in result.pairs}
    assert linked["The Council's RIPA policy shou"] == "Policy (paragraph 6)"
    assert linked["A single central record of all"] == "Central record (paragraph 7)"
    assert linked["Authorising Officers and the m"] == "Training (paragraph 9)"


def test_arrows_are_bullets_and_decisions_run_in_are_replies() -> None:
    """A taskforce's boxes "Wat moet er gebeuren?" with "→ Stel een regionale norm vast …" points: the arrow is a
    bullet; the decision list's "Besluit 3.1 – Het BO stemt ermee in …", "Besluit 3.2 – …" under one agenda item are
    replies of their own."""
    from weerwoord.core.analysis.sections import find_replies
    from weerwoord.core.reading.reader import read_document

    advice = read_document(DOCS / "blind77_nl_aanjaagteam_advice.pdf")
    arrows = [b for b in advice.blocks if b.label == "→"]
    assert len(arrows) == 7 and arrows[0].text.startswith("Stel een regionale norm vast")
    replies = find_replies(read_document(DOCS / "blind77_nl_aanjaagteam_response.pdf"))
    decisions = [r for r in replies if r.text.startswith("Besluit 3.")]
    assert [r.text[:11] for r in decisions] == [f"Besluit 3.{k}" for k in range(1, 6)]


def test_advice_points_labelled_in_a_table_are_recommendations() -> None:
    """A district council's advice as a table "Adviespunt 1" | "De districtsraad vraagt de stad om …": the label
    cells number the recommendations (all seven, the first one too, which opens "De districtsraad vraagt"); the
    answer's rows titled "Adviespunt 7 (Kasteelpark)" and "Adviespunten 3 en 6 (sport en buurtfeesten)" name what
    they answer."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.analysis.sections import find_replies
    from weerwoord.core.reading.reader import read_document

    replies = find_replies(read_document(DOCS / "blind76_nl_districtsraad_response.pdf"))
    named = {r.heading: r.numbers for r in replies}
    assert named["Adviespunten 3 en 6 (sport en buurtfeesten)"] == ["3", "6"]
    assert named["Adviespunt 7 (Kasteelpark)"] == ["7"]
    result = compare(DOCS / "blind76_nl_districtsraad_advice.pdf", DOCS / "blind76_nl_districtsraad_response.pdf")
    assert [p.number for p in result.pairs] == [str(k) for k in range(1, 8)]
    assert result.pairs[0].recommendation.text.startswith("De districtsraad vraagt de stad om de heraanleg")
    assert result.pairs[5].reply is not None and result.pairs[5].reply.heading.startswith("Adviespunten 3 en 6")


def test_bold_sentences_each_ask_on_their_own() -> None:
    """A tunnel safety officer's advice sets each recommendation in bold at the close of a numbered paragraph,
    ending with its code: two in one bold stretch ("Plan onderhoudssluitingen … (A5). Evalueer het
    veiligheidsbeheerplan … (A6).") are two, one after a quotation ("… niet meer zichtbaar.' Voorzie alle
    vluchtdeuren …") opens a sentence, and one whose paragraph runs on from the page before counts from its own
    first word; all seven, in order."""
    from weerwoord.core.analysis.emphasis import bold_sentences
    from weerwoord.core.reading.reader import read_document

    advice = read_document(DOCS / "blind77_nl_tunnel_advice.pdf")
    said = [c.blocks[0].text for c in bold_sentences(advice.blocks)]
    assert [s.rstrip(".")[-4:] for s in said] == [f"(A{k})" for k in range(1, 8)]
    assert said[2].startswith("Voorzie alle vluchtdeuren") and said[3].startswith("Leg in het calamiteitenplan")


def test_what_was_talked_over_is_not_done() -> None:
    """ "We have discussed a temporary speed limit with the highway authority. We have not applied for a speed
    limit order … Instead, the contractor will place advance warning signs": talking it over does none of it, and
    what is done instead is another thing: a refusal."""
    asked = (
        "The SAG advises that the organiser applies for and funds a temporary 40 mph speed limit on the B4410 for "
        "the duration of the event."
    )
    reply = (
        "We have discussed a temporary speed limit with the highway authority. We have not applied for a speed "
        "limit order, because the B4410 is closed to through traffic during egress and the cost is "
        "disproportionate for three days. Instead, the traffic management contractor will place advance warning "
        "signs on both approaches."
    )
    assert not _deeds("We have discussed a temporary speed limit with the highway authority.", asked, "en").done
    assert _verdict(reply, asked, "en") == "disagrees"


def test_a_period_in_words_is_a_figure() -> None:
    """ "RESOLVED that Cllr Oduya verify the bank reconciliations every six months" where "every quarter" was
    asked: another figure for the same period; "per kwartaal" against "elke zes maanden" too; the same period is
    none."""
    from weerwoord.core.analysis.figures import other_figure

    asked = "A councillor should verify and sign each bank reconciliation every quarter."
    assert other_figure("RESOLVED that Cllr Oduya verify the bank reconciliations every six months.", asked)
    assert not other_figure("RESOLVED that Cllr Oduya verify the bank reconciliations quarterly.", asked)
    assert other_figure("Wij controleren de rekeningen elke zes maanden.", "Controleer de rekeningen per kwartaal.")


def test_a_committee_resolves_what_it_does() -> None:
    """A town council committee's minutes: "RESOLVED that the asset register be amended to add the play equipment
    …", "RESOLVED to recommend to full Council that the 2025 model Financial Regulations … be adopted": what the
    committee decides is done (the recommending is its own act), not a description."""
    asked = (
        "The asset register should be updated to include the Millfield play equipment and the two bus shelters, "
        "and reconciled to the insurance schedule."
    )
    reply = (
        "Staffing and assets. The Clerk left the meeting for this item. RESOLVED that the asset register be amended "
        "to add the play equipment and the bus shelters, with values confirmed by the insurers."
    )
    assert _verdict(reply, asked, "en") == "agrees"
    asked = (
        "The Financial Regulations should be reviewed against the current model and readopted by full Council "
        "before the end of September 2026."
    )
    reply = (
        "Financial Regulations. RESOLVED to recommend to full Council that the 2025 model Financial Regulations, "
        "adapted by the Clerk, be adopted at its meeting on 14 July 2026."
    )
    assert _verdict(reply, asked, "en") == "agrees"


def test_a_recommendation_linked_elsewhere_is_no_rival() -> None:
    """A government's response table titled by its recommendations ("4.1 Monthly data on two-year waits" | "Accept"
    | …): each row's title is its first column; "2.2", linked to its own row at twice the likeness, does not stand
    against "4.1" for the row "4.1 Monthly data …"."""
    from weerwoord.core.analysis.compare import compare

    result = compare(DOCS / "blind12_en_senedd_advice.pdf", DOCS / "blind12_en_senedd_response.pdf")
    linked = {p.number: (p.reply.heading if p.reply else None) for p in result.pairs}
    assert linked["4.1"] == "4.1 Monthly data on two-year waits"
    assert linked["2.2"] == "2.2 Waiting times by hospital on one national website"


def test_a_semicolon_before_our_own_voice_parts_a_deed_from_a_review() -> None:
    """ "… a flap valve will be fitted to the outfall this summer, which … should stop most backflow; we will review
    its performance after the first winter": the fitting is done, the review after the semicolon is another
    clause (not a put-off of the whole sentence)."""
    asked = (
        "Install a non-return valve on the sewer outfall to the Brackley Brook to stop river water backing up into "
        "the sewer network."
    )
    said = (
        "On the outfall to the Brackley Brook: a flap valve will be fitted to the outfall this summer, which is a "
        "simpler device than the non-return valve the report proposes but should stop most backflow; we will review "
        "its performance after the first winter."
    )
    assert _deeds(said, asked, "en").done
