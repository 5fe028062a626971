"""Worksheets in real Chromium: saving, language switch, rows, export/import, broken files, storage, print."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import RequestLog
from helpers import nav_worksheets
from worksheet_driver import WORKSHEETS, fields_of, fill_all, read_all, wait_for_save

pytestmark = pytest.mark.browser

ANSWERS_FORMAT = "tyouramentorointi-answers"


def open_sheet(page, server: str, worksheet: str, lang: str = "fi") -> None:
    page.goto(server + ("en/" if lang == "en" else "") + f"worksheets/{worksheet}/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")


def import_file(page, path: Path, mode: str = "add") -> None:
    """Choose a file on My answers, check the preview, pick add or replace and confirm."""
    page.locator("[data-ws-import]").set_input_files(str(path))
    page.locator("[data-ws-preview]").wait_for(state="visible")
    page.locator(f"[data-ws-import-mode][value={mode}]").check()
    page.locator("[data-ws-action=import-confirm]").click()
    page.wait_for_selector("[data-ws-import-status]:not(:empty)")


def stored(page, worksheet: str) -> dict:
    raw = page.evaluate(f"localStorage.getItem('tyouramentorointi:worksheet:{worksheet}')")
    return json.loads(raw)["answers"] if raw else {}


@pytest.mark.parametrize("worksheet", WORKSHEETS)
def test_answers_survive_reload_and_language_switch(page, server: str, requests_seen: RequestLog, worksheet: str) -> None:
    """Check that every field type is saved as typed, kept after reload, and shown on the English page."""
    open_sheet(page, server, worksheet)
    entered = fill_all(page)
    assert entered, f"{worksheet} has no fields"
    wait_for_save(page)
    page.reload()
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    assert read_all(page) == entered
    open_sheet(page, server, worksheet, "en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert read_all(page) == entered
    assert requests_seen.foreign() == []
    assert requests_seen.console_errors == []


def test_multi_line_answers_grow_with_their_text(page, server: str) -> None:
    """An empty textarea keeps its rows; a long answer makes it taller instead of hiding lines in a scroll box."""
    open_sheet(page, server, "goals")
    textarea = page.locator("textarea.ws-field__input").first
    rows = int(textarea.get_attribute("rows") or "0")
    line = page.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)", textarea.element_handle())
    empty_height = textarea.evaluate("el => el.clientHeight")
    assert empty_height >= rows * line, (empty_height, rows, line)
    textarea.fill("\n".join(f"rivi {number}" for number in range(1, rows + 8)))
    page.wait_for_function("el => el.clientHeight >= el.scrollHeight", arg=textarea.element_handle())
    assert textarea.evaluate("el => el.clientHeight") >= empty_height + 7 * line


def test_all_field_types_are_covered(page, server: str) -> None:
    """Check that the worksheets together use every field type, groups and a recall."""
    seen: set[str] = set()
    for worksheet in WORKSHEETS:
        open_sheet(page, server, worksheet)
        seen.update(t for _, t in fields_of(page))
        if page.locator("[data-ws-group]").count():
            seen.add("group")
        if page.locator("[data-ws-recall-worksheet]").count():
            seen.add("recall")
    assert seen >= {"text", "longtext", "date", "choice", "multichoice", "scale", "group", "recall"}


def test_rows_can_be_added_and_removed(page, server: str) -> None:
    """Check that repeatable rows are added, numbered, removed and saved."""
    open_sheet(page, server, "lifeline")
    group = page.locator("[data-ws-group=events]")
    rows = group.locator("[data-ws-row]")
    assert rows.count() == 1
    rows.nth(0).locator("[data-ws-field=year] input").fill("2015")
    group.locator("[data-ws-add]").click()
    group.locator("[data-ws-add]").click()
    assert rows.count() == 3
    # The new row got focus and its own ids, so its labels still point at its own inputs.
    assert page.evaluate("document.activeElement.id") == "ws-events-2-year"
    rows.nth(1).locator("[data-ws-field=year] input").fill("2019")
    rows.nth(2).locator("[data-ws-field=year] input").fill("2023")
    assert rows.nth(2).locator("legend.ws-row__legend").inner_text() == "Tapahtuma 3"
    assert page.locator("label[for=ws-events-2-year]").count() == 1
    rows.nth(1).locator("[data-ws-remove]").click()
    assert rows.count() == 2
    assert rows.nth(1).locator("[data-ws-field=year] input").input_value() == "2023"
    assert rows.nth(1).locator("[data-ws-field=year] input").get_attribute("id") == "ws-events-1-year"
    wait_for_save(page)
    assert [row["year"] for row in stored(page, "lifeline")["events"]] == ["2015", "2023"]
    page.reload()
    assert rows.count() == 2
    assert rows.nth(1).locator("[data-ws-field=year] input").input_value() == "2023"


def test_export_clear_import_round_trip(page, server: str, tmp_path: Path) -> None:
    """Check that exported answers, after clearing, come back exactly by import on My answers."""
    open_sheet(page, server, "goals")
    entered = fill_all(page)
    wait_for_save(page)
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export]").click()
    exported = tmp_path / "goals.json"
    download_info.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["format"] == ANSWERS_FORMAT and data["version"] == 1
    assert list(data["worksheets"]) == ["goals"]
    page.locator("[data-ws-action=clear]").click()
    assert stored(page, "goals") == {}
    assert all(value in ("", []) for value in read_all(page))
    page.goto(server + "worksheets/my-answers/")
    import_file(page, exported)
    assert "Vastaukset tuotiin" in page.locator("[data-ws-import-status]").inner_text()
    assert "/" in page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text()
    open_sheet(page, server, "goals")
    assert read_all(page) == entered


def test_export_all_contains_every_filled_worksheet(page, server: str, tmp_path: Path) -> None:
    """Check that "export all" writes one file with each worksheet that has answers."""
    for worksheet in ("agreement", "network"):
        open_sheet(page, server, worksheet)
        fill_all(page)
        wait_for_save(page)
    page.goto(server + "en/worksheets/my-answers/")
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export-all]").click()
    path = tmp_path / "all.json"
    download_info.value.save_as(path)
    assert sorted(json.loads(path.read_text())["worksheets"]) == ["agreement", "network"]
    assert "fields" in page.locator("[data-ws-overview-row=agreement] [data-ws-filled]").inner_text()
    assert page.locator("[data-ws-overview-row=lifeline] [data-ws-filled]").inner_text() == "No answers"


BAD_FILES = {
    "not-json.json": ("this is { not json", "Tiedostoa ei voitu lukea"),
    "wrong-format.json": (json.dumps({"format": "something-else", "version": 1, "worksheets": {}}), "ei ole tämän sivuston vastaustiedosto"),
    "wrong-version.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 99, "worksheets": {"goals": {}}}), "Tiedoston versio 99 ei ole tuettu"),
    "unknown-worksheet.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"horoscope": {}}}), "tuntematon työkalu ”horoscope”"),
    "wrong-type.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"agreement": {"mentee-name": 42}}}), "arvo on väärää tyyppiä"),
    "too-long.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"agreement": {"mentee-name": "x" * 501}}}), "arvo on liian pitkä"),
    "bad-date.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"agreement": {"start-date": "2025-02-30"}}}), "päivämäärää ei ole kalenterissa"),
    "version-string.json": (json.dumps({"format": ANSWERS_FORMAT, "version": "1", "worksheets": {"goals": {}}}), "versionumero \"1\" ei ole kelvollinen"),
    "version-missing.json": (json.dumps({"format": ANSWERS_FORMAT, "worksheets": {"goals": {}}}), "puuttuu versionumero"),
    "long-id.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"x" * 300: {}}}), "”" + "x" * 39 + "…”"),
    "half-valid.json": (json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"culture": {}, "agreement": {"mentee-name": ["x"]}}}), "arvo on väärää tyyppiä"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_import_is_refused_and_changes_nothing(page, server: str, tmp_path: Path, name: str) -> None:
    """Check that a broken or wrong file gets a clear message and saved answers stay exactly as they were."""
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-field=mentee-name] input").fill("Aino Aktori")
    wait_for_save(page)
    before = page.evaluate("JSON.stringify(Object.entries(localStorage).sort())")
    content, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_text(content)
    page.goto(server + "worksheets/my-answers/")
    page.locator("[data-ws-import]").set_input_files(str(path))
    alert = page.locator("[data-ws-import-alert]")
    alert.wait_for(state="visible")
    assert message in alert.inner_text()
    assert "Mitään ei muutettu" in alert.inner_text() or name == "not-json.json"
    assert page.evaluate("JSON.stringify(Object.entries(localStorage).sort())") == before


def test_imported_script_stays_text(page, server: str, tmp_path: Path) -> None:
    """Check that markup in an imported answer is shown as text and never runs."""
    hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    data = {"format": ANSWERS_FORMAT, "version": 1, "worksheets": {"goals": {"goals": [{"goal": hostile}]}}}
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data))
    page.goto(server + "worksheets/my-answers/")
    import_file(page, path)
    open_sheet(page, server, "goals")
    assert page.locator("[data-ws-field=goal] input").input_value() == hostile
    open_sheet(page, server, "closing")
    assert page.locator(".ws-recall__list li").first.inner_text() == hostile
    assert page.locator(".ws-recall img").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_closing_evaluation_shows_the_goals(page, server: str) -> None:
    """Check that goals written on the SMART goals worksheet appear on the closing evaluation."""
    recalled = "[data-ws-recall-worksheet=goals]"  # the closing evaluation also recalls the agreement's goals
    open_sheet(page, server, "closing")
    assert page.locator(f"{recalled} .ws-recall__empty").is_visible()
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=goal] input").first.fill("Saan alan työpaikan")
    page.locator("[data-ws-add]").first.click()
    page.locator("[data-ws-row='1'] [data-ws-field=goal] input").fill("Opin suomen kieltä B1-tasolle")
    wait_for_save(page)
    open_sheet(page, server, "closing", "en")
    assert page.locator(f"{recalled} .ws-recall__list li").all_inner_texts() == [
        "Saan alan työpaikan", "Opin suomen kieltä B1-tasolle"
    ]


def test_blocked_storage_shows_a_notice_and_the_page_still_works(browser, server: str) -> None:
    """Check that with storage blocked (as in a sandboxed iframe) the page works and says answers are not kept."""
    context = browser.new_context()
    context.add_init_script(
        # As in a sandboxed iframe: reading localStorage throws (the property stays configurable, as in Chromium).
        "Object.defineProperty(window, 'localStorage', {configurable: true,"
        " get() { throw new DOMException('blocked', 'SecurityError'); }});"
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_sheet(page, server, "skills")
    assert "vastauksiasi ei säilytetä" in page.locator("[data-ws-notice]").inner_text()
    fill_all(page)
    page.locator("[data-ws-add]").first.click()
    wait_for_save(page)
    page.goto(server + "worksheets/my-answers/")
    assert "vastauksiasi ei säilytetä" in page.locator("[data-ws-notice]").inner_text()
    assert errors == []
    context.close()


def test_full_storage_says_the_change_was_not_saved(browser, server: str) -> None:
    """Check that a quota error while saving shows a message instead of failing silently."""
    context = browser.new_context()
    context.add_init_script(
        "const realSet = Storage.prototype.setItem;"
        "Storage.prototype.setItem = function (k, v) {"
        "  if (k.includes(':worksheet:')) throw new DOMException('full', 'QuotaExceededError');"
        "  return realSet.call(this, k, v); };"
    )
    page = context.new_page()
    open_sheet(page, server, "culture")
    page.locator("[data-ws-field] textarea").first.fill("Huomio")
    wait_for_save(page)
    assert "tallennustila on täynnä" in page.locator("[data-ws-alert]").inner_text()
    context.close()


def test_corrupted_saved_data_is_reported_and_other_answers_are_kept(page, server: str) -> None:
    """Check that unreadable saved data gives a message, the page works, and other worksheets keep their answers."""
    open_sheet(page, server, "network")
    page.locator("[data-ws-field=target-job] input").fill("Kirjanpitäjä")
    wait_for_save(page)
    page.evaluate("localStorage.setItem('tyouramentorointi:worksheet:meeting', '{broken json')")
    open_sheet(page, server, "meeting")
    assert "vioittunut" in page.locator("[data-ws-alert]").inner_text()
    page.locator("[data-ws-field] input").first.fill("2026-05-01")
    wait_for_save(page)
    # The unreadable data is kept aside under a key of its own, not silently destroyed.
    rescued = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('tyouramentorointi:rescued:meeting:'))")
    assert len(rescued) == 1
    assert page.evaluate(f"localStorage.getItem('{rescued[0]}')") == "{broken json"
    open_sheet(page, server, "network")
    assert page.locator("[data-ws-field=target-job] input").input_value() == "Kirjanpitäjä"
    page.goto(server + "worksheets/my-answers/")
    assert page.locator("[data-ws-overview-row=network] [data-ws-filled]").inner_text().startswith("1 /")
    assert page.locator("[data-ws-rescued-list] li").count() == 1


def test_namespace_separates_organisations(page, server: str) -> None:
    """Check that answers are stored under the configured namespace and worksheet id only (never the page path)."""
    open_sheet(page, server, "culture")
    page.locator("[data-ws-field] textarea").first.fill("Kahvitauot")
    wait_for_save(page)
    keys = [k for k in page.evaluate("Object.keys(localStorage)") if k.startswith("tyouramentorointi:")]
    assert keys == ["tyouramentorointi:worksheet:culture"]


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("worksheet", WORKSHEETS)
def test_prints_on_a4_with_answers(page, server: str, worksheet: str) -> None:
    """Check that each worksheet prints on A4 with its answers, header and no navigation, in few pages."""
    open_sheet(page, server, worksheet)
    fill_all(page)
    wait_for_save(page)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages, text = pdf_text(pdf)
    assert 1 <= pages <= 8, f"{worksheet}: {pages} pages"
    flat = " ".join(text.split())
    title = page.locator("h1").inner_text()
    assert title in flat
    assert "Kieli: Suomi" in flat
    for field, field_type in fields_of(page):
        if field_type in ("text", "longtext"):
            expected = field.locator(".ws-field__input").input_value().split("\n")[0]
            # Compared without spaces: in a table row's narrow box an answer wraps, at a hyphen too ("who-" "helped").
            assert "".join(expected.split()) in flat.replace(" ", ""), f"{worksheet}: answer missing from print"
    for hidden in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", "[data-ws-toolbar]", "[data-ws-add]"):
        assert all(not el.is_visible() for el in page.locator(hidden).all()), f"{hidden} shows in print"
    size = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(size.width)), round(float(size.height))) == (595, 842)


def test_blank_worksheet_prints_writing_lines_and_no_empty_trailing_page(page, server: str) -> None:
    """Check that an empty worksheet prints with writing space and that its last page is not blank."""
    open_sheet(page, server, "meeting")
    page.emulate_media(media="print")
    assert page.locator(".ws-field__line").first.is_visible()
    pages, _ = pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    assert reader.pages[-1].extract_text().strip() != ""
    assert pages >= 1


def test_bilingual_print_shows_both_languages_labels(page, server: str) -> None:
    """Check that the bilingual option prints each label in Finnish and English and is remembered."""
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-bilingual]").check()
    page.emulate_media(media="print")
    _, text = pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
    flat = " ".join(text.split())
    assert "Aktorin nimi" in flat and "Mentee" in flat
    page.emulate_media(media="screen")
    page.reload()
    assert page.locator("[data-ws-bilingual]").is_checked()
    page.locator("[data-ws-bilingual]").uncheck()
    page.emulate_media(media="print")
    _, text = pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
    assert "Mentee" not in " ".join(text.split())


def test_without_javascript_every_field_is_shown(browser, server: str) -> None:
    """Check that with scripts off the worksheet shows all fields and hides buttons that could not work."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "worksheets/job-search/")
    assert page.locator("[data-ws-field] input, [data-ws-field] textarea").count() > 10
    assert not page.locator("[data-ws-toolbar]").is_visible()
    context.close()


def test_my_answers_lists_worksheets_in_process_order(page, server: str) -> None:
    """Check that the overview follows the navigation's order, the order pairs work in."""
    page.goto(server + "worksheets/my-answers/")
    rows = [row.get_attribute("data-ws-overview-row") for row in page.locator("[data-ws-overview-row]").all()]
    assert rows == nav_worksheets()


def test_recalled_dates_read_as_the_pages_language_writes_them(page, server: str) -> None:
    """The certificate recalls the agreement's dates: 15.1.2027 in Finnish, 15/01/2027 in English, never 2027-01-15."""
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-field=start-date] input").fill("2027-01-15")
    wait_for_save(page)
    for lang, expected in (("fi", "15.1.2027"), ("en", "15/01/2027")):
        open_sheet(page, server, "certificate", lang)
        recall = page.locator("[data-ws-recall-worksheet=agreement][data-ws-recall-field=start-date] .ws-recall__list")
        recall.wait_for()
        assert recall.inner_text().strip() == expected
