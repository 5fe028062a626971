"""Content-Security-Policy: a policy that allows nothing from other hosts and still runs Material's inline scripts.

Material's pages carry small inline scripts (the storage scope, the colour palette, the tabs' deep links) that a
policy without 'unsafe-inline' blocks unless it lists their sha256 hashes, and those scripts change with the theme
and the page's depth. After the last language is built, this hook hashes every inline script and style in the
built pages and writes the policy, as an nginx `add_header` line, to `csp-header.conf` at the root of the site
dir. deploy/nginx.conf includes that file and refuses to serve it; `$frame_ancestors` is set in the server block
(who may show the site in an iframe). An inline event handler (`onclick=`), which no hash can allow, is a warning
naming the page, so the strict build stops.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit.site import is_nested_build
if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = get_plugin_logger("csp")

HEADER_FILE = "csp-header.conf"
# <script type> values that run as script; anything else (application/json, ...) is a data block and needs no hash.
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


@event_priority(-1000)  # last: after mkdocs-static-i18n built every language and other hooks rewrote the pages
def on_post_build(config: MkDocsConfig) -> None:
    if is_nested_build(config):
        return  # a language build nested in the first one; the pages of every language exist only at its end
    site = Path(config.site_dir)
    inline = InlineCode()
    for page in sorted(site.rglob("*.html")):
        inline.read(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix())
    for problem in inline.handlers:
        log.warning(problem)
    (site / HEADER_FILE).write_text(nginx_header(policy(inline)), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class InlineCode:
    """What the built pages run or style inline: hashes of script and style elements, style and handler attributes."""

    script_hashes: set[str] = field(default_factory=set)
    style_hashes: set[str] = field(default_factory=set)
    style_attributes: bool = False
    handlers: list[str] = field(default_factory=list)

    def read(self, html: str, name: str) -> None:
        parser = _InlineParser()
        parser.feed(html)
        parser.close()
        self.script_hashes.update(map(csp_hash, parser.scripts))
        self.style_hashes.update(map(csp_hash, parser.styles))
        self.style_attributes = self.style_attributes or parser.style_attributes
        self.handlers.extend(
            f"{name}: inline event handler <{tag} {attr}=...> is blocked by the Content-Security-Policy; "
            "attach the listener from a script file instead"
            for tag, attr in parser.handlers
        )


def csp_hash(source: str) -> str:
    """The CSP source expression for an inline element's text, as the browser hashes it (UTF-8, newlines as LF)."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(inline: InlineCode) -> str:
    """The policy for the built pages; `$frame_ancestors` is left for the server's configuration to fill in."""
    directives = [
        "default-src 'self'",
        " ".join(["script-src 'self'", *sorted(inline.script_hashes)]),
        " ".join(["style-src 'self'", *sorted(inline.style_hashes)]),
        # Only when a page has style="..." attributes; scripts that set element.style are never blocked.
        *(["style-src-attr 'unsafe-inline'"] if inline.style_attributes else []),
        "img-src 'self' data:",  # Material's icons are data: SVGs in its stylesheet
        "font-src 'self'",
        "connect-src 'self'",  # the search index
        "worker-src 'self'",  # search runs in a web worker
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        "frame-ancestors $frame_ancestors",
    ]
    return "; ".join(directives)


def nginx_header(value: str) -> str:
    return (
        "# Content-Security-Policy for this build of the site, written by hooks/csp.py: the hashes are those of the\n"
        "# inline scripts in these pages, so the file changes when the theme does. Include it in the nginx location\n"
        "# that serves the site and set $frame_ancestors in the server block (deploy/README.md); reload nginx after\n"
        "# every deployment.\n"
        f'add_header Content-Security-Policy "{value}" always;\n'
    )


class _InlineParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes = False
        self.handlers: list[tuple[str, str]] = []
        self._open: tuple[str, list[str]] | None = None  # an inline <script> or <style> being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.style_attributes = self.style_attributes or "style" in values
        self.handlers.extend((tag, name) for name in values if name.startswith("on"))
        runs = tag == "script" and "src" not in values and values.get("type", "").strip().lower() in SCRIPT_TYPES
        if runs or tag == "style":
            self._open = (tag, [])

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1].append(data)  # the parser may hand over a script's text in pieces

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and self._open[0] == tag:
            (self.scripts if tag == "script" else self.styles).append("".join(self._open[1]))
            self._open = None
