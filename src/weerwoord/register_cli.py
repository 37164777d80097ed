"""``weerwoord register FOLDER --out DIR``: the register of a library of pairs, as spreadsheet, CSV and calendar."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from weerwoord.core.errors import ExportError, UsageError

SKIPPED_EXIT = 7  # some pairs could not be read: the files were written without them

DESCRIPTION = """\
Analyse every pair of a library folder (one sub-folder per pair: the advice, the response and any later
follow-up, told apart by their content) on every core, and write register.xlsx (sheets recommendations and
commitments), register.csv (one row per recommendation), commitments.csv (one row per commitment) and
commitments.ics (the dated commitments as all-day events) into DIR.

Analyses are cached by the files' hashes in the data folder: a second run re-reads nothing that is unchanged.
Statuses, edits and notes made in the window's register are kept in register.sqlite3 in the data folder and
appear in the files.
"""
EPILOG = f"""\
exit codes: 0 all pairs were read; {SKIPPED_EXIT} some pairs could not be read (each is named on standard error,
the files hold the others); 2, 5, 6 as for the other commands.
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "register",
        help="the register of many pairs: recommendations, verdicts, commitments and deadlines (xlsx, csv, ics)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("folder", help="the library: a folder with one sub-folder per pair")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write the four files into (made if missing)")
    p.add_argument("--jobs", type=int, metavar="N", help="processes to use (default: every core)")
    p.add_argument("--data-dir", metavar="DIR", help="folder of the cache and register.sqlite3 (default: as for notes)")
    p.add_argument(
        "--output-language",
        choices=["nl", "en"],
        help="the language of the files' headers, sheet names and calendar texts, and of why a pair was skipped;"
        " codes in the data (verdicts, statuses, dates) stay (default: your locale's, else en)",
    )


class _Bar:
    """A one-line progress bar on standard error, drawn only at a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.shown or total == 0:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = width * done // total
        name = (what[:30] + "…") if len(what) > 31 else what
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<32}")
        if done >= total:
            sys.stderr.write("\r" + " " * (width + 50) + "\r")
        sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from weerwoord.core.register.build import build
    from weerwoord.core.register.files import write_all
    from weerwoord.core.words import default_language, speaking

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder: give the library folder, with one sub-folder per pair")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    with speaking(args.output_language or default_language()):
        register = build(folder, data_dir=args.data_dir, workers=args.jobs, progress=_Bar())
        for name, why in register.skipped:
            print(f"skipped: {name}: {why}", file=sys.stderr)
        try:
            write_all(register, Path(args.out))
        except OSError as err:
            raise ExportError(f"The register could not be written to {args.out}: {err.strerror or err}.") from err
    pairs = len(register.loaded)
    print(
        f"{pairs} pair(s), {len(register.rows)} recommendation(s), {len(register.items)} commitment(s)"
        f" ({register.analysed} analysed, {pairs - register.analysed} from the cache) written to {args.out}",
        file=sys.stderr,
    )
    return SKIPPED_EXIT if register.skipped else 0
