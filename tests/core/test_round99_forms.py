"""Forms met first in blind round 99, mended after round 99 was scored at first sight (each test fails on the code
before it)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _compare(pair: str):  # type: ignore[no-untyped-def]
    from weerwoord.core.analysis.compare import compare

    return compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")


def test_a_table_row_led_by_bare_letters_answers_those_points() -> None:
    """A college's reactienota answers a lettered advice in a table "Advies | Reactie college | Laadvisie
    aangepast?" whose first cells hold the bare letters, out of order: "d", "b en e", "a", "g", "c". Each row
    answers its points; the row "b en e" both; "f" goes unanswered."""
    result = _compare("blind99_nl_laadvisie")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == list("abcdefg")
    assert by_number["a"].reply is not None and "netwerkkaart met 420" in by_number["a"].reply.text
    assert by_number["d"].reply is not None and "netcongestieoverleg" in by_number["d"].reply.text
    assert by_number["b"].reply is not None and by_number["b"].reply is by_number["e"].reply
    assert by_number["f"].reply is None
    assert by_number["g"].verdict == "disagrees"


def test_roman_labels_centred_beside_their_points_and_a_decision_cell_of_numbered_points() -> None:
    """A traders' forum boxes its recommendations (i)-(vii), each label centred beside its point's two lines; the
    council's record of an officer's decision answers them in one "Decision" cell of five numbered paragraphs, "1.
    In respect of recommendation (vi), …", "3. On recommendations (ii) and (v): …", "5. Recommendation (iii) is not
    accepted.": each paragraph answers the points it names."""
    from weerwoord.core.reading.reader import read_document

    blocks = read_document(DOCS / "blind99_en_market_traders_advice.pdf").blocks
    items = {b.label: b.text for b in blocks if b.kind == "item" and b.label.startswith("(")}
    assert list(items) == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"]
    assert items["(ii)"] == (
        "Provide at least four dedicated loading bays within 50 metres of the temporary market, available from 6 am "
        "to 10 am on trading days."
    )
    result = _compare("blind99_en_market_traders")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == sorted(["i", "ii", "iii", "iv", "v", "vi", "vii"])
    reply = {n: (p.reply.text if p.reply else None) for n, p in by_number.items()}
    assert reply["vi"] is not None and reply["vi"].startswith("1. In respect of recommendation (vi)")
    assert reply["i"] is not None and "stall rents at Corn Street will be held" in reply["i"]
    assert reply["ii"] is not None and reply["ii"] == reply["v"] and "two loading bays" in reply["ii"]
    assert reply["iii"] is not None and "Recommendation (iii) is not accepted" in reply["iii"]
    assert reply["iv"] is None
    assert by_number["iii"].verdict == "disagrees" and by_number["vi"].verdict == "agrees"


def test_citations_of_roman_numerals_in_brackets() -> None:
    """ "recommendations (ii) and (v)" cites two small Roman numerals, as "recommendation (b)" cites a letter."""
    from weerwoord.core.analysis.choice import CITED

    found = [m.group(3) for m in CITED.finditer("On recommendations (ii) and (v): two bays; recommendation (b).")]
    assert found == ["(ii) and (v)", "(b)"]


def test_a_dashed_code_beside_its_recommendation_in_a_table_labels_the_row() -> None:
    """A working group's table "Code | Recommendation | Lead" gives "WC-1" … "WC-7" beside each recommendation and
    its lead department: the code labels the row, and the seven rows are the recommendations under their codes,
    which the information report cites ("WC-2 and WC-3 (windrows and bus routes). …")."""
    from weerwoord.core.reading.reader import read_document

    blocks = read_document(DOCS / "blind99_en_winter_city_advice.pdf").blocks
    rows = [b for b in blocks if b.table_row and b.kind == "item"]
    assert [b.label for b in rows] == [f"WC-{k}" for k in range(1, 8)]
    assert rows[0].text.startswith("Clear City-maintained sidewalks")
    result = _compare("blind99_en_winter_city")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == [f"WC-{k}" for k in range(1, 8)]
    assert by_number["WC-1"].reply is not None and "24-hour standard" in by_number["WC-1"].reply.text
    assert by_number["WC-7"].reply is None


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_round_99_verdict_language() -> None:
    """A pilot promised before a semicolon and the full service refused after it does part; "Administration does
    not recommend …" refuses; "Staff agree that …, but propose …" accepts part; "The Government agrees that no
    worker should be left …" agrees (a negation inside what is agreed is no refusal); "wil … handhaven" keeps
    what was to change; "stelt voor … te beperken tot 18.00 uur, maar de openingstijd van 10.00 uur te laten staan"
    does part; "Dangerous structures will remain with the Roads section …; SMT did not accept the transfer"
    refuses. (The fourth and the last guard the new rules: a negation inside what is agreed, a promise before a
    semicolon that keeps what was to change.)"""
    assert (
        _verdict(
            "en",
            "Remove windrows at the driveways of residents aged 65 and over, or living with a disability, on request "
            "and at no charge.",
            "A windrow clearing program for seniors and residents with disabilities will be piloted in Wards 3 and 7 "
            "next winter, limited to 400 registered households; a citywide service would cost about $1.1 million a "
            "year and is not proposed.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Prohibit on-street parking on all bus routes during a declared snow event and tow vehicles that remain.",
            "Administration does not recommend a parking ban on every bus route: the towing capacity available under "
            "contract covers only the priority one streets.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "We recommend that Council introduce a weekly food and garden organics collection for every house in the "
            "city by July 2027.",
            "Staff agree that an organics service should start in July 2027 for all houses, but propose that green "
            "bins be collected fortnightly, alternating with the red-lid bin.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "We recommend that scheme operators be required to guarantee seasonal workers a minimum of 32 paid hours "
            "in each week.",
            "The Government agrees that no worker should be left without enough work to cover their costs.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "nl",
            "Schaf de ochtendopenstelling in Oudeland en Veerhaven af, zodat winkels daar op zondag pas om 12.00 uur "
            "open mogen.",
            "De ondernemers in Oudeland en Veerhaven zijn voor hun omzet sterk afhankelijk van dagjesmensen op "
            "zondagochtend. Het college wil de ochtendopenstelling in de kernen daarom handhaven.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Beperk de vrijstelling voor supermarkten tot de openingstijden van 12.00 tot 18.00 uur.",
            "Het college stelt voor de vrijstelling voor supermarkten te beperken tot 18.00 uur, maar de openingstijd "
            "van 10.00 uur te laten staan, omdat klanten daar nu op rekenen.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Transfer dangerous structures duties from the Roads section to the Building Control section.",
            "Dangerous structures will remain with the Roads section, which has the out-of-hours crews and plant to "
            "respond; SMT did not accept the transfer.",
        )
        == "disagrees"
    )


def test_round_99_verdict_language_continued() -> None:
    """ "we are unable to recommend it to Committee" refuses; "We have asked Strathleven Road Safety Consultants to
    carry out an independent assessment …, and their report is due on 10 April" does what was asked (their report
    is a thing, no report put off); "Een avond in elke kern vinden wij te veel gevraagd … Wel verplaatsen wij …"
    refuses and does a part; "Wij begrijpen de wens om ook de VOG … te vergoeden, maar wij gaan daar niet toe over"
    refuses (a wish understood is nothing done); "… gaat het college te ver. Wel wordt het verbod uitgebreid tot de
    maanden december en januari" does a part; "We do agree that families need time" is no agreement with keeping
    the two-mile distance (a point agreed that is not what was asked)."""
    assert (
        _verdict(
            "en",
            "retain free school transport for secondary pupils who live more than two miles from the Academy;",
            "We have looked hard at keeping the two-mile distance, but we are unable to recommend it to Committee: it "
            "would leave the transport budget £640,000 short each year.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "en",
            "commission an independent road safety assessment of the B8021 walking route from Ardnacross before any "
            "pupil on that route loses free transport;",
            "We have asked Strathleven Road Safety Consultants to carry out an independent assessment of the B8021 "
            "route, and their report is due on 10 April.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "nl",
            "Organiseer naast de vrijwilligersprijs elk jaar een waarderingsavond in ieder van de vijf kernen.",
            "Een avond in elke kern vinden wij te veel gevraagd van de organisatie en de vrijwilligers zelf. Wel "
            "verplaatsen wij de uitreiking van de vrijwilligersprijs voortaan elk jaar naar een andere kern.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "nl",
            "Vergoed ook de kosten van de VOG voor vrijwilligers van organisaties die buiten de landelijke regeling "
            "Gratis VOG vallen.",
            "Wij begrijpen de wens om ook de VOG voor organisaties buiten de landelijke regeling te vergoeden, maar "
            "wij gaan daar niet toe over: de kosten zijn niet te overzien.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Breid het verbod op vuurkorven uit tot de hele periode van 1 november tot 31 maart.",
            "Een verbod op vuurkorven gedurende de hele winter gaat het college te ver. Wel wordt het verbod "
            "uitgebreid tot de maanden december en januari, wanneer de meeste smogdagen vallen.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "retain free school transport for secondary pupils who live more than two miles from the Academy;",
            "We are unable to recommend it to Committee. We do agree that families need time.",
        )
        == "disagrees"
    )
