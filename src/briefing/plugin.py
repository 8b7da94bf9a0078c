"""The MkDocs plugin: ``plugins: [search, briefing]`` makes ``mkdocs build``, ``serve``
and ``gh-deploy`` generate the briefings first. A thin adapter over ``pipeline``.
"""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from briefing.config import BriefingConfig, settings_from_mkdocs
from briefing.errors import BriefingError
from briefing.pipeline import BuildReport, generate
from briefing.reporting import log, report_problems, setup_logging
from briefing.settings import Settings


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Runs the briefing pipeline before MkDocs reads its docs folder."""

    def __init__(self) -> None:
        super().__init__()
        self.settings: Settings | None = None
        self.last_report: BuildReport | None = None

    def on_config(self, config: Any) -> Any:
        setup_logging()
        self.settings = settings_from_mkdocs(self.config, config)
        return config

    def on_pre_build(self, *, config: Any) -> None:
        assert self.settings is not None
        try:
            report = generate(self.settings)
        except BriefingError as exc:
            raise PluginError(f"ERROR: {exc.line()}" + (f"\n  hint: {exc.hint}" if exc.hint else ""))
        self.last_report = report
        report_problems(report.problems)
        log.info(report.summary())
        log.info(report.timing())
        if self.settings.strict and report.problems:
            raise PluginError(f"strict mode: {len(report.problems)} problem(s) in content; "
                              "see the lines above")

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        assert self.settings is not None
        server.watch(str(self.settings.content_dir))
        if self.settings.templates_dir is not None:
            server.watch(str(self.settings.templates_dir))
        return server
