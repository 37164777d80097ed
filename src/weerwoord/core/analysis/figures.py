"""Figures a reply gives for what a recommendation counts: "10 working days" where "7 working days" was asked."""

from __future__ import annotations

import re
from functools import lru_cache

from weerwoord.core.analysis.tallies import number_value
from weerwoord.core.analysis.word_forms import verb_stem, words
from weerwoord.core.wordlists import function_words


def other_figure(text: str, recommendation: str, reply: str = "") -> bool:
    """Whether a sentence gives another figure for a thing the recommendation counts ("10 working days" where "7
    working days" was asked, "every 4 years" where "every three years"), and neither the reply (``reply``, the
    whole of it) nor the sentence gives the recommendation's own figure for it; nor a smaller one where a limit was
    asked ("nine working days" where "within 15"), nor a larger one where a floor was ("acht bijeenkomsten" where
    "ten minste twee")."""
    asked = _targets(_figures(recommendation))
    if not asked or _TOO.search(text):
        return False  # (a figure called too much or too little is the state of things: "zeven maanden wachten te lang")
    given = _figures(text)
    # (the reply's own figures: not those it weighs and turns down, "een termijn van drie maanden zou de behandeling
    # vertragen", "a quorum of 5 per cent would allow a very small group …")
    whole = _figures(_said_as_own(reply)) if reply else given
    # (the figure asked, said not to be given, is not given: "met 10 procent, niet met de gevraagde 15 procent")
    # (not a figure the recommendation itself says after a "not": "a student who has not engaged for 14 days")
    own = _after_not(recommendation)
    denied = {unit: figures - own.get(unit, set()) for unit, figures in _denied(reply or text).items()}
    spans: dict[str, tuple[float, float]] | None = None  # (the ranges asked, read when first needed)
    for unit, values in given.items():
        wanted = asked.get(unit)
        if unit == "uur" and wanted and _same_hour(values, wanted):
            continue  # "tot elf uur" where "tot 23.00 uur" was asked: the same time of day
        if unit in ("@date", "@day"):
            # a date asked as a deadline ("vóór 1 december 2026"), met in time or not (not a date the
            # recommendation only names: "customers refinanced between 1 January 2022 and …")
            deadlines = [float(v) for v, b in (wanted or {}).items() if b in _DEADLINE]
            if (
                deadlines
                and max(map(float, values)) > max(deadlines)
                and not set(whole.get(unit, ())) & set(wanted or ())
            ):
                return True
            continue
        if not wanted or (set(whole.get(unit, ())) & set(wanted)) - denied.get(unit, set()):
            continue
        if set(values) <= set(wanted) - denied.get(unit, set()):
            continue  # the very figure asked, in reported speech: "said that staff would provide quarterly reports"
        if {b in _EVERY for b in values.values()} != {b in _EVERY for b in wanted.values()}:
            continue  # a length of time is no frequency: "$4.2 million over four years" where "every three years"
        least, most = min(map(float, wanted)), max(map(float, wanted))
        spans = _ranges(recommendation) if spans is None else spans
        span = spans.get(unit)
        if span and all(span[0] <= float(v) <= span[1] for v in values):
            continue  # within a range asked: "acht indicatoren" where "vijf tot tien indicatoren"
        if all(b in _AT_MOST for b in wanted.values()) and max(map(float, values)) < least:
            continue
        if all(b in _AT_LEAST for b in wanted.values()) and min(map(float, values)) >= least:
            continue  # (above each floor asked, or the lowest of them: "52 and 55 degrees C" where "at least 50")
        if unit in _DISTANCE and all(b in _AT_MOST for b in wanted.values()) and min(map(float, values)) > most:
            continue  # a wider radius than asked: "binnen 150 meter van de dijk" where "binnen 100 meter"
        return True
    return False


# a range of figures before the word they count: "vijf tot tien indicatoren", "between 20 and 30 places"
_RANGE = re.compile(r"\b([\w.,]+)\s+(?:tot|to|and|en|-|–)\s+([\w.,]+)\s+([^\W\d_]{3,})", re.I)


_CHANGING = re.compile(
    r"\b(?:verho|verla|verdubbel|verleng|verkort|raise|increas|reduc|lower|doubl|extend|shorten)\w*", re.I
)
_FROM_BEFORE = re.compile(r"\b(?:van|from)\s+$", re.I)


def _ranges(text: str) -> dict[str, tuple[float, float]]:
    """The ranges a text gives, by the word they count (as :func:`_figures` keys it): {"indica": (5.0, 10.0)}."""
    out = {}
    normal = _normal(text)
    changing = bool(_CHANGING.search(normal))
    for m in _RANGE.finditer(normal):
        if changing and _FROM_BEFORE.search(normal[: m.start()]):
            continue  # a change from one figure to another, no range: "te verhogen van 1.500 tot 3.000 euro"
        low, high = (number_value(x) or (float(x) if x.isdigit() else None) for x in (m.group(1), m.group(2)))
        if low is not None and high is not None and low < high:
            out[verb_stem(m.group(3).lower())] = (float(low), float(high))
    return out


def _same_hour(values: dict[str, str], wanted: dict[str, str]) -> bool:
    """Whether times of day (in minutes) name the same hours on a twelve-hour clock: 660 and 1380."""
    clock = [int(v) for v in (*values, *wanted) if v.isdigit()]
    return (
        len(clock) == len(values) + len(wanted)
        and min(clock) >= 60
        and {int(v) % 720 for v in values} <= {int(v) % 720 for v in wanted}
    )


def figured_otherwise(done: list[tuple[int, int]], text: str, asked: str) -> tuple[int, int] | None:
    """Of the sentences ``done`` of a reply, the first that gives another figure for what the recommendation counts
    (:func:`other_figure`); or, where the reply gives the asked figure too, one that turns to another for a part of it
    ("The requirement will apply to salmon from 1 January 2028, as you propose. Trout producers, however, will have
    until 1 January 2030 to comply"); None where there is neither."""
    found = next((x for x in done if other_figure(text[slice(*x)], asked, text)), None)
    if found is not None:
        return found
    wanted = asked_figures(asked)
    if not wanted or not wanted & given_figures(text):
        return None
    units = {unit for unit, _v in wanted}
    for x in done:
        said = text[slice(*x)]
        given = given_figures(said)
        if _TURNING.search(said) and any(unit in units for unit, _v in given - wanted) and not given & wanted:
            return x
    return None


_TURNING = re.compile(r"\b(?:however|but|echter|maar)\b", re.I)


def asked_figures(recommendation: str) -> set[tuple[str, str]]:
    """The figures a recommendation asks for, each with its unit ("van zes naar negen jaar": nine years)."""
    return {(unit, v) for unit, values in _targets(_figures(recommendation)).items() for v in values}


def given_figures(text: str) -> set[tuple[str, str]]:
    """The figures a text gives, each with its unit."""
    return {(unit, v) for unit, values in _figures(text).items() for v in values}


@lru_cache(maxsize=512)
def _said_as_own(reply: str) -> str:
    """The sentences of a reply that do not weigh a figure and turn it down (no "would", "zou", "too"), nor tell
    what the advice asked ("De adviesraad stelde … voor"), joined: the figures it gives as its own."""
    return " ".join(
        x
        for x in _SENTENCE.split(reply)
        if not set(words(x)) & _WEIGHING and not set(words(x)[:4]) & _RESTATING and not _TURNED_DOWN.search(x)
    )


# a figure called out of reach: "Vijf plaatsen is in het eerste jaar niet haalbaar"
_TURNED_DOWN = re.compile(
    r"\bniet\s+(?:haalbaar|mogelijk|realistisch|betaalbaar)\b|\bnot\s+(?:feasible|possible|achievable|affordable)\b"
    r"|\b(?:past|passen)\s+niet\b|\b(?:does|do)\s+not\s+fit\b",  # ("… past niet binnen het budget")
    re.I,
)


_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_TOO = re.compile(
    r"\b(?:too|te)\s+(?:long|short|high|low|much|many|few|little|slow|lang|kort|hoog|laag|veel|weinig|traag|duur)\b",
    re.I,
)
_WEIGHING = frozenset(("would", "could", "zou", "zouden", "too", "hope", "hoop", "hopen"))  # (nor a figure hoped for)
# (nor those that open by telling what the advice asked: "De adviesraad stelde 22 uur voor; het college kiest …";
# not "… ahead of the date the jury proposed")
_RESTATING = frozenset(("stelde", "stelden", "vroeg", "vroegen", "adviseerde", "asked", "requested"))
_RESTATING |= frozenset(("proposed", "suggested", "recommended"))


# a figure asked after these is a limit, and less is more than was asked; or a floor, and more is
_AT_MOST = frozenset(("within", "under", "below", "binnen", "onder", "maximaal", "uiterlijk", "most"))
_AT_LEAST = frozenset(("least", "minste", "minstens", "minimaal", "minimum"))
_DISTANCE = frozenset(("meter", "metr", "km", "kilome", "mil"))  # (stems: "meter", "metres", "kilometer", "miles")
_EVERY = frozenset(("every", "each", "elke", "iedere", "ieder", "per"))


@lru_cache(maxsize=512)
def _figures(text: str) -> dict[str, dict[str, str]]:
    """The numbers of a text by the word they count, each with the word before it: {"working": {"7": "to"}} for
    "to 7 working days" (not years, and not a number before a small word: "from 20 to 7"; also in words). Once per
    text: a reply's figures are asked for each of its sentences (not to be changed by the caller)."""
    # ("30,000 pounds", "1.000 euro": one figure each; and a time of day, "tot 22.00 uur", "until 20:00")
    ws = words(_normal(text))
    small = function_words()
    out: dict[str, dict[str, str]] = {}
    for k, w in enumerate(ws[:-1]):
        unit = ws[k + 1]
        # (or in words: "every three years")
        value = w if w.isdigit() else w.replace("p", ".") if _DECIMAL_WORD.fullmatch(w) else str(number_value(w) or "")
        if (
            value
            and not _YEAR.fullmatch(w)
            and unit.isalpha()
            and (len(unit) >= 3 or unit in _SHORT_UNITS)
            and unit not in small
            and not set(ws[max(0, k - 2) : k]) & _TOTAL  # (a sum of several: "a total of £1,500")
        ):
            month = _months().get(unit)
            if month is not None and value.isdigit() and 1 <= int(value) <= 31:
                # a date, a deadline: "on 2 February" is in time where "before … 11 February" was asked, "uiterlijk
                # 15 januari" is later than "vóór 1 december"
                year = ws[k + 2] if k + 2 < len(ws) and _YEAR.fullmatch(ws[k + 2]) else ""
                day = int(year or 0) * 10000 + month * 100 + int(value)
                out.setdefault("@date" if year else "@day", {})[str(day)] = ws[k - 1] if k else ""
                continue
            # (one unit, one or many: "60-minute", "90 minutes"; a cycle is a frequency, "on a two-year cycle")
            cycle = k + 2 < len(ws) and ws[k + 2] in _CYCLE
            out.setdefault(verb_stem(unit), {})[value] = "every" if cycle else ws[k - 1] if k else ""
    # (years in months too: "every two years" is another figure for "every 12 months", "one year" the same)
    for unit, (months, times) in _IN_MONTHS.items():
        for value, before in list(out.get(unit, {}).items()):
            if value.isdigit():
                out.setdefault(months, {}).setdefault(str(int(value) * times), before)
    return out


_CYCLE = frozenset(("cycle", "cyclus"))
_IN_MONTHS = {"year": ("month", 12), "jaar": ("maande", 12)}


def _targets(figures: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The figures a recommendation asks for, not the one it starts from ("verlengen van één jaar naar ten minste
    vijf jaar": five, not one)."""
    out = {}
    for unit, values in figures.items():
        # (only beside the figure it goes to: "een looptijd van vier jaar met een tussentijdse evaluatie na twee
        # jaar" asks for both)
        changing = any(b in _CHANGE_TO for b in values.values())
        kept = {v: b for v, b in values.items() if b not in _FROM} if changing else values
        out[unit] = kept or values
    return out


_FROM = frozenset(("from", "van"))
_CHANGE_TO = frozenset(
    ("to", "naar", "tot", "into", "op", "at", "minste", "least", "most", "hoogste", "maximaal", "minimaal")
)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Each month's name in either language, with its number."""
    from weerwoord.core.analysis.phrases import phrase_book

    return {m: k for lang in ("en", "nl") for k, m in enumerate(phrase_book(lang).deeds.month_order, 1)}


_DEADLINE = frozenset(("before", "by", "vóór", "voor", "uiterlijk", "until", "tot"))
_TOTAL = frozenset(("total", "totaal", "altogether"))


def _normal(text: str) -> str:
    """A text with its figures written one way: "30,000 pounds" and "1.000 euro" one figure each, a time of day as
    minutes, a decimal ("7.5 per cent") one figure, "per cent" one unit (as "percent"), "twice a year" a figure."""
    text = _HOUR.sub(_hour_minutes, _CLOCK.sub(_minutes, _THOUSANDS.sub("", text)))
    text = _PER_CENT.sub("percent", _DECIMAL.sub(r"\1p\2", text))
    text = _CURRENCY.sub(_amount, text)  # ("GBP 60 a year", "£60", "€ 250": so many pounds, euros)
    text = _AT_LEAST_NL.sub("minste", text)  # ("ten minste vijf jaar": Dutch "at least", not the number ten)
    text = _OR_MORE.sub(_bare_figure, text)  # ("buildings with five or more units": a figure of units, the bound)
    text = _OR_ABOVE.sub(r"least \1 \2", text)  # ("stored at 60 degrees C or above": a floor)
    for pattern, months in _PERIODS:  # ("every quarter" as "every 3 months", against "every six months")
        text = pattern.sub(months, text)
    return _per_time(text)


# a period said in a word, as a number of months: "each quarter", "quarterly", "per kwartaal", "half-yearly"
_PERIODS = (
    (re.compile(r"\b(?:every|each)\s+quarter\b|\bquarterly\b", re.I), "every 3 months"),
    (re.compile(r"\b(?:elk|ieder|per)\s+kwartaal\b|\bdriemaandelijks\b", re.I), "elke 3 maanden"),
    (re.compile(r"\b(?:half-yearly|six-monthly|biannually)\b|\bevery\s+half\s+year\b", re.I), "every 6 months"),
    (re.compile(r"\bhalfjaarlijks\b|\b(?:elk|ieder)\s+half\s+jaar\b", re.I), "elke 6 maanden"),
    # (a service's frequency: "only hourly on weekdays" where "at least every 30 minutes on weekdays" was asked)
    # (not a floor, "at least once an hour", which a shorter interval meets)
    (re.compile(r"(?<!least )\b(?:hourly|every\s+hour)\b", re.I), "every 60 minutes"),
    (re.compile(r"(?<!minste )\b(?:elk|ieder)\s+uur\b", re.I), "elke 60 minuten"),
    # (a post's size: "a full-time coordinator" where "a half-time Food Systems Coordinator" is given)
    (re.compile(r"\bfull[- ]?time\b|\bvoltijds?e?\b", re.I), "1 fte"),
    (re.compile(r"\bhalf[- ]?time\b|\bhalftijds?e?\b", re.I), "0p5 fte"),
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# units of two letters ("60 dB", "5 km", "10 ha"); other words that short are small words ("20 to", "3 en")
_SHORT_UNITS = frozenset(("db", "km", "kg", "ha", "kw", "mw", "gw", "mg", "ml", "cm", "mm", "m2", "m3", "pm", "am"))
_DECIMAL = re.compile(r"\b(\d{1,3})[.,](\d{1,2})\b(?![.,]?\d)")
_DECIMAL_WORD = re.compile(r"\d{1,3}p\d{1,2}")
_PER_CENT = re.compile(r"\bper\s+cent\b", re.I)
_AT_LEAST_NL = re.compile(r"\bten\s+minste\b", re.I)


def _bare_figure(m: re.Match[str]) -> str:
    """A figure without its "or more" ("five or more units": "five units"); other words as they are ("site of more")."""
    word = m.group(1)
    return f"{word} " if word.isdigit() or number_value(word) else m.group(0)


_OR_MORE = re.compile(r"\b(\w+)\s+(?:or|of)\s+(?:more|fewer|less|meer|minder)\s+(?=[^\W\d])", re.I)
# a figure and its unit, then "or above": "60 degrees C or above", "21 graden of hoger"
_OR_ABOVE = re.compile(
    r"\b(?:at\s+|op\s+)?(\d+(?:p\d+)?)\s+((?:[^\W\d_]+\s+){1,2}?)(?:or|of)\s+(?:above|higher|over|more|hoger|meer)\b",
    re.I,
)
# a sum with its currency before it, not of millions ("$4.2 million" counts millions)
_CURRENCY = re.compile(
    r"(?<![\w$£€])(GBP|EUR|USD|AUD|NZD|CAD|[A-Z]{0,2}\$|£|€)\s?(\d+(?:p\d{1,2})?)\b"
    r"(?!\s*(?:m|bn|k|million|billion|miljoen|miljard|mln|mld)\b)"
)
_CURRENCIES = {"gbp": "pounds", "£": "pounds", "eur": "euro", "€": "euro"}


def _amount(m: re.Match[str]) -> str:
    return f"{m.group(2)} {_CURRENCIES.get(m.group(1).lower(), 'dollars')}"


_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
_CLOCK = re.compile(r"\b([01]?\d|2[0-4])[.:]([0-5]\d)\b(?![.,]\d)")


# a time of day by the hour alone: "tot elf uur", "until eleven o'clock", "11 pm" (not "acht uur per week")
_HOUR = re.compile(
    r"\b(tot|om|vanaf|na|until|till|at|from|by)\s+(\w+)\s+(?:uur|o'clock)\b|\b(\d{1,2})\s*([ap])\.?m\b\.?", re.I
)


def _hour_minutes(m: re.Match[str]) -> str:
    """A time of day by the hour as the minutes since midnight, with the unit a clock time has ("tot elf uur" →
    "tot 660 uur", "11 pm" → "1380 uur"); any other words as they are."""
    if m.group(3):
        hour = int(m.group(3)) % 12 + (12 if m.group(4).lower() == "p" else 0)
        return f"{hour * 60} uur"
    word = m.group(2)
    hour = int(word) if word.isdigit() else number_value(word)
    return f"{m.group(1)} {hour * 60} uur" if 0 < hour <= 12 else m.group(0)


def _minutes(m: re.Match[str]) -> str:
    """A time of day as the minutes since midnight, one figure ("22.00" → "1320"; never read as a year)."""
    return str(int(m.group(1)) * 60 + int(m.group(2)))


# how many times a span of time: "twice a year", "once per term", "twee keer per jaar", "tweemaal per jaar"
_TIMES = re.compile(
    r"\b(once|twice|thrice|\w+\s+(?:times|keer)|\w+maal)\s+(?:a|an|per|every|each)\s+"
    r"(year|month|week|day|quarter|term|jaar|maand|week|dag|kwartaal|schooljaar)\b",
    re.IGNORECASE,
)
_ONCE = {"once": 1, "twice": 2, "thrice": 3}


def _times_value(said: str) -> int:
    said = said.lower()
    if said in _ONCE:
        return _ONCE[said]
    head = said.split()[0] if " " in said else said.removesuffix("maal")
    return int(head) if head.isdigit() else number_value(head)


def _per_time(text: str) -> str:
    """How many times a span of time as one figure with its own unit ("twice a year" → "2 timesperyear"), so that
    "once a year" answers "at least twice a year" with another figure."""

    def one(m: re.Match[str]) -> str:
        n = _times_value(m.group(1))
        return f"{n} timesper{m.group(2).lower()}" if n else m.group(0)

    return _TIMES.sub(one, text)


# a figure said not to be given: "niet met de gevraagde 15 procent", "not the 15 per cent asked", "rather than 15"
_DENIED = re.compile(
    r"\b(?:not|niet|rather than|instead of|in plaats van|dan de gevraagde|dan het gevraagde)\s+"
    r"(?:\w+\s+){0,3}?(\d+(?:p\d+)?)\s+([a-z]{3,}|pm|am)"
    # (what cannot be done up to the figure asked: "We cannot staff a hot service until 10 pm")
    r"|\b(?:cannot|can't)\s+(?:\w+\s+){1,5}?(?:until|till|to|for|at)\s+(\d+(?:p\d+)?)\s+([a-z]{3,}|pm|am)",
    re.IGNORECASE,
)
# (or after the figure given, its unit said once: "at least four hours, not eight")
_DENIED_AFTER = re.compile(
    r"\b(?:\d+(?:p\d+)?|[a-z]{3,})\s+([a-z]{3,})\s*,?\s+(?:not|niet|rather than|in plaats van)\s+(\w+)\b"
    r"(?!\s+[a-z]{3,})",
    re.IGNORECASE,
)


def instead_of_asked(text: str, recommendation: str) -> bool:
    """Whether a sentence gives another figure for what the recommendation counts and says the one asked is not
    given: "De werkingssubsidies stijgen met 10 procent, niet met de gevraagde 15 procent"."""
    asked = _figures(recommendation)
    denied = _denied(text)
    return other_figure(text, recommendation, text) and any(
        set(values) & denied.get(unit, set()) for unit, values in asked.items()
    )


@lru_cache(maxsize=512)
def _denied(text: str) -> dict[str, set[str]]:
    """The figures a reply says it does not give, by the word they count. Once per text, as :func:`_figures`: the
    whole reply's are asked for each of its sentences (not to be changed by the caller)."""
    out: dict[str, set[str]] = {}
    normal = _normal(text)
    for m in _DENIED_AFTER.finditer(normal):
        value = m.group(2) if m.group(2).isdigit() else str(number_value(m.group(2)) or "")
        if value:
            out.setdefault(verb_stem(m.group(1).lower()), set()).add(value)
    for m in _DENIED.finditer(normal):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.setdefault(verb_stem(unit.lower()), set()).add(value.replace("p", "."))
    return out


# a figure a few words after a "not", as a condition says it: "who has not attended teaching or engaged online for 14
# days"
_AFTER_NOT = re.compile(r"\b(?:not|niet|geen|no)\s+(?:[\w-]+\s+){0,8}?(\d+(?:p\d+)?)\s+([a-z]{3,})", re.I)


@lru_cache(maxsize=512)
def _after_not(text: str) -> dict[str, set[str]]:
    """The figures a text says a few words after a "not", by the word they count. Once per text, as :func:`_denied`
    (not to be changed by the caller)."""
    out: dict[str, set[str]] = {}
    for m in _AFTER_NOT.finditer(_normal(text)):
        out.setdefault(verb_stem(m.group(2).lower()), set()).add(m.group(1).replace("p", "."))
    return out


def kept_at_figure(ws: list[str], staying: frozenset[str]) -> bool:
    """Whether a word of staying stands right before a figure ("blijft 7.500 euro", "remains at 250 pounds"; not
    before a date it runs from, "blijft vanaf 1 september open")."""
    for k, w in enumerate(ws):
        if w in staying:
            after = ws[k + 1 : k + 3]
            after = after[1:] if after[:1] in (["at"], ["op"]) else after
            if after[:1] and after[0][:1].isdigit():
                return True
    return False


OTHERWISE_REACH = 8  # words before "in plaats van" that say what is done instead


def figure_asked_before(ws: list[str], otherwise_phrases: tuple[tuple[str, ...], ...], recommendation: str) -> bool:
    """Whether the words right before "in plaats van", "rather than" give a figure the recommendation asks for
    ("voor negen jaar toegekend in plaats van zes" where "van zes naar negen jaar"): the change asked, not another."""
    for k in range(len(ws)):
        if any(tuple(ws[k : k + len(p)]) == p for p in otherwise_phrases):
            return bool(given_figures(" ".join(ws[max(0, k - OTHERWISE_REACH) : k])) & asked_figures(recommendation))
    return False


def set_against_unasked(ws: list[str], otherwise_phrases: tuple[tuple[str, ...], ...], recommendation: str) -> bool:
    """Whether what "rather than", "in plaats van" sets the deed against is nothing the recommendation asks or names
    (no word of it, no figure): "claims be published as a single figure for the Council rather than by member",
    where "published only as a total for the whole Council" was asked, is done as asked, not otherwise."""
    after = _set_against(ws, otherwise_phrases)
    if after is None:
        return False
    unasked = not _named_in(after, recommendation) or _set_aside_too(after, recommendation)
    return bool(after) and unasked and not given_figures(" ".join(after))


def _set_against(ws: list[str], otherwise_phrases: tuple[tuple[str, ...], ...]) -> list[str] | None:
    """The words after the first "rather than", "in plaats van" of a sentence: what its deed is set against; None
    where it has none (only a phrase that names what is set aside after it; not the other way it goes on to name, "kies
    ik een andere weg: …")."""
    against = [p for p in otherwise_phrases if p[-1] in ("than", "of", "van")]
    for k in range(len(ws)):
        for p in against:
            if tuple(ws[k : k + len(p)]) == p:
                return ws[k + len(p) : k + len(p) + OTHERWISE_REACH]
    return None


# what a recommendation itself asks to do without: "… through their personal tax account without registering for self
# assessment"
_WITHOUT = re.compile(r"\b(?:without|zonder|instead of|rather than|in plaats van|in place of)\s+(\w+)", re.I)


def asked_without(ws: list[str], otherwise_phrases: tuple[tuple[str, ...], ...], recommendation: str) -> bool:
    """Whether what "instead of", "rather than" sets the sentence's deed against is what the recommendation asks to
    do without."""
    after = _set_against(ws, otherwise_phrases)
    return after is not None and _set_aside_too(after, recommendation)


def _set_aside_too(ws: list[str], recommendation: str) -> bool:
    """Whether the recommendation sets aside what the deed is set against, in its first word ("instead of registering
    for self assessment" where "without registering for self assessment" was asked): done as asked."""
    small = function_words()
    first = next((w for w in ws if len(w) >= 3 and w not in small), None)
    return first is not None and any(m.group(1).lower()[:5] == first[:5] for m in _WITHOUT.finditer(recommendation))


def _named_in(ws: list[str], recommendation: str) -> bool:
    """Whether one of the words names what the recommendation names: a word of its own, or one that begins alike
    ("jaarlijks" for "ieder jaar", "law" for "laid down by law")."""
    small = function_words()
    theirs = {w[:4] for w in words(recommendation) if len(w) >= 3 and w not in small}
    return any(w[:4] in theirs for w in ws if len(w) >= 3 and w not in small)
