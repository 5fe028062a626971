"""Worksheets: render `/// field` blocks as accessible form fields and give worksheet pages their template.

A page with `worksheet: <id>` in its front matter gets the `worksheet.html` template; its `/// field`,
`//// group` and `/// recall` blocks (syntax in `worksheet_fields.py`) become real form controls rendered from
the templates in `overrides/partials/worksheet/`, with labels of the other languages ready for bilingual print.
The page with `answers_overview: true` gets `my-answers.html` and a manifest of every worksheet's fields, which
the browser script uses to count answers and to validate imported files. Buttons and labels use the strings
loaded by `ui_strings.py`. A `///// worksheet | <id>` block renders another worksheet's body inside a page (the
printable workbook, `workbook.py`): its element ids get the worksheet as prefix so they stay unique on the page,
while the fields keep the ids their answers are stored under.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_any

import toolkit.ui
from toolkit import worksheet_fields
from toolkit.frontmatter import read_page
from toolkit.site import collect_pages, configured_languages
from toolkit.worksheet_fields import FieldDecl

if TYPE_CHECKING:
    from jinja2 import Environment
    from markdown import Markdown
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from pymdownx.blocks import BlocksProcessor

log = get_plugin_logger("worksheets")

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
ANSWERS_FORMAT = "tyouramentorointi-answers"
ANSWERS_VERSION = 1
DEFAULT_NAMESPACE = "tyouramentorointi"


@dataclass
class WorksheetSource:
    """One language version of a worksheet, as declared in its Markdown source."""

    page: str  # e.g. "worksheets/agreement"
    title: str
    decls: list[FieldDecl]


@dataclass
class State:
    """What the field blocks need while a page is converted (one build and one page at a time)."""

    env: Environment | None = None
    lang: str = ""
    languages: list[str] = field(default_factory=list)
    ui: dict[str, dict[str, str]] = field(default_factory=dict)
    worksheets: dict[str, dict[str, WorksheetSource]] = field(default_factory=dict)
    namespace: str = ""
    page_worksheet: str | None = None
    group: FieldDecl | None = None
    id_prefix: str = ""  # "<worksheet>-" inside an embedded worksheet, so element ids stay unique on the page


STATE = State()

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not any(isinstance(ext, WorksheetBlocksExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(WorksheetBlocksExtension())  # type: ignore[arg-type]
    STATE.languages = configured_languages(config)
    STATE.ui = toolkit.ui.loaded()  # loaded once by ui_strings.py, whose on_config runs first
    STATE.namespace = storage_namespace(config)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    STATE.worksheets = collect_worksheets(Path(config.docs_dir), STATE.languages)
    # Pages are converted before on_env runs, so the blocks use their own handle on the theme's templates.
    STATE.env = config.theme.get_env()
    STATE.lang = str(config.theme["language"])
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """List worksheets in the navigation's (process) order, as "My answers" and answer files show them."""
    nav_pages = [page.file.src_uri.rsplit(".", 2)[0] for page in nav.pages]
    position = {path: index for index, path in reversed(list(enumerate(nav_pages)))}
    ordered = sorted(STATE.worksheets.items(), key=lambda item: position.get(_page_of(item[1]), len(position)))
    STATE.worksheets = dict(ordered)
    return nav


def _page_of(by_lang: dict[str, WorksheetSource]) -> str:
    return next(iter(by_lang.values())).page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    STATE.page_worksheet = page.meta.get("worksheet")
    STATE.group = None
    STATE.id_prefix = ""
    if STATE.page_worksheet:
        page.meta.setdefault("template", "worksheet.html")
    elif page.meta.get("answers_overview"):
        page.meta.setdefault("template", "my-answers.html")
    return markdown


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    context["worksheet_namespace"] = storage_namespace(config)
    if page.meta.get("answers_overview") or page.meta.get("worksheet") or page.meta.get("workbook"):
        worksheet_id = page.meta.get("worksheet")
        # A worksheet page needs only its own fields and those it recalls; My answers needs every worksheet.
        manifest = build_manifest(STATE.lang, manifest_scope(str(worksheet_id)) if worksheet_id else None)
        context["worksheet_manifest_data"] = manifest
        context["worksheet_manifest"] = Markup(toolkit.ui.json_for_script(manifest))
    if page.meta.get("worksheet") and STATE.env is not None and page.content:
        # The actions go right under the title, so on a phone the page still opens with its title.
        actions = STATE.env.get_template("partials/worksheet/actions.html").render(context)
        page.content = page.content.replace("</h1>", "</h1>\n" + actions, 1)
    return context


# ---------------------------------------------------------------------------------------------------------------------
# Markdown blocks
# ---------------------------------------------------------------------------------------------------------------------


class FieldBlock(Block):
    """`/// field | <type>`: one form field."""

    NAME = "field"
    ARGUMENT = True
    OPTIONS = {key: ("", type_any) for key in worksheet_fields.COMMON_OPTIONS.union(*worksheet_fields.FIELD_TYPES.values())}

    def on_create(self, parent: etree.Element) -> etree.Element:
        decl = _declaration("field", self.argument, self.options, STATE.group)
        return _stash(parent, self.md, "field.html", field=field_context(decl, STATE.group))


class RecallBlock(Block):
    """`/// recall`: read-only answers of a field in another worksheet."""

    NAME = "recall"
    ARGUMENT = None
    OPTIONS = {key: ("", type_any) for key in worksheet_fields.RECALL_OPTIONS}

    def on_create(self, parent: etree.Element) -> etree.Element:
        options = {k: v for k, v in self.options.items() if v != "" and k != "attrs"}
        return _stash(parent, self.md, "recall.html", recall=options, id_prefix=STATE.id_prefix)


class GroupBlock(Block):
    """`//// group`: a fieldset of fields that the person repeats as rows."""

    NAME = "group"
    ARGUMENT = None
    OPTIONS = {key: ("", type_any) for key in worksheet_fields.GROUP_OPTIONS}

    def on_create(self, parent: etree.Element) -> etree.Element:
        options = {k: v for k, v in self.options.items() if v != "" and k != "attrs"}
        STATE.group = FieldDecl("group", "group", str(options.get("id", "")), 0, options)
        group_id = STATE.group.id
        alt = _alternates(group_id, None)
        wrapper = etree.SubElement(
            parent,
            "fieldset",
            {
                "class": "ws-group",
                "data-ws-group": group_id,
                "data-ws-item": str(options.get("item", "")),
                "id": f"ws-{STATE.id_prefix}{group_id}",
            },
        )
        legend = etree.SubElement(wrapper, "legend", {"class": "ws-group__legend"})
        legend.text = str(options.get("label", ""))
        _append_alternates(legend, alt)
        if options.get("hint"):
            hint_id = f"ws-{STATE.id_prefix}{group_id}-hint"
            hint = etree.SubElement(wrapper, "p", {"class": "ws-group__hint", "id": hint_id})
            hint.text = str(options["hint"])
            wrapper.set("aria-describedby", hint_id)
        rows = etree.SubElement(wrapper, "div", {"class": "ws-group__rows", "data-ws-rows": ""})
        item = str(options.get("item", ""))
        row = etree.SubElement(rows, "fieldset", {"class": "ws-row", "data-ws-row": "0"})
        row_legend = etree.SubElement(row, "legend", {"class": "ws-row__legend"})
        row_legend.text = STATE.ui.get(STATE.lang, {}).get("row_title", "{item} {number}").format(item=item, number=1)
        button = etree.SubElement(
            wrapper, "button", {"type": "button", "class": "md-button ws-group__add", "data-ws-add": "", "hidden": ""}
        )
        button.text = STATE.ui.get(STATE.lang, {}).get("add_row", "+ {item}").format(item=item)
        return wrapper

    def on_add(self, block: etree.Element) -> etree.Element:
        row = block.find("./div/fieldset")
        return row if row is not None else block

    def on_end(self, block: etree.Element) -> None:
        STATE.group = None


class EmbeddedWorksheetBlock(Block):
    """`///// worksheet | <id>`: another worksheet's Markdown body, rendered as a section of this page.

    Its fields render as on the worksheet's own page (same storage ids, labels in the other languages), with
    element ids prefixed by the worksheet id. The block needs more slashes than the groups inside it.
    """

    NAME = "worksheet"
    ARGUMENT = True
    OPTIONS = {"number": ("", type_any)}

    def on_create(self, parent: etree.Element) -> etree.Element:
        worksheet_id = self.argument.strip()
        if worksheet_id not in STATE.worksheets:
            known = ", ".join(sorted(STATE.worksheets))
            raise PluginError(f"unknown worksheet '{worksheet_id}': known worksheets are {known}")
        self.outer = (STATE.page_worksheet, STATE.id_prefix)
        STATE.page_worksheet, STATE.id_prefix, STATE.group = worksheet_id, f"{worksheet_id}-", None
        return etree.SubElement(
            parent,
            "section",
            {
                "class": "ws-sheet",
                "id": f"sheet-{worksheet_id}",
                "aria-labelledby": f"sheet-{worksheet_id}-title",
                "data-ws-worksheet": worksheet_id,
                "data-ws-namespace": STATE.namespace,
                "data-ws-embedded": "",
                "data-ws-number": str(self.options.get("number", "")),
            },
        )

    def on_end(self, block: etree.Element) -> None:
        STATE.page_worksheet, STATE.id_prefix = self.outer
        STATE.group = None


class EmbeddedHeadingsTreeprocessor(Treeprocessor):
    """Headings of embedded worksheets: one level down, ids prefixed, the title numbered and given in every language.

    Runs after attr_list (8) has set the explicit heading ids and before toc (5) collects them.
    """

    PRIORITY = 7

    def run(self, root: etree.Element) -> None:
        for section in root.iter("section"):
            if section.get("data-ws-embedded") is None:
                continue
            number = section.get("data-ws-number", "")
            worksheet_id = section.get("data-ws-worksheet", "")
            title = None
            for element in section.iter():
                if element.tag == "a" and (element.get("href") or "").startswith("#"):
                    element.set("href", f"#{worksheet_id}-{element.get('href', '')[1:]}")
                if element.tag not in HEADINGS:
                    continue
                if title is None and element.tag == "h1":
                    title = element
                    element.set("id", f"sheet-{worksheet_id}-title")
                elif element.get("id"):
                    element.set("id", f"{worksheet_id}-{element.get('id')}")
                element.tag = f"h{min(int(element.tag[1]) + 1, 6)}"
            if title is not None:
                _number_title(title, number, worksheet_id)


class WorksheetBlocksExtension(BlocksExtension):
    """Registers the worksheet blocks with pymdownx.blocks."""

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(FieldBlock, {})
        block_mgr.register(GroupBlock, {})
        block_mgr.register(RecallBlock, {})
        block_mgr.register(EmbeddedWorksheetBlock, {})
        md.treeprocessors.register(
            EmbeddedHeadingsTreeprocessor(md), "worksheet_embedded_headings", EmbeddedHeadingsTreeprocessor.PRIORITY
        )


# ---------------------------------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------------------------------


def field_context(decl: FieldDecl, group: FieldDecl | None) -> dict[str, Any]:
    """Everything a field template needs; ids follow GOV.UK's pattern (`{id}-hint`)."""
    html_id = f"ws-{STATE.id_prefix}{group.id}-0-{decl.id}" if group else f"ws-{STATE.id_prefix}{decl.id}"
    options = decl.options.get("options") or {}
    alt = _alternates(decl.id, group.id if group else None)
    return {
        "id": decl.id,
        "type": decl.type,
        "label": str(decl.options.get("label", "")),
        "hint": str(decl.options.get("hint") or ""),
        "html_id": html_id,
        "rows": int(decl.options.get("rows") or worksheet_fields.DEFAULT_ROWS),
        "maxlength": worksheet_fields.MAX_TEXT_LENGTH.get(decl.type),
        "options": [
            {"value": str(value), "label": str(label), "alt": [(a["lang"], a["options"].get(str(value), "")) for a in alt]}
            for value, label in options.items()
        ],
        "scale": worksheet_fields.SCALE_VALUES,
        "min_label": str(decl.options.get("min_label") or ""),
        "max_label": str(decl.options.get("max_label") or ""),
        "alt": [(a["lang"], a["label"]) for a in alt],
    }


def _declaration(kind: str, argument: str, options: dict[str, Any], group: FieldDecl | None) -> FieldDecl:
    opts = {k: v for k, v in options.items() if v != "" and k != "attrs"}
    decl = FieldDecl(kind, argument.strip(), str(opts.get("id", "")), 0, opts, group.id if group else None)
    if decl.type not in worksheet_fields.FIELD_TYPES or not decl.id:
        # The sync guard reports declaration errors with file and line before any page is rendered.
        raise PluginError(f"invalid worksheet field '{decl.id}' of type '{decl.type}' on worksheet {STATE.page_worksheet}")
    return decl


def _alternates(decl_id: str, group_id: str | None) -> list[dict[str, Any]]:
    """Labels of the same field in the other languages, for bilingual print."""
    found = []
    sources = STATE.worksheets.get(STATE.page_worksheet or "", {})
    for lang in STATE.languages:
        if lang == STATE.lang or lang not in sources:
            continue
        for decl in _flatten(sources[lang].decls):
            if decl.id == decl_id and decl.group == group_id and decl.kind in ("field", "group"):
                opts = decl.options.get("options") or {}
                found.append({"lang": lang, "label": decl.label, "options": {str(k): str(v) for k, v in opts.items()}})
                break
    return found


def _number_title(title: etree.Element, number: str, worksheet_id: str) -> None:
    """Put the section number before an embedded worksheet's title and its titles in the other languages after it."""
    if number:
        span = etree.Element("span", {"class": "ws-sheet__number"})
        span.text, span.tail, title.text = number, " " + (title.text or ""), None
        title.insert(0, span)
    sources = STATE.worksheets.get(worksheet_id, {})
    _append_alternates(title, [{"lang": lang, "label": sources[lang].title} for lang in STATE.languages
                                if lang != STATE.lang and lang in sources])


def _append_alternates(element: etree.Element, alternates: list[dict[str, Any]]) -> None:
    for alt in alternates:
        span = etree.SubElement(element, "span", {"class": "ws-alt", "lang": alt["lang"]})
        span.text = alt["label"]


def _stash(parent: etree.Element, md: Markdown, template: str, **context: Any) -> etree.Element:
    """Render a field template and hand the HTML to Markdown untouched."""
    if STATE.env is None:
        raise PluginError("worksheet blocks were rendered before the theme environment was ready")
    html = STATE.env.get_template(f"partials/worksheet/{template}").render(ui=STATE.ui.get(STATE.lang, {}), **context)
    holder = etree.SubElement(parent, "div", {"class": "ws-block"})
    holder.text = md.htmlStash.store(html)
    return holder


def storage_namespace(config: MkDocsConfig) -> str:
    settings = config.extra.get("worksheets") or {}
    return str(settings.get("storage_namespace") or DEFAULT_NAMESPACE)


def _flatten(decls: list[FieldDecl]) -> list[FieldDecl]:
    out: list[FieldDecl] = []
    for decl in decls:
        out.append(decl)
        out.extend(decl.children)
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Data: worksheet registry, manifest and UI strings
# ---------------------------------------------------------------------------------------------------------------------


def collect_worksheets(docs_dir: Path, languages: list[str]) -> dict[str, dict[str, WorksheetSource]]:
    """Every worksheet page's declarations, by worksheet id and language."""
    found: dict[str, dict[str, WorksheetSource]] = {}
    for page, by_lang in sorted(collect_pages(docs_dir, languages).pages.items()):
        for lang, path in by_lang.items():
            source = read_page(path)
            worksheet_id = source.meta.get("worksheet")
            if not worksheet_id:
                continue
            title = str(source.meta.get("title") or worksheet_id)
            fields = worksheet_fields.parse_worksheet(source.body, source.body_line).fields
            found.setdefault(str(worksheet_id), {})[lang] = WorksheetSource(page, title, fields)
    return found


def build_manifest(lang: str, only: set[str] | None = None) -> dict[str, Any]:
    """The answers manifest (JSON): what an answers record or file may hold, for the browser scripts.

    Shape: `{format, version, limits: {max_rows, max_file_bytes}, types: {<type>: {value, maxlength?, options?}},
    worksheets: {<id>: {title, page, fields: {<id>: {type, label, options?, option_labels?, maxlength?,
    renamed_from?, renamed_options?} | {type: "group", label, item, renamed_from?, fields}}}}}`, labels in `lang`.
    `only` limits the worksheets to those ids (a worksheet page needs its own and the ones it recalls).
    """
    worksheets = {}
    for worksheet_id, by_lang in STATE.worksheets.items():
        if only is not None and worksheet_id not in only:
            continue
        source = by_lang.get(lang) or next(iter(by_lang.values()))
        worksheets[worksheet_id] = {
            "title": source.title,
            "page": source.page.rsplit("/", 1)[-1],
            "fields": {decl.id: _manifest_field(decl) for decl in source.decls if decl.kind in ("field", "group")
                       and decl.type != "signature"},
        }
    return {
        "format": ANSWERS_FORMAT,
        "version": ANSWERS_VERSION,
        "limits": {"max_rows": worksheet_fields.MAX_ROWS, "max_file_bytes": worksheet_fields.MAX_FILE_BYTES},
        "types": {name: spec.manifest() for name, spec in worksheet_fields.FIELD_TYPE_SPEC.items() if spec.value != "none"},
        "worksheets": worksheets,
    }


def manifest_scope(worksheet_id: str) -> set[str]:
    """A worksheet page's manifest: the worksheet itself and the worksheets its recall blocks read."""
    scope = {worksheet_id}
    for source in STATE.worksheets.get(worksheet_id, {}).values():
        scope.update(str(decl.options.get("worksheet")) for decl in _flatten(source.decls) if decl.kind == "recall")
    return scope


def _manifest_field(decl: FieldDecl) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": decl.type, "label": decl.label}
    if decl.kind == "group":
        entry["item"] = str(decl.options.get("item", ""))
        if decl.renamed_from:
            entry["renamed_from"] = list(decl.renamed_from)
        entry["fields"] = {c.id: _manifest_field(c) for c in decl.children if c.type != "signature"}
        return entry
    spec = worksheet_fields.FIELD_TYPE_SPEC[decl.type]
    if decl.option_values:
        entry["options"] = list(decl.option_values)
        entry["option_labels"] = {str(k): str(v) for k, v in (decl.options.get("options") or {}).items()}
    elif spec.options:
        entry["options"] = list(spec.options)
    if spec.maxlength is not None:
        entry["maxlength"] = spec.maxlength
    if decl.renamed_from:
        entry["renamed_from"] = list(decl.renamed_from)
    if decl.renamed_options:
        entry["renamed_options"] = dict(decl.renamed_options)
    return entry
