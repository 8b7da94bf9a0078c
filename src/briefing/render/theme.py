"""How the plugin dresses the MkDocs build: the site's CSS, the default navigation and
the finishing touches on every built page. The plugin's hooks only call these.

The CSS ships in the package (``render/assets/``) and is added to the build as a
generated file with ``on_files``, rather than written into the docs folder: the docs
folder holds only what the pipeline generates from content (and what people write),
an upgrade of the package updates the styles without touching it, and a site can still
replace the file by putting its own ``assets/briefing/briefing.css`` in the docs folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from briefing.render import FEED_PATH
from briefing.render.head import add_to_head, feed_link, social_meta
from briefing.render.pages import default_nav

ASSETS_DIR = Path(__file__).parent / "assets"
ASSETS_URI = "assets/briefing"
"""Where the package's assets appear in the site."""


def asset_names() -> list[str]:
    """The files of the package's assets folder, sorted."""
    return sorted(p.name for p in ASSETS_DIR.iterdir() if p.is_file() and p.suffix in
                  (".css", ".js", ".svg"))


def add_assets(files: Files, config: Any) -> Files:
    """Add the package's CSS to the build (unless the docs folder has its own) and link it
    from every page through ``extra_css``."""
    for name in asset_names():
        uri = f"{ASSETS_URI}/{name}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(ASSETS_DIR / name)))
        if name.endswith(".css") and uri not in config.extra_css:
            config.extra_css.append(uri)
    return files


def ensure_nav(config: Any) -> None:
    """Give a site without a ``nav`` the sections-only navigation (see ``pages.NAV``)."""
    if config.nav is None:
        config.nav = default_nav()


def finish_page(output: str, page: Any, config: Any) -> str:
    """A built page with its CSP, OpenGraph tags and feed link in ``<head>``."""
    meta = dict(page.meta or {})
    description = meta.get("description") or config.site_description
    title = config.site_name if page.is_homepage else str(page.title or config.site_name)
    extra = social_meta(site_name=config.site_name, title=title,
                        description=str(description) if description else None,
                        url=page.canonical_url, meta=meta)
    extra += feed_link(get_relative_url(FEED_PATH, page.url), config.site_name)
    return add_to_head(output, extra=extra)


def finish_template(output: str, template_name: str) -> str:
    """A built theme page (``404.html``) with its CSP; other templates (sitemap) as they are."""
    if not template_name.endswith(".html"):
        return output
    return add_to_head(output)
