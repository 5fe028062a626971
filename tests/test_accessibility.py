"""Accessibility: zero axe-core violations (WCAG 2.0/2.1 A and AA) on every page, both languages and schemes."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from helpers import built_pages
from worksheet_driver import WORKSHEETS, fill_all, wait_for_save

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """Run axe-core in the page and return one line per violation: rule, impact and offending elements."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_SCRIPT)
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
    page.locator("[data-ws-alert]").wait_for(state="visible")
    assert axe_violations(page) == []
