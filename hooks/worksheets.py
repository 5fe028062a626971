"""Worksheets: render the worksheet registry's fields as accessible form fields; worksheet pages get their template.

A page with `worksheet: <id>` in its front matter gets the `worksheet.html` template. Its `/// field`,
`//// group` and `/// recall` blocks were read once, with their source lines, into the worksheet registry at the
start of the build (`toolkit.session`, `toolkit.registry`); here pymdownx.blocks finds the same blocks again
while MkDocs converts the page and each one is rendered from its registry declaration (checked to be the same
block) with the templates in `overrides/partials/worksheet/`, with labels of the other languages ready for
bilingual print. A `///// worksheet | <id>` block renders another worksheet's body inside a page (the printable
workbook, `workbook.py`): its element ids get the worksheet as prefix so they stay unique on the page, while the
fields keep the ids their answers are stored under.

The page with `answers_overview: true` gets `my-answers.html`; it, the workbook and every worksheet page get the
answers manifest (`toolkit.manifest`), which the browser script uses to count answers and validate imports. A
worksheet with fields marked `aggregate: true` offers "Give feedback to the coordinator" (`feedback_action`), and
the coordinator's evaluation page (`evaluation: true`, `evaluation.html`) gets the manifest of those fields alone.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup
from mkdocs.exceptions import PluginError

import toolkit.ui
from toolkit import manifest, print_css, session, worksheet_fields
from toolkit.registry import Registry, WorksheetDef
from toolkit.site import configured_languages, is_nested_build, page_key
from toolkit.worksheet_blocks import WorksheetBlock, WorksheetBlocksExtension
from toolkit.worksheet_fields import FieldDecl

if TYPE_CHECKING:
    from jinja2 import Environment
    from markdown import Markdown
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from pymdownx.blocks import BlocksProcessor

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
DEFAULT_NAMESPACE = "tyouramentorointi"
TEMPLATES = "partials/worksheet/"


@dataclass
class Sheet:
    """The worksheet whose blocks are being rendered: its registry entry and the next declaration to take."""

    definition: WorksheetDef | None
    decls: list[FieldDecl]
    id_prefix: str = ""  # "<worksheet>-" inside an embedded worksheet, so element ids stay unique on the page
    position: int = 0
    group: FieldDecl | None = None


@dataclass
class State:
    """What the blocks need while one page is converted (one build, one language, one page at a time)."""

    env: Environment | None = None
    lang: str = ""
    languages: list[str] = field(default_factory=list)
    ui: dict[str, dict[str, str]] = field(default_factory=dict)
    registry: Registry | None = None
    namespace: str = ""
    page: str = ""  # the page being converted, e.g. "docs/worksheets/goals.fi.md"
    sheets: list[Sheet] = field(default_factory=list)  # the page's worksheet, then any embedded one
    started: float = 0.0  # time.monotonic() at the outer build's on_config
    print_css: dict[str, str] = field(default_factory=dict)  # page dest path -> its print stylesheet (on_post_page)
    feedback_js: dict[str, str] = field(default_factory=dict)  # page dest path -> its feedback dialog script


STATE = State()

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_nested_build(config):
        STATE.started = time.monotonic()  # a session opened before this is from an earlier build
    if not any(isinstance(ext, WorksheetRendering) for ext in config.markdown_extensions):
        config.markdown_extensions.append(WorksheetRendering(RenderHandler()))  # type: ignore[arg-type]
    STATE.languages = configured_languages(config)
    STATE.ui = toolkit.ui.loaded()  # loaded once by ui_strings.py, whose on_config runs first
    STATE.namespace = storage_namespace(config)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if is_nested_build(config):
        STATE.registry = session.current().registry
    else:  # usually already opened by the sync guard (hooks/i18n_sync.py) in its earlier on_files
        opened = session.open_for(
            config, STATE.started, Path(config.docs_dir), STATE.languages, config.markdown_extensions, config.mdx_configs
        )
        STATE.registry = opened.registry
    # Pages are converted before on_env runs, so the blocks use their own handle on the theme's templates.
    STATE.env = config.theme.get_env()
    STATE.lang = str(config.theme["language"])
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """List worksheets in the navigation's (process) order, as "My answers", answer files and the workbook do."""
    registry = _registry()
    nav_pages = [page_key(page.file.src_uri, STATE.languages)[0] for page in nav.pages]
    position = {path: index for index, path in reversed(list(enumerate(nav_pages)))}
    pages = {worksheet_id: next(iter(by_lang.values())).page for worksheet_id, by_lang in registry.worksheets.items()}
    registry.order = sorted(pages, key=lambda worksheet_id: position.get(pages[worksheet_id], len(position)))
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    key, lang = page_key(page.file.src_uri, STATE.languages)
    definition = _registry().for_page(key, lang or STATE.lang)
    STATE.page = f"{config.docs_dir.rstrip('/').rsplit('/', 1)[-1]}/{page.file.src_uri}"
    STATE.sheets = [Sheet(definition, definition.flat() if definition else [])]
    if page.meta.get("worksheet"):
        page.meta.setdefault("template", "worksheet.html")
    elif page.meta.get("evaluation"):
        page.meta.setdefault("template", "evaluation.html")
    elif page.meta.get("answers_overview"):
        page.meta.setdefault("template", "my-answers.html")
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    sheet = STATE.sheets[0] if STATE.sheets else None
    if sheet is not None and sheet.position != len(sheet.decls):
        missing = sheet.decls[sheet.position]
        raise PluginError(
            f"{STATE.page}:{missing.line}: this worksheet block was read at the start of the build but not rendered"
        )
    return html


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    context["worksheet_namespace"] = storage_namespace(config)
    if page.meta.get("answers_overview") or page.meta.get("worksheet") or page.meta.get("workbook"):
        worksheet_id = page.meta.get("worksheet")
        registry = _registry()
        # A worksheet page needs only its own fields and those it recalls; My answers needs every worksheet, with
        # labels. A page may ask for more (`manifest: full`: the shared-with-me page shows option labels too).
        scope = manifest.manifest_scope(registry, str(worksheet_id)) if worksheet_id else None
        detail = str(page.meta.get("manifest") or ("labels" if page.meta.get("answers_overview") else "answers"))
        if detail not in manifest.DETAILS:
            raise PluginError(f"{page.file.src_uri}: front matter 'manifest: {detail}' is unknown: use one of "
                              f"{', '.join(manifest.DETAILS)}")
        data = manifest.build_manifest(registry, STATE.lang, scope, detail)
        context["worksheet_manifest_data"] = data
        context["worksheet_manifest"] = Markup(toolkit.ui.json_for_script(data))
        # The anonymous feedback file is offered where a field is marked for it: the button, and beside the page a
        # script with the dialog and the fields, loaded only when the button is pressed (the first load stays small).
        fields = manifest.aggregate_fields(registry, str(worksheet_id)) if worksheet_id else []
        context["feedback_action"] = feedback_href(page.file.dest_path) if fields and STATE.env is not None else ""
        if context["feedback_action"]:
            template = STATE.env.get_template(TEMPLATES + "feedback-page.js")  # type: ignore[union-attr]
            STATE.feedback_js[page.file.dest_path] = template.render(
                context, worksheet_id=str(worksheet_id), feedback_fields=fields) + "\n"
    if page.meta.get("evaluation"):
        # The coordinator's evaluation page reads feedback files: only the aggregated fields, with every label.
        registry = _registry()
        data = manifest.build_manifest(registry, STATE.lang, manifest.aggregate_scope(registry), "full", aggregate_only=True)
        context["worksheet_manifest"] = Markup(toolkit.ui.json_for_script(data))
    if page.meta.get("worksheet") or page.meta.get("workbook"):
        # The page's print footers (site, title, page N of M) in a stylesheet beside it: no inline style under the CSP.
        STATE.print_css[page.file.dest_path] = print_stylesheet(page, config, context.get("ui") or {})
        context["print_stylesheet"] = print_css.href_for(page.file.dest_path)
    if page.meta.get("worksheet"):
        context["print_header"] = print_header(str(page.meta["worksheet"]), str(page.title))
    if (page.meta.get("worksheet") or page.meta.get("evaluation")) and STATE.env is not None and page.content:
        # The page's tool goes right under its title: a worksheet's actions, the evaluation page's file choice.
        title, end, body = page.content.partition("</h1>")
        if end:
            name = TEMPLATES + "page-content.html" if page.meta.get("worksheet") else "partials/evaluation/page-content.html"
            page.content = STATE.env.get_template(name).render(
                context, worksheet_title=Markup(title + end), worksheet_body=Markup(body))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    folder = Path(config.site_dir) / Path(page.file.dest_path).parent
    css = STATE.print_css.pop(page.file.dest_path, None)
    if css is not None:
        path = folder / print_css.href_for(page.file.dest_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(css, encoding="utf-8")
    script = STATE.feedback_js.pop(page.file.dest_path, None)
    if script is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / feedback_href(page.file.dest_path)).write_text(script, encoding="utf-8")
    return output


def print_header(worksheet_id: str, title: str) -> dict[str, Any]:
    """The print header's texts in the other languages: the worksheet's titles (those that differ from `title`,
    as (language, title)) and the language line of bilingual print ("Kieli / Language: Suomi + English")."""
    languages = [STATE.lang, *(lang for lang in STATE.languages if lang != STATE.lang)]
    by_lang = _registry().worksheets.get(worksheet_id, {})
    strings = [STATE.ui.get(lang, {}) for lang in languages]
    return {
        "titles": [(lang, by_lang[lang].title) for lang in languages[1:] if lang in by_lang and by_lang[lang].title != title],
        "language_label": " / ".join(dict.fromkeys(str(ui.get("print_header_language", "")) for ui in strings)),
        "language_names": " + ".join(str(ui.get("language_name", "")) for ui in strings),
    }


def site_names(config: MkDocsConfig) -> list[str]:
    """The site's name in the page's language first, then in the others (hooks/branding.py sets them)."""
    names: dict[str, str] = config.extra.get("site_names") or {}
    return [config.site_name, *(name for lang, name in names.items() if lang != STATE.lang)]


def feedback_href(dest_path: str) -> str:
    """Where a page's feedback dialog script is, relative to the page: beside its HTML file, named after it."""
    return dest_path.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".feedback.js"


def print_stylesheet(page: Page, config: MkDocsConfig, ui: dict[str, str]) -> str:
    """The print footers of a worksheet page or of the workbook (one per worksheet and the cover), and the
    organisation's contacts at the top of every sheet."""
    registry = _registry()
    languages = [STATE.lang, *(lang for lang in STATE.languages if lang != STATE.lang)]
    counters = [str(STATE.ui.get(lang, {}).get("print_page") or ui.get("print_page", "{page} / {pages}")) for lang in languages]

    def titles(worksheet_id: str) -> tuple[str, str]:
        by_lang = registry.worksheets.get(worksheet_id, {})
        own = by_lang[STATE.lang].title if STATE.lang in by_lang else str(page.title)
        every = [by_lang[lang].title for lang in languages if lang in by_lang]
        return own, " / ".join(dict.fromkeys(every))

    if page.meta.get("worksheet"):
        own, both = titles(str(page.meta["worksheet"]))
        parts = [print_css.Part(None, "ws", own, both)]
    else:
        # The cover takes the whole page's page name: a name of its own would break the sheet before it.
        covers = [str(STATE.ui.get(lang, {}).get("workbook_cover_title") or page.title) for lang in languages]
        parts = [print_css.Part(None, "wb-cover", covers[0], " / ".join(dict.fromkeys(covers)))]
        parts += [print_css.Part(f"#sheet-{wid}", f"ws-{wid}", *titles(wid)) for wid in registry.order]
    return print_css.stylesheet(site_names(config), parts, counters, contact_lines(config, languages))


#: The organisation's contacts on paper: (setting in extra.organisation, its label in i18n/ui.<lang>.yml).
CONTACTS = (("contact_name", "org_contact_person"), ("contact_email", "org_email"), ("programme_url", "org_programme_page"))


def contact_lines(config: MkDocsConfig, languages: list[str]) -> tuple[str, str]:
    """The organisation's contacts as one line in the page's language and in every language (each label and value
    once when the languages say the same), e.g. "Yhteyshenkilö / Contact person: Maija Meikäläinen"; "" when none."""
    by_lang: dict[str, dict[str, Any]] = config.extra.get("organisation_by_language") or {}
    lines = []
    for shown in (languages[:1], languages):
        items = []
        for key, label_key in CONTACTS:
            values = [value for value in dict.fromkeys(str(by_lang.get(lang, {}).get(key) or "") for lang in shown) if value]
            if values:
                labels = " / ".join(dict.fromkeys(str(STATE.ui.get(lang, {}).get(label_key, "")) for lang in shown))
                items.append(f"{labels}: {' / '.join(values)}")
        lines.append(" · ".join(items))
    return lines[0], lines[1]


# ---------------------------------------------------------------------------------------------------------------------
# Markdown blocks: each takes its declaration from the registry and renders its template
# ---------------------------------------------------------------------------------------------------------------------


class RenderHandler:
    """Renders the worksheet blocks of the page being converted (see toolkit.worksheet_blocks.Handler)."""

    def field(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        sheet = _sheet()
        decl = _take(sheet, "field", block)
        return _stash(parent, block.md, "field.html", field=field_context(decl, sheet))

    def recall(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        sheet = _sheet()
        decl = _take(sheet, "recall", block)
        return _stash(parent, block.md, "recall.html", recall=decl.options, id_prefix=sheet.id_prefix)

    def group(self, block: WorksheetBlock, parent: etree.Element) -> tuple[etree.Element, etree.Element]:
        sheet = _sheet()
        decl = _take(sheet, "group", block)
        sheet.group = decl
        html_id = f"ws-{sheet.id_prefix}{decl.id}"
        alternates = _alternates(sheet, decl.id, None)
        context = {
            "id": decl.id,
            "html_id": html_id,
            "label": decl.label,
            "hint": str(decl.options.get("hint") or ""),
            "item": str(decl.options.get("item", "")),
            "alt": [(alt["lang"], alt["label"]) for alt in alternates],
            "alt_item": " / ".join(alt["item"] for alt in alternates if alt["item"]),
            "print_rows": decl.print_rows,
            "fields": [print_field_context(child, sheet) for child in decl.children],
        }
        context["long_rows"] = printed_row_height(context["fields"]) > LONG_ROW_MM
        wrapper = _parse(_render("group.html", group=context))
        parent.append(wrapper)
        row = wrapper.find(".//*[@data-ws-row]")
        if row is None:
            raise PluginError(f"{TEMPLATES}group.html has no element with data-ws-row for the fields")
        return wrapper, row

    def group_end(self, block: WorksheetBlock) -> None:
        _sheet().group = None

    def sheet(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        worksheet_id = block.argument
        definition = _registry().get(worksheet_id, STATE.lang)
        if definition is None:
            known = ", ".join(sorted(_registry().worksheets))
            raise PluginError(f"{STATE.page}: unknown worksheet '{worksheet_id}': known worksheets are {known}")
        STATE.sheets.append(Sheet(definition, definition.flat(), f"{worksheet_id}-"))
        context = {"id": worksheet_id, "namespace": STATE.namespace, "number": str(block.options.get("number", ""))}
        section = _parse(_render("sheet.html", sheet=context))
        parent.append(section)
        return section

    def sheet_end(self, block: WorksheetBlock) -> None:
        STATE.sheets.pop()


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


class WorksheetRendering(WorksheetBlocksExtension):
    """The worksheet blocks with the rendering handler, plus the embedded-headings tree processor."""

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:  # noqa: N802 - its name
        super().extendMarkdownBlocks(md, block_mgr)
        md.treeprocessors.register(
            EmbeddedHeadingsTreeprocessor(md), "worksheet_embedded_headings", EmbeddedHeadingsTreeprocessor.PRIORITY
        )


# ---------------------------------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------------------------------


def field_context(decl: FieldDecl, sheet: Sheet) -> dict[str, Any]:
    """Everything a field template needs; ids follow GOV.UK's pattern (`{id}-hint`)."""
    group = sheet.group
    html_id = f"ws-{sheet.id_prefix}{group.id}-0-{decl.id}" if group else f"ws-{sheet.id_prefix}{decl.id}"
    options = decl.options.get("options") or {}
    alt = _alternates(sheet, decl.id, group.id if group else None)
    spec = worksheet_fields.FIELD_TYPE_SPEC[decl.type]
    return {
        "id": decl.id,
        "type": decl.type,
        "template": spec.template,
        "label": str(decl.options.get("label", "")),
        "hint": str(decl.options.get("hint") or ""),
        "html_id": html_id,
        "rows": int(decl.options.get("rows") or worksheet_fields.DEFAULT_ROWS),
        "maxlength": spec.maxlength,
        "options": [
            {"value": str(value), "label": str(label),
             "alt": [(a["lang"], a["options"].get(str(value), "")) for a in alt if a["options"].get(str(value)) != str(label)]}
            for value, label in options.items()
        ],
        "scale": spec.options,
        "min_label": str(decl.options.get("min_label") or ""),
        "max_label": str(decl.options.get("max_label") or ""),
        **_alternate_ends(decl, alt),
        "alt": [(a["lang"], a["label"]) for a in alt if a["label"] != str(decl.options.get("label", ""))],
        "alt_hint": [(a["lang"], a["hint"]) for a in alt if a["hint"] and a["hint"] != str(decl.options.get("hint") or "")],
    }


#: A printed row taller than this (in mm, about two thirds of the A4 writing area) may break between its fields: kept whole,
#: it would leave most of a sheet empty before it.
LONG_ROW_MM = 160


def printed_row_height(fields: list[dict[str, Any]]) -> float:
    """About how tall an empty printed row is, in mm: a label and a hint per field, 8 mm per writing line."""
    height = 8.0
    for printed in fields:
        height += 6 + (4 if printed["hint"] else 0)
        height += 6 if printed["options"] and printed["type"] != "longtext" else 8 * printed["lines"]
    return height


def print_field_context(decl: FieldDecl, sheet: Sheet) -> dict[str, Any]:
    """What an empty printed row shows of one field of a group: its texts in every language and room to write."""
    alt = _alternates(sheet, decl.id, sheet.group.id if sheet.group else None)
    options = decl.options.get("options") or {}
    return {
        "type": decl.type,
        "label": str(decl.options.get("label", "")),
        "hint": str(decl.options.get("hint") or ""),
        "lines": int(decl.options.get("rows") or worksheet_fields.DEFAULT_ROWS) if decl.type == "longtext" else 1,
        "options": [
            {"label": str(label), "alt": [(a["lang"], a["options"].get(str(value), "")) for a in alt]}
            for value, label in options.items()
        ] or [{"label": value, "alt": []} for value in worksheet_fields.FIELD_TYPE_SPEC[decl.type].options],
        "min_label": str(decl.options.get("min_label") or ""),
        "max_label": str(decl.options.get("max_label") or ""),
        **_alternate_ends(decl, alt),
        "alt": [(a["lang"], a["label"]) for a in alt],
        "alt_hint": [(a["lang"], a["hint"]) for a in alt],
    }


def _take(sheet: Sheet, kind: str, block: WorksheetBlock) -> FieldDecl:
    """The registry's next declaration of this worksheet, which must be the block being converted."""
    if sheet.definition is None:
        raise PluginError(f"{STATE.page}: has a '/// {kind}' block but was not read as a worksheet page")
    if sheet.position >= len(sheet.decls):
        raise PluginError(f"{sheet.definition.path}: more worksheet blocks were converted than the registry read")
    decl = sheet.decls[sheet.position]
    sheet.position += 1
    written = str(block.options.get("id", "")) if kind != "recall" else decl.id
    if decl.kind != kind or (kind == "field" and (decl.type != block.argument or decl.id != written)):
        raise PluginError(
            f"{sheet.definition.path}:{decl.line}: the registry read {decl.kind} '{decl.id}' here, but the build "
            f"converted a {kind} block '{written}': the page changed during the build?"
        )
    return decl


def _alternate_ends(decl: FieldDecl, alt: list[dict[str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """A scale's end labels in the other languages (those that differ), for bilingual print: `alt_min`, `alt_max`."""
    return {
        f"alt_{end}": [(a["lang"], a[f"{end}_label"]) for a in alt
                       if a[f"{end}_label"] and a[f"{end}_label"] != str(decl.options.get(f"{end}_label") or "")]
        for end in ("min", "max")
    }


def _alternates(sheet: Sheet, decl_id: str, group_id: str | None) -> list[dict[str, Any]]:
    """Labels of the same field in the other languages, for bilingual print."""
    found = []
    worksheet_id = sheet.definition.worksheet if sheet.definition else None
    sources = _registry().worksheets.get(worksheet_id or "", {})
    for lang in STATE.languages:
        if lang == STATE.lang or lang not in sources:
            continue
        for decl in sources[lang].flat():
            if decl.id == decl_id and decl.group == group_id and decl.kind in ("field", "group"):
                opts = decl.options.get("options") or {}
                found.append({"lang": lang, "label": decl.label, "options": {str(k): str(v) for k, v in opts.items()},
                              "hint": str(decl.options.get("hint") or ""), "item": str(decl.options.get("item") or ""),
                              "min_label": str(decl.options.get("min_label") or ""),
                              "max_label": str(decl.options.get("max_label") or "")})
                break
    return found


def _number_title(title: etree.Element, number: str, worksheet_id: str) -> None:
    """Put the section number before an embedded worksheet's title and its titles in the other languages after it."""
    if number:
        span = etree.Element("span", {"class": "ws-sheet__number"})
        span.text, span.tail, title.text = number, " " + (title.text or ""), None
        title.insert(0, span)
    sources = _registry().worksheets.get(worksheet_id, {})
    for lang in STATE.languages:
        if lang != STATE.lang and lang in sources:
            title.append(_parse(_render("alt-label.html", lang=lang, text=sources[lang].title)))


def _render(template: str, **context: Any) -> str:
    if STATE.env is None:
        raise PluginError("worksheet blocks were rendered before the theme environment was ready")
    return STATE.env.get_template(TEMPLATES + template).render(ui=STATE.ui.get(STATE.lang, {}), **context)


def _parse(html: str) -> etree.Element:
    """A template's markup as an element, so Markdown can put content inside it (fields into a group's row)."""
    return etree.fromstring(html.strip())


def _stash(parent: etree.Element, md: Markdown, template: str, **context: Any) -> etree.Element:
    """Render a field template and hand the HTML to Markdown untouched."""
    holder = etree.SubElement(parent, "div", {"class": "ws-block"})
    holder.text = md.htmlStash.store(_render(template, **context))
    return holder


def _sheet() -> Sheet:
    if not STATE.sheets:
        raise PluginError("a worksheet block was converted outside a page")
    return STATE.sheets[-1]


def _registry() -> Registry:
    if STATE.registry is None:
        raise PluginError("the worksheet registry is not ready: it is read in on_files")
    return STATE.registry


def storage_namespace(config: MkDocsConfig) -> str:
    settings = config.extra.get("worksheets") or {}
    return str(settings.get("storage_namespace") or DEFAULT_NAMESPACE)
