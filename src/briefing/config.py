"""The plugin's options in mkdocs.yml, declared and validated the MkDocs way.

```yaml
plugins:
  - search
  - briefing:
      content_dir: content
      max_key_points: 5
```

Every option is validated and all the problems are reported together before the build
aborts (MkDocs' own loop stops at the first; ``BriefingConfig._validate`` does not).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from briefing.options import AnalysisOptions, IngestOptions
from briefing.render import SiteInfo
from briefing.settings import Settings


class Count(c.Type[int]):
    """A whole number within ``[minimum, maximum]``."""

    def __init__(self, default: int, minimum: int = 0, maximum: int | None = None) -> None:
        super().__init__(int, default=default)
        self.minimum = minimum
        self.maximum = maximum

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool):
            raise base.ValidationError(f"Expected a whole number but received: {value!r}")
        number = super().run_validation(value)
        if number < self.minimum or (self.maximum is not None and number > self.maximum):
            wanted = (f"a number from {self.minimum} to {self.maximum}" if self.maximum is not None
                      else f"{self.minimum} or more")
            raise base.ValidationError(f"Expected {wanted}, got {number}")
        return number


class BriefingConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``briefing`` MkDocs plugin."""

    content_dir = c.Type(str, default="content")
    """Folder of source articles, relative to mkdocs.yml. Never written to."""
    templates_dir = c.Type(str, default="templates")
    """Folder of template overrides, relative to mkdocs.yml; optional."""
    max_key_points = Count(default=5)
    """Key points per briefing; 0 keeps them all."""
    max_open_questions = Count(default=8)
    """Open questions per briefing; 0 keeps them all."""
    words_per_minute = Count(default=230, minimum=50, maximum=2000)
    """Reading speed for reading times."""
    page_size = Count(default=50, minimum=1)
    """Briefings per page of a month of the archive or of the open questions, and sources
    per page of a letter of the sources index, on average (at most twice as many); a longer
    listing goes on over more pages, cut where its entries say (``views.paged``)."""
    max_file_size = Count(default=5 * 1024 * 1024, minimum=1024)
    """Largest content file read, in bytes."""
    strict = c.Type(bool, default=False)
    """Make any bad content file fail the build (after all are reported)."""
    cache_dir = c.Optional(c.Type(str))
    """Folder for the analysis cache, relative to mkdocs.yml; default .briefing-cache."""
    cache = c.Type(bool, default=True)
    """Reuse analysis results of unchanged articles (keyed by content hash)."""
    jobs = Count(default=0)
    """Worker processes for analysis; 0 uses every core."""
    convert_ahead = c.Type(bool, default=True)
    """Let the workers convert briefing pages to HTML as MkDocs would, so that MkDocs,
    which builds on one core, need not (``briefing.conversion``). Only with the cache on:
    the converted pages wait in it until MkDocs reads them."""

    def _validate(self) -> tuple[list[tuple[str, Exception]], list[tuple[str, str]]]:
        # MkDocs' own loop stops at the first bad option; report every one of them at once.
        failed: list[tuple[str, Exception]] = []
        warnings: list[tuple[str, str]] = []
        for key, option in self._schema:
            try:
                self[key] = option.validate(self.get(key))
                warnings.extend((key, w) for w in option.warnings)
                option.reset_warnings()
            except base.ValidationError as exc:
                failed.append((key, exc))
        warnings.extend((key, f"Unrecognised configuration name: {key}")
                        for key in sorted(set(self.keys()) - self._schema_keys))
        return failed, warnings


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` as an int, or None when unset or not a number."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(raw) if raw.isdigit() else None


def _build_time() -> dt.datetime | None:
    epoch = source_date_epoch()
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc) if epoch is not None else None


def settings_from_mkdocs(plugin_config: BriefingConfig, mkdocs_config: Any,
                         *, strict: bool | None = None) -> Settings:
    """Settings for a build from the validated MkDocs configuration."""
    project = Path(mkdocs_config.config_file_path or "mkdocs.yml").resolve().parent
    templates = project / plugin_config.templates_dir
    return Settings(
        project_dir=project,
        content_dir=project / plugin_config.content_dir,
        output_dir=Path(mkdocs_config.docs_dir),
        templates_dir=templates if templates.is_dir() else None,
        ingest=IngestOptions(max_file_size=plugin_config.max_file_size,
                             source_date_epoch=source_date_epoch()),
        analysis=AnalysisOptions(max_key_points=plugin_config.max_key_points,
                                 max_open_questions=plugin_config.max_open_questions,
                                 words_per_minute=plugin_config.words_per_minute),
        site=SiteInfo(site_name=mkdocs_config.site_name, site_url=mkdocs_config.site_url,
                      description=mkdocs_config.site_description,
                      directory_urls=mkdocs_config.use_directory_urls,
                      updated=_build_time(), page_size=plugin_config.page_size),
        strict=plugin_config.strict if strict is None else strict,
        cache_dir=(project / (plugin_config.cache_dir or ".briefing-cache")
                   if plugin_config.cache else None),
        jobs=plugin_config.jobs or os.cpu_count() or 1,
    )
