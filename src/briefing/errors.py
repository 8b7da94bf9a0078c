"""One exception root for everything briefing reports to a user.

The CLI catches ``BriefingError`` in one place and prints ``ERROR: <file>: <reason>``
(plus a hint when there is one). Anything else escaping is a bug and keeps its traceback.
"""

from __future__ import annotations


class BriefingError(Exception):
    """A problem the user can act on: bad input, bad configuration, unwritable output."""

    def __init__(self, reason: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.hint = hint

    def line(self) -> str:
        """The one-line message, without the ``ERROR:`` prefix."""
        return f"{self.path}: {self.reason}" if self.path else self.reason


class IngestError(BriefingError):
    """A content file could not be read or made into an article."""


class ConfigError(BriefingError):
    """The configuration (mkdocs.yml plugin options or CLI flags) is invalid."""


class RenderError(BriefingError):
    """A template is missing or broken, or its output failed a check."""


class PublishError(BriefingError):
    """Output could not be written, or the MkDocs build failed."""


class IntegrityError(BriefingError):
    """The tool's own output failed a check against the source text (a verbatim quote
    that is not verbatim, an offset that does not hold). A bug, never a bad input: it
    stops the build instead of skipping the article."""
