"""Offline copy: a site that works opened from disk or a plain file share, with no internet at all.

`make offline` builds with Material's offline plugin switched on (`OFFLINE=true`). That plugin would add a script
from unpkg.com for search from `file://`; this hook puts the vendored copy of that script first, so the plugin
adds nothing, and writes each language's search index as the script Material loads from `file://`. MkDocs writes
404 pages with root-absolute links (a web server shows them at any depth); on disk such links lead nowhere, so the
offline copy's 404 pages get links relative to their own folder.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

import search_index

from toolkit.site import is_nested_build
if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

IFRAME_WORKER_SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"
#: A root-absolute address in an href or src attribute (not `//host/…`, which is another host's).
RE_ROOT_ABSOLUTE = re.compile(r'(?P<attr>\b(?:href|src))="/(?!/)(?P<path>[^"]*)"')


def offline_enabled(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin looks for an iframe-worker polyfill
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if offline_enabled(config):
        polyfills = config.extra.get("polyfills") or []
        if IFRAME_WORKER_SHIM not in polyfills:
            config.extra["polyfills"] = [IFRAME_WORKER_SHIM, *polyfills]
    return config


@event_priority(-300)  # after search_index.py has written one index per language
def on_post_build(config: MkDocsConfig) -> None:
    if not offline_enabled(config) or is_nested_build(config):
        return
    site = Path(config.site_dir)
    for prefix in search_index.language_prefixes(config).values():
        index = site / prefix / search_index.INDEX
        data = json.loads(index.read_text(encoding="utf-8"))
        # Material loads this script instead of fetching JSON when the page is opened from file://.
        index.with_suffix(".js").write_text(f"var __index = {json.dumps(data, ensure_ascii=False)}", encoding="utf-8")
    for page in site.rglob("404.html"):
        relative_links(page, site)


def relative_links(page: Path, site: Path) -> None:
    """Rewrite a built page's root-absolute `href`/`src` addresses relative to the page's own folder (`../x`)."""
    up = "../" * (len(page.relative_to(site).parts) - 1)
    html = page.read_text(encoding="utf-8")
    page.write_text(RE_ROOT_ABSOLUTE.sub(lambda m: f'{m["attr"]}="{up}{m["path"] or "index.html"}"', html), encoding="utf-8")
