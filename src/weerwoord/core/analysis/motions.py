"""A motion's clauses: a committee's recommendations to a council moved as one motion, each clause one of them
("THAT Council direct staff to build …;" / "AND THAT Council lower the speed limit …;" / "AND FURTHER THAT Council
publish …"), counted 1, 2, 3 by their place ("clauses 1 and 2 of its motion")."""

from __future__ import annotations

import re

from weerwoord.core.analysis.structure import _Candidate
from weerwoord.core.model import Block, TextRun

# the clause's opening in capitals, as a motion sets it (not "That the Basic Allowance be …", a list's own point)
CLAUSE = re.compile(r"^(?:AND\s+)?(?:(?:FURTHER|FINALLY|ALSO)\s+)?THAT\s+(?=\S)")
MIN_CLAUSES = 3  # a motion of this many clauses at least (not an earlier one quoted: "In 2023 the Committee moved:")


def motion_clauses(blocks: list[Block]) -> list[_Candidate]:
    """The clauses of the longest motion in the advice, each without its "THAT", a line that goes on after a page
    break joined to its clause; none unless there are ``MIN_CLAUSES`` or more and one goes on from another ("AND
    THAT")."""
    runs: list[list[tuple[int, int]]] = []  # each clause's block and where its text begins, past "THAT"
    for i, b in enumerate(blocks):
        m = CLAUSE.match(b.text) if b.kind in ("paragraph", "item") and not b.table_row else None
        if m is None:
            continue
        if not m.group(0).startswith("AND"):
            runs.append([(i, m.end())])
        elif runs and _next_to(blocks, runs[-1][-1][0], i):
            runs[-1].append((i, m.end()))
    best = max(runs, key=len, default=[])
    if len(best) < MIN_CLAUSES:
        return []
    out = []
    for k, (i, begins) in enumerate(best, start=1):
        b = blocks[i]
        run = b.run.slice(begins, len(b.text))
        # (a clause cut by a page: its last words the next block's, in small letters)
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            after is not None
            and after.kind == "paragraph"
            and after.text[:1].islower()
            and b.text.rstrip()[-1:] not in ";."
        ):
            run = TextRun.concat([run, after.run], sep=" ")
        out.append(_Candidate(str(k), [Block("paragraph", run)], i, numbered=False))
    return out


def _next_to(blocks: list[Block], last: int, i: int) -> bool:
    """Whether clause ``i`` follows clause ``last`` with at most a line between (its end cut by a page)."""
    between = blocks[last + 1 : i]
    return len(between) <= 1 and all(b.text[:1].islower() for b in between)
