"""Every removal can be undone while the page is open: clear, clear all (every key of the namespace), a removed row
with text in it, an answer from an earlier version. Also: the length-limit notice and counting inside rows."""

from __future__ import annotations

import pytest
from answers_helpers import NAMESPACE, filled, open_overview, open_sheet, storage_snapshot, stored, wait_for_save

pytestmark = pytest.mark.browser


def test_clear_all_removes_every_key_of_the_namespace_and_undo_brings_them_back(page, server: str) -> None:
    """Check that clear all leaves no key of the namespace (rescued copies too), other keys stay, and undo restores."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Toive")
    page.locator("[data-ws-bilingual]").check()
    wait_for_save(page)
    page.evaluate(f"localStorage.setItem('{NAMESPACE}:worksheet:meeting', '{{broken')")
    page.evaluate(f"localStorage.setItem('{NAMESPACE}:worksheet:lifeline:unreadable', 'old copy')")
    page.evaluate("localStorage.setItem('another-app', 'keep me')")
    open_overview(page, server)
    assert page.locator("[data-ws-rescued-list] li").count() == 2
    before = storage_snapshot(page)
    page.locator("[data-ws-action=clear-all]").click()
    keys = page.evaluate("Object.keys(localStorage)")
    assert [k for k in keys if k.startswith(NAMESPACE + ":")] == []
    assert "another-app" in keys
    assert "Kaikki tämän sivuston tiedot poistettiin" in page.locator("[data-ws-undo-text]").inner_text()
    assert page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text() == "Ei vastauksia"
    assert page.evaluate("document.activeElement.getAttribute('data-ws-action')") == "undo"
    page.keyboard.press("Enter")
    assert storage_snapshot(page) == before
    assert page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text().startswith("1 /")


def test_clear_worksheet_can_be_undone(page, server: str) -> None:
    """Check that "Clear answers" empties the worksheet at once and "Undo" brings every answer back."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Toive")
    page.locator("[data-ws-field=goal] input").fill("Tavoite")
    wait_for_save(page)
    page.locator("[data-ws-action=clear]").click()
    assert stored(page, "goals") == {}
    assert page.locator("[data-ws-field=wishes] textarea").input_value() == ""
    undo = page.locator("[data-ws-undo] [data-ws-action=undo]")
    assert undo.is_visible()
    undo.click()
    assert page.locator("[data-ws-field=wishes] textarea").input_value() == "Toive"
    assert filled(stored(page, "goals")) == {"wishes": "Toive", "goals": [{"goal": "Tavoite"}]}
    assert not undo.is_visible()


def test_removing_a_row_with_text_leaves_undo_where_the_row_was(page, server: str) -> None:
    """Check that removing a row with text shows its message and undo in its place, and undo restores it there."""
    open_sheet(page, server, "lifeline")
    group = page.locator("[data-ws-group=events]")
    group.locator("[data-ws-add]").click()
    group.locator("[data-ws-add]").click()
    rows = group.locator("[data-ws-row]")
    for index, year in enumerate(["2015", "2019", "2023"]):
        rows.nth(index).locator("[data-ws-field=year] input").fill(year)
    rows.nth(1).locator("[data-ws-field=what-happened] textarea").fill("x" * 900)
    wait_for_save(page)
    rows.nth(1).locator("[data-ws-remove]").click()
    assert rows.count() == 2
    message = group.locator("[data-ws-removed]")
    assert message.count() == 1
    # The message stands between the first and the (former) third row.
    order = group.evaluate("g => Array.from(g.querySelector('[data-ws-rows]').children).map(c => c.hasAttribute('data-ws-removed') ? 'msg' : c.querySelector('[data-ws-field=year] input').value)")
    assert order == ["2015", "msg", "2023"]
    assert page.evaluate("document.activeElement.hasAttribute('data-ws-undo-row')")
    assert [row["year"] for row in stored(page, "lifeline")["events"]] == ["2015", "2023"]
    message.locator("button").click()
    assert rows.count() == 3
    assert rows.nth(1).locator("[data-ws-field=what-happened] textarea").input_value() == "x" * 900
    assert rows.nth(1).locator("[data-ws-field=year] input").get_attribute("id") == "ws-events-1-year"
    assert [row["year"] for row in stored(page, "lifeline")["events"]] == ["2015", "2019", "2023"]
    assert group.locator("[data-ws-removed]").count() == 0


def test_a_one_line_field_says_when_it_is_full(page, server: str) -> None:
    """Check that pasting more than a one-line field holds shows a notice beside it, linked to the field."""
    open_sheet(page, server, "agreement")
    field = page.locator("[data-ws-field=mentee-name] input")
    maxlength = int(field.get_attribute("maxlength"))
    field.focus()
    page.keyboard.insert_text("y" * (maxlength + 100))
    notice = page.locator("#ws-mentee-name-info")
    assert notice.is_visible()
    assert f"enintään {maxlength} merkkiä" in notice.inner_text()
    assert "ws-mentee-name-info" in field.get_attribute("aria-describedby")
    field.fill("Aino")
    assert not notice.is_visible()


def test_my_answers_counts_fields_filled_inside_rows(page, server: str) -> None:
    """Check that My answers counts every filled field in every goal row, not one per group."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Toive")
    page.locator("[data-ws-row='0'] [data-ws-field=goal] input").fill("A")
    page.locator("[data-ws-row='0'] [data-ws-field=steps] textarea").fill("B")
    page.locator("[data-ws-add]").click()
    page.locator("[data-ws-row='1'] [data-ws-field=goal] input").fill("C")
    wait_for_save(page)
    per_row = page.locator("[data-ws-row='0'] [data-ws-field]").count()
    open_overview(page, server)
    assert page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text() == f"4 / {1 + 2 * per_row} kenttää"


def test_damaged_copies_are_listed_with_download_and_delete(page, server: str, tmp_path) -> None:
    """Check that each damaged record is kept under its own key, downloads as it was, and deletes with undo."""
    open_overview(page, server)
    page.evaluate(f"localStorage.setItem('{NAMESPACE}:worksheet:meeting', '{{first broken')")
    page.reload()
    page.evaluate(f"localStorage.setItem('{NAMESPACE}:worksheet:meeting', '{{second broken')")
    page.reload()
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    items = page.locator("[data-ws-rescued-list] li")
    assert items.count() == 2
    rescued = page.evaluate(f"Object.keys(localStorage).filter(k => k.startsWith('{NAMESPACE}:rescued:meeting:')).sort()")
    texts = sorted(page.evaluate(f"localStorage.getItem('{key}')") for key in rescued)
    assert texts == ["{first broken", "{second broken"]
    first = page.locator(f"[data-ws-rescued-key='{rescued[0]}']")
    with page.expect_download() as download_info:
        first.locator("button").first.click()
    path = tmp_path / "damaged.txt"
    download_info.value.save_as(path)
    assert path.read_text(encoding="utf-8") == page.evaluate(f"localStorage.getItem('{rescued[0]}')")
    first.locator("button").nth(1).click()
    assert page.evaluate(f"localStorage.getItem('{rescued[0]}')") is None
    assert items.count() == 1
    page.locator("[data-ws-undo] [data-ws-action=undo]").click()
    assert page.evaluate(f"localStorage.getItem('{rescued[0]}')") is not None
    assert items.count() == 2
