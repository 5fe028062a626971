"""Import on My answers: a preview before anything changes, add or replace, an undo that survives a reload,
clear messages beside the file picker."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers_helpers import (
    ANSWERS_FORMAT, choose_file, confirm_import, filled, open_overview, open_sheet, storage_snapshot, stored,
    wait_for_save, write_file,
)

pytestmark = pytest.mark.browser


def goals_with_two_rows(page, server: str) -> None:
    """Save a goals worksheet with a wish and two goal rows."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Oma toive")
    page.locator("[data-ws-row='0'] [data-ws-field=goal] input").fill("Ensimmäinen")
    page.locator("[data-ws-add]").click()
    page.locator("[data-ws-row='1'] [data-ws-field=goal] input").fill("Toinen")
    wait_for_save(page)


def one_field_file(tmp_path: Path) -> Path:
    """A file holding one field of the goals worksheet and one of the agreement."""
    return write_file(tmp_path, "one-field.json", {
        "format": ANSWERS_FORMAT, "version": 1, "exported": "2026-01-01T00:00:00Z",
        "worksheets": {"goals": {"wishes": "Tiedoston toive"}, "agreement": {"mentee-name": "Aino"}},
    })


def test_preview_says_what_the_file_holds_and_changes_nothing_until_confirmed(page, server: str, tmp_path: Path) -> None:
    """Check the preview: worksheets, field counts, answers it would change per mode; focus on it; cancel keeps all."""
    goals_with_two_rows(page, server)
    open_overview(page, server)
    before = storage_snapshot(page)
    choose_file(page, one_field_file(tmp_path))
    preview = page.locator("[data-ws-preview]")
    assert page.evaluate("document.activeElement.id") == "ws-preview-title"
    items = preview.locator("[data-ws-preview-list] li").all_inner_texts()
    titles = page.evaluate("(() => { const w = JSON.parse(document.getElementById('ws-manifest').textContent).worksheets;"
                           " return [w.goals.title, w.agreement.title]; })()")
    assert items == [f"{titles[0]}: 1 täytettyä kenttää", f"{titles[1]}: 1 täytettyä kenttää"]
    assert "muuttaa 1 nykyistä" in preview.locator("[data-ws-preview-changes]").inner_text()
    page.locator("[data-ws-import-mode][value=replace]").check()
    # Replace would also remove the goal rows: two existing answers change.
    assert "muuttaa 2 nykyistä" in preview.locator("[data-ws-preview-changes]").inner_text()
    assert storage_snapshot(page) == before
    page.locator("[data-ws-action=import-cancel]").click()
    assert not preview.is_visible()
    assert "Mitään ei muutettu" in page.locator("[data-ws-import-status]").inner_text()
    assert page.evaluate("document.activeElement.id") == "ws-import-file"
    assert storage_snapshot(page) == before


def test_add_keeps_fields_not_in_the_file(page, server: str, tmp_path: Path) -> None:
    """Check the issue's case: a file with one field of goals does not erase the goal rows (add is the default)."""
    goals_with_two_rows(page, server)
    open_overview(page, server)
    choose_file(page, one_field_file(tmp_path))
    confirm_import(page, "add")
    answers = filled(stored(page, "goals"))
    assert answers["wishes"] == "Tiedoston toive"
    assert [row["goal"] for row in answers["goals"]] == ["Ensimmäinen", "Toinen"]
    assert "Vastaukset tuotiin" in page.locator("[data-ws-import-status]").inner_text()


def test_replace_replaces_and_undo_after_reload_restores_exactly(page, server: str, tmp_path: Path) -> None:
    """Check that replace drops fields not in the file, and "Undo import" after a reload puts everything back."""
    goals_with_two_rows(page, server)
    open_overview(page, server)
    before = storage_snapshot(page)
    choose_file(page, one_field_file(tmp_path))
    confirm_import(page, "replace")
    assert filled(stored(page, "goals")) == {"wishes": "Tiedoston toive"}
    assert stored(page, "agreement") == {"mentee-name": "Aino"}
    undo = page.locator("[data-ws-undo]")
    assert undo.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('data-ws-action')") == "undo"
    page.reload()
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    assert undo.is_visible()
    assert "perua viimeisimmän tuonnin" in undo.inner_text()
    undo.locator("[data-ws-action=undo]").click()
    assert "Tuonti peruttiin" in page.locator("[data-ws-status]").inner_text()
    assert storage_snapshot(page) == before
    assert not undo.is_visible()
    open_sheet(page, server, "goals")
    assert page.locator("[data-ws-row='1'] [data-ws-field=goal] input").input_value() == "Toinen"


def test_a_new_import_message_replaces_the_old_one_beside_the_file_picker(page, server: str, tmp_path: Path) -> None:
    """Check that an error after a success leaves only the error, next to the file picker."""
    open_overview(page, server)
    choose_file(page, one_field_file(tmp_path))
    confirm_import(page)
    status = page.locator("[data-ws-import-status]")
    alert = page.locator("[data-ws-import-alert]")
    assert status.is_visible()
    page.locator("[data-ws-import]").set_input_files(str(write_file(tmp_path, "bad.json", {"format": "x"})))
    alert.wait_for(state="visible")
    assert not status.is_visible()
    assert status.inner_text() == ""
    box = page.locator("[data-ws-import]").bounding_box()
    message = alert.bounding_box()
    assert 0 <= message["y"] - box["y"] < 200, "the message is not beside the file picker"


def test_too_large_file_says_both_sizes(page, server: str, tmp_path: Path) -> None:
    """Check that a file over the limit is refused with its size and the largest size, in MB."""
    open_overview(page, server)
    limit = page.evaluate("JSON.parse(document.getElementById('ws-manifest').textContent).limits.max_file_bytes")
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(limit + 1024 * 1024)
    page.locator("[data-ws-import]").set_input_files(str(path))
    alert = page.locator("[data-ws-import-alert]")
    alert.wait_for(state="visible")
    expected_max = f"{limit / 1048576:.1f}"
    expected_size = f"{(limit + 1048576) / 1048576:.1f}"
    assert f"({expected_size} Mt; suurin sallittu on {expected_max} Mt)" in alert.inner_text()


def test_own_export_with_many_rows_imports_back(page, server: str, tmp_path: Path) -> None:
    """Check that a worksheet at the row limit exports a file that imports back (one limit everywhere)."""
    open_sheet(page, server, "lifeline")
    max_rows = page.evaluate("JSON.parse(document.getElementById('ws-manifest').textContent).limits.max_rows")
    page.evaluate(f"() => {{ const add = document.querySelector('[data-ws-add]'); for (let i = 1; i < {max_rows} + 5; i++) add.click(); }}")
    assert page.locator("[data-ws-group=events] [data-ws-row]").count() == max_rows
    assert page.locator("[data-ws-group=events] [data-ws-add]").is_disabled()
    assert f"enintään {max_rows} riviä" in page.locator("[data-ws-row-limit]").inner_text()
    page.locator(f"[data-ws-row='{max_rows - 1}'] [data-ws-field=year] input").fill("2020")
    wait_for_save(page)
    assert len(stored(page, "lifeline")["events"]) == max_rows
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export]").click()
    path = tmp_path / "lifeline.json"
    download_info.value.save_as(path)
    page.locator("[data-ws-action=clear]").click()
    open_overview(page, server)
    choose_file(page, path)
    confirm_import(page)
    assert len(stored(page, "lifeline")["events"]) == max_rows
    assert stored(page, "lifeline")["events"][-1]["year"] == "2020"


def test_import_code_loads_only_when_a_file_is_chosen(page, server: str, tmp_path: Path) -> None:
    """Check that My answers' first load has no import code, and choosing a file loads it (once) from this site."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_overview(page, server)
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "import.bundle.js" in url]
    choose_file(page, one_field_file(tmp_path))
    page.locator("[data-ws-action=import-cancel]").click()
    choose_file(page, one_field_file(tmp_path))
    loaded = [url for url in requested if "import.bundle.js" in url]
    assert loaded == [server + "assets/javascripts/import.bundle.js"]
