"""Questions put and answered: a minister's answers to a member's written questions ("Vraag 3" / "Antwoord 3",
"Question 3" / "Answer 3"), where the answer is the reply and the question, which often repeats what the advice
asked ("Bent u bereid om de zienswijzetermijn te verlengen, zoals de ROB adviseert?"), says what it answers."""

from __future__ import annotations

import re
from collections.abc import Callable

from weerwoord.core.analysis.annexes import closing, trim_closing
from weerwoord.core.model import Block, Reply, TextRun

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


_LIST_LABEL = re.compile(r"^\(?(\d{1,2})[.)]$")
QUESTION_SHARE = 0.5  # of a list of questions, at least this share ask ("?")


def listed_answers(blocks: list[Block]) -> list[Reply]:
    """A member's questions numbered 1 to n, then the minister's answers numbered 1 to n again (a written question
    in the Vlaams Parlement, "SCHRIFTELIJKE VRAAG" / "ANTWOORD"): each answer a reply, headed by its question; the
    numbers are the questions', no recommendations'. None (empty) when the response is not so laid out."""
    series = _numbered_series(blocks)
    if len(series) < 2:
        return []
    asked, answered = series[0], series[1]
    texts = [blocks[i].text for i in asked]
    if sum("?" in t for t in texts) < QUESTION_SHARE * len(texts) or any("?" in blocks[i].text[-3:] for i in answered):
        return []
    questions = {_number(blocks[i]): blocks[i] for i in asked}
    headings = {n: TextRun.concat([TextRun(f"{n}."), q.run], sep=" ") for n, q in questions.items()}
    return _answer_replies(
        blocks, [(i, _number(blocks[i])) for i in answered], headings, lambda b: b.kind == "heading" and closing(b)
    )


# a paragraph that opens with its question's or answer's number run in: "Vraag 4 Bent u bereid …?", "Antwoord 4 Het
# advies om …" (the Aanhangsel van de Handelingen)
QUESTION_RUN_IN = re.compile(r"^\s*(?:vraag|question)\s+(\d{1,2})\s*[.:]?\s+(?=\S)", re.I)
ANSWER_RUN_IN = re.compile(r"^\s*(?:antwoord|answer)\s+(\d{1,2})\s*[.:]?\s+(?=\S)", re.I)


def run_in_answers(blocks: list[Block]) -> list[Reply]:
    """Questions and answers as paragraphs that open with "Vraag 4" and "Antwoord 4": each answer (with the
    paragraphs after it, up to the next question) a reply, headed by its question; two pairs or more, else none."""
    asked = {m.group(1): b for b in blocks if b.kind != "heading" and (m := QUESTION_RUN_IN.match(b.text))}
    answers = [(i, m.group(1)) for i, b in enumerate(blocks) if (m := ANSWER_RUN_IN.match(b.text))]
    if len(answers) < 2 or sum(n in asked for _, n in answers) < 2:
        return []
    headings = {n: q.run for n, q in asked.items()}
    return _answer_replies(
        blocks, answers, headings, lambda b: bool(QUESTION_RUN_IN.match(b.text)) or closing(b), ANSWER_RUN_IN
    )


def _answer_replies(
    blocks: list[Block],
    answers: list[tuple[int, str]],
    headings: dict[str, TextRun],
    stops: Callable[[Block], bool],
    opening: re.Pattern[str] | None = None,
) -> list[Reply]:
    """Each answer (where it starts, its number) a reply up to the next answer or a block that ``stops`` it (the
    last one's closing words trimmed), headed by its question's run in ``headings``, without the words ``opening``
    matches at its start ("Antwoord 4")."""
    out: list[Reply] = []
    for k, (i, number) in enumerate(answers):
        end = answers[k + 1][0] if k + 1 < len(answers) else len(blocks)
        end = next((j for j in range(i + 1, end) if stops(blocks[j])), end)
        body = trim_closing(blocks[i:end]) if k == len(answers) - 1 else blocks[i:end]
        runs = [b.run for b in body]
        if opening is not None and body and (first := opening.match(body[0].text)):
            runs[0] = body[0].run.slice(first.end(), len(body[0].text))
        heading = headings.get(number)
        run = TextRun.concat(runs, sep="\n\n")
        out.append(Reply(f"r{k + 1}", heading.text if heading else None, run, heading, [], number))
    return out


def _numbered_series(blocks: list[Block]) -> list[list[int]]:
    """The lists of items numbered 1, 2, 3 … (two items or more) in the order they stand, each as its blocks."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind != "item" or not _LIST_LABEL.match(b.label or ""):
            continue
        n = int(_number(b))
        if current and n == int(_number(blocks[current[-1]])) + 1:
            current.append(i)
        elif n == 1:
            if len(current) >= 2:
                out.append(current)
            current = [i]
        else:
            current = []
    if len(current) >= 2:
        out.append(current)
    return out


def _number(b: Block) -> str:
    m = _LIST_LABEL.match(b.label or "")
    return m.group(1) if m else ""
