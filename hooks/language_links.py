"""Language links: the switcher opens the same page in the other language, wherever the site is hosted.

mkdocs-static-i18n leaves the home page's switcher on absolute `/en/` links (they escape an intranet sub-path
and break on a file share) and the last language built overwrites `404.html`. This hook points every
alternate at the page's own translation as a site-relative path, which Material's `url` filter turns into
a link relative to the current page, and gives each language its own 404 page: the Finnish one at the site root,
the others in their folders (`en/404.html`). When the site has a
`site_url`, each alternate also gets its absolute URL, for the page head's hreflang links (overrides/main.html).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from mkdocs.plugins import event_priority

from toolkit.site import is_nested_build
if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

_saved_404: bytes | None = None


@event_priority(-50)  # after mkdocs-static-i18n (50) has filled config.extra.alternate for this page
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    translations = getattr(page.file, "alternates", None) or {}
    links = []
    for alternate in getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []:
        link = dict(alternate)
        link.pop("absolute_link", None)  # the list may be the previous page's, which this hook filled
        target = translations.get(link.get("lang"))
        if target is not None:
            # Site-relative; Material renders it with `| url`, which makes it relative to this page.
            link["link"] = target.url or "./"
            if config.site_url:
                link["absolute_link"] = urljoin(config.site_url, target.url)
        links.append(link)
    # mkdocs-static-i18n sets the attribute (which templates read first); keep the item in step with it.
    config.extra.alternate = links
    config.extra["alternate"] = links
    return context


@event_priority(100)
def on_post_build(config: MkDocsConfig) -> None:
    """A 404 page per language: `<lang>/404.html` for each other language, the source language's at the root.

    Every language's build writes the root `404.html`; the source language's is saved after the first build and put
    back after each other one, once that language's own page has been moved into its folder (`en/404.html`), where
    a web server can route that language's missing addresses (deploy/nginx.conf).
    """
    global _saved_404
    page = Path(config.site_dir) / "404.html"
    if not is_nested_build(config):
        _saved_404 = page.read_bytes() if page.exists() else None
        return
    if page.exists():
        own = Path(config.site_dir) / language_folder(config) / "404.html"
        own.parent.mkdir(parents=True, exist_ok=True)
        own.write_bytes(page.read_bytes())
    if _saved_404 is not None:
        page.write_bytes(_saved_404)


def language_folder(config: MkDocsConfig) -> str:
    """The folder of the language being built (mkdocs-static-i18n's `link`, which defaults to `/<locale>/`)."""
    lang = str(config.theme["language"])
    i18n = config.plugins.get("i18n")
    for language in (i18n.config["languages"] if i18n is not None else []):
        if language["locale"] == lang:
            return str(language.get("link") or f"/{lang}/").strip("/") or lang
    return lang
