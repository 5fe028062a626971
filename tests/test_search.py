"""Search in real Chromium: inflected Finnish words find their pages, and results stay in the page's language."""

from __future__ import annotations

import pytest

from conftest import RequestLog

pytestmark = pytest.mark.browser


def search(page, server: str, start: str, query: str) -> list[str]:
    """Type a query into the real search box; return the result links as site paths."""
    page.goto(server + start)
    page.keyboard.press("s")  # Material's shortcut opens the search dialog
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item")
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__item a").all()]
    return [href.removeprefix(server).split("?")[0].split("#")[0] for href in hrefs]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tavoitteita", "worksheets/goals/"),
        ("verkostoitumisesta", "themes/networking/"),
        ("mentorointisopimukseen", "worksheets/agreement/"),
        ("luottamuksellisuudesta", "guide/principles/"),
        ("osaamisen tunnistamisesta", "themes/skills/"),
    ],
)
def test_inflected_finnish_words_find_the_page(page, server: str, requests_seen: RequestLog, query: str, expected: str) -> None:
    """Check that a Finnish query in an inflected form finds the page about its base form."""
    results = search(page, server, "guide/phases/", query)
    assert expected in results
    assert requests_seen.foreign() == []


@pytest.mark.parametrize(("query", "expected"), [("goals", "en/worksheets/goals/"), ("networking", "en/themes/networking/")])
def test_english_search_finds_english_pages(page, server: str, query: str, expected: str) -> None:
    """Check that English queries (with English stemming) find the English pages."""
    assert expected in search(page, server, "en/guide/phases/", query)


def test_results_are_only_in_the_language_of_the_page(page, server: str) -> None:
    """Check that Finnish pages list Finnish results only and English pages English ones only."""
    finnish = search(page, server, "", "mentori")
    assert finnish and not any(path.startswith("en/") for path in finnish)
    english = search(page, server, "en/", "mentor")
    assert english and all(path.startswith("en/") for path in english)


def test_a_word_from_the_other_language_finds_nothing_foreign(page, server: str) -> None:
    """Check that an English-only word searched on a Finnish page does not bring English pages."""
    page.goto(server)
    page.keyboard.press("s")
    page.keyboard.type("worksheet", delay=20)
    # Finished searching: Material's result count says "Ei täsmääviä dokumentteja" or "N täsmäävää dokumenttia".
    page.wait_for_function("/täsmää/i.test(document.querySelector('.md-search-result__meta')?.textContent || '')")
    hrefs = [a.get_attribute("href") or "" for a in page.locator(".md-search-result__item a").all()]
    assert not any("/en/" in href for href in hrefs)
