"""How problems reach the user: one line each on stderr, ``LEVEL: file: reason``.

The ``briefing`` logger is kept apart from MkDocs' own loggers on purpose: a skipped
article must not count as a MkDocs warning (which ``mkdocs build --strict`` turns
into a failure); our own ``strict`` option decides that.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from briefing.pipeline import Problem

log = logging.getLogger("briefing")


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (so captured output works)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(message)s"))

    @property
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


# Libraries the HTML reader uses that log their own opinions of a page ("discarding
# data"): each file's fate is already told in one line of ours, so theirs stay quiet.
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def setup_logging(verbose: bool = False) -> None:
    """Attach the one-line handler to the ``briefing`` logger, once."""
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    log.propagate = False
    for name in QUIET_LIBRARIES:
        library = logging.getLogger(name)
        if not verbose and not any(isinstance(h, logging.NullHandler) for h in library.handlers):
            library.addHandler(logging.NullHandler())
        library.propagate = verbose


def report_problems(problems: Iterable[Problem]) -> None:
    """Log every problem as its one line (hints on the line after, indented)."""
    for p in problems:
        log.log(logging.ERROR if p.error else logging.WARNING, p.line())
        if p.hint:
            log.info("  hint: %s", p.hint)
