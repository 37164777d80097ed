"""One pair of the library analysed into plain data: what the register keeps of it (cached as JSON).

:func:`analyse_folder` runs in a worker process: it reads the pair's documents, compares advice and response
(and advice and each follow-up) with the one engine, and returns a :class:`PairSummary` — no PyMuPDF object,
no Qt, nothing that cannot be pickled or written as JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from weerwoord.core.analysis.compare import analyse
from weerwoord.core.model import Comparison, Document, Pair
from weerwoord.core.reading import reader
from weerwoord.core.reading.order import HEAD_CHARS, HEAD_PAGES
from weerwoord.core.reading.reader import TEXT_SUFFIXES
from weerwoord.core.register.commitments import Commitment, commitments, default_actor
from weerwoord.core.register.dates import document_date
from weerwoord.core.register.library import PairFolder, advisory_body, head, order_files

EXCERPT = 400  # characters of a follow-up's report kept per recommendation


@dataclass
class DocumentInfo:
    """A document of a pair: its content hash, name, title and the date it gives itself."""

    sha256: str
    name: str  # the file's name in its folder (the folder may move; the hash is the identity)
    title: str
    date: str  # ISO 8601 at the precision printed ("2025-03-14", "2025-06"), '' when none
    date_text: str


@dataclass
class Recommendation:
    number: str
    text: str
    verdict: str
    reason: str
    reply: str  # the reply's text ('' when unanswered)


@dataclass
class FollowUp:
    """A later document on the same recommendations: its date and, per recommendation, what it reports."""

    document: DocumentInfo
    reports: dict[str, dict[str, str]]  # number → {verdict, text, deadline, deadline_text}


@dataclass
class PairSummary:
    advice: DocumentInfo
    response: DocumentInfo
    body: str
    recommendations: list[Recommendation]
    commitments: list[Commitment]
    follow_ups: list[FollowUp] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The pair's identity in the register: the hashes of its advice and response."""
        return f"{self.advice.sha256}:{self.response.sha256}"

    def to_json(self) -> dict[str, Any]:
        return {
            "advice": self.advice.__dict__,
            "response": self.response.__dict__,
            "body": self.body,
            "recommendations": [r.__dict__ for r in self.recommendations],
            "commitments": [c.to_json() for c in self.commitments],
            "follow_ups": [{"document": f.document.__dict__, "reports": f.reports} for f in self.follow_ups],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairSummary:
        return cls(
            advice=DocumentInfo(**data["advice"]),
            response=DocumentInfo(**data["response"]),
            body=data["body"],
            recommendations=[Recommendation(**r) for r in data["recommendations"]],
            commitments=[Commitment.from_json(c) for c in data["commitments"]],
            follow_ups=[FollowUp(DocumentInfo(**f["document"]), f["reports"]) for f in data["follow_ups"]],
            warnings=list(data.get("warnings", [])),
        )


def file_sha256(path: Path) -> str:
    """The hash of a file's bytes, as the reader computes a document's (``Document.sha256``)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _info(doc: Any, path: Path, head_text: str) -> DocumentInfo:
    iso, words = document_date(head_text)
    return DocumentInfo(doc.sha256, path.name, doc.title, iso, " ".join(words.split()))


def _report(pair: Pair) -> dict[str, str]:
    text = " ".join(pair.reply.text.split()) if pair.reply else ""
    return {"verdict": pair.verdict, "text": text[:EXCERPT] + ("…" if len(text) > EXCERPT else "")}


def summarise(result: Comparison, advice: DocumentInfo, response: DocumentInfo, body: str) -> PairSummary:
    actor = default_actor(result)
    return PairSummary(
        advice=advice,
        response=response,
        body=body,
        recommendations=[
            Recommendation(p.number, p.recommendation.text, p.verdict, p.reason, p.reply.text if p.reply else "")
            for p in result.pairs
        ],
        commitments=[c for p in result.pairs for c in commitments(p, response.date, actor)],
        warnings=list(result.warnings),
    )


def _read(path: Path) -> Document | Exception:
    """The document, its first pages' text kept; or what went wrong, raised when the document is needed (so a
    pair with two unreadable files says what it said when the advice was read first)."""
    try:
        return reader.read_document(path, plain_pages=HEAD_PAGES)
    except Exception as err:
        return err


def _head(path: Path, read: Document | Exception) -> str:
    """The first pages' text (as :func:`weerwoord.core.register.library.head` gives it), from the reader's own pass
    when it kept it: each file is read once."""
    if isinstance(read, Document) and read.first_pages and path.suffix.lower() not in TEXT_SUFFIXES:
        return "".join(read.first_pages)[:HEAD_CHARS]
    return head(path)  # plain text, a reflowed book, a file that cannot be read: as before


def _document(read: Document | Exception) -> Document:
    if isinstance(read, Exception):
        raise read
    return read


def analyse_folder(pair: PairFolder) -> PairSummary:
    """Read and compare one pair (and its follow-ups). Raises :class:`weerwoord.core.errors.WeerwoordError`.

    Every document is read first, once: its first pages (advice, response or follow-up?) come from that pass."""
    read = {f: _read(f) for f in pair.files}
    heads = {f: _head(f, read[f]) for f in pair.files}
    advice_path, response_path, follow_paths = order_files(pair.files, heads)
    advice_doc = _document(read[advice_path])
    response_doc = _document(read[response_path])
    result = analyse(advice_doc, response_doc)
    advice = _info(advice_doc, advice_path, heads[advice_path])
    response = _info(response_doc, response_path, heads[response_path])
    body = advisory_body(heads[advice_path], heads[response_path], advice_doc.title)
    summary = summarise(result, advice, response, body)
    for path in follow_paths:
        doc = _document(read[path])
        later = analyse(advice_doc, doc)
        info = _info(doc, path, heads[path])
        reports = {p.number: _report(p) for p in later.pairs}
        # what the follow-up promises anew, with its deadline, beside what it reports
        for c in (c for p in later.pairs for c in commitments(p, info.date, default_actor(later))):
            if c.deadline and not reports[c.number].get("deadline"):
                reports[c.number].update(deadline=c.deadline, deadline_text=c.deadline_text)
        summary.follow_ups.append(FollowUp(info, reports))
    return summary
