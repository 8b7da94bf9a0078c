"""Options of the analysis stage: one frozen value passed to every analysis."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """How much each analysis keeps. 0 means no limit."""

    max_key_points: int = 5
    """Key points per briefing; 0 keeps every candidate."""
    max_open_questions: int = 8
    """Open questions per briefing; 0 keeps every candidate."""
    words_per_minute: int = 230
    """Reading speed used for reading times."""

    def cache_key(self) -> str:
        """A string that changes whenever an option that changes output changes."""
        return f"kp={self.max_key_points};oq={self.max_open_questions};wpm={self.words_per_minute}"


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Limits and defaults of the ingest stage."""

    max_file_size: int = 5 * 1024 * 1024
    """Files larger than this many bytes are refused (compressed size for .html)."""
    source_date_epoch: int | None = None
    """Date for articles that give none, from ``SOURCE_DATE_EPOCH``; None leaves them undated."""
