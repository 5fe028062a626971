"""Drives worksheet fields in Playwright the way a person does: typing, ticking, choosing."""

from __future__ import annotations

from typing import Any

WORKSHEETS = [
    "agreement", "getting-to-know", "lifeline", "skills", "goals", "network",
    "field", "culture", "job-search", "meeting", "closing",
]


def sample_value(field_type: str, field_id: str, options: list[str]) -> Any:
    """A distinct, recognisable answer for a field."""
    if field_type == "text":
        return f"Vastaus {field_id}"
    if field_type == "longtext":
        return f"Pitkä vastaus kenttään {field_id}.\nToinen rivi, jossa on ääkkösiä: äö."
    if field_type == "date":
        return "2026-03-15"
    if field_type in ("choice", "scale"):
        return options[-1]
    if field_type == "multichoice":
        return options[:2]
    return None


def fill_field(field, field_type: str) -> Any:
    """Fill one `[data-ws-field]` element through its controls; returns the value entered."""
    options = [i.get_attribute("value") for i in field.locator("input[type=radio], input[type=checkbox]").all()]
    value = sample_value(field_type, field.get_attribute("data-ws-field"), options)
    if field_type in ("text", "longtext", "date"):
        field.locator(".ws-field__input").fill(value)
    elif field_type in ("choice", "scale"):
        field.locator(f"input[value='{value}']").check()
    elif field_type == "multichoice":
        for option in value:
            field.locator(f"input[value='{option}']").check()
    return value


def read_field(field, field_type: str) -> Any:
    if field_type in ("text", "longtext", "date"):
        return field.locator(".ws-field__input").input_value()
    checked = [i.get_attribute("value") for i in field.locator("input:checked").all()]
    if field_type == "multichoice":
        return checked
    return checked[0] if checked else ""


def fields_of(page) -> list[tuple[str, str, Any]]:
    """(locator path, type, element) for every fillable field on the page, in order."""
    found = []
    for field in page.locator("[data-ws-field]").all():
        field_type = field.get_attribute("data-ws-type")
        if field_type != "signature":
            found.append((field, field_type))
    return found


def fill_all(page) -> list[Any]:
    return [fill_field(field, field_type) for field, field_type in fields_of(page)]


def read_all(page) -> list[Any]:
    return [read_field(field, field_type) for field, field_type in fields_of(page)]


def wait_for_save(page) -> None:
    """Wait until no worksheet on the page has a save waiting (saving is debounced by 300 ms)."""
    page.wait_for_function("() => !document.querySelector('[data-ws-saving]')")
