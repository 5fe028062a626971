"""Two tabs of one worksheet: saves merge field by field, and each tab follows the other through storage events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from answers_helpers import NAMESPACE, choose_file, filled, confirm_import, open_overview, open_sheet, stored, wait_for_save, write_file

pytestmark = pytest.mark.browser

GOAL = "[data-ws-group=goals] [data-ws-row='0'] [data-ws-field=goal] input"
WISHES = "[data-ws-field=wishes] textarea"


def test_a_stale_tab_does_not_undo_the_other_tabs_answer(context, server: str) -> None:
    """Check the issue's scenario: a goal typed in the English tab survives one letter typed in the Finnish tab."""
    english = context.new_page()
    finnish = context.new_page()
    open_sheet(english, server, "goals", "en")
    open_sheet(finnish, server, "goals")
    english.locator(GOAL).fill("Get a job in my field")
    wait_for_save(english)
    finnish.locator(WISHES).press_sequentially("T")
    wait_for_save(finnish)
    finnish.reload()
    finnish.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    assert finnish.locator(GOAL).input_value() == "Get a job in my field"
    assert finnish.locator(WISHES).input_value() == "T"
    answers = stored(finnish, "goals")
    assert answers["wishes"] == "T"
    assert answers["goals"][0]["goal"] == "Get a job in my field"


def test_a_save_merges_even_without_a_storage_event(context, server: str) -> None:
    """Check that a save re-reads storage: a field written behind this tab's back (no event) is kept."""
    tab = context.new_page()
    open_sheet(tab, server, "goals")
    # Written by this page itself, so no storage event reaches it: as if another tab's event had not arrived yet.
    tab.evaluate(
        "key => localStorage.setItem(key, JSON.stringify({version: 1, updated: new Date().toISOString(),"
        " answers: {goals: [{goal: 'Elsewhere'}]}}))",
        f"{NAMESPACE}:worksheet:goals",
    )
    tab.locator(WISHES).fill("Here")
    wait_for_save(tab)
    answers = stored(tab, "goals")
    assert answers == {"goals": [{"goal": "Elsewhere"}], "wishes": "Here"}


def test_a_change_in_another_tab_shows_here_at_once(context, server: str) -> None:
    """Check that a field saved in one tab updates in the other without a reload."""
    first = context.new_page()
    second = context.new_page()
    open_sheet(first, server, "goals")
    open_sheet(second, server, "goals", "en")
    first.locator(WISHES).fill("Uusi työ")
    second.wait_for_function(f"document.querySelector('{WISHES}').value === 'Uusi työ'")
    first.locator(GOAL).fill("Tavoite A")
    second.wait_for_function(f"document.querySelector(\"{GOAL}\").value === 'Tavoite A'")


def test_typing_in_a_field_changed_elsewhere_keeps_the_typing_and_says_so(context, server: str) -> None:
    """Check that a field the person is typing in is not overwritten by another tab, and that they are told."""
    typing = context.new_page()
    other = context.new_page()
    open_sheet(typing, server, "goals")
    open_sheet(other, server, "goals")
    typing.locator(WISHES).click()
    typing.keyboard.type("Minun versioni")
    # Before this tab's save (300 ms), the other tab saves the same field and another one.
    other.evaluate(
        "key => localStorage.setItem(key, JSON.stringify({version: 1, updated: new Date().toISOString(),"
        " answers: {wishes: 'Toisen välilehden versio', goals: [{goal: 'Toisen tavoite'}]}}))",
        f"{NAMESPACE}:worksheet:goals",
    )
    alert = typing.locator("[data-ws-alert]")
    alert.wait_for(state="visible")
    assert "toisessa välilehdessä" in alert.inner_text()
    assert typing.locator(WISHES).input_value() == "Minun versioni"
    assert typing.locator(GOAL).input_value() == "Toisen tavoite"
    wait_for_save(typing)
    assert filled(stored(typing, "goals")) == {"wishes": "Minun versioni", "goals": [{"goal": "Toisen tavoite"}]}


def test_clear_in_one_tab_is_seen_by_the_other_and_not_brought_back(context, server: str) -> None:
    """Check that clearing in one tab empties the other, and typing there later brings nothing back."""
    first = context.new_page()
    second = context.new_page()
    open_sheet(first, server, "goals")
    first.locator(WISHES).fill("Poistettava")
    first.locator(GOAL).fill("Poistettava tavoite")
    wait_for_save(first)
    open_sheet(second, server, "goals")
    assert second.locator(GOAL).input_value() == "Poistettava tavoite"
    first.locator("[data-ws-action=clear]").click()
    second.wait_for_function(f"document.querySelector('{WISHES}').value === ''")
    assert second.locator(GOAL).input_value() == ""
    second.locator(WISHES).fill("Uusi vastaus")
    wait_for_save(second)
    assert filled(stored(second, "goals")) == {"wishes": "Uusi vastaus"}


def test_clear_all_and_import_in_my_answers_reach_an_open_worksheet(context, server: str, tmp_path: Path) -> None:
    """Check that clear all and an import made on My answers show in an open worksheet tab and stay."""
    sheet = context.new_page()
    overview = context.new_page()
    open_sheet(sheet, server, "goals")
    sheet.locator(WISHES).fill("Vanha")
    wait_for_save(sheet)
    open_overview(overview, server)
    overview.locator("[data-ws-action=clear-all]").click()
    sheet.wait_for_function(f"document.querySelector('{WISHES}').value === ''")
    path = write_file(tmp_path, "goals.json", {"format": "tyouramentorointi-answers", "version": 1,
                                               "worksheets": {"goals": {"wishes": "Tuotu"}}})
    choose_file(overview, path)
    confirm_import(overview)
    sheet.wait_for_function(f"document.querySelector('{WISHES}').value === 'Tuotu'")
    sheet.locator(GOAL).fill("Lisäys")
    wait_for_save(sheet)
    assert filled(stored(sheet, "goals")) == {"wishes": "Tuotu", "goals": [{"goal": "Lisäys"}]}
    assert json.loads(sheet.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:goals')"))["version"] == 1
