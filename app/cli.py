"""The command line: ``weerwoord`` (window), ``compare``, ``open`` and ``export``."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.core.errors import UsageError, WeerwoordError


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one plain sentence with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'weerwoord --help')")


def _add_pair_args(p: argparse.ArgumentParser, optional: bool = False) -> None:
    p.add_argument("advice", nargs="?" if optional else None, help="the advisory report (PDF, XPS, EPUB or plain text)")
    p.add_argument(
        "response",
        nargs="?" if optional else None,
        help="the government's response (PDF, XPS, EPUB or plain text)",
    )
    p.add_argument("--advice-password", metavar="PW", help="password of a protected advice PDF")
    p.add_argument("--response-password", metavar="PW", help="password of a protected response PDF")
    p.add_argument("--data-dir", metavar="DIR", help="where notes and corrections are kept")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="weerwoord", description="Read an advisory report and the reply to it side by side.")
    parser.add_argument("--version", action="version", version=f"weerwoord {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("compare", help="align recommendations and replies and print the result")
    _add_pair_args(p)
    p.add_argument("--format", choices=["json", "markdown"], default="json")
    p.add_argument("--lang", choices=["auto", "nl", "en"], default="auto")

    p = sub.add_parser(
        "open",
        help="open a pair in the window: two files in either order; one file: the window asks for the other; "
        "none: the last pair or the example",
    )
    _add_pair_args(p, optional=True)
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to FILE and exit")
    p.add_argument("--pair", metavar="N", help="with --screenshot: the recommendation to select")

    p = sub.add_parser("export", help="write annotated PDFs, the briefing report and tables")
    _add_pair_args(p)
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")
    return parser


def run_compare(args: argparse.Namespace) -> int:
    from app.core.analysis.compare import analyse
    from app.core.reading import reader

    advice, response = reader.read_pair(
        args.advice, args.response, args.advice_password, args.response_password, lang=args.lang
    )
    corrections = _corrections_for(args, advice.sha256, response.sha256)
    result = analyse(advice, response, corrections)
    if args.format == "markdown":
        from app.core.publishing.report_text import markdown_table

        sys.stdout.write(markdown_table(result))
    else:
        # indented for a reader at a terminal; one line (the C encoder, 3× faster) for a program reading a pipe
        indent = 1 if sys.stdout.isatty() else None
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=indent))
        sys.stdout.write("\n")
    return 0


def _corrections_for(args: argparse.Namespace, advice_sha: str, response_sha: str):  # type: ignore[no-untyped-def]
    """The reader's stored corrections for this pair, when a data folder is in use."""
    import os

    if not (args.data_dir or os.environ.get("WEERWOORD_DATA_DIR")):
        return None
    from app.core.keeping import store

    return store.load_corrections(args.data_dir, advice_sha, response_sha)


def run_export(args: argparse.Namespace) -> int:
    from app.core.publishing.export import run_export_command

    return run_export_command(args)


def run_window(args: argparse.Namespace | None) -> int:
    from app.gui.main import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Called as the program (no ``argv``), ``compare`` ends the process as soon as its output is
    written: freeing the documents and the analysis object by object took longer than the analysis of a short
    pair (40 ms of 0.3 s for the example, 60–100 ms for a 300-page pair), and a program run has nothing else to
    clean up (no file open for writing, the helper process already ended)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "compare":
            # a short run that frees everything at its end: the cycle collector would only walk the words
            gc.disable()
            code = run_compare(args)
            if argv is None:
                _leave_now(code)
            return code
        if args.command == "export":
            return run_export(args)
        if args.command == "open":
            return run_window(args)
        return run_window(None)
    except WeerwoordError as err:
        print(f"error: {err.message}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


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
