"""A full storage is not a blocked one: saved answers are shown, counted, recalled and exported; the message says
what to do and goes away when there is room again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from answers_helpers import open_overview, open_sheet, stored, wait_for_save

pytestmark = pytest.mark.browser

# Fill the origin's storage the way another app on the same host could: bigger chunks first, then smaller ones,
# until not even one character fits. Returns how many filler keys were written.
FILL_STORAGE = """() => {
  let n = 0;
  for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
    const chunk = 'x'.repeat(size);
    for (;;) {
      try { localStorage.setItem('other-app:' + n, chunk); n++; }
      catch (e) { if (e.name !== 'QuotaExceededError') throw e; break; }
    }
  }
  return n;
}"""
EMPTY_FILLER = "() => Object.keys(localStorage).filter(k => k.startsWith('other-app:')).forEach(k => localStorage.removeItem(k))"


def test_full_storage_keeps_showing_counting_recalling_and_exporting_answers(page, server: str, tmp_path: Path) -> None:
    """Check the issue's scenario: with storage full after a reload, nothing looks lost and export has everything."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Työpaikka omalta alalta")
    page.locator("[data-ws-field=goal] input").fill("Saan alan työpaikan")
    wait_for_save(page)
    assert page.evaluate(FILL_STORAGE) > 0
    page.reload()
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    assert page.locator("[data-ws-field=wishes] textarea").input_value() == "Työpaikka omalta alalta"
    notice = page.locator("[data-ws-notice]").inner_text()
    assert "ei salli" not in notice  # not "the browser does not allow saving"
    alert = page.locator("[data-ws-alert]")
    assert "tallennustila on täynnä" in alert.inner_text()
    assert "Vie vastauksesi tiedostoon" in alert.inner_text()

    # Typing cannot be saved: the page says so, and the earlier answer is still stored.
    page.locator("[data-ws-field=goal] input").fill("Saan alan työpaikan vuoden loppuun mennessä")
    wait_for_save(page)
    assert "tallennustila on täynnä" in alert.inner_text()
    assert stored(page, "goals")["goals"][0]["goal"] == "Saan alan työpaikan"

    open_sheet(page, server, "closing")
    assert page.locator(".ws-recall__list li").all_inner_texts() == ["Saan alan työpaikan"]

    open_overview(page, server)
    assert page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text().startswith("2 /")
    assert "tallennustila on täynnä" in page.locator("[data-ws-alert]").inner_text()
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export-all]").click()
    path = tmp_path / "all.json"
    download_info.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["worksheets"]["goals"]["wishes"] == "Työpaikka omalta alalta"


def test_full_storage_message_clears_itself_when_there_is_room_again(page, server: str) -> None:
    """Check that once space is freed, the next change is saved and the full-storage message goes away."""
    open_sheet(page, server, "culture")
    page.evaluate(FILL_STORAGE)
    field = page.locator("[data-ws-field] textarea").first
    field.fill("Kahvitauot")
    wait_for_save(page)
    alert = page.locator("[data-ws-alert]")
    assert "tallennustila on täynnä" in alert.inner_text()
    page.evaluate(EMPTY_FILLER)
    field.fill("Kahvitauot ovat tärkeitä")
    wait_for_save(page)
    assert "Kahvitauot ovat tärkeitä" in json.dumps(stored(page, "culture"), ensure_ascii=False)
    assert alert.inner_text() == ""
    assert not alert.is_visible()
