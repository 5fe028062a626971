"""The answers manifest: what an answers record or file may hold, derived from the registry and the field type spec.

The browser scripts read it (embedded in worksheet pages, My answers and the workbook) to count answers, to
validate imports and to migrate renamed fields. Its JSON shape is a contract (tests pin it byte for byte):

`{format, version, limits: {max_rows, max_file_bytes}, types: {<type>: {value, maxlength?, options?}},
worksheets: {<id>: {title, page, fields: {<id>: {type, label, options?, option_labels?, maxlength?, renamed_from?,
renamed_options?} | {type: "group", label, item, renamed_from?, fields}}}}}`, labels in the page's language.
"""

from __future__ import annotations

from typing import Any

from toolkit import worksheet_fields
from toolkit.registry import Registry
from toolkit.worksheet_fields import FieldDecl

ANSWERS_FORMAT = "tyouramentorointi-answers"
ANSWERS_VERSION = 1


def build_manifest(registry: Registry, lang: str, only: set[str] | None = None) -> dict[str, Any]:
    """The manifest in `lang` (a worksheet missing in `lang` falls back to another language's labels).

    `only` limits the worksheets to those ids (a worksheet page needs its own and the ones it recalls).
    """
    worksheets = {}
    for worksheet_id, by_lang in registry.worksheets.items():
        if only is not None and worksheet_id not in only:
            continue
        source = by_lang.get(lang) or next(iter(by_lang.values()))
        worksheets[worksheet_id] = {
            "title": source.title,
            "page": source.page.rsplit("/", 1)[-1],
            "fields": {decl.id: _field(decl) for decl in source.fields if decl.kind in ("field", "group")
                       and decl.type != "signature"},
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


def _field(decl: FieldDecl) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": decl.type, "label": decl.label}
    if decl.kind == "group":
        entry["item"] = str(decl.options.get("item", ""))
        if decl.renamed_from:
            entry["renamed_from"] = list(decl.renamed_from)
        entry["fields"] = {c.id: _field(c) for c in decl.children if c.type != "signature"}
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
