"""Decisions a record states as done: a list's point with its verb first ("To extend lifeguard cover at Kerrow Bay
…"), a resolution in minutes ("THAT the contract … be awarded to …"), a council's direction ("City Council direct the
General Manager … to open …")."""

from __future__ import annotations

import re

from weerwoord.core.analysis.phrases import DeedWords
from weerwoord.core.analysis.spans import COUNCIL


def decided(sentence: str, ws: list[str], vocab: DeedWords) -> bool:
    """A decision of a record's list, its verb first ("To extend lifeguard cover at Kerrow Bay …"); or a resolution
    moved in minutes ("Moved by Director Dubois, seconded by Director Okafor: THAT the 4-hectare option be deleted
    from the draft plan …")."""
    if _POINT_DECIDED.match(sentence) and not _NOT_TE.search(sentence) and not _NOTING_TE.search(sentence):
        # a decision's point under "Het college heeft besloten:": "de zittingstermijn … te verlengen tot …" (not one
        # that notes, passes on or puts off: "kennis te nemen van …", "… door te geleiden naar …")
        verbs = {m.group(1).lower() for m in _TE.finditer(sentence)}
        if not verbs & (vocab.undecided | vocab.deferring | vocab.elsewhere):
            return True
    return (
        len(ws) > 2
        and ws[0] in vocab.decision_openers
        and sentence.lstrip()[:1].isupper()
        and ws[1] not in vocab.undecided | vocab.deferring
    ) or any(
        # (not one that puts it off: "THAT the request … be referred to the 2027 financial plan deliberations")
        # (or a council's decision, its direction in the subjunctive: "City Council direct the General Manager,
        # Customer Service, to open a Newcomer Welcome Desk …")
        not any(m.group(1).lower().startswith(w) for w in vocab.undecided | vocab.deferring)
        for m in (*_RESOLUTION.finditer(sentence), *_DIRECTION.finditer(sentence))
    )


# a resolution's text in minutes, its subject in the subjunctive: "THAT the contract … be awarded to …"
_RESOLUTION = re.compile(r"(?:^|:)\s*THAT\s+[^.;:]{3,200}?\bbe\s+(\w+ed)\b")
_DIRECTION = re.compile(
    rf"(?:^|[:;]\s*(?:and\s+)?)\s*(?:that\s+)?{COUNCIL}\s+"
    r"(?:direct|directs|instruct|instructs|authori[sz]es?|request|requests|ask|asks)\s+[^.;:]{2,120}?\bto\s+(\w+)",
    re.I,
)


# a decision's point in small letters, its verb last: "de zittingstermijn van de commissieleden te verlengen tot zes
# jaar", "voor elke kunstopdracht … een open oproep te doen"
_POINT_DECIDED = re.compile(
    r"^\s*(?-i:[a-z])(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,200}?\bte\s+(?!worden\b|zijn\b)[a-z]{2,}en\b"
)
_NOT_TE = re.compile(r"\b(?:niet|geen)\b[^.;:]{0,60}\bte\s+[a-z]+en\b", re.I)
_TE = re.compile(r"\bte\s+([a-z]{2,}en)\b", re.I)
_NOTING_TE = re.compile(
    r"\b(?:kennis|akte|nota)\s+te\s+nemen\b|\bdoor\s+te\s+(?:geleiden|sturen|verwijzen|zenden)\b", re.I
)
