"""The command line: ``weerwoord`` (window), ``compare``, ``open`` and ``export``."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from weerwoord.core.errors import PasswordRequired, UsageError, WeerwoordError, WrongPassword

PASSWORD_ENV = {"advice": "WEERWOORD_ADVICE_PASSWORD", "response": "WEERWOORD_RESPONSE_PASSWORD"}
PROMPTS = 3  # password attempts at a terminal
STDIN = "-"

EPILOG = """\
with no command the window opens: the shipped example the first time, afterwards the last pair you opened.

exit codes:
  0    done
  1    an unexpected problem: the details are in the log (Help > Report a problem shows where)
  2    the command was called wrongly (a missing file name, an unknown option, the same document twice)
  3    a document cannot be read: missing, not a PDF, damaged, protected (no or a wrong password, or for
       certificates), scanned without a text layer, text that cannot be decoded, a pipe, changing while
       it is read, or too large for the limits
  4    no recommendations were found in the advice
  5    the notes and corrections database cannot be used
  6    an export could not be written (disk full, folder read-only, files exist without --force)
  7    register: some pairs could not be read and were skipped (each named on standard error)
  130  interrupted (Ctrl+C)
  Errors are one line on standard error, starting with "error: ".

passwords:
  --advice-password and --response-password are visible to other users (ps) and kept in shell history.
  Prefer the environment variables WEERWOORD_ADVICE_PASSWORD and WEERWOORD_RESPONSE_PASSWORD, or give
  none: at a terminal you are asked for the password of a protected PDF.

environment:
  WEERWOORD_DATA_DIR   folder of notes and corrections (default: the user data folder; --data-dir wins)
  WEERWOORD_LOG_DIR    folder of the log (default: the user log folder)
  WEERWOORD_PROCESSES  1 reads a long pair in one process (default: a helper process on Linux)

'weerwoord compare --help' describes the JSON it prints.
"""

COMPARE_EPILOG = """\
The JSON (schema "weerwoord.compare/1"; a program may rely on these fields, new ones may be added):
  schema              "weerwoord.compare/1"
  advice, response    {path, sha256, title, pages, language}: the two files as read
  pairs               one per recommendation, in the advice's order:
    number, numbered  the recommendation's number ("3", "2.1", "B"); numbered false: numbered by position
    recommendation    {text, page, spans, also_at, evidence}: also_at = short repeats (e.g. in a summary)
    reply             {id, heading, text, page, spans}, or null when no reply answers it
    link              how the reply was found: "number", "quote", "content" or "manual" (a correction)
    confidence        0 to 1
    evidence          sentences saying why this reply was linked
    verdict           "agrees", "partly", "disagrees", "noted" or "unanswered"
    reason            a sentence quoting the phrases that decided the verdict
    marks             [{category, text, rule, spans}]: category agreement, reservation, disagreement,
                      commitment; rule = the phrase rule that matched (resources/phrases)
    reply_parts       [{start, end, spans}]: when one reply answers several recommendations, the stretches
                      of its text about this one (offsets into reply.text); [] when the reply is its alone
  unmatched_replies   reply sections that answer no recommendation ({id, heading, text, page, spans})
  warnings            sentences about what the two documents disagree on
  alternatives        other readings of the advice ({kind, reading, description, recommendations, linked,
                      score}); give a reading's name to --reading to use it; score null: not weighed
  spans               [{page, rects: [[x0, y0, x1, y1], ...]}]: pages from 1, rectangles in PDF points from
                      the top left of the page, one per line

Your corrections (made in the window, kept in the user data folder or --data-dir) are applied, as in the
window and in 'weerwoord export'; --no-corrections gives the analysis alone.
"""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one plain sentence with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'weerwoord --help')")


class _Versions(argparse.Action):
    """``--version``: this program's version and those of Python, Qt and PyMuPDF (looked up only when asked)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from weerwoord.diagnostics import version_text

        print(version_text())
        parser.exit()


def _add_pair_args(p: argparse.ArgumentParser, optional: bool = False, stdin: bool = False) -> None:
    p.add_argument("advice", nargs="?" if optional else None, help="the advisory report (PDF, XPS, EPUB or plain text)")
    p.add_argument(
        "response",
        nargs="?" if optional else None,
        help="the government's response (PDF, XPS, EPUB or plain text)"
        + ("; '-' reads it from standard input (PDF bytes or UTF-8 text)" if stdin else ""),
    )
    p.add_argument(
        "--advice-password",
        metavar="PW",
        help="password of a protected advice PDF (visible in 'ps': prefer $WEERWOORD_ADVICE_PASSWORD)",
    )
    p.add_argument(
        "--response-password",
        metavar="PW",
        help="password of a protected response PDF (visible in 'ps': prefer $WEERWOORD_RESPONSE_PASSWORD)",
    )
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of notes and corrections (default: $WEERWOORD_DATA_DIR, else the user data folder)",
    )


def _add_corrections_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-corrections",
        action="store_true",
        help="the analysis alone, without the corrections kept for this pair (what scoring and benchmarks use)",
    )


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="weerwoord",
        description="Read an advisory report and the government's reply to it side by side.",
        epilog=EPILOG,
        formatter_class=raw,
    )
    parser.add_argument("--version", action=_Versions, help="show the versions of Weerwoord, Python, Qt and PyMuPDF")
    parser.add_argument(
        "--debug", action="store_true", help="log everything, to standard error as well as to the log file"
    )
    sub = parser.add_subparsers(
        dest="command", title="commands", metavar="COMMAND", help="what to do (none: open the window)"
    )

    p = sub.add_parser(
        "compare",
        help="align recommendations and replies and print the result",
        description="Align the advice's recommendations with the response's replies and print the result.",
        epilog=COMPARE_EPILOG,
        formatter_class=raw,
    )
    _add_pair_args(p, stdin=True)
    p.add_argument(
        "--format",
        choices=["json", "markdown"],
        default="json",
        help="json: everything, for programs (described below); markdown: a table of number, verdict and reply "
        "(default: json)",
    )
    p.add_argument(
        "--lang",
        choices=["auto", "nl", "en"],
        default="auto",
        help="the documents' language, which chooses the phrase rules; auto: told from the text (default: auto)",
    )
    p.add_argument(
        "--output-language",
        choices=["en", "nl"],
        default="en",
        help="the language of the sentences in the output (reason, evidence, warnings); codes stay the same "
        "(default: en, so the JSON is the same on every machine)",
    )
    p.add_argument(
        "--reading",
        metavar="NAME",
        help="read the advice's recommendations as this reading (a name from the JSON's 'alternatives', such as "
        "'chain@212') instead of the one the response explains best",
    )
    _add_corrections_arg(p)

    p = sub.add_parser(
        "open",
        help="open a pair in the window: two files in either order; one file: the window asks for the other; "
        "none: the last pair or the example",
        description="Open the window. Two files may come in either order: their text tells which is the advice.",
    )
    _add_pair_args(p, optional=True)
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to FILE and exit")
    p.add_argument("--pair", metavar="N", help="with --screenshot: the recommendation to select")

    p = sub.add_parser(
        "export",
        help="write annotated PDFs, the briefing report and tables",
        description="Write annotated copies of both PDFs, the briefing report (PDF, Word), tables (CSV) and XFDF, "
        "with your corrections and notes.",
    )
    _add_pair_args(p, stdin=True)
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into (made if missing)")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")
    p.add_argument(
        "--output-language",
        choices=["nl", "en"],
        help="the language of the files' text; codes in the data stay (default: your locale's, else en)",
    )
    _add_corrections_arg(p)
    p = sub.add_parser(
        "notes",
        help="write every note of every pair to one JSON file",
        description="Write all your notes, of every pair, to one JSON file (schema weerwoord.notes/1), with the "
        "files each pair was opened from. Works on a read-only data folder.",
    )
    p.add_argument("out", metavar="FILE.json", help="the file to write (replaced whole if it exists)")
    p.add_argument(
        "--data-dir", metavar="DIR", help="folder of notes (default: $WEERWOORD_DATA_DIR, else the user data folder)"
    )
    from weerwoord.register_cli import add_parser as add_register

    add_register(sub)
    return parser


def _passwords_from_environment(args: argparse.Namespace) -> None:
    for side, name in PASSWORD_ENV.items():
        attr = f"{side}_password"
        if hasattr(args, attr) and not getattr(args, attr) and os.environ.get(name):
            setattr(args, attr, os.environ[name])


def _with_passwords(args: argparse.Namespace, read: Callable[[], Any]) -> Any:
    """``read()``; when a PDF is protected and standard input is a terminal, ask for its password and read again."""
    asked = 0
    while True:
        try:
            return read()
        except (PasswordRequired, WrongPassword) as err:
            side = "response" if err.path and err.path == str(Path(args.response)) else "advice"
            if asked >= PROMPTS or not _can_ask():
                err.message += f" Give it with --{side}-password or ${PASSWORD_ENV[side]}."
                raise
            import getpass

            if isinstance(err, WrongPassword):
                print(f"The password for {Path(err.path).name} is not correct.", file=sys.stderr)
            asked += 1
            setattr(args, f"{side}_password", getpass.getpass(f"Password for {Path(err.path).name}: "))


def _can_ask() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


class _StandardInput:
    """The response given as '-': standard input kept in a temporary file while the command runs."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.folder: Any = None

    def __enter__(self) -> _StandardInput:
        if self.args.advice == STDIN:
            raise UsageError("only the response can be read from standard input ('-')")
        if self.args.response != STDIN:
            return self
        import tempfile

        data = sys.stdin.buffer.read()
        if not data.strip():
            raise UsageError("standard input is empty: give the response there, or its file name instead of '-'")
        self.folder = tempfile.TemporaryDirectory(prefix="weerwoord-")
        suffix = ".pdf" if data.lstrip()[:5] == b"%PDF-" else ".txt"
        path = Path(self.folder.name) / f"standard-input{suffix}"
        path.write_bytes(data)
        self.args.response = str(path)
        return self

    def shown_as(self, document: Any) -> None:
        if self.folder is not None:
            document.path = STDIN

    def __exit__(self, *exc: object) -> None:
        if self.folder is not None:
            self.folder.cleanup()


def run_compare(args: argparse.Namespace) -> int:
    from weerwoord.core.analysis.compare import analyse
    from weerwoord.core.reading import reader

    with _StandardInput(args) as stdin:

        def read() -> Any:
            return reader.read_pair(
                args.advice, args.response, args.advice_password, args.response_password, lang=args.lang
            )

        advice, response = _with_passwords(args, read)
        stdin.shown_as(response)
        corrections = _corrections_for(args, advice.sha256, response.sha256)
        from weerwoord.core.words import speaking

        with speaking(args.output_language):
            result = analyse(advice, response, corrections, args.reading)
    if args.format == "markdown":
        from weerwoord.core.publishing.report_text import markdown_table

        sys.stdout.write(markdown_table(result))
    else:
        # indented for a reader at a terminal; one line (the C encoder, 3× faster) for a program reading a pipe
        indent = 1 if sys.stdout.isatty() else None
        sys.stdout.write(_encodable(json.dumps(result.to_json(), ensure_ascii=False, indent=indent), result))
        sys.stdout.write("\n")
    return 0


def _encodable(text: str, result: Any) -> str:
    """The JSON as written, or with \\u escapes where standard output cannot encode it (a Windows console in
    cp1252, a file name that is not UTF-8): the same JSON to a program that reads it."""
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        indent = 1 if sys.stdout.isatty() else None
        return json.dumps(result.to_json(), ensure_ascii=True, indent=indent)
    return text


def _corrections_for(args: argparse.Namespace, advice_sha: str, response_sha: str) -> Any:
    """The reader's stored corrections for this pair (as the window and ``export`` apply them), unless
    ``--no-corrections``. A database that cannot be read is said once; the analysis goes on without it."""
    if args.no_corrections:
        return None
    from weerwoord.core.errors import StoreError
    from weerwoord.core.keeping import store

    try:
        return store.load_corrections(args.data_dir, advice_sha, response_sha)
    except store.StoreDamaged as err:  # set aside; what could be read of it is in a new one
        print(f"warning: {err.message}", file=sys.stderr)
    except StoreError as err:
        print(f"warning: your corrections are not applied: {err.message}", file=sys.stderr)
        return None
    try:
        return store.load_corrections(args.data_dir, advice_sha, response_sha)
    except StoreError as err:
        print(f"warning: your corrections are not applied: {err.message}", file=sys.stderr)
        return None


def run_export(args: argparse.Namespace) -> int:
    from weerwoord.core.publishing.export import run_export_command

    with _StandardInput(args):
        return int(_with_passwords(args, lambda: run_export_command(args)))


def run_window(args: argparse.Namespace | None) -> int:
    from weerwoord.gui.main import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Called as the program (no ``argv``), ``compare`` ends the process as soon as its output is
    written: freeing the documents and the analysis object by object took longer than the analysis of a short
    pair (40 ms of 0.3 s for the example, 60–100 ms for a 300-page pair), and a program run has nothing else to
    clean up (no file open for writing, the helper process already ended)."""
    parser = build_parser()
    args: argparse.Namespace | None = None
    spoken: str | None = None
    for stream in (sys.stdout, sys.stderr):  # a name the console cannot show is escaped, not a crash
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        args = parser.parse_args(argv)
        if args.debug:
            from weerwoord import diagnostics

            diagnostics.setup_logging(debug=True)
        _passwords_from_environment(args)
        spoken = _speak_output_language(args)
        if args.command == "compare":
            # a short run that frees everything at its end: the cycle collector would only walk the words
            gc.disable()
            code = run_compare(args)
            if argv is None:
                _leave_now(code)
            return code
        if args.command == "export":
            return run_export(args)
        if args.command == "notes":
            from weerwoord.core.keeping.notes_export import export_all_notes

            count = export_all_notes(args.out, args.data_dir)
            print(f"{count} notes written to {args.out}")
            return 0
        if args.command == "register":
            from weerwoord.register_cli import run as run_register

            return run_register(args)
        if args.command == "open":
            return run_window(args)
        return run_window(args)
    except WeerwoordError as err:
        print(f"error: {err.message}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: one sentence here, the traceback in the log
        return _unexpected(err, args)
    finally:
        if spoken is not None:
            from weerwoord.core import words

            words.use_everywhere(spoken)


def _speak_output_language(args: argparse.Namespace) -> str | None:
    """The core's messages (errors, warnings, progress) in the command's output language: ``--output-language``,
    else for export, register and notes the locale's (compare's default is English, as its JSON); the window
    speaks its own. Returns the language spoken before, None when nothing changed."""
    if args.command not in ("compare", "export", "register", "notes"):
        return None
    from weerwoord.core import words

    return words.use_everywhere(getattr(args, "output_language", None) or words.default_language())


def _unexpected(err: Exception, args: argparse.Namespace | None) -> int:
    import logging

    from weerwoord import diagnostics

    if not logging.getLogger().handlers:
        diagnostics.setup_logging(debug=False)
    logging.getLogger("weerwoord.cli").error(
        "unexpected error in %r", getattr(args, "command", None), exc_info=(type(err), err, err.__traceback__)
    )
    where = diagnostics.log_file()
    print(
        f"error: an unexpected problem stopped Weerwoord ({type(err).__name__}: {err}); "
        f"the details are in {where}, please include them when you report it",
        file=sys.stderr,
    )
    return 1


def _leave_now(code: int) -> None:
    """End the process with ``code`` once the output is out, without the interpreter's clean-up."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader of the output went away: as main() treats it
        code = 0
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
