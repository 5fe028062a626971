"""Shared steps of the answers tests: opening pages, reading storage, importing a file through the preview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NAMESPACE = "tyouramentorointi"
ANSWERS_FORMAT = "tyouramentorointi-answers"


def open_sheet(page, server: str, worksheet: str, lang: str = "fi") -> None:
    """Open a worksheet page and wait until its script has mounted."""
    page.goto(server + ("en/" if lang == "en" else "") + f"worksheets/{worksheet}/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")


def open_overview(page, server: str, lang: str = "fi") -> None:
    """Open My answers and wait until its script has mounted."""
    page.goto(server + ("en/" if lang == "en" else "") + "worksheets/my-answers/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")


def record(page, worksheet: str) -> dict[str, Any] | None:
    """The stored record of a worksheet, parsed; None when there is none."""
    raw = page.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:{worksheet}')")
    return json.loads(raw) if raw else None


def stored(page, worksheet: str) -> dict[str, Any]:
    """The stored answers of a worksheet ({} when none)."""
    found = record(page, worksheet)
    return found["answers"] if found else {}


def filled(value: Any) -> Any:
    """Answers with empty values left out (rows keep their order), to compare what a person actually entered."""
    if isinstance(value, dict):
        kept = {k: filled(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in ("", [], {}, None)}
    if isinstance(value, list):
        items = [filled(v) for v in value]
        return [] if all(v in ("", {}, []) for v in items) else items
    return value


def storage_snapshot(page) -> str:
    """Every localStorage entry, sorted, as one string to compare."""
    return page.evaluate("JSON.stringify(Object.entries(localStorage).sort())")


def write_file(tmp_path: Path, name: str, data: Any) -> Path:
    """An answers file on disk."""
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def choose_file(page, path: Path) -> None:
    """Choose a file for import and wait for the preview."""
    page.locator("[data-ws-import]").set_input_files(str(path))
    page.locator("[data-ws-preview]").wait_for(state="visible")


def confirm_import(page, mode: str = "add") -> None:
    """Pick add or replace in the preview and import."""
    page.locator(f"[data-ws-import-mode][value={mode}]").check()
    page.locator("[data-ws-action=import-confirm]").click()
    page.wait_for_selector("[data-ws-import-status]:not(:empty)")


def wait_for_save(page) -> None:
    """Wait until no worksheet on the page has a save waiting (saving is debounced by 300 ms)."""
    page.wait_for_function("() => !document.querySelector('[data-ws-saving]')")
