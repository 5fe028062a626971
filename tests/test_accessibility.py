"""Accessibility: zero axe-core violations (WCAG 2.0/2.1 A and AA) on every page, both languages and schemes."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from helpers import built_pages
from worksheet_driver import WORKSHEETS, fill_all, wait_for_save

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """Run axe-core in the page and return one line per violation: rule, impact and offending elements."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_SCRIPT)
    # Colours are read as computed: a button still fading to its hover colour after a click would be measured
    # half-way. Finite transitions and animations end first (endless ones, such as a spinner, are not waited for).
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect && Number.isFinite(a.effect.getComputedTiming().endTime))
            .map((a) => a.finished.catch(() => null)))"""
    )
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): " + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in result["violations"]
    ]


def page_paths(site_dir: Path) -> list[str]:
    paths = []
    for path in built_pages(site_dir):
        rel = path.relative_to(site_dir).as_posix()
        paths.append(rel.removesuffix("index.html"))
    return paths


@pytest.fixture(scope="module")
def all_paths(site_dir: Path) -> list[str]:
    return page_paths(site_dir)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations(browser, server: str, all_paths: list[str], scheme: str) -> None:
    """Check every page of both languages in the light and the dark colour scheme."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    failures = {}
    for path in all_paths:
        page.goto(server + path)
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    context.close()
    assert failures == {}


@pytest.mark.parametrize("lang", ["", "en/"])
def test_search_dialog_has_no_axe_violations(page, server: str, lang: str) -> None:
    """Check the page with the search dialog open and showing results."""
    page.goto(server + lang)
    page.keyboard.press("s")
    page.keyboard.type("mentor", delay=30)
    page.wait_for_selector(".md-search-result__item")
    assert axe_violations(page) == []


@pytest.mark.parametrize("worksheet", WORKSHEETS)
def test_filled_worksheet_has_no_axe_violations(page, server: str, worksheet: str) -> None:
    """Check each worksheet filled in, with an added row and bilingual labels on."""
    page.goto(server + f"worksheets/{worksheet}/")
    fill_all(page)
    add = page.locator("[data-ws-add]")
    if add.count():
        add.first.click()
    page.locator("[data-ws-bilingual]").check()
    wait_for_save(page)
    assert axe_violations(page) == []


def test_my_answers_with_a_message_has_no_axe_violations(page, server: str, tmp_path: Path) -> None:
    """Check the My answers page after an import error message appeared."""
    path = tmp_path / "bad.json"
    path.write_text("{}")
    page.goto(server + "en/worksheets/my-answers/")
    page.locator("[data-ws-import]").set_input_files(str(path))
    page.locator("[data-ws-import-alert]").wait_for(state="visible")
    assert axe_violations(page) == []


def test_my_answers_with_preview_earlier_answers_and_damaged_copies_has_no_axe_violations(page, server: str, tmp_path: Path) -> None:
    """Check My answers with the import preview open, answers from an earlier version and a rescued copy listed."""
    page.goto(server + "en/worksheets/my-answers/")
    page.evaluate(
        "localStorage.setItem('tyouramentorointi:worksheet:agreement', JSON.stringify({version: 1,"
        " updated: '2026-01-01T00:00:00Z', answers: {'old-field': 'kept', 'meeting-rhythm': 'daily'}}));"
        "localStorage.setItem('tyouramentorointi:worksheet:meeting', '{broken');"
    )
    page.reload()
    page.locator("[data-ws-earlier]").wait_for(state="visible")
    page.locator("[data-ws-rescued]").wait_for(state="visible")
    path = tmp_path / "goals.json"
    path.write_text('{"format": "tyouramentorointi-answers", "version": 1, "worksheets": {"goals": {"wishes": "x", "gone": "y"}}}')
    page.locator("[data-ws-import]").set_input_files(str(path))
    page.locator("[data-ws-preview]").wait_for(state="visible")
    assert axe_violations(page) == []
    page.locator("[data-ws-action=import-confirm]").click()
    page.locator("[data-ws-undo]").wait_for(state="visible")
    # The focused Undo button fades to its focus colours (a CSS transition): check the colours it settles on.
    page.wait_for_function("document.getAnimations().length === 0")
    assert axe_violations(page) == []


# ---------------------------------------------------------------------------------------------------------------------
# Keyboard
# ---------------------------------------------------------------------------------------------------------------------


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return {tag: el.tagName, id: el.id, text: (el.innerText || el.value || '').trim().slice(0, 60),
                  action: el.getAttribute('data-ws-action'), href: el.getAttribute('href'),
                  outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                  shadow: style.boxShadow !== 'none'};
        }"""
    )


def test_skip_link_comes_first_and_jumps_to_content(page, server: str) -> None:
    """Check that the first Tab shows the skip link and Enter moves focus past the navigation."""
    page.goto(server + "guide/principles/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["tag"] == "A" and first["text"] == "Hyppää sisältöön"
    assert page.locator("a.md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") != ""


# A visually hidden radio (Material's colour-scheme toggle) shows its focus on the label right after it, the
# button people see (`.md-option:focus-visible + label`).
VISIBLY_FOCUSED = """() => {
    const focused = document.activeElement;
    const next = focused.nextElementSibling;
    const el = focused.matches(".md-option") && next && next.tagName === "LABEL" ? next : focused;
    const box = el.getBoundingClientRect();
    return el.checkVisibility({opacityProperty: true, visibilityProperty: true}) && box.width > 0 && box.height > 0;
}"""


@pytest.mark.parametrize("path", ["", "en/guide/principles/"])
def test_no_tab_stop_is_invisible(page, server: str, path: str) -> None:
    """Check that every Tab stop through the header, navigation and into the content is something a person can see."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + path)
    hidden = []
    for _ in range(25):
        page.keyboard.press("Tab")
        try:  # a skip link fades in when focused: give transitions their time before calling a stop invisible
            page.wait_for_function(VISIBLY_FOCUSED, timeout=1500)
        except PlaywrightTimeout:
            hidden.append(page.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
    assert hidden == []


def test_material_finnish_strings_are_corrected(site_dir: Path) -> None:
    """Check that the search's clear button says "Tyhjennä" (clear), not Material's "Tyhjää" (empty space)."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Tyhjennä"' in html and "Tyhjää" not in html


def test_every_worksheet_control_is_reachable_with_tab_and_shows_focus(page, server: str) -> None:
    """Check that Tab reaches the toolbar buttons and every field control, each with a visible focus indicator."""
    page.goto(server + "worksheets/skills/")
    expected = page.evaluate(
        "Array.from(document.querySelectorAll('.ws [data-ws-field] input, .ws [data-ws-field] textarea')).map(e => e.id)"
    )
    reached: set[str] = set()
    actions: set[str] = set()
    without_focus_style = []
    for _ in range(400):
        page.keyboard.press("Tab")
        state = focused(page)
        if state["action"]:
            actions.add(state["action"])
        if state["id"].startswith("ws-"):
            reached.add(state["id"])
            if not (state["outline"] or state["shadow"]):
                without_focus_style.append(state["id"])
        if state["tag"] == "A" and "md-footer" in (page.evaluate("document.activeElement.closest('footer')?.className") or ""):
            break
    radios_by_group = page.evaluate(
        "Array.from(document.querySelectorAll('.ws input[type=radio]')).reduce((m, e) => (m[e.name] = [...(m[e.name] || []), e.id], m), {})"
    )
    # A radio group is one Tab stop; the arrow keys move within it.
    for ids in radios_by_group.values():
        assert reached & set(ids), f"radio group {ids} not reachable"
        expected = [i for i in expected if i not in ids]
    assert set(expected) <= reached
    assert {"print", "export", "clear"} <= actions
    assert without_focus_style == []


def test_rows_can_be_added_and_a_choice_made_with_the_keyboard(page, server: str) -> None:
    """Check that a keyboard user can add a row and pick a radio option with arrow keys."""
    page.goto(server + "worksheets/skills/")
    add = page.locator("[data-ws-add]").first
    add.focus()
    page.keyboard.press("Enter")
    assert page.locator("[data-ws-group] [data-ws-row]").count() == 2
    assert page.evaluate("document.activeElement.tagName") in ("INPUT", "TEXTAREA")
    radio = page.locator("[data-ws-row='1'] input[type=radio]").first
    radio.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    checked = page.locator("[data-ws-row='1'] input[type=radio]:checked")
    assert checked.count() == 1
    assert checked.get_attribute("id") == page.locator("[data-ws-row='1'] input[type=radio]").nth(1).get_attribute("id")
