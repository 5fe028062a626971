"""Sitemap: written only for a site with an address, because a sitemap of relative addresses is invalid.

MkDocs and mkdocs-static-i18n write `sitemap.xml` (and `sitemap.xml.gz`) from `site_url`. Without one (a build for
root hosting, a file share or a test) they write `<loc>about/</loc>`, `<loc>./</loc>` and `hreflang` alternates with
`href=""`, which every search engine refuses. Such a build leaves the sitemap out and says so in one line; a build
meant for publishing sets `SITE_URL=https://…/` (README: "Under a sub-path").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit.site import is_nested_build

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = get_plugin_logger("sitemap")

SITEMAP_FILES = ("sitemap.xml", "sitemap.xml.gz")


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every other language and rewritten the sitemap
def on_post_build(config: MkDocsConfig) -> None:
    if is_nested_build(config) or config.site_url:
        return
    removed = remove_sitemaps(Path(config.site_dir))
    if removed:
        log.info("No site_url: the sitemap is left out (its addresses would be relative). "
                 "Build with SITE_URL=https://your.host/path/ to publish one.")


def remove_sitemaps(site: Path) -> list[Path]:
    """Delete every sitemap file under `site` (the root's and any language folder's); returns what was removed."""
    removed = [path for name in SITEMAP_FILES for path in site.rglob(name)]
    for path in removed:
        path.unlink()
    return removed
