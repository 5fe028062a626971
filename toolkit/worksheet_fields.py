"""Worksheet field declarations: the field type spec, the declaration records and the rules one declaration obeys.

`FIELD_TYPE_SPEC` is the one table of field types (value kind, options, limits, template) that the renderer, the
answers manifest and the tests derive from. pymdownx.blocks finds the blocks (`toolkit.worksheet_blocks`); this
module turns one block's type and options into a `FieldDecl` and says what is wrong with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# ---------------------------------------------------------------------------------------------------------------------
# Field types
# ---------------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldType:
    """What one field type is: the kind of value it stores, its limits and the block options it accepts.

    `value` is the value kind the browser script reads and writes ("text", "date", "choice", "multichoice" or
    "none" for fields nothing is typed into); `maxlength` is in characters (JavaScript string length);
    `options` are fixed option values (the scale); `template` is the field template under
    overrides/partials/worksheet/fields/.
    """

    name: str
    value: str
    extra_options: frozenset[str] = frozenset()
    maxlength: int | None = None
    options: tuple[str, ...] = ()

    @property
    def template(self) -> str:
        return f"fields/{self.name}.html"

    def manifest(self) -> dict[str, Any]:
        """The entry of the answers manifest's `types` table (JSON)."""
        entry: dict[str, Any] = {"value": self.value}
        if self.maxlength is not None:
            entry["maxlength"] = self.maxlength
        if self.options:
            entry["options"] = list(self.options)
        return entry


SCALE_VALUES = ("1", "2", "3", "4", "5")

#: Every field type: one row here, one template, one stylesheet section and its fixtures make a new type.
FIELD_TYPE_SPEC: dict[str, FieldType] = {
    spec.name: spec
    for spec in (
        FieldType("text", "text", frozenset({"aggregate"}), maxlength=500),
        FieldType("longtext", "text", frozenset({"rows", "aggregate"}), maxlength=10_000),
        FieldType("date", "date", maxlength=10),
        FieldType("choice", "choice", frozenset({"options", "renamed_options", "aggregate"})),
        FieldType("multichoice", "multichoice", frozenset({"options", "renamed_options", "aggregate"})),
        FieldType("scale", "choice", frozenset({"min_label", "max_label", "aggregate"}), options=SCALE_VALUES),
        FieldType("signature", "none"),
    )
}

#: Field type -> options it accepts beyond the common ones (derived from the spec).
FIELD_TYPES: dict[str, frozenset[str]] = {name: spec.extra_options for name, spec in FIELD_TYPE_SPEC.items()}
COMMON_OPTIONS = frozenset({"id", "label", "hint", "renamed_from"})
GROUP_OPTIONS = frozenset({"id", "label", "item", "hint", "renamed_from", "print_rows"})
RECALL_OPTIONS = frozenset({"worksheet", "field", "label", "empty"})

DEFAULT_ROWS = 4
#: Empty rows a repeatable group prints on blank paper (`print_rows`); 1 means one row per sheet of paper.
DEFAULT_PRINT_ROWS = 3
PRINT_ROWS_RANGE = (1, 20)

#: Limits every reader and writer of answers uses (the Add button, save, export, import).
MAX_ROWS = 200
#: The largest answers file import accepts, in bytes. An export holds at most what the browser's storage holds
#: (Chromium and Firefox: 5 M UTF-16 code units per origin); escaped as JSON and pretty-printed in UTF-8 that stays
#: well under this, so every file export can write imports back.
MAX_FILE_BYTES = 32 * 1024 * 1024

#: `aggregate: true` marks a field whose answer goes into the anonymous feedback file (the coordinator's evaluation
#: page counts it): choices and scales are counted; a text answer is an open answer, which goes only with the
#: person's consent. Only these types accept the option (FIELD_TYPE_SPEC), and never inside a group.
AGGREGATE_OPTION = "aggregate"

RE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
#: An option value some earlier version stored: an option id, or a scale's value ("1"–"5") when a scale field became a
#: choice (`renamed_options` then maps the numbers, written in quotes, to the choice's options).
RE_EARLIER_OPTION = re.compile(rf"^(?:{RE_ID.pattern[1:-1]}|{'|'.join(SCALE_VALUES)})$")


# ---------------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldDecl:
    """One declared field, group or recall block, with the 1-based line of its header."""

    kind: str  # "field", "group" or "recall"
    type: str  # field type; "group" or "recall" for those kinds
    id: str
    line: int
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    group: str | None = None
    children: tuple[FieldDecl, ...] = ()

    @property
    def label(self) -> str:
        return str(self.options.get("label", ""))

    @property
    def option_values(self) -> tuple[str, ...]:
        opts = self.options.get("options")
        return tuple(str(k) for k in opts) if isinstance(opts, dict) else ()

    @property
    def renamed_from(self) -> tuple[str, ...]:
        """Earlier ids of this field or group, whose saved answers it takes over."""
        value = self.options.get("renamed_from")
        if value in (None, ""):
            return ()
        return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)

    @property
    def renamed_options(self) -> dict[str, str]:
        """Earlier option value -> current option value, for saved answers of a choice."""
        value = self.options.get("renamed_options")
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @property
    def aggregate(self) -> bool:
        """True when the field's answer goes into the anonymous feedback file (`aggregate: true`)."""
        return self.options.get(AGGREGATE_OPTION) is True

    @property
    def print_rows(self) -> int:
        """A group's empty rows on blank paper (`print_rows`, checked by `finish_group`)."""
        value = self.options.get("print_rows")
        return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_PRINT_ROWS

    @property
    def signature(self) -> tuple[Any, ...]:
        """What must be identical in every language: kind, type, id, option values, renames, a group's printed rows
        and its children."""
        return (
            self.kind,
            self.type,
            self.id,
            self.print_rows if self.kind == "group" else None,
            self.aggregate,
            self.option_values,
            self.renamed_from,
            tuple(sorted(self.renamed_options.items())),
            tuple(c.signature for c in self.children),
        )


@dataclass(frozen=True)
class DeclError:
    line: int
    message: str


@dataclass
class Worksheet:
    """All declarations of one page, in source order, plus what was wrong with them."""

    fields: list[FieldDecl]
    errors: list[DeclError]

    def flat(self) -> list[FieldDecl]:
        """Every declaration with group children listed after their group."""
        out: list[FieldDecl] = []
        for decl in self.fields:
            out.append(decl)
            out.extend(decl.children)
        return out


# ---------------------------------------------------------------------------------------------------------------------
# Checking one declaration (the blocks are found by pymdownx.blocks: toolkit.worksheet_blocks)
# ---------------------------------------------------------------------------------------------------------------------


def make_decl(
    name: str, arg: str, options: dict[str, Any], lineno: int, group: str | None, errors: list[DeclError]
) -> FieldDecl | None:
    """The declaration of a `field` or `recall` block at file line `lineno`; problems are appended to `errors`.

    Returns None when the block cannot be a field at all (unknown type).
    """
    if name == "recall":
        allowed, ftype = RECALL_OPTIONS, "recall"
        required = ("worksheet", "field", "label")
    else:
        if arg not in FIELD_TYPES:
            known = ", ".join(FIELD_TYPES)
            errors.append(DeclError(lineno, f"unknown field type '{arg}': use one of {known}"))
            return None
        allowed, ftype = COMMON_OPTIONS | FIELD_TYPES[arg], arg
        required = ("id", "label")
    _check_options(options, allowed, required, lineno, errors)
    if ftype in ("choice", "multichoice"):
        opts = options.get("options")
        if not isinstance(opts, dict) or not opts:
            errors.append(DeclError(lineno, f"a {ftype} field needs 'options:' with 'value-id: label' lines"))
        else:
            for key, label in opts.items():
                if not RE_ID.match(str(key)):
                    errors.append(DeclError(lineno, f"option value '{key}' must be lowercase kebab-case, e.g. 'in-person'"))
                if not isinstance(label, str):
                    # YAML reads yes/no/on/off/true/false as booleans and 1.5 as a number: the page would show "True".
                    errors.append(DeclError(
                        lineno, f"the label of option '{key}' is read as {label!r}, not as text: put it in quotes, "
                                f"e.g. {key}: \"{_as_written(label)}\""))
    if ftype == "longtext" and "rows" in options:
        rows = options["rows"]
        if not isinstance(rows, int) or not 2 <= rows <= 12:
            errors.append(DeclError(lineno, f"'rows' must be a whole number from 2 to 12, not {rows!r}"))
    if AGGREGATE_OPTION in options and not isinstance(options[AGGREGATE_OPTION], bool):
        errors.append(DeclError(lineno, f"'aggregate' must be true or false, not {options[AGGREGATE_OPTION]!r}"))
    _check_renames(options, lineno, errors)
    decl_id = str(options.get("id", "")) if name != "recall" else f"recall-{options.get('worksheet')}-{options.get('field')}"
    if name != "recall" and decl_id and not RE_ID.match(decl_id):
        errors.append(DeclError(lineno, f"field id '{decl_id}' must be lowercase kebab-case, e.g. 'mentee-name'"))
    return FieldDecl(name, ftype, decl_id, lineno, options, group)


def finish_group(
    line: int, options: dict[str, Any], children: list[FieldDecl], broken: bool, errors: list[DeclError]
) -> FieldDecl:
    """The declaration of a group whose header is on `line`, once its fields are known; `broken` when one of them
    could not be read (so "no fields" would mislead)."""
    _check_options(options, GROUP_OPTIONS, ("id", "label", "item"), line, errors)
    group_id = str(options.get("id", ""))
    if group_id and not RE_ID.match(group_id):
        errors.append(DeclError(line, f"group id '{group_id}' must be lowercase kebab-case"))
    _check_renames(options, line, errors)
    if "print_rows" in options:
        rows, (low, high) = options["print_rows"], PRINT_ROWS_RANGE
        if not isinstance(rows, int) or isinstance(rows, bool) or not low <= rows <= high:
            errors.append(DeclError(line, f"'print_rows' must be a whole number from {low} to {high}, not {rows!r}"))
    if not children and not broken:
        errors.append(DeclError(line, "this group has no fields: put '/// field' blocks inside it"))
    for child in children:
        if child.kind != "field":
            errors.append(DeclError(child.line, "only '/// field' blocks can sit inside a group"))
        elif child.aggregate:
            # A group's rows are as many as a person adds: there is no one answer per person to count.
            errors.append(DeclError(child.line, "a field inside a group cannot have 'aggregate: true': "
                                                "only a field with one answer per person can be counted"))
    check_unique(children, errors)
    return FieldDecl("group", "group", group_id, line, options, None, tuple(children))


def _check_options(
    options: dict[str, Any], allowed: frozenset[str], required: tuple[str, ...], lineno: int, errors: list[DeclError]
) -> None:
    for key in options:
        if key not in allowed:
            errors.append(DeclError(lineno, f"unknown option '{key}': this block accepts {', '.join(sorted(allowed))}"))
    for key in required:
        if not str(options.get(key) or "").strip():
            errors.append(DeclError(lineno, f"missing '{key}:' option"))


def _check_renames(options: dict[str, Any], lineno: int, errors: list[DeclError]) -> None:
    """`renamed_from` is one id or a list of ids; `renamed_options` maps earlier option values to current ones."""
    old = options.get("renamed_from")
    if old is not None:
        olds = old if isinstance(old, list) else [old]
        for value in olds:
            if not isinstance(value, str) or not RE_ID.match(value):
                errors.append(DeclError(lineno, f"'renamed_from' must be an earlier id or a list of them, in kebab-case, not {value!r}"))
        if str(options.get("id", "")) in [str(v) for v in olds]:
            errors.append(DeclError(lineno, f"'renamed_from' names the field's own id '{options.get('id')}'"))
    renames = options.get("renamed_options")
    if renames is None:
        return
    current = options.get("options") if isinstance(options.get("options"), dict) else {}
    if not isinstance(renames, dict) or not renames:
        errors.append(DeclError(lineno, "'renamed_options' needs 'old-value: new-value' lines"))
        return
    for old_value, new_value in renames.items():
        if not RE_EARLIER_OPTION.match(str(old_value)):
            errors.append(DeclError(lineno, f"earlier option value '{old_value}' must be lowercase kebab-case (or a scale value 1–5)"))
        elif str(old_value) in map(str, current):
            errors.append(DeclError(lineno, f"earlier option value '{old_value}' is still an option: remove it from 'renamed_options'"))
        if str(new_value) not in map(str, current):
            known = ", ".join(map(str, current))
            errors.append(DeclError(lineno, f"'renamed_options' maps '{old_value}' to '{new_value}', which is not an option ({known})"))


def check_unique(decls: list[FieldDecl], errors: list[DeclError]) -> None:
    seen: dict[str, int] = {}
    for decl in decls:
        if decl.kind == "recall" or not decl.id:
            continue
        if decl.id in seen:
            errors.append(DeclError(decl.line, f"field id '{decl.id}' is already used on line {seen[decl.id]}"))
        seen.setdefault(decl.id, decl.line)
    # An earlier id names saved answers: it must not be a current id, nor claimed by two fields.
    claimed: dict[str, int] = {}
    for decl in decls:
        for old in decl.renamed_from:
            if old in seen:
                errors.append(DeclError(decl.line, f"'renamed_from: {old}' is the id of a current field (line {seen[old]}): an earlier id cannot be reused"))
            elif old in claimed:
                errors.append(DeclError(decl.line, f"'renamed_from: {old}' is already claimed on line {claimed[old]}"))
            claimed.setdefault(old, decl.line)


def yaml_reason(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]


def _as_written(value: Any) -> str:
    """A YAML scalar as an author most likely wrote it (True -> yes), for the fix a message suggests."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)
