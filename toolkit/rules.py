"""The sync guard's rules: each compares a source page with one translation (or checks one page) -> problems.

Finnish is the source; every other language is checked against it. Two kinds of rule:

- source rules read the files only (front matter, the translation mark, worksheet field declarations); the build
  runs them early, before anything is rendered;
- structure rules compare what Python-Markdown renders (`toolkit.structure.PageStructure`): headings, link and
  image targets, included files; the build runs them after every language is rendered.

Every message names the file and line in the translation and, where the item exists there, in the source, says
what differs, and gives the command that fixes it. A new check is one function added to a list at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from toolkit import registry as worksheet_registry
from toolkit.frontmatter import SOURCE_HASH_KEY, SourcePage, source_hash
from toolkit.problems import Problem
from toolkit.structure import Heading, PageStructure, Ref
from toolkit.worksheet_fields import DEFAULT_PRINT_ROWS, FieldDecl

SAME_FIELDS = "fields must have the same ids, types, options and order in every language"


@dataclass(frozen=True)
class Doc:
    """One language version of a page: `path` as shown in messages ("docs/x.en.md"), `page` without language."""

    path: str
    page: str
    lang: str
    source: SourcePage = field(hash=False, compare=False)
    structure: PageStructure | None = field(default=None, hash=False, compare=False)
    worksheet: worksheet_registry.WorksheetDef | None = field(default=None, hash=False, compare=False)

    @property
    def meta(self) -> dict[str, Any]:
        return self.source.meta

    def fields(self) -> list[FieldDecl]:
        """The page's declarations from the worksheet registry, groups followed by their fields."""
        return self.worksheet.flat() if self.worksheet else []


DocRule = Callable[[Doc], list[Problem]]
PairRule = Callable[[Doc, Doc], list[Problem]]

# ---------------------------------------------------------------------------------------------------------------------
# Source rules
# ---------------------------------------------------------------------------------------------------------------------


def check_front_matter(doc: Doc) -> list[Problem]:
    """The front matter parses (MkDocs would otherwise publish it as text)."""
    return [Problem(doc.path, 1, doc.source.error)] if doc.source.error else []


def check_field_declarations(doc: Doc) -> list[Problem]:
    """Worksheet field blocks are well formed (known type, id, label, options) and sit on a worksheet page."""
    return worksheet_registry.check_declarations(doc.worksheet) if doc.worksheet else []


def check_worksheet_fields(source: Doc, translation: Doc) -> list[Problem]:
    """Worksheets declare the same fields: ids, types, order, option values and groups."""
    problems = []
    src_id, tr_id = source.meta.get("worksheet"), translation.meta.get("worksheet")
    if src_id != tr_id:
        problems.append(
            Problem(translation.path, 1, f"front matter says worksheet: {tr_id!r}, but {source.path} says {src_id!r}")
        )
    if any(doc.worksheet and doc.worksheet.errors for doc in (source, translation)):
        return problems  # a block that could not be read is reported once; comparing around it only adds noise
    src_fields, tr_fields = source.fields(), translation.fields()
    for index, (src, tr) in enumerate(zip(src_fields, tr_fields), start=1):
        if src.signature == tr.signature or (src.kind == "group" and _shallow(src) == _shallow(tr)):
            continue
        problems.append(
            Problem(
                translation.path,
                tr.line,
                f"field {index} is {_describe(tr)}, but in {source.path}:{src.line} it is {_describe(src)}: {SAME_FIELDS}",
            )
        )
        return problems  # later fields are shifted
    after = tr_fields[-1] if tr_fields else None  # where the missing fields belong
    for decl in src_fields[len(tr_fields) :]:
        problems.append(
            Problem(
                translation.path,
                after.line if after else 0,
                (f"after {_describe(after)} on this line, " if after else "")
                + f"{_describe(decl)} declared in {source.path}:{decl.line} is missing",
            )
        )
    for decl in tr_fields[len(src_fields) :]:
        problems.append(Problem(translation.path, decl.line, f"declares {_describe(decl)}, which {source.path} does not"))
    return problems


def check_source_hash(source: Doc, translation: Doc) -> list[Problem]:
    """The translation was marked in sync with the current text of its source."""
    marked = translation.meta.get(SOURCE_HASH_KEY)
    command = f"make i18n-mark PAGE={source.page}"
    if not marked:
        return [
            Problem(
                translation.path,
                1,
                f"is not marked as a translation of {source.path}: check it against the source, then run '{command}'",
            )
        ]
    current = source_hash(source.source.text)
    if str(marked) != current:
        return [
            Problem(
                translation.path,
                1,
                f"is outdated: {source.path} changed after this translation was marked (source_hash {marked}, "
                f"source is now {current}). 'make i18n-status' shows what changed; update the translation, "
                f"then run '{command}'",
            )
        ]
    return []


# ---------------------------------------------------------------------------------------------------------------------
# Structure rules
# ---------------------------------------------------------------------------------------------------------------------


def check_raw_page_links(doc: Doc) -> list[Problem]:
    """Raw HTML links to `.md` files: MkDocs rewrites Markdown links only, so these would be 404s on the site."""
    problems = []
    for ref in _structure(doc).links:
        path = ref.target.split("#")[0]
        if ref.raw_html and path.endswith(".md"):
            problems.append(
                Problem(
                    doc.path,
                    ref.line,
                    f"links to '{ref.written}' in raw HTML, which the build does not turn into a page address "
                    f"(it would be a broken link on the site): write it as a Markdown link [text]({ref.written})",
                )
            )
    return problems


def check_headings(source: Doc, translation: Doc) -> list[Problem]:
    """The published headings have the same levels in the same order, and the same ids."""
    problems = []
    src_headings, tr_headings = _structure(source).headings, _structure(translation).headings
    for index, (src, tr) in enumerate(zip(src_headings, tr_headings), start=1):
        if src.level != tr.level:
            problems.append(
                Problem(
                    translation.path,
                    tr.line,
                    f"heading {index} '{tr.text}' is H{tr.level}, but in {_at(source, src)} heading {index} "
                    f"'{src.text}' is H{src.level}: the heading outlines must match",
                )
            )
            return problems  # later headings are shifted; one message is clearer than many
        if src.id != tr.id:
            problems.append(
                Problem(
                    translation.path,
                    tr.line,
                    f"heading {index} '{tr.text}' has id {_show_id(tr.id)}, but in {_at(source, src)} "
                    f"it has id {_show_id(src.id)}: use the same {{#id}} in every language",
                )
            )
    src_count, tr_count = len(src_headings), len(tr_headings)
    if src_count > tr_count:
        missing = src_headings[tr_count]
        # The line of the heading the missing one follows, so the message points where to add it.
        after = tr_headings[-1] if tr_headings else None
        problems.append(
            Problem(
                translation.path,
                after.line if after else 0,
                f"has {tr_count} headings but {source.path} has {src_count}: "
                + (f"after heading {tr_count} '{after.text}' on this line, " if after else "")
                + f"H{missing.level} '{missing.text}' ({_at(source, missing)}) and any after it are missing",
            )
        )
    elif tr_count > src_count:
        extra = tr_headings[src_count]
        problems.append(
            Problem(
                translation.path,
                extra.line,
                f"has {tr_count} headings but {source.path} has {src_count}: H{extra.level} '{extra.text}' "
                "has no counterpart in the source",
            )
        )
    return problems


def check_links(source: Doc, translation: Doc) -> list[Problem]:
    """Both pages link to the same internal targets (pages and anchors)."""
    return _compare_refs(source, translation, _structure(source).links, _structure(translation).links, "links to")


def check_images(source: Doc, translation: Doc) -> list[Problem]:
    """Both pages show the same images."""
    return _compare_refs(source, translation, _structure(source).images, _structure(translation).images, "shows the image")


def check_includes(source: Doc, translation: Doc) -> list[Problem]:
    """Both pages include the same snippet files."""
    return _compare_refs(
        source, translation, _structure(source).includes, _structure(translation).includes, "includes the file"
    )


#: Rules in the order they run. A new check is one function added here.
SOURCE_DOC_RULES: list[DocRule] = [check_front_matter, check_field_declarations]
SOURCE_PAIR_RULES: list[PairRule] = [check_worksheet_fields, check_source_hash]
STRUCTURE_DOC_RULES: list[DocRule] = [check_raw_page_links]
STRUCTURE_PAIR_RULES: list[PairRule] = [check_headings, check_links, check_images, check_includes]

# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _structure(doc: Doc) -> PageStructure:
    if doc.structure is None:
        raise ValueError(f"{doc.path}: structure rules need the rendered structure")
    return doc.structure


def _at(doc: Doc, item: Heading | Ref) -> str:
    return f"{doc.path}:{item.line}" if item.line else doc.path


def _show_id(anchor: str | None) -> str:
    return f"'#{anchor}'" if anchor else "none"


def _section_line(source: Doc, translation: Doc, line: int) -> tuple[int, str]:
    """Where in the translation an item of the source at `line` belongs: the line of the heading whose section holds
    it (the same heading by position), and how to say so; (0, "") when the source line or the heading is unknown."""
    if not line:
        return 0, ""
    src_headings, tr_headings = _structure(source).headings, _structure(translation).headings
    index = max((i for i, heading in enumerate(src_headings) if 0 < heading.line <= line), default=None)
    if index is None or index >= len(tr_headings) or not tr_headings[index].line:
        return 0, ""
    return tr_headings[index].line, f" (in the section of heading {index + 1} '{tr_headings[index].text}' here)"


def _compare_refs(source: Doc, translation: Doc, src: tuple[Ref, ...], tr: tuple[Ref, ...], verb: str) -> list[Problem]:
    src_targets, tr_targets = {r.target for r in src}, {r.target for r in tr}
    problems = []
    for ref in src:
        if ref.target not in tr_targets:
            line, where = _section_line(source, translation, ref.line)
            problems.append(
                Problem(
                    translation.path,
                    line,
                    f"{_at(source, ref)} {verb} '{ref.target}', but this translation does not{where}",
                )
            )
            tr_targets.add(ref.target)  # report each target once
    for ref in tr:
        if ref.target not in src_targets:
            problems.append(
                Problem(translation.path, ref.line, f"{verb} '{ref.target}', but the source {source.path} does not")
            )
            src_targets.add(ref.target)
    return problems


def _shallow(decl: FieldDecl) -> tuple[Any, ...]:
    return decl.kind, decl.type, decl.id, decl.print_rows if decl.kind == "group" else None


def _describe(decl: FieldDecl) -> str:
    """How messages name a declaration: what its signature holds, so two descriptions show what differs."""
    renamed = f" renamed from {', '.join(decl.renamed_from)}" if decl.renamed_from else ""
    if decl.kind == "group":
        printed = f" (print_rows {decl.print_rows})" if decl.print_rows != DEFAULT_PRINT_ROWS else ""
        return f"group '{decl.id}'{printed}{renamed}"
    if decl.kind == "recall":
        return f"recall of {decl.options.get('worksheet')}/{decl.options.get('field')}"
    where = f" in group '{decl.group}'" if decl.group else ""
    options = f" with options {', '.join(decl.option_values)}" if decl.option_values else ""
    if decl.renamed_options:
        options += " (earlier " + ", ".join(f"{old} = {new}" for old, new in sorted(decl.renamed_options.items())) + ")"
    aggregate = ", aggregate" if decl.aggregate else ""
    return f"'{decl.id}' ({decl.type}{options}{aggregate}){renamed}{where}"
