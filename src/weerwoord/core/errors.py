"""Typed errors whose messages a policy officer understands; each carries the CLI exit code."""

from __future__ import annotations


class WeerwoordError(Exception):
    """Base of every error the program reports in plain words."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(WeerwoordError):
    """The command was called with the wrong words."""

    exit_code = 2


class DocumentError(WeerwoordError):
    """A document cannot be read."""

    exit_code = 3

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # sent whole from a helper process that read part of the pages (see weerwoord.core.reading.parallel)
        return (type(self), (self.message, self.path))


class FileMissing(DocumentError):
    """The file does not exist or cannot be opened for reading."""


class NotADocument(DocumentError):
    """The file is empty, damaged or not a format the program reads."""


class NotAFile(DocumentError):
    """The name is a pipe, a device or a socket: reading it could wait forever."""


class FileChanged(DocumentError):
    """The file changed, or was removed, while it was being read."""


class CertificateProtected(DocumentError):
    """The PDF is encrypted for certain people's certificates (digital IDs), not with a password."""


class TextNotDecodable(DocumentError):
    """The document's text is there but its fonts carry no map to letters, so it reads as gibberish."""


class SameDocument(UsageError):
    """The advice and the response are the same file, or the same content."""


class PasswordRequired(DocumentError):
    """The PDF is protected and no password was given."""


class WrongPassword(DocumentError):
    """The PDF is protected and the given password does not open it."""


class NoTextLayer(DocumentError):
    """The document has pages but no text to read (a scan)."""


class AnalysisAborted(DocumentError):
    """The analysis was cancelled or stopped by a guard."""


class NoRecommendations(WeerwoordError):
    """No recommendations were found in the advice."""

    exit_code = 4


class StoreError(WeerwoordError):
    """The local notes database cannot be used."""

    exit_code = 5


class ExportError(WeerwoordError):
    """An export could not be written."""

    exit_code = 6
