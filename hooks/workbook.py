"""Printable workbook: every worksheet on one page, in process order, to print as one A4 booklet.

The page with `workbook: true` in its front matter gets the `workbook.html` template and, after its own intro, the
Markdown body of each worksheet in the order of the navigation, each inside a `///// worksheet` block that
`worksheets.py` renders exactly as on the worksheet's own page. The workbook holds no copy of any worksheet's text,
so the sync guard covers it, and a worksheet added to the navigation appears in it with no change here. The
template adds the print choices, a cover and the contents.

The hook also writes the empty list of ready-made PDFs (`pdf/index.js`). `scripts/make_pdf.py` replaces it after
printing the PDFs into `pdf/`, and pages show links only to PDFs listed there, so a plain build links none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

import toolkit.ui
from toolkit import session
from toolkit.frontmatter import read_page
from toolkit.pdf_list import PDF_MANIFEST, pdf_manifest_script
from toolkit.registry import WorksheetDef
from toolkit.site import configured_languages, is_nested_build

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

TEMPLATE = "workbook.html"
SHEETS_MARKER = "<!-- workbook: worksheets -->"
RE_FENCE = re.compile(r"^(/{3,})", re.M)


@dataclass(frozen=True)
class Entry:
    """One worksheet of the workbook, as the contents and the choices list it."""

    id: str
    page: str  # source path without language and suffix, e.g. "worksheets/goals"
    number: int
    title: str
    alternates: tuple[tuple[str, str], ...]  # (language, title) of the other languages
    url: str  # the worksheet's own page, site-relative
    #: Ticked when nothing is remembered: the pair's worksheets (the workbook's own part of the navigation) are; the
    #: programme kit's forms for coordinators (application, matching, feedback…), elsewhere in it, are there to choose.
    default_included: bool = True


@dataclass
class State:
    languages: list[str]
    ui: dict[str, dict[str, str]]
    sources: dict[str, dict[str, WorksheetDef]]  # the worksheet registry: id -> language -> declarations
    order: list[str]  # worksheet page paths ("worksheets/goals") in navigation order
    urls: dict[str, str]  # worksheet page path -> url in the language being built
    sections: dict[str, Any]  # worksheet page path -> its navigation section (None at the top level)
    content: dict[str, tuple[Markup, Markup]]  # workbook page url -> (intro, worksheets) HTML


STATE = State([], {}, {}, [], {}, {}, {})

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    STATE.languages = configured_languages(config)
    STATE.ui = toolkit.ui.loaded()  # loaded once by ui_strings.py, whose on_config runs first
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    STATE.sources = session.current().registry.worksheets  # opened by worksheets.py (or i18n_sync.py) before
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """The process order is the navigation's order of the worksheet pages."""
    worksheet_pages = {source.page for by_lang in STATE.sources.values() for source in by_lang.values()}
    STATE.order, STATE.urls, STATE.sections = [], {}, {}
    for page in nav.pages:
        path = page_path(page.file.src_uri, STATE.languages)
        if path in worksheet_pages and path not in STATE.order:
            STATE.order.append(path)
            STATE.urls[path] = page.url
            STATE.sections[path] = page.parent
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.meta.get("workbook"):
        return markdown
    page.meta.setdefault("template", TEMPLATE)
    lang = str(config.theme["language"])
    parts = [markdown.rstrip(), "", SHEETS_MARKER, ""]
    for entry in entries(lang, page.parent):
        parts += embed(entry, read_body(Path(config.docs_dir) / f"{entry.page}.{lang}.md"))
    return "\n".join(parts)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.meta.get("workbook"):
        intro, marker, sheets = html.partition(SHEETS_MARKER)
        if not marker:
            raise PluginError(f"{page.file.src_uri}: the workbook's worksheets went missing while it was converted")
        STATE.content[page.url] = (Markup(intro), Markup(sheets))
    return html


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    if not page.meta.get("workbook"):
        return context
    lang = str(config.theme["language"])
    intro, sheets = STATE.content.pop(page.url)
    translations = getattr(page.file, "alternates", None) or {}
    others = [other for other in STATE.languages if other != lang]
    context["workbook"] = {
        "intro": intro,
        "sheets": sheets,
        "entries": entries(lang, page.parent),
        # The workbook in each language, for the language choice.
        "languages": [
            {"lang": each, "name": STATE.ui[each]["language_name"], "url": translations[each].url}
            for each in STATE.languages
            if each in translations
        ],
        # The UI strings of the other languages, for the cover's labels in bilingual print.
        "alternates": [(other, STATE.ui[other]) for other in others],
        "bilingual_names": " + ".join(STATE.ui[each]["language_name"] for each in [lang, *others]),
    }
    return context


def on_post_build(config: MkDocsConfig) -> None:
    """An empty list of ready-made PDFs, once per build (mkdocs-static-i18n builds each other language nested)."""
    if is_nested_build(config):
        return
    target = Path(config.site_dir) / PDF_MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(pdf_manifest_script({"languages": {}, "documents": []}), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def entries(lang: str, home: Any = None) -> list[Entry]:
    """The worksheets in process order, numbered from 1, with their titles in `lang` and the other languages.

    `home` is the workbook page's navigation section: its worksheets are included by default, the others offered.
    """
    found = []
    ids = {source.page: worksheet_id for worksheet_id, by_lang in STATE.sources.items() for source in by_lang.values()}
    for number, path in enumerate(STATE.order, start=1):
        worksheet_id = ids[path]
        by_lang = STATE.sources[worksheet_id]
        if lang not in by_lang:
            raise PluginError(f"docs/{path}.{lang}.md: the workbook needs this worksheet in every language")
        alternates = tuple((other, by_lang[other].title) for other in STATE.languages if other != lang and other in by_lang)
        found.append(Entry(worksheet_id, path, number, by_lang[lang].title, alternates, STATE.urls.get(path, ""),
                           STATE.sections.get(path) is home))
    return found


def embed(entry: Entry, body: str) -> list[str]:
    """A worksheet's body inside a `worksheet` block whose fence is longer than any block fence in the body."""
    fence = "/" * max([5, *(len(match) + 1 for match in RE_FENCE.findall(body))])
    return [f"{fence} worksheet | {entry.id}", f"    number: {entry.number}", "", body.strip(), "", fence, ""]


def read_body(path: Path) -> str:
    """A page's Markdown without its front matter."""
    return read_page(path).body


def page_path(src_uri: str, languages: list[str]) -> str:
    """`worksheets/goals.fi.md` -> `worksheets/goals`, the key the sync guard and worksheet registry use."""
    stem = src_uri.removesuffix(".md")
    for lang in languages:
        if stem.endswith(f".{lang}"):
            return stem.removesuffix(f".{lang}")
    return stem
