"""Render page structure outside a build: Python-Markdown with the site's own extensions, as MkDocs runs it.

Used by `make i18n-status`, `scripts/i18n_tool.py check` and the tests. The build does not use this module: it
takes the structure from MkDocs' own conversion of each page (hooks/i18n_sync.py), through the same
`StructureExtension`, so both paths produce identical structures. No MkDocs import here: the caller passes the
extension list and configs (see `toolkit.mkdocs_site.markdown_settings` for reading them from mkdocs.yml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import markdown

from toolkit.structure import PageStructure, StructureExtension

Render = Callable[[str], PageStructure]


def structure_renderer(extensions: Sequence[Any], configs: Mapping[str, Any] | None = None) -> Render:
    """A function that converts a page body (front matter removed) and returns its `PageStructure` (no lines yet).

    `extensions` and `configs` are MkDocs' `markdown_extensions` and `mdx_configs`: names or Extension
    instances. One Markdown instance is reused (reset between pages), as converting is the expensive part.
    """
    capture = StructureExtension()
    md = markdown.Markdown(extensions=[*extensions, capture], extension_configs=dict(configs or {}))

    def render(body: str) -> PageStructure:
        md.reset()
        capture.last = PageStructure()
        md.convert(body)
        return capture.last

    return render
