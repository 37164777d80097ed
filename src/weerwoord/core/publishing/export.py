"""Export everything for a pair: annotated PDFs, XFDF, the briefing (PDF, Word) and the pairs tables, in one language.

Every file is named after the advice (``<advice>.briefing.pdf``, ``<advice>.pairs.csv`` …), so the exports of
several pairs can share a folder; the default folder is in the user's documents folder (:func:`default_folder`).
"""
# mypy: allow-untyped-calls

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from weerwoord.core.errors import ExportError
from weerwoord.core.keeping import atomic
from weerwoord.core.keeping.anchor import Side
from weerwoord.core.keeping.store import Note
from weerwoord.core.model import Comparison, Document
from weerwoord.core.publishing.xfdf import XfdfAnnot
from weerwoord.core.words import _, speaking


class Progress(Protocol):
    """Told how far the export is (same shape as the analysis' progress)."""

    def __call__(self, done: int, total: int, what: str) -> None: ...


@dataclass(frozen=True)
class Planned:
    """One file to write and what writes it."""

    path: Path
    side: str  # "advice"/"response" for an annotated PDF, else ""
    write: Callable[[Path], None]


def output_names(result: Comparison) -> dict[str, str]:
    """The file names export writes, by role."""
    a_stem = Path(result.advice.path).stem
    r_stem = Path(result.response.path).stem
    if a_stem == r_stem:
        a_stem, r_stem = f"{a_stem}-advice", f"{r_stem}-response"
    pair = Path(result.advice.path).stem  # the pair's files are named after its advice
    return {
        "advice_pdf": f"{a_stem}.annotated.pdf",
        "response_pdf": f"{r_stem}.annotated.pdf",
        "advice_xfdf": f"{a_stem}.xfdf",
        "response_xfdf": f"{r_stem}.xfdf",
        "briefing_pdf": f"{pair}.briefing.pdf",
        "briefing_docx": f"{pair}.briefing.docx",
        "pairs_md": f"{pair}.pairs.md",
        "pairs_csv": f"{pair}.pairs.csv",
        "pairs_xlsx": f"{pair}.pairs.xlsx",
    }


def default_folder(result: Comparison) -> Path:
    """Where an export goes unless the reader says otherwise: ``Weerwoord/<advice>`` in the user's documents
    folder (never inside the program or beside its example)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Weerwoord" / Path(result.advice.path).stem


def export_all(
    result: Comparison,
    notes: Sequence[Note],
    out_dir: str | os.PathLike[str],
    force: bool = False,
    progress: Progress | None = None,
    *,
    advice_password: str | None = None,
    response_password: str | None = None,
    only: Collection[str] | None = None,
    output_language: str | None = None,
    numbers: Collection[str] | None = None,
) -> list[Path]:
    """Write every export of ``result`` (with the reader's ``notes``) into ``out_dir``; returns the paths.

    ``only``: the groups to write (see :data:`GROUPS`), all when None. ``output_language``: ``"nl"`` or ``"en"``
    for every sentence in the files (None: the current language, English unless the caller speaks another); the
    codes (verdicts, categories, rule ids) stay as they are. ``numbers``: the recommendations the briefing
    holds (all when None). Existing files are refused unless ``force``. Each file is written whole or not at all;
    the original documents are only read. Raises :class:`ExportError` (or a ``DocumentError`` when an original
    can no longer be opened).
    """
    with speaking(output_language):
        return _export_all(result, notes, out_dir, force, progress, advice_password, response_password, only, numbers)


def _export_all(
    result: Comparison,
    notes: Sequence[Note],
    out_dir: str | os.PathLike[str],
    force: bool,
    progress: Progress | None,
    advice_password: str | None,
    response_password: str | None,
    only: Collection[str] | None,
    numbers: Collection[str] | None,
) -> list[Path]:
    out = Path(out_dir)
    names = output_names(result)
    targets = {role: out / name for role, name in names.items()}
    wanted = set(roles_of(only))
    _check_targets(result, out, [t for role, t in targets.items() if role in wanted], force)

    from weerwoord.core.publishing import tables
    from weerwoord.core.publishing.briefing import briefing_docx, briefing_pdf
    from weerwoord.core.publishing.xfdf import write_xfdf

    plan: list[Planned] = []
    annots: dict[str, list[XfdfAnnot]] = {}
    if numbers is not None:
        unknown = sorted(set(numbers) - {p.number for p in result.pairs})
        if unknown:
            raise ExportError(_("There is no recommendation {number} in this advice.").format(number=unknown[0]))
    for side, doc_model, password in (
        ("advice", result.advice, advice_password),
        ("response", result.response, response_password),
    ):
        writer = _annotated_writer(result, notes, side, doc_model, password, annots)  # type: ignore[arg-type]
        plan.append(Planned(targets[f"{side}_pdf"], side, writer))
    plan.append(Planned(targets["briefing_pdf"], "", _bytes(lambda: briefing_pdf(result, notes, numbers=numbers))))
    plan.append(Planned(targets["briefing_docx"], "", _bytes(lambda: briefing_docx(result, notes, numbers=numbers))))
    plan.append(Planned(targets["pairs_md"], "", _text(lambda: tables.pairs_markdown(result, notes))))
    csv_bytes = _bytes(lambda: tables.pairs_csv(result, notes).encode("utf-8-sig"))  # BOM: Excel reads UTF-8
    plan.append(Planned(targets["pairs_csv"], "", csv_bytes))
    plan.append(Planned(targets["pairs_xlsx"], "", _bytes(lambda: tables.pairs_xlsx(result, notes))))

    plan = [p for p in plan if _role(targets, p.path) in wanted]
    written: list[Path] = []
    total = len(wanted)
    for planned in plan:
        if progress is not None:
            progress(len(written), total, _("Writing {name}").format(name=planned.path.name))
        try:
            with atomic.temp_path_for(planned.path) as tmp:
                planned.write(tmp)
            written.append(planned.path)
            if planned.side:  # the XFDF twin of an annotated PDF, written once the PDF is in place
                xfdf = targets[f"{planned.side}_xfdf"]
                write_xfdf(xfdf, annots[planned.side], planned.path.name)
                written.append(xfdf)
        except ExportError as err:
            if written:
                done = ", ".join(p.name for p in written)
                err.message += " " + _("Written before the problem (complete): {files}.").format(files=done)
            raise
    if progress is not None:
        progress(total, total, _("Export done"))
    return written


GROUPS: dict[str, tuple[str, ...]] = {
    "annotated": ("advice_pdf", "response_pdf", "advice_xfdf", "response_xfdf"),  # an XFDF is its PDF's twin
    "briefing_pdf": ("briefing_pdf",),
    "briefing_docx": ("briefing_docx",),
    "tables": ("pairs_md", "pairs_csv", "pairs_xlsx"),
}


def roles_of(groups: Collection[str] | None) -> list[str]:
    """The file roles (keys of :func:`output_names`) that make up ``groups``; all of them for None."""
    if groups is None:
        return [role for roles in GROUPS.values() for role in roles]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        said = _("Unknown export choice {choice}; use {choices}.")
        raise ExportError(said.format(choice=repr(unknown[0]), choices=", ".join(GROUPS)))
    return [role for g in GROUPS if g in groups for role in GROUPS[g]]


def _role(targets: dict[str, Path], path: Path) -> str:
    return next(role for role, t in targets.items() if t == path)


def _check_targets(result: Comparison, out: Path, targets: list[Path], force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(_("{path} is a file, not a folder to export into.").format(path=out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise atomic.explain_folder(err, out) from err
    originals = {Path(result.advice.path).resolve(), Path(result.response.path).resolve()}
    clash = [t for t in targets if t.resolve() in originals]
    if clash:
        said = _("Exporting would overwrite an original document ({name}). Choose another folder.")
        raise ExportError(said.format(name=clash[0].name))
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        listed = ", ".join(t.name for t in existing)
        said = _("These files already exist in {folder}: {files}. Choose another folder, or overwrite them (--force).")
        raise ExportError(said.format(folder=out, files=listed))


def _bytes(make: Callable[[], bytes]) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_bytes(make())

    return write


def _text(make: Callable[[], str]) -> Callable[[Path], None]:
    return _bytes(lambda: make().encode("utf-8"))


def _annotated_writer(
    result: Comparison,
    notes: Sequence[Note],
    side: Side,
    doc_model: Document,
    password: str | None,
    annots: dict[str, list[XfdfAnnot]],
) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        import pymupdf

        from weerwoord.core.publishing import export_pdf, key_page, pdf_annots_xfdf

        doc = export_pdf.open_as_pdf(doc_model.path, password, doc_model.sha256)  # the version analysed
        try:
            texts = export_pdf.page_texts(doc)
            pages = doc.page_count
            if side == "advice":
                toc = export_pdf.annotate_advice(doc, result)
            else:
                toc = export_pdf.annotate_response(doc, result)
            attributes: dict[str, dict[str, str]] = {}
            export_pdf.annotate_notes(doc, result, notes, side, texts, attributes)
            first_added = key_page.key_pages(doc, result, side)
            heading = _("Weerwoord: recommendations") if side == "advice" else _("Weerwoord: replies")
            export_pdf.set_outline(doc, toc, heading)
            key_page.add_key_to_outline(doc, first_added)
            annots[side] = pdf_annots_xfdf.xfdf_annots(doc, pages, attributes)  # the key's samples stay out
            try:
                if doc.metadata and doc.metadata.get("encryption"):
                    # a protected original gives a copy protected the same way (garbage collection
                    # would break the kept encryption)
                    doc.save(tmp, encryption=getattr(pymupdf, "PDF_ENCRYPT_KEEP", 1))
                else:
                    doc.save(tmp, garbage=1, deflate=True)
            except Exception as err:  # PyMuPDF reports disk errors as RuntimeError or its own FzError types
                if "No space left" in str(err):
                    import errno

                    raise atomic.explain(OSError(errno.ENOSPC, "No space left on device"), tmp) from err
                what = _("The annotated advice") if side == "advice" else _("The annotated response")
                raise ExportError(_("{what} could not be written: {error}.").format(what=what, error=err)) from err
        finally:
            doc.close()

    return write


def run_export_command(args: argparse.Namespace) -> int:
    """``weerwoord export``: analyse with the stored corrections, add the stored notes, write everything."""
    from weerwoord.core.analysis.compare import analyse
    from weerwoord.core.keeping import store
    from weerwoord.core.reading import reader

    advice, response = reader.read_pair(args.advice, args.response, args.advice_password, args.response_password)
    notes: list[Note] = []
    corrections = None
    path = store.store_path(args.data_dir)
    if path.exists():
        with store.open_store(args.data_dir) as s:
            if not getattr(args, "no_corrections", False):  # --no-corrections: the analysis alone, with the notes
                corrections = s.load_corrections(advice.sha256, response.sha256)
            notes = s.list_notes(advice.sha256, response.sha256)
    from weerwoord.core.words import default_language, speaking

    language = getattr(args, "output_language", None) or default_language()
    with speaking(language):  # the verdicts' reasons and the evidence in the output's language too
        result = analyse(advice, response, corrections)
    written = export_all(
        result,
        notes,
        args.out,
        output_language=language,
        force=bool(args.force),
        advice_password=args.advice_password,
        response_password=args.response_password,
    )
    for p in written:
        print(p)
    return 0
