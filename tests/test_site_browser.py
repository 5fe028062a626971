"""The site in real Chromium: the language switcher keeps the page, and nothing is requested from other hosts."""

from __future__ import annotations

import pytest

from conftest import RequestLog


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "guide/principles/", "worksheets/goals/"])
def test_switcher_opens_the_same_page_in_english_and_back(page, server: str, requests_seen: RequestLog, path: str) -> None:
    """Check that choosing English in the switcher lands on the English version of the same page, and back."""
    page.goto(server + path)
    assert page.locator("html").get_attribute("lang") == "fi"
    page.locator(".md-header .md-select > button").hover()
    page.locator(".md-select__link[hreflang=en]").click()
    page.wait_for_load_state()
    assert page.url == server + "en/" + path
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".md-header .md-select > button").hover()
    page.locator(".md-select__link[hreflang=fi]").click()
    page.wait_for_load_state()
    assert page.url == server + path
    assert requests_seen.foreign() == []


@pytest.mark.browser
def test_switcher_works_with_the_keyboard(page, server: str) -> None:
    """Check that a keyboard user can open the language list and follow a link."""
    page.goto(server + "guide/phases/")
    page.locator(".md-header .md-select > button").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('hreflang')")
    assert focused in ("fi", "en")
    page.locator(".md-select__link[hreflang=en]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(server + "en/guide/phases/")


@pytest.mark.browser
def test_pages_request_nothing_from_other_hosts(page, server: str, requests_seen: RequestLog) -> None:
    """Check that browsing pages in both languages, and searching, requests only the test server."""
    for path in ["", "en/", "guide/what-is-mentoring/", "en/roles/coordinator/", "worksheets/my-answers/"]:
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    page.keyboard.press("s")  # Material's shortcut opens the search dialog
    page.keyboard.type("mentori", delay=30)
    page.wait_for_selector(".md-search-result__item")
    assert len(requests_seen.urls) > 10
    assert requests_seen.foreign() == []


@pytest.mark.browser
def test_missing_page_shows_the_finnish_404(page, server: str) -> None:
    """Check that the 404 page the server returns is the Finnish one."""
    page.goto(server + "404.html")
    assert page.locator("h1").inner_text() == "Sivua ei löytynyt"
