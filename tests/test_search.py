"""Search in real Chromium: base forms, inflected forms, numbers, abbreviations and words without ä/ö find their pages,
results stay in the page's language, and a page whose title matches comes first.

The queries and the pages each must find are in tests/search_queries.py, which scripts/search_bench.py measures too.
One page load per language; every query is typed into the same search box.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, RequestLog, run_mkdocs_build
from search_queries import FOREIGN_WORDS, QUERIES, TITLE_RANKING, SearchBox

pytestmark = pytest.mark.browser

LANGUAGES = sorted({query.lang for query in QUERIES})


@pytest.fixture(scope="module")
def boxes(browser: object, server: str) -> Iterator[dict[str, tuple[SearchBox, RequestLog]]]:
    """One search box per language, each on its own page, with the requests that page made."""
    context = browser.new_context(locale="fi-FI")  # type: ignore[attr-defined]
    opened = {}
    for lang in LANGUAGES:
        log = RequestLog(server)
        tab = context.new_page()
        tab.on("request", lambda request, log=log: log.urls.append(request.url))
        tab.on("console", lambda message, log=log: message.type == "error" and log.console_errors.append(message.text))
        tab.on("pageerror", lambda error, log=log: log.console_errors.append(str(error)))
        opened[lang] = (SearchBox(tab, server, lang), log)
    yield opened
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_query_finds_its_pages_with_and_without_umlauts(boxes: dict[str, tuple[SearchBox, RequestLog]], lang: str) -> None:
    """Check that each query of the list, and the same query typed without ä/ö, lists every page it must find."""
    box, log = boxes[lang]
    missed = []
    for query in (query for query in QUERIES if query.lang == lang):
        for typed in filter(None, (query.text, query.folded)):
            found = box.search(typed, wanted=query.must_find)
            missing = [page for page in query.must_find if page not in found.pages]
            if missing:
                missed.append(f"{typed!r} ({query.kind}) did not find {missing}; found {found.count}: {found.pages}")
    assert missed == []
    assert log.foreign() == []
    assert log.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_find_pages(boxes: dict[str, tuple[SearchBox, RequestLog]], lang: str) -> None:
    """Check that A4 and 20 find pages in every language (the Finnish trimmer used to strip digits)."""
    box, _ = boxes[lang]
    assert "worksheets/" in box.search("A4", wanted=("worksheets/",)).pages
    assert "guide/first-meeting/" in box.search("20", wanted=("guide/first-meeting/",)).pages


def test_words_of_the_bilingual_print_labels_find_nothing_on_finnish_pages(boxes: dict[str, tuple[SearchBox, RequestLog]]) -> None:
    """Check that English words found on Finnish pages only in the labels of bilingual print copies find nothing."""
    box, _ = boxes["fi"]
    for word in FOREIGN_WORDS["fi"]:
        assert box.search(word).count == 0, word
    assert "worksheets/agreement/" in box.search("luottamuksellisuus", wanted=("worksheets/agreement/",)).pages


@pytest.mark.parametrize(("lang", "query", "first", "mentions"), TITLE_RANKING)
def test_a_page_whose_title_matches_comes_first(
    boxes: dict[str, tuple[SearchBox, RequestLog]], lang: str, query: str, first: str, mentions: str
) -> None:
    """Check that the page whose title has the query word (inflected or not) is listed first, above a page that has
    the word only in its text or as the start of a longer compound in a heading ("Tavoitetehtävät")."""
    box, _ = boxes[lang]
    found = box.search(query, wanted=(mentions,))
    assert found.pages[0] == first, found
    assert mentions in found.pages


def test_results_are_only_in_the_language_of_the_page(boxes: dict[str, tuple[SearchBox, RequestLog]]) -> None:
    """Check that Finnish pages list Finnish results only and English pages English ones only."""
    finnish, english = boxes["fi"][0], boxes["en"][0]
    assert finnish.search("mentori").count
    assert not any(link.startswith(finnish.server + "en/") for link in finnish.links())
    assert english.search("mentor").count
    assert all(link.startswith(english.server + "en/") for link in english.links())


def test_index_leaves_out_other_languages_and_registers_lemma_fields(site_dir: Path) -> None:
    """Check the built Finnish index: no English print label in any entry, and base forms in registered fields."""
    import json

    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"lemmas", "title_lemmas"} <= index["config"]["fields"].keys()
    assert not any("What does confidentiality cover" in doc["text"] for doc in index["docs"])
    goals = next(doc for doc in index["docs"] if doc["location"] == "worksheets/goals/")
    assert "tavoite" in goals["title_lemmas"].split()
    english = json.loads((site_dir / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "lemmas" not in english["config"]["fields"]
    html = (site_dir / "worksheets" / "agreement" / "index.html").read_text(encoding="utf-8")
    assert 'class="ws-alt" lang="en"' in html and "data-search-exclude" not in html


def test_offline_copy_searches_the_same_way_from_disk(browser: object, tmp_path: Path) -> None:
    """Check that from file:// (the iframe-worker shim instead of a worker) base forms, words without ä/ö, numbers,
    title ranking and the language filter work, with nothing but local files."""
    site = tmp_path / "site-offline"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site, env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()
    log = RequestLog("file://")
    tab.on("request", lambda request: log.urls.append(request.url))
    tab.on("console", lambda message: message.type == "error" and log.console_errors.append(message.text))
    box = SearchBox(tab, site.as_uri() + "/", "fi", start="guide/phases.html")
    assert "themes/field-requirements.html" in box.search("kaytanto", wanted=("themes/field-requirements.html",)).pages
    assert "worksheets/index.html" in box.search("A4", wanted=("worksheets/index.html",)).pages
    assert box.search("tavoitteita").pages[0] == "worksheets/goals.html"
    assert box.search("confidentiality").count == 0
    assert {link.split(":", 1)[0] for link in log.urls} == {"file"}
    assert log.console_errors == []
    context.close()
