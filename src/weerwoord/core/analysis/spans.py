"""A text cut into stretches at a separator: sentences, paragraphs, as (start, end) offsets into the text; the
words around an offset; how far a mark reaches over the words its trigger governs."""

from __future__ import annotations

import re
from itertools import pairwise

from weerwoord.core.wordlists import function_words

# a sentence ends at . ! or ? (a closing quote or bracket may follow) before a capital, a digit or an opening quote;
# a blank line ends one too
# (not after an abbreviation that stands before a number or a name: "Instruction No. 114/2025", "art. 7", "Mr. Smith")
_ABBREVIATED = "".join(
    rf"(?<!\b{a}\.)"
    for a in ("No", "no", "Nr", "nr", "Art", "art", "para", "blz", "p", "pp", "Mr", "mr", "Dr", "dr", "St")
)
SENTENCE_END = re.compile(rf"(?<=[.!?]){_ABBREVIATED}[\"'”’)]*\s+(?=[A-ZÀ-Ý0-9\"'“‘(])|\n\n")
PARAGRAPH_END = re.compile(r"\n\n")


def spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the matches of ``separator`` (the separators left out), in order; an
    empty stretch is kept, so that every offset of the text but a separator's falls in one."""
    out = []
    start = 0
    for m in separator.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def in_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised after a capitalised word, inside a sentence: a name's word."""
    before = text[:start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    # (not after an article: "The Ministry therefore does not recommend …" opens with its subject)
    return (
        text[start : start + 1].isupper()
        and word[:1].isupper()
        and word[-1:].isalpha()
        and word.lower() not in function_words()
    )


def word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w'’]+)[^\w]*$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"[^\w]*([\w'’]+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans_between(text, SENTENCE_END)


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span of ``spans`` that holds ``pos`` (the last where none does)."""
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1]


def sentence_before(spans: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The span of ``spans`` right before the one at ``start`` (the last that ends by it), or None."""
    return next((span for span in reversed(spans) if span[1] <= start), None)


def first_sentence(text: str) -> str:
    """The text's first sentence: where a recommendation says the figure it asks for (not an estimate after it)."""
    return text[slice(*(sentence_spans(text) or [(0, len(text))])[0])]


def asked_sentence(recommendation: str) -> str:
    """The sentence a recommendation asks in: its first, and the one after a title run in before it ("Make battery
    back-up last longer. Providers should offer … at least eight hours …")."""
    spans = sentence_spans(recommendation) or [(0, len(recommendation))]
    title = len(spans) > 1 and len(recommendation[slice(*spans[0])].split()) <= TITLE_WORDS
    return recommendation[spans[0][0] : spans[1 if title else 0][1]]


TITLE_WORDS = 6  # words at most in a bold lead-in title

MAX_MARK_WORDS = 12

# a mark does not end on an article or preposition
FUNCTION_TAIL = frozenset(("the", "a", "an", "to", "for", "of", "or", "and", "in", "on", "at", "by", "with", "from"))
FUNCTION_TAIL |= frozenset(("that", "de", "het", "een", "van", "voor", "op", "en", "te", "om", "met", "aan", "bij"))
FUNCTION_TAIL |= frozenset(("door", "die", "dat", "over", "zo", "als", "naar", "onder", "tot", "into", "about", "as"))


def extend_mark(text: str, end: int, start: int, limit: int) -> int:
    """Extend a trigger over the words it governs: to the end of the clause (at most ~12 words in all, 15 when
    that finishes the clause), never ending on an article or preposition."""
    if re.match(r"\s*[,;:.!?)]", text[end:limit]):
        return end  # the trigger ends its clause: "neemt het kabinet niet over, …"
    if end > start and text[end - 1] in ";:":
        return end - 1  # (or its pattern took the clause's end in: "Een jaarlijkse herhaling vragen wij niet; wel …")
    words_in = len(re.findall(r"[\w'’]+", text[start:end]))  # (as word_forms.words counts them)
    tokens: list[tuple[int, str]] = []  # (end position, token)
    clause_end = False
    for added, m in enumerate(re.finditer(r"\s*([^\s]+)", text[end:limit]), start=1):
        token = m.group(1)
        if words_in + added > MAX_MARK_WORDS + 3:
            break
        if token[0] in ".;:!?" or token in ("–", "—"):
            clause_end = True
            break
        if token.lower() in ("maar", "but", "omdat", "because", "want", "terwijl", "while", "whereas"):
            clause_end = True
            break
        stripped = token.rstrip("\"'”’)")
        if stripped.endswith((".", ";", ":", "!", "?")) or (stripped.endswith(",") and added >= 2):
            tokens.append((end + m.end() - (len(token) - len(stripped) + 1), stripped[:-1]))
            clause_end = True
            break
        tokens.append((end + m.end(), token))
    else:
        clause_end = True  # the sentence (or the next mark) ends here
    if not clause_end or len(tokens) + words_in > MAX_MARK_WORDS + 3:
        tokens = tokens[: max(0, MAX_MARK_WORDS - words_in)]
    while tokens and tokens[-1][1].lower().strip(",") in FUNCTION_TAIL:
        tokens.pop()
    stop = max(tokens[-1][0], end) if tokens else end
    while stop > end and text[stop - 1] in ",;:":
        stop -= 1
    return stop


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as :func:`decision_sentences` cuts them (a minute's decisions joined by "; and that"
    apart)."""
    return decision_sentences(text, 0, len(text))


def decision_sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of ``text[a:b]`` that hold any text, as spans of ``text``; a resolution's decisions joined by
    "; and that" are sentences each ("Resolved that officers design a pilot …; and that the revetment be retained"),
    and so are those a minute joins by "; and" and a verb of the body's ("(3) notes that an independent condition
    survey … was commissioned …; and will pass the request for more school pool time to Activa …")."""
    out: list[tuple[int, int]] = []
    for x, y in sentence_spans(text[a:b]):
        cuts = [a + x, *(a + x + m.start() + 1 for m in _AND_THAT.finditer(text[a + x : a + y])), a + y]
        # (and a lead-in that names the recommendations answered, up to its colon: "4.4 On the ageing servers and on
        # staffing (recommendations 3 and 4): the … supplier cannot …")
        if lead := _NAMING_LEAD.match(text, a + x, a + y):
            cuts.insert(1, lead.end())
        out.extend((s, e) for s, e in pairwise(cuts) if text[s:e].strip())
    return out


_NAMING_LEAD = re.compile(
    r"(?:[^.:;]|\.(?=\d)){0,120}?\b(?:recommendations|aanbevelingen)\b[^.:;]{0,40}:\s+(?=\S)", re.I
)
# a local council named as the body that decides: "City Council", "the Council"
COUNCIL = r"(?:(?:city|county|town|district|borough|the)\s+)?council"
_AND_THAT = re.compile(
    r";\s+(?:and|en)\s+(?:that|dat|will|shall|to|notes|agrees|asks|requests|approves|refers|zal|zullen|neemt|vraagt|"
    rf"stemt|verwijst|{COUNCIL})[\s,]",
    re.I,
)
