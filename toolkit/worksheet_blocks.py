"""The worksheet blocks (`/// field`, `//// group`, `/// recall`, `///// worksheet`) for pymdownx.blocks.

pymdownx.blocks finds the blocks (so a block inside a tab or an admonition counts, and one inside code or an HTML
comment does not); what a block *means* is decided by a handler:

- `CollectHandler` (this module) turns each block into a `FieldDecl` with its source line and the declaration
  errors: the worksheet registry (`toolkit.registry`) runs it once per page and language at the start of a build;
- the build's renderer (hooks/worksheets.py) takes the registry's declarations in the same order and renders
  their templates, so nothing is parsed twice and every rendered field is the declaration the guard checked.

Source lines: before collecting, `mark_lines` appends an invisible marker with the file line to every block
header (`/// field | text ⟦ws-line:12⟧`); the block strips it from its argument. A marker left in the text of a
paragraph belongs to a header pymdownx.blocks refused (options that are not YAML), which is reported at its line.

The blocks accept any option and leave checking to `toolkit.worksheet_fields`, so an unknown option is a message
naming it, not a field that silently disappears.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from xml.etree import ElementTree as etree

import markdown
import yaml
from markdown.treeprocessors import Treeprocessor
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from toolkit import worksheet_fields
from toolkit.worksheet_fields import DeclError, FieldDecl, Worksheet

if TYPE_CHECKING:
    from markdown import Markdown
    from pymdownx.blocks import BlocksProcessor

MARK = " \u27e6ws-line:{}\u27e7"
RE_MARK = re.compile("[ \t]*\u27e6ws-line:(\\d+)\u27e7")
RE_HEADER = re.compile(r"^(?P<head>[ \t]*/{3,}[ \t]*(?P<name>field|group|recall)\b[ \t]*(?P<bar>\|)?.*?)[ \t]*$")
RE_GROUP_END = re.compile(r"^[ \t]*(?P<fence>/{4,})[ \t]*$")

#: Extensions used when no site configuration is given (unit tests): the block-level ones the site uses.
DEFAULT_EXTENSIONS: tuple[str, ...] = (
    "admonition", "attr_list", "md_in_html", "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed",
)


def mark_lines(body: str, first_line: int = 1) -> str:
    """`body` with the file line (body line 1 = `first_line`) appended to every worksheet block header."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        match = RE_HEADER.match(line)
        if match:
            bar = "" if match.group("bar") or match.group("name") == "field" else " |"
            lines[index] = match.group("head") + bar + MARK.format(first_line + index)
    return "\n".join(lines)


def split_mark(argument: str | None) -> tuple[str, int]:
    """(argument without the line marker, the marked line or 0)."""
    text = argument or ""
    found = RE_MARK.search(text)
    return RE_MARK.sub("", text).strip(), int(found.group(1)) if found else 0


# ---------------------------------------------------------------------------------------------------------------------
# The blocks and their handler
# ---------------------------------------------------------------------------------------------------------------------


class Handler(Protocol):
    """What the blocks ask of whoever handles them (collecting declarations or rendering them)."""

    def field(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element: ...
    def recall(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element: ...
    def group(self, block: WorksheetBlock, parent: etree.Element) -> tuple[etree.Element, etree.Element]: ...
    def group_end(self, block: WorksheetBlock) -> None: ...
    def sheet(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element: ...
    def sheet_end(self, block: WorksheetBlock) -> None: ...


class WorksheetBlock(Block):
    """Common part: any option is accepted as written; the argument's line marker becomes `self.line`."""

    ARGUMENT = None
    OPTIONS: dict[str, Any] = {}
    line = 0
    row: etree.Element | None = None

    def _validate(self, parent: etree.Element, arg: Any, **options: Any) -> bool:
        self.argument, self.line = split_mark(arg)
        if self.ARGUMENT and not self.argument:
            return False
        # pymdownx.blocks reads `attrs` when it creates the element; worksheet blocks take no HTML attributes.
        self.options = {**options, "attrs": {}}
        return True

    @property
    def handler(self) -> Handler:
        return self.md.worksheet_handler  # type: ignore[attr-defined, no-any-return]


class FieldBlock(WorksheetBlock):
    NAME = "field"
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        return self.handler.field(self, parent)


class RecallBlock(WorksheetBlock):
    NAME = "recall"

    def on_create(self, parent: etree.Element) -> etree.Element:
        return self.handler.recall(self, parent)


class GroupBlock(WorksheetBlock):
    NAME = "group"

    def on_create(self, parent: etree.Element) -> etree.Element:
        wrapper, self.row = self.handler.group(self, parent)
        return wrapper

    def on_add(self, block: etree.Element) -> etree.Element:
        return self.row if self.row is not None else block

    def on_end(self, block: etree.Element) -> None:
        self.handler.group_end(self)


class SheetBlock(WorksheetBlock):
    """`///// worksheet | <id>`: another worksheet's body inside a page (the printable workbook)."""

    NAME = "worksheet"
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        return self.handler.sheet(self, parent)

    def on_end(self, block: etree.Element) -> None:
        self.handler.sheet_end(self)


class WorksheetBlocksExtension(BlocksExtension):
    """Registers the worksheet blocks; `handler` decides what they produce."""

    def __init__(self, handler: Handler, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.handler = handler

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:  # noqa: N802 - its name
        md.worksheet_handler = self.handler  # type: ignore[attr-defined]
        for block in (FieldBlock, GroupBlock, RecallBlock, SheetBlock):
            block_mgr.register(block, {})


# ---------------------------------------------------------------------------------------------------------------------
# Collecting declarations
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class _OpenGroup:
    line: int
    length: int
    options: dict[str, Any]
    children: list[FieldDecl] = field(default_factory=list)
    broken: bool = False


class CollectHandler:
    """Turns the blocks of one page into declarations and errors (`result()`), in document order."""

    def __init__(self) -> None:
        self.fields: list[FieldDecl] = []
        self.errors: list[DeclError] = []
        self.groups: list[_OpenGroup] = []

    def field(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        self._add(block, "field", block.argument)
        return etree.SubElement(parent, "div")

    def recall(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        self._add(block, "recall", "")
        return etree.SubElement(parent, "div")

    def group(self, block: WorksheetBlock, parent: etree.Element) -> tuple[etree.Element, etree.Element]:
        element = etree.SubElement(parent, "div")
        if self.groups:
            self.errors.append(DeclError(block.line, "groups cannot be nested: close the previous group first"))
        elif block.length < 4:
            self.errors.append(DeclError(block.line, "a group needs four slashes (////) so that its fields can sit inside it"))
        else:
            self.groups.append(_OpenGroup(block.line, block.length, _options(block)))
        return element, element

    def group_end(self, block: WorksheetBlock) -> None:
        if self.groups and self.groups[-1].line == block.line:
            self.fields.append(self._finish(self.groups.pop()))

    def sheet(self, block: WorksheetBlock, parent: etree.Element) -> etree.Element:
        self.errors.append(DeclError(block.line, "a worksheet page cannot embed another worksheet"))
        return etree.SubElement(parent, "div")

    def sheet_end(self, block: WorksheetBlock) -> None:
        return None

    def result(self) -> Worksheet:
        """Every declaration and error; a group still open at the end was never closed."""
        for group in self.groups:
            self.errors.append(DeclError(group.line, "this group is never closed: end it with a line of four slashes (////)"))
            self.fields.append(self._finish(group))
        self.groups = []
        worksheet_fields.check_unique(self.fields, self.errors)
        return Worksheet(self.fields, sorted(self.errors, key=lambda error: error.line))

    def _add(self, block: WorksheetBlock, name: str, argument: str) -> None:
        group = self.groups[-1] if self.groups else None
        options = _options(block)
        group_id = str(group.options.get("id", "")) if group else None
        decl = worksheet_fields.make_decl(name, argument, options, block.line, group_id, self.errors)
        if decl is not None:
            (group.children if group else self.fields).append(decl)
        elif group is not None:
            group.broken = True

    def _finish(self, group: _OpenGroup) -> FieldDecl:
        return worksheet_fields.finish_group(group.line, group.options, group.children, group.broken, self.errors)


def _options(block: WorksheetBlock) -> dict[str, Any]:
    """The options as the author wrote them (pymdownx.blocks' reserved `attrs` left out)."""
    return {key: value for key, value in block.options.items() if key != "attrs"}


def _fast_options(processor: Any) -> None:
    """Read block options with libyaml when it is there: pymdownx.blocks' pure-Python YAML is most of the time
    collecting takes. Same YAML and same rule (a mapping, or the block is refused); only this Markdown instance."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return
    original = processor.split_header

    def split_header(block: str, length: int) -> tuple[dict[str, Any] | None, str]:
        with _yaml_loader(loader):
            return original(block, length)  # type: ignore[no-any-return]

    processor.split_header = split_header


class _yaml_loader:  # noqa: N801 - used as a context manager
    """Temporarily make pymdownx.blocks' `yaml.safe_load` use `loader`."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def __enter__(self) -> None:
        import pymdownx.blocks as blocks_module

        self.module = blocks_module
        self.saved = blocks_module.yaml
        blocks_module.yaml = _FastYaml(self.loader)  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        self.module.yaml = self.saved


class _FastYaml:
    """The one function pymdownx.blocks uses from the yaml module, with the C loader."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def safe_load(self, text: str) -> Any:
        return yaml.load(text, Loader=self.loader)  # noqa: S506 - a safe loader


class _RefusedHeaders(Treeprocessor):
    """Headers pymdownx.blocks refused stay as paragraph text with their marker: report them at their line.

    Runs on the block parser's tree (before inline patterns): fenced code and HTML comments are stashed, and
    indented code is `pre`/`code`, so only a header that is meant as a block can leave a marker in text.
    """

    def __init__(self, md: Markdown, handler: CollectHandler, body_lines: list[str], first_line: int) -> None:
        super().__init__(md)
        self.handler = handler
        self.body_lines = body_lines
        self.first_line = first_line

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            # Text inside code is what the author shows, not a block; the text after it is not.
            texts = (element.tail,) if element.tag in ("code", "pre") else (element.text, element.tail)
            for text in texts:
                for found in RE_MARK.finditer(text or ""):
                    line = int(found.group(1))
                    self.handler.errors.append(DeclError(line, self._reason(line)))

    def _reason(self, line: int) -> str:
        """Why the options after the header on `line` are not a YAML mapping."""
        start = line - self.first_line + 1
        options = []
        for text in self.body_lines[start:]:
            if not text.strip() or text.strip().startswith("///"):
                break
            options.append(text)
        try:
            loaded = yaml.safe_load(textwrap.dedent("\n".join(options)))
        except yaml.YAMLError as exc:
            return f"the options of this block are not valid YAML ({worksheet_fields.yaml_reason(exc)})"
        if loaded is not None and not isinstance(loaded, dict):
            return "the options of this block must be 'key: value' lines indented by 4 spaces"
        return "this block was not read: put its options on the lines right after the header, indented by 4 spaces"


class Collector:
    """Reads the declarations of page bodies with one Markdown instance (reset between pages).

    `extensions`/`configs` are the site's Markdown extensions (MkDocs' `markdown_extensions`/`mdx_configs`),
    so blocks are found exactly where the build finds them.
    """

    def __init__(self, extensions: Sequence[Any] = DEFAULT_EXTENSIONS, configs: dict[str, Any] | None = None) -> None:
        self.blocks = WorksheetBlocksExtension(CollectHandler())
        self.md = markdown.Markdown(extensions=[*extensions, self.blocks], extension_configs=dict(configs or {}))
        self.refused = _RefusedHeaders(self.md, CollectHandler(), [], 1)
        _fast_options(self.md.parser.blockprocessors["blocks"])

    def collect(self, body: str, first_line: int = 1) -> Worksheet:
        """The declarations of one page body (front matter removed; its first line is file line `first_line`).

        Only the first two stages of Python-Markdown run (preprocessors, then the block parser, where blocks are
        found and nested): inline patterns and serialising cannot move a block, and they cost most of the time.
        """
        handler = CollectHandler()
        self.md.reset()
        self.md.worksheet_handler = handler  # type: ignore[attr-defined]
        self.refused.handler, self.refused.body_lines, self.refused.first_line = handler, body.split("\n"), first_line
        lines = mark_lines(body, first_line).split("\n")
        for preprocessor in self.md.preprocessors:
            lines = preprocessor.run(lines)
        self.refused.run(self.md.parser.parseDocument(lines).getroot())
        return handler.result()


def collect_worksheet(
    body: str, first_line: int = 1, extensions: Sequence[Any] = DEFAULT_EXTENSIONS, configs: dict[str, Any] | None = None
) -> Worksheet:
    """`Collector(extensions, configs).collect(body, first_line)` for one page."""
    return Collector(extensions, configs).collect(body, first_line)
