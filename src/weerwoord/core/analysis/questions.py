"""Questions put and answered: a minister's answers to a member's written questions ("Vraag 3" / "Antwoord 3",
"Question 3" / "Answer 3"), where the answer is the reply and the question, which often repeats what the advice
asked ("Bent u bereid om de zienswijzetermijn te verlengen, zoals de ROB adviseert?"), says what it answers."""

from __future__ import annotations

import re

from weerwoord.core.model import Reply, TextRun

QUESTION = re.compile(r"^\s*(?:vraag|question)\s+(\d{1,2})\s*[.:]?\s*$", re.I)
ANSWER = re.compile(r"^\s*(?:antwoord|answer|reply)\s+(\d{1,2})\s*[.:]?\s*$", re.I)


def answers_to_questions(replies: list[Reply]) -> list[Reply]:
    """The sections as read, each question joined to the answer under the same number after it: the answer is the
    reply, headed by the question ("Vraag 3: Bent u bereid …?"); unchanged where no question has its answer."""
    answers = {m.group(1): k for k, rp in enumerate(replies) if (m := ANSWER.match(rp.heading or ""))}
    out: list[Reply] = []
    joined: set[int] = set()
    for k, rp in enumerate(replies):
        if k in joined:
            continue
        m = QUESTION.match(rp.heading or "")
        at = answers.get(m.group(1)) if m else None
        if at is None or at <= k:
            out.append(rp)
            continue
        answer = replies[at]
        heading = TextRun.concat([rp.heading_run or TextRun(rp.heading or ""), rp.run], sep=": ")
        out.append(Reply(answer.id, heading.text, answer.run, heading, answer.numbers, rp.label, rp.group))
        joined.add(at)
    return out
