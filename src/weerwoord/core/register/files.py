"""The register as files: register.csv, commitments.csv, register.xlsx and commitments.ics.

The CSV files are data for programs: UTF-8 with a byte order mark, RFC 4180 quoting, one word per column as its
header, a cell a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) behind an apostrophe.
The calendar is iCalendar (RFC 5545), written here: one all-day event per dated commitment on its deadline. A
commitment in a reply shared by several recommendations is one row whose ``number`` names them all ("5, 6").

The headers, sheet names and the calendar's sentences are in the language spoken (:func:`weerwoord.core.words.speaking`:
the command line's ``--output-language``, the window's language); the codes in the cells (verdicts ``agrees``,
statuses ``open``, ISO dates) are the same in every language, so a program reads both.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from weerwoord.core.keeping.atomic import write_bytes, write_text
from weerwoord.core.register.build import Item, Register, Row
from weerwoord.core.words import N_, _

# the columns' headers in English; _() gives them in the language spoken
REGISTER_COLUMNS = (
    N_("pair"),
    N_("body"),
    N_("title"),
    N_("advice_date"),
    N_("response_date"),
    N_("number"),
    N_("recommendation"),
    N_("verdict"),
    N_("commitments"),
    N_("nearest_deadline"),
    N_("status"),
    N_("overdue"),
    N_("follow_up_date"),
    N_("follow_up"),
    N_("notes"),
)
COMMITMENT_COLUMNS = (
    N_("pair"),
    N_("number"),
    N_("who"),
    N_("what"),
    N_("deadline"),
    N_("deadline_text"),
    N_("status"),
    N_("overdue"),
    N_("status_changed"),
    N_("reported_date"),
    N_("reported"),
    N_("id"),
)
SHEETS = (N_("recommendations"), N_("commitments"))
WIDE = {"recommendation", "what", "follow_up", "reported", "title", "notes"}  # columns of running text
STATUS_WORDS = {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")}  # in sentences, not cells


def headers(columns: Sequence[str]) -> list[str]:
    """The columns' headers in the language spoken."""
    return [_(c) for c in columns]


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula, behind an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _yes(flag: bool) -> str:
    return _("yes") if flag else ""


def register_cells(r: Row) -> list[str]:
    return [
        r.pair, r.body, r.title, r.advice_date, r.response_date, r.number, r.recommendation, r.verdict,
        str(r.commitments), r.nearest_deadline, r.status, _yes(r.overdue), r.follow_up_date, r.follow_up, r.notes,
    ]  # fmt: skip


def _changed(i: Item) -> str:
    last = [c for c in i.history if c.field == "status"]
    return f"{last[-1].at} {last[-1].author}" if last else ""


def commitment_cells(i: Item) -> list[str]:
    return [
        i.pair, i.label, i.who, i.what, i.deadline, i.deadline_text, i.status, _yes(i.overdue), _changed(i),
        i.reported_date, i.reported, str(i.id),
    ]  # fmt: skip


def _csv(header: Sequence[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    return "\ufeff" + buf.getvalue()


def register_csv(register: Register) -> str:
    return _csv(headers(REGISTER_COLUMNS), [register_cells(r) for r in register.rows])


def commitments_csv(register: Register) -> str:
    return _csv(headers(COMMITMENT_COLUMNS), [commitment_cells(i) for i in register.items])


def register_xlsx(register: Register) -> bytes:
    """Two sheets, recommendations and commitments: numbers and dates as text, frozen bold header, filters."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    sheets = [
        (wb.active, SHEETS[0], REGISTER_COLUMNS, [register_cells(r) for r in register.rows]),
        (wb.create_sheet(), SHEETS[1], COMMITMENT_COLUMNS, [commitment_cells(i) for i in register.items]),
    ]
    top = Alignment(wrap_text=True, vertical="top")
    for ws, title, header, rows in sheets:
        ws.title = _(title)
        ws.append(headers(header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r, row in enumerate(rows, start=2):  # cell by cell: ws[ws.max_row] would count all rows each time
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c, neutralise(value))
                cell.number_format = "@"  # "2.1" stays text, never 2 January; dates stay ISO
                cell.alignment = top
        for n, name in enumerate(header, start=1):
            ws.column_dimensions[get_column_letter(n)].width = 60 if name in WIDE else 16
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{ws.max_row}"
    wb.properties.creator = "Weerwoord"
    wb.properties.title = _("Register")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _ics_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and one space; never inside a character."""
    out: list[str] = []
    current = ""
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def commitments_ics(register: Register, stamp: datetime | None = None) -> str:
    """One all-day VEVENT per dated commitment, on its deadline; its UID stays the same across exports."""
    now = (stamp or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weerwoord//Register//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _ics_text(_("Weerwoord commitments")),
    ]
    for i in register.items:
        if not i.deadline:
            continue
        day = date.fromisoformat(i.deadline)
        uid = hashlib.sha256(f"{i.pair_key}:{i.id}".encode()).hexdigest()[:32]
        status = _(STATUS_WORDS.get(i.status, i.status))
        if i.deadline_text:
            about = _("Deadline ({words}). Status: {status}.").format(words=i.deadline_text, status=status)
        else:
            about = _("Deadline. Status: {status}.").format(status=status)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@weerwoord",
            f"DTSTAMP:{now}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(f'{i.pair} {i.label}: {i.who} – {i.what}')}",
            f"DESCRIPTION:{_ics_text(f'{about} {i.what}')}",
            f"CATEGORIES:{_ics_text(status)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


FILES = ("register.xlsx", "register.csv", "commitments.csv", "commitments.ics")


def write_all(register: Register, out: Path) -> list[Path]:
    """The four files in ``out`` (made if missing), each written whole or not at all."""
    out.mkdir(parents=True, exist_ok=True)
    return [
        write_bytes(out / "register.xlsx", register_xlsx(register)),
        write_text(out / "register.csv", register_csv(register)),
        write_text(out / "commitments.csv", commitments_csv(register)),
        write_text(out / "commitments.ics", commitments_ics(register)),
    ]
