"""The answers manifest: what an answers record or file may hold, derived from the registry and the field type spec.

The browser scripts read it (embedded in worksheet pages, My answers and the workbook) to count answers, to
validate imports and to migrate renamed fields. Its JSON shape is a contract (tests pin it byte for byte):

`{format, version, limits: {max_rows, max_file_bytes}, types: {<type>: {value, maxlength?, options?}},
worksheets: {<id>: {title, page, fields: {<id>: {type, label?, options?, option_labels?, renamed_from?,
renamed_options?, aggregate?, min_label?, max_label?} | {type: "group", label?, item?, renamed_from?, fields}}}}}`, texts in the page's
language. `aggregate: true` marks a field whose answer goes into the anonymous feedback file; only the evaluation
page's manifest (`aggregate_only`) carries it, with a scale's end labels (a worksheet's dialog gets its fields
with its markup).
A field's length limit is its type's (`types`). Every page gets only what its scripts read (`DETAILS`): the first
load of a page stays small.
"""

from __future__ import annotations

from typing import Any

from toolkit import worksheet_fields
from toolkit.registry import Registry
from toolkit.worksheet_fields import FieldDecl

ANSWERS_FORMAT = "tyouramentorointi-answers"
ANSWERS_VERSION = 1

#: How much of each field a page's scripts read: "answers" (types, options, renames; worksheet pages and the
#: workbook), "labels" (+ field labels and row items: My answers names answers from an earlier version),
#: "full" (+ option labels: the shared-with-me page shows another person's choices in the reader's language).
DETAILS = ("answers", "labels", "full")


def build_manifest(
    registry: Registry, lang: str, only: set[str] | None = None, detail: str = "full", aggregate_only: bool = False
) -> dict[str, Any]:
    """The manifest in `lang` (a worksheet missing in `lang` falls back to another language's labels).

    `only` limits the worksheets to those ids (a worksheet page needs its own and the ones it recalls); `detail`
    is one of `DETAILS`; `aggregate_only` keeps only the fields marked `aggregate: true` (the evaluation page reads
    nothing else). Raises ValueError for an unknown detail.
    """
    if detail not in DETAILS:
        raise ValueError(f"unknown manifest detail {detail!r}: use one of {', '.join(DETAILS)}")
    level = DETAILS.index(detail)
    worksheets = {}
    for worksheet_id, by_lang in registry.worksheets.items():
        if only is not None and worksheet_id not in only:
            continue
        source = by_lang.get(lang) or next(iter(by_lang.values()))
        worksheets[worksheet_id] = {
            "title": source.title,
            "page": source.page.rsplit("/", 1)[-1],
            "fields": {decl.id: _field(decl, level, aggregate_only) for decl in source.fields if decl.kind in ("field", "group")
                       and decl.type != "signature" and (decl.aggregate or not aggregate_only)},
        }
    return {
        "format": ANSWERS_FORMAT,
        "version": ANSWERS_VERSION,
        "limits": {"max_rows": worksheet_fields.MAX_ROWS, "max_file_bytes": worksheet_fields.MAX_FILE_BYTES},
        "types": {name: spec.manifest() for name, spec in worksheet_fields.FIELD_TYPE_SPEC.items() if spec.value != "none"},
        "worksheets": worksheets,
    }


def manifest_scope(registry: Registry, worksheet_id: str) -> set[str]:
    """A worksheet page's manifest: the worksheet itself and the worksheets its recall blocks read."""
    scope = {worksheet_id}
    for source in registry.worksheets.get(worksheet_id, {}).values():
        scope.update(str(decl.options.get("worksheet")) for decl in source.flat() if decl.kind == "recall")
    return scope


def aggregate_fields(registry: Registry, worksheet_id: str) -> list[str]:
    """The ids of a worksheet's fields marked `aggregate: true`, in order (the same in every language)."""
    by_lang = registry.worksheets.get(worksheet_id, {})
    source = next(iter(by_lang.values()), None)
    return [decl.id for decl in source.fields if decl.kind == "field" and decl.aggregate] if source else []


def aggregate_scope(registry: Registry) -> set[str]:
    """The worksheets with a field marked `aggregate: true`: those a feedback file can come from."""
    return {worksheet_id for worksheet_id, by_lang in registry.worksheets.items()
            if any(decl.aggregate for source in by_lang.values() for decl in source.fields)}


def _field(decl: FieldDecl, level: int, aggregate_marks: bool = False) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": decl.type}
    if level >= DETAILS.index("labels"):
        entry["label"] = decl.label
    if decl.kind == "group":
        if level >= DETAILS.index("labels"):
            entry["item"] = str(decl.options.get("item", ""))
        if decl.renamed_from:
            entry["renamed_from"] = list(decl.renamed_from)
        entry["fields"] = {c.id: _field(c, level) for c in decl.children if c.type != "signature"}
        return entry
    spec = worksheet_fields.FIELD_TYPE_SPEC[decl.type]
    if decl.option_values:
        entry["options"] = list(decl.option_values)
        if level >= DETAILS.index("full"):
            entry["option_labels"] = {str(k): str(v) for k, v in (decl.options.get("options") or {}).items()}
    elif spec.options:
        entry["options"] = list(spec.options)
    if decl.renamed_from:
        entry["renamed_from"] = list(decl.renamed_from)
    if decl.renamed_options:
        entry["renamed_options"] = dict(decl.renamed_options)
    if aggregate_marks and decl.aggregate:
        entry["aggregate"] = True
        # The evaluation page names a scale's ends in its report ("1 – Not at all").
        for key in ("min_label", "max_label"):
            if decl.options.get(key):
                entry[key] = str(decl.options[key])
    return entry
