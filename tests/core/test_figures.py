"""Figures a reply gives for what a recommendation counts (analysis/figures.py)."""

from __future__ import annotations

from weerwoord.core.analysis.figures import instead_of_asked, other_figure

QUORUM = "The quorum should be reduced from 10 per cent to 5 per cent of the owners in buildings of over 1,000 flats."


def test_a_decimal_per_cent_is_one_figure_of_one_unit() -> None:
    """ "7.5 per cent" where "5 per cent" was asked is another figure ("per cent" one unit, the decimal one number);
    "5 per cent" is the figure asked."""
    assert other_figure("The Bill will lower the quorum to 7.5 per cent.", QUORUM)
    assert not other_figure("The Bill will lower the quorum to 5 per cent.", QUORUM)
    assert not other_figure("The Bill will lower the quorum to 5 percent.", QUORUM)


def test_the_figure_asked_weighed_and_turned_down_is_not_given() -> None:
    """A reply that names the figure asked only to weigh it ("a quorum of 5 per cent would allow …", "een termijn
    van drie maanden zou de behandeling vertragen") does not give it: its own figure is another one."""
    reply = (
        "However, a quorum of 5 per cent would allow a very small group of owners to pass resolutions. The Bill "
        "will therefore lower the quorum to 7.5 per cent."
    )
    assert other_figure("The Bill will therefore lower the quorum to 7.5 per cent.", QUORUM, reply)
    asked = "De NHRPH vraagt die termijn te verlengen tot drie maanden."
    reply_nl = (
        "De termijn wordt in het ontwerp verlengd tot twee maanden; een termijn van drie maanden zou de behandeling "
        "voor alle aanvragers vertragen."
    )
    assert other_figure("De termijn wordt in het ontwerp verlengd tot twee maanden;", asked, reply_nl)
    # (given as its own, even in a sentence that negates something else, it is the figure asked)
    given = "No dry cell placement may exceed 72 hours. Placements of 72 hours are now reviewed."
    assert not other_figure(given, "End the placement of any person in a dry cell for more than 72 hours.", given)


def test_a_figure_said_not_to_be_given_in_per_cent() -> None:
    """ "6 per cent rather than the 10 per cent the Body proposed": another figure, the one asked denied."""
    asked = "We recommend that the on-call retaining fee be increased by 10 per cent from 1 July 2026."
    said = "The increase will be 6 per cent rather than the 10 per cent the Body proposed."
    assert instead_of_asked(said, asked)


def test_the_figure_asked_is_the_one_it_goes_to_not_the_one_it_starts_from() -> None:
    """ "verlengen van één jaar naar ten minste vijf jaar": five years asked (at least), not one, and not ten
    ("ten minste" is Dutch for "at least"); a reply that mentions the one year it starts from still gives
    another figure with "tot drie jaar"."""
    asked = "De COGEM adviseert de monitoringsperiode te verlengen van één jaar naar ten minste vijf jaar."
    reply = "Eén jaar nazorg is te kort. Ik verleng de nazorgperiode tot drie jaar."
    assert other_figure("Ik verleng de nazorgperiode tot drie jaar.", asked, reply)
    assert not other_figure("Ik verleng de nazorgperiode tot zes jaar.", asked, reply)


def test_a_unit_of_two_letters_counts() -> None:
    """ "inside the 63 dB contour" where "inside the 60 dB Lden contour" was asked is another figure; a small word
    after a number ("from 20 to 7") is still no unit."""
    asked = "The noise insulation scheme should be extended to every home inside the 60 dB Lden contour."
    assert other_figure("The scheme will cover homes inside the 63 dB contour.", asked)
    assert not other_figure("The scheme will cover homes inside the 60 dB contour.", asked)
