"""Forms met first in blind round 39, mended after it was scored (each test fails on the code before it, unless it
guards against a false match).

A council's zienswijze on a joint body's budget: "Wij verzoeken u …", "Wij vragen u …".
"""

from __future__ import annotations

from weerwoord.core.analysis import structure


def test_a_councils_requests_in_a_zienswijze_recommend() -> None:
    text = (
        "Een stijging van 9,4 procent is niet op te vangen. Wij verzoeken u de indexatie te beperken tot 3,2 "
        "procent. Wij vragen u in de jaarrekening per gemeente te rapporteren over de bestede uren. Verder "
        "verzoeken wij u de reserve te maximeren."
    )
    assert len(structure.recommending_sentences_in(text)) == 3


def test_asking_oneself_or_a_question_is_no_request() -> None:
    assert not structure.recommending_sentences_in(
        "Wij vragen ons af of dit nodig is. Wij vragen aandacht voor de wijk."
    )
