"""The register of a library: every pair analysed (on every core, or from the cache), joined with what the
reader keeps (statuses, edits, notes) into rows per recommendation and items per commitment.

:func:`build` is the one call the command line and the window make. A pair that cannot be read is listed in
:attr:`Register.skipped` with the reason, and the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Protocol

from weerwoord.core.errors import WeerwoordError
from weerwoord.core.register.cache import Cache, pair_key
from weerwoord.core.register.commitments import shared_once
from weerwoord.core.register.dates import latest_day, year_of
from weerwoord.core.register.ledger import Change, Ledger, open_ledger
from weerwoord.core.register.library import PairFolder, gather, scan
from weerwoord.core.register.summary import PairSummary, analyse_folder, file_sha256
from weerwoord.core.words import _, language, use


class Progress(Protocol):
    """Told how far the work is (pairs done of all); the CLI draws a bar, the window a progress dialog."""

    def __call__(self, done: int, total: int, what: str) -> None: ...


@dataclass
class Item:
    """A commitment as the register shows it: the analysis's words under the reader's edits and status."""

    id: int
    pair: str  # the pair's folder name
    pair_key: str
    number: str
    who: str
    what: str
    deadline: str  # ISO 8601, '' = undated
    deadline_text: str  # the words as written
    status: str  # open, done, dropped
    overdue: bool
    page: int  # where the sentence stands in the response
    edited: tuple[str, ...] = ()  # which of who, what, deadline the reader changed
    history: list[Change] = field(default_factory=list)
    reported: str = ""  # what the latest follow-up reports on the recommendation
    reported_date: str = ""
    numbers: tuple[str, ...] = ()  # every recommendation whose reply holds it (a shared reply: more than one)
    body: str = ""  # the pair's advisory body and year, as its rows have them (the filters use them)
    year: str = ""

    @property
    def label(self) -> str:
        """The recommendations it answers, as the register shows them: "3", or "5, 6" for a shared reply."""
        return ", ".join(self.numbers or (self.number,))


@dataclass
class Row:
    """One recommendation of one pair."""

    pair: str
    pair_key: str
    body: str
    title: str
    advice_date: str
    response_date: str
    number: str
    recommendation: str
    verdict: str
    commitments: int
    nearest_deadline: str
    status: str  # '' (no commitments), open, done, dropped
    overdue: bool
    notes: str
    advice_path: str
    response_path: str
    follow_up: str = ""  # what the latest follow-up reports
    follow_up_date: str = ""
    follow_up_verdict: str = ""

    @property
    def year(self) -> str:
        return year_of(self.response_date) or year_of(self.advice_date)


@dataclass
class Loaded:
    """A pair of the library with its analysis: where its files are now, and whether it came from the cache."""

    folder: PairFolder
    summary: PairSummary
    paths: dict[str, Path]  # sha256 → file
    cached: bool  # from the cache, or from a copy of the same documents analysed in this run


@dataclass
class Register:
    rows: list[Row]
    items: list[Item]
    skipped: list[tuple[str, str]]  # (pair, why)
    loaded: list[Loaded]

    @property
    def analysed(self) -> int:
        return sum(not p.cached for p in self.loaded)


def _work(pair: PairFolder) -> tuple[str, PairSummary | None, str]:
    """In a worker: the pair's summary, or the reason it could not be read (never an exception)."""
    try:
        return pair.name, analyse_folder(pair), ""
    except WeerwoordError as err:
        return pair.name, None, err.message
    except Exception as err:  # a bug on one pair must not stop the others
        return pair.name, None, _("unexpected problem ({detail})").format(detail=f"{type(err).__name__}: {err}")


def _init_worker(lang: str) -> None:
    os.environ["WEERWOORD_PROCESSES"] = "1"  # the pool already uses every core: no helper per long pair
    use(lang)  # why a pair was skipped, in the language of the run


def analyse_library(
    pairs: list[PairFolder],
    cache: Cache,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    mp_context: BaseContext | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Loaded], list[tuple[str, str]]]:
    """Each pair's summary: from the cache when its files are unchanged, else analysed on ``workers`` processes
    (default: every core)."""
    loaded: dict[str, Loaded] = {}
    skipped: list[tuple[str, str]] = []
    todo: list[tuple[PairFolder, dict[str, Path], str]] = []
    total = len(pairs)
    for pair in pairs:
        try:
            shas = {file_sha256(f): f for f in pair.files}
        except OSError as err:
            skipped.append((pair.name, _("a file cannot be read: {detail}").format(detail=err.strerror or err)))
            continue
        key = pair_key(shas)
        summary = cache.get(key)
        if summary is not None and all(s in shas for s in _shas(summary)):
            loaded[pair.name] = Loaded(pair, summary, shas, True)
        else:
            todo.append((pair, shas, key))
    done = len(loaded) + len(skipped)
    if progress:
        progress(done, total, "")
    jobs = {p.name: (p, shas, key) for p, shas, key in todo}
    # the same documents in two folders (a copied pair) are analysed once; the copies take that analysis
    copies: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for pair, _files, key in todo:
        if key in first:
            copies[first[key]].append(pair.name)
        else:
            first[key] = pair.name
            copies[pair.name] = []
    todo = [t for t in todo if first[t[2]] == t[0].name]

    def finish(name: str, summary: PairSummary | None, why: str) -> None:
        nonlocal done
        for n, other in enumerate([name, *copies[name]]):
            pair, shas, key = jobs[other]
            if summary is None:
                skipped.append((other, why))
            else:
                if n == 0:
                    cache.put(key, summary)
                loaded[other] = Loaded(pair, summary, shas, n > 0)
            done += 1
            if progress:
                progress(done, total, other)

    count = min(workers or os.cpu_count() or 1, len(todo))
    # the biggest pairs first, so no core is left with a long one at the end
    todo.sort(key=lambda t: -sum(f.stat().st_size for f in t[0].files if f.exists()))
    if count <= 1:
        for pair, _files, _key in todo:
            if cancelled and cancelled():
                break
            finish(*_work(pair))
    elif todo:
        with ProcessPoolExecutor(
            max_workers=count, mp_context=mp_context, initializer=_init_worker, initargs=(language(),)
        ) as pool:
            futures: list[Future[tuple[str, PairSummary | None, str]]] = [
                pool.submit(_work, p) for p, _files, _key in todo
            ]
            for fut in as_completed(futures):
                finish(*fut.result())
                if cancelled and cancelled():
                    for f in futures:
                        f.cancel()
                    break
    ordered = [loaded[p.name] for p in pairs if p.name in loaded]
    order = {p.name: i for i, p in enumerate(pairs)}
    skipped.sort(key=lambda s: order.get(s[0], -1))
    return ordered, skipped


def _shas(summary: PairSummary) -> list[str]:
    return [summary.advice.sha256, summary.response.sha256, *(f.document.sha256 for f in summary.follow_ups)]


def build(
    library: str | Path | Sequence[str | Path],
    *,
    data_dir: str | os.PathLike[str] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    mp_context: BaseContext | None = None,
    cancelled: Callable[[], bool] | None = None,
    leave_out: Collection[str] = (),
) -> Register:
    """The register of the library folder ``library`` (one sub-folder per pair), or of several folders and loose
    documents (what was dropped on the window: :func:`weerwoord.core.register.library.gather`), without the pairs
    whose folder is in ``leave_out`` (removed by the reader; a pair of loose documents given is never left out).
    Raises :class:`weerwoord.core.errors.StoreError` when the register database cannot be used."""
    pairs, problems = scan(library) if isinstance(library, str | Path) else gather(library)
    if leave_out:
        given = {str(p) for p in ([library] if isinstance(library, str | Path) else library)}
        pairs = [p for p in pairs if str(p.folder) not in leave_out or any(str(f) in given for f in p.files)]
    cache = Cache(data_dir)
    loaded, skipped = analyse_library(
        pairs, cache, workers=workers, progress=progress, mp_context=mp_context, cancelled=cancelled
    )
    with open_ledger(data_dir) as ledger:
        register = assemble(loaded, ledger, today)
    register.skipped = sorted(problems + skipped)
    return register


def assemble(loaded: list[Loaded], ledger: Ledger, today: date | None = None) -> Register:
    """Rows and items from the pairs' summaries and the reader's ledger (also after an edit: no analysis)."""
    today = today or date.today()
    fields = ledger.pair_fields()
    notes = ledger.notes()
    history = ledger.all_history()
    rows: list[Row] = []
    items: list[Item] = []
    shared = [shared_once(e.summary.commitments) for e in loaded]
    all_ids = ledger.identify(
        [
            (e.summary.key, [c for c, _numbers in once], {r.number: r.reply for r in e.summary.recommendations})
            for e, once in zip(loaded, shared, strict=True)
        ]
    )
    stored = ledger.items([i for ids in all_ids for i in ids])
    for entry, once, ids in zip(loaded, shared, all_ids, strict=True):
        s = entry.summary
        key = s.key
        mine = fields.get(key, {})
        response_date = mine.get("response_date", s.response.date)
        body = mine.get("body", s.body)
        year = year_of(response_date) or year_of(mine.get("advice_date", s.advice.date))
        latest = s.follow_ups[-1] if s.follow_ups else None
        pair_items: list[Item] = []
        for item_id, (c, numbers) in zip(ids, once, strict=True):
            k = stored[item_id]
            deadline = k.deadline if k.deadline is not None else c.deadline
            report = latest.reports.get(c.number, {}) if latest else {}
            pair_items.append(
                Item(
                    id=item_id,
                    pair=entry.folder.name,
                    pair_key=key,
                    number=c.number,
                    who=k.who if k.who is not None else c.who,
                    what=k.what if k.what is not None else c.what,
                    deadline=deadline,
                    deadline_text=c.deadline_text,
                    status=k.status,
                    overdue=_overdue(deadline, k.status, today),
                    page=c.page,
                    edited=tuple(f for f in ("who", "what", "deadline") if getattr(k, f) is not None),
                    history=history.get(item_id, []),
                    reported=report.get("text", ""),
                    reported_date=latest.document.date if latest else "",
                    numbers=numbers,
                    body=body,
                    year=year,
                )
            )
        items.extend(pair_items)
        for r in s.recommendations:
            own = [i for i in pair_items if r.number in i.numbers]
            report = latest.reports.get(r.number, {}) if latest else {}
            rows.append(
                Row(
                    pair=entry.folder.name,
                    pair_key=key,
                    body=body,
                    title=mine.get("title", s.advice.title),
                    advice_date=mine.get("advice_date", s.advice.date),
                    response_date=response_date,
                    number=r.number,
                    recommendation=r.text,
                    verdict=r.verdict,
                    commitments=len(own),
                    nearest_deadline=nearest_deadline(own),
                    status=row_status(own),
                    overdue=any(i.overdue for i in own),
                    notes=notes.get((key, r.number), ""),
                    advice_path=str(entry.paths.get(s.advice.sha256, "")),
                    response_path=str(entry.paths.get(s.response.sha256, "")),
                    follow_up=report.get("text", ""),
                    follow_up_date=latest.document.date if latest else "",
                    follow_up_verdict=report.get("verdict", ""),
                )
            )
    return Register(rows, items, [], loaded)


def _overdue(deadline: str, status: str, today: date) -> bool:
    day = latest_day(deadline)
    return status == "open" and day is not None and day < today


def nearest_deadline(items: list[Item]) -> str:
    """The earliest deadline among a recommendation's open commitments ('' when none is dated)."""
    dated = sorted(i.deadline for i in items if i.deadline and i.status == "open")
    return dated[0] if dated else ""


def row_status(items: list[Item]) -> str:
    """A recommendation's status from its commitments: open while one is open; done when all are closed and one
    was done; dropped when all were dropped; '' without commitments."""
    if not items:
        return ""
    statuses = {i.status for i in items}
    if "open" in statuses:
        return "open"
    return "done" if "done" in statuses else "dropped"
