"""The worksheet registry: every worksheet's declarations, per language, with source lines, read once per build.

Built at the start of a build (`toolkit.session`) and read by the sync guard (field parity, declaration errors,
recall targets), the renderer (hooks/worksheets.py), the answers manifest, the printable workbook and the tests.
Nothing else reads `/// field` blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from toolkit.frontmatter import SourcePage
from toolkit.problems import Problem
from toolkit.worksheet_blocks import Collector
from toolkit.worksheet_fields import DeclError, FieldDecl, Worksheet

#: A body that may hold worksheet blocks; other pages are not rendered for the registry.
RE_MAY_DECLARE = re.compile(r"^[ \t>]*/{3,}[ \t]*(?:field|group|recall)\b", re.M)


@dataclass(frozen=True)
class WorksheetDef:
    """One language version of one page's declarations.

    `worksheet` is the front matter's `worksheet:` id (None on a page that declares fields without one); `path`
    is the file as messages show it; `fields` are top-level declarations (groups hold their fields); `errors`
    are declaration problems with their file lines.
    """

    worksheet: str | None
    page: str
    lang: str
    path: str
    title: str
    fields: tuple[FieldDecl, ...]
    errors: tuple[DeclError, ...]

    def flat(self) -> list[FieldDecl]:
        """Every declaration in document order, each group followed by its fields."""
        out: list[FieldDecl] = []
        for decl in self.fields:
            out.append(decl)
            out.extend(decl.children)
        return out

    def find(self, field_id: str) -> FieldDecl | None:
        """The field or group with this id, top level or inside a group."""
        return next((decl for decl in self.flat() if decl.kind in ("field", "group") and decl.id == field_id), None)


@dataclass
class Registry:
    """Declarations of every page that has any: `pages[(page, lang)]`; worksheets by id: `worksheets[id][lang]`.

    `order` is the worksheet ids in navigation (process) order once the navigation is known; until then, by path.
    """

    languages: tuple[str, ...]
    pages: dict[tuple[str, str], WorksheetDef] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    _by_id: tuple[tuple[int, tuple[str, ...]], dict[str, dict[str, WorksheetDef]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def worksheets(self) -> dict[str, dict[str, WorksheetDef]]:
        """{worksheet id: {lang: WorksheetDef}} in `order`; remade only when the pages or the order change (every
        rendered field asks for its labels in the other languages)."""
        key = (len(self.pages), tuple(self.order))
        if self._by_id is None or self._by_id[0] != key:
            self._by_id = (key, self._group())
        return self._by_id[1]

    def _group(self) -> dict[str, dict[str, WorksheetDef]]:
        found: dict[str, dict[str, WorksheetDef]] = {}
        for definition in self.pages.values():
            if definition.worksheet:
                found.setdefault(definition.worksheet, {})[definition.lang] = definition
        position = {worksheet_id: index for index, worksheet_id in enumerate(self.order)}
        return dict(sorted(found.items(), key=lambda item: position.get(item[0], len(position))))

    def get(self, worksheet_id: str, lang: str) -> WorksheetDef | None:
        return self.worksheets.get(worksheet_id, {}).get(lang)

    def for_page(self, page: str, lang: str) -> WorksheetDef | None:
        return self.pages.get((page, lang))


def build_registry(
    sources: Iterable[tuple[str, str, str, SourcePage]], languages: Sequence[str], collector: Collector
) -> Registry:
    """Read the declarations of every page that has `worksheet:` in its front matter or any worksheet block.

    `sources` yields (page, lang, path as shown, SourcePage); `collector` carries the site's Markdown extensions.
    """
    registry = Registry(tuple(languages))
    for page, lang, path, source in sources:
        worksheet_id = source.meta.get("worksheet")
        if not worksheet_id and not RE_MAY_DECLARE.search(source.body):
            continue
        sheet: Worksheet = collector.collect(source.body, source.body_line)
        title = str(source.meta.get("title") or worksheet_id or page)
        registry.pages[(page, lang)] = WorksheetDef(
            str(worksheet_id) if worksheet_id else None, page, lang, path, title, tuple(sheet.fields), tuple(sheet.errors)
        )
    registry.order = sorted({d.worksheet for d in registry.pages.values() if d.worksheet},
                            key=lambda wid: min(d.page for d in registry.pages.values() if d.worksheet == wid))
    return registry


# ---------------------------------------------------------------------------------------------------------------------
# Checks over the whole registry
# ---------------------------------------------------------------------------------------------------------------------


def check_declarations(definition: WorksheetDef) -> list[Problem]:
    """The page's own declaration errors, and blocks on a page that is not a worksheet."""
    problems = [Problem(definition.path, error.line, error.message) for error in definition.errors]
    if definition.worksheet is None and definition.fields:
        first = definition.fields[0]
        problems.append(
            Problem(
                definition.path,
                first.line,
                "declares worksheet fields but its front matter has no 'worksheet: <id>': add it, or remove the block",
            )
        )
    return problems


def check_recalls(registry: Registry, definition: WorksheetDef) -> list[Problem]:
    """Each `/// recall` names a worksheet and a field (or group) that exist, in the page's own language."""
    problems = []
    for decl in definition.flat():
        if decl.kind != "recall":
            continue
        target_id, field_id = str(decl.options.get("worksheet") or ""), str(decl.options.get("field") or "")
        if not target_id or not field_id:
            continue  # the missing option is already a declaration error
        target = registry.get(target_id, definition.lang)
        if target is None:
            known = ", ".join(sorted(registry.worksheets)) or "none"
            problems.append(
                Problem(definition.path, decl.line, f"recalls worksheet '{target_id}', which does not exist (worksheets: {known})")
            )
        elif target.find(field_id) is None:
            known = ", ".join(d.id for d in target.flat() if d.kind in ("field", "group"))
            problems.append(
                Problem(
                    definition.path,
                    decl.line,
                    f"recalls field '{field_id}' of worksheet '{target_id}', which {target.path} does not declare "
                    f"(its fields: {known})",
                )
            )
    return problems


#: The field the evaluation page filters by; its options are the roles it knows (feedback files carry the role).
ROLE_FIELD = "role"
ROLES = ("mentee", "mentor")


def check_aggregate(definition: WorksheetDef) -> list[Problem]:
    """Fields marked `aggregate: true` can be counted on the coordinator's evaluation page.

    A worksheet's aggregable `role` field is what the page filters by, so it must be a choice between the roles
    the page knows (`ROLES`), and a worksheet whose only aggregable fields are open answers gives a file of text
    alone, which the page cannot summarise: both are refused, naming the line.
    """
    problems = []
    counted = [decl for decl in definition.fields if decl.kind == "field" and decl.aggregate]
    role = next((decl for decl in counted if decl.id == ROLE_FIELD), None)
    if role is not None and (role.type != "choice" or not set(role.option_values) <= set(ROLES) or not role.option_values):
        problems.append(Problem(
            definition.path, role.line,
            f"the aggregated field '{ROLE_FIELD}' is what the evaluation page filters by: make it a choice with "
            f"options from {', '.join(ROLES)} (it is {role.type} with options {', '.join(role.option_values) or 'none'})"))
    if counted and all(decl.type in ("text", "longtext") for decl in counted):
        problems.append(Problem(
            definition.path, counted[0].line,
            "every field marked 'aggregate: true' here is an open answer: mark at least one choice or scale too, "
            "so the feedback file has something to count"))
    return problems


def check_unique_worksheets(registry: Registry) -> list[Problem]:
    """Two pages of one language cannot both be worksheet `<id>`: answers are stored by that id."""
    problems = []
    claimed: dict[tuple[str, str], WorksheetDef] = {}
    for definition in registry.pages.values():
        if not definition.worksheet:
            continue
        key = (definition.worksheet, definition.lang)
        if key in claimed:
            problems.append(
                Problem(
                    definition.path,
                    1,
                    f"says worksheet: {definition.worksheet}, which {claimed[key].path} already is: "
                    "each worksheet id belongs to one page",
                )
            )
        claimed.setdefault(key, definition)
    return problems
