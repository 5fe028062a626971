"""Links and page loads: internal links and anchors resolve, the head carries what search engines need, every page
loads in Chromium without a console error or a failed request, and search loads its index only when used."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from conftest import ROOT, run_mkdocs_build

from helpers import PageDoc, built_pages

SITE_URL = "https://intranet.example/hr/mentoring/"
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)
LINK_ATTRIBUTES = ("href", "src")
RE_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


def site_files(site: Path) -> list[Path]:
    """Every page of both languages and the 404 page."""
    return [*built_pages(site), site / "404.html"]


def url_path(site: Path, page: Path) -> str:
    """The page's URL path relative to the site root ("guide/phases/", "" for the home page)."""
    return page.relative_to(site).as_posix().removesuffix("index.html")


class Targets:
    """Ids of built pages, read once each."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self._ids: dict[Path, set[str]] = {}

    def ids(self, page: Path) -> set[str]:
        if page not in self._ids:
            doc = PageDoc(page.read_text(encoding="utf-8"))
            self._ids[page] = {a["id"] for _, a in doc.tags if a.get("id")} | {
                a["name"] for t, a in doc.tags if t == "a" and a.get("name")
            }
        return self._ids[page]

    def problem(self, page_url: str, value: str) -> str | None:
        """Why `value`, found on the page at `page_url`, does not resolve (None when it does)."""
        target = urlsplit(urljoin(page_url, value))
        rel = unquote(target.path).lstrip("/")
        path = self.site / rel
        if rel == "" or rel.endswith("/"):
            path = path / "index.html"
        if not path.is_file():
            return f"{value}: no file {path.relative_to(self.site)}"
        if target.fragment and path.suffix == ".html" and unquote(target.fragment) not in self.ids(path):
            return f"{value}: no id '{target.fragment}' in {path.relative_to(self.site)}"
        return None


# ---------------------------------------------------------------------------------------------------------------------
# Links in the built HTML
# ---------------------------------------------------------------------------------------------------------------------


def test_every_internal_link_and_anchor_resolves(site_dir: Path) -> None:
    """Check that every href and src of both languages (pages, assets, #ids) points at something that exists."""
    targets = Targets(site_dir)
    problems = []
    checked = 0
    for page in site_files(site_dir):
        page_url = "http://site/" + page.relative_to(site_dir).as_posix()
        for tag, attrs in PageDoc(page.read_text(encoding="utf-8")).tags:
            for attr in LINK_ATTRIBUTES:
                value = attrs.get(attr)
                if value is None or EXTERNAL.match(value):
                    continue
                checked += 1
                if (problem := targets.problem(page_url, value)) is not None:
                    problems.append(f"{url_path(site_dir, page) or '/'} <{tag} {attr}>: {problem}")
    assert problems == []
    assert checked > 5000


def test_search_worker_and_index_named_in_each_page_exist(site_dir: Path) -> None:
    """Check that the search worker and the search index each page's Material configuration names exist."""
    targets = Targets(site_dir)
    problems = []
    for page in built_pages(site_dir):
        page_url = "http://site/" + page.relative_to(site_dir).as_posix()
        app = json.loads(RE_CONFIG.search(page.read_text(encoding="utf-8")).group(1))
        base = app["base"].rstrip("/") + "/"
        for value in (app["search"].split("#")[0], base + "search/search_index.json"):
            if (problem := targets.problem(page_url, value)) is not None:
                problems.append(f"{url_path(site_dir, page)}: {problem}")
    assert problems == []


def test_mkdocs_validation_fails_the_build_on_a_broken_link_or_anchor(tmp_path: Path) -> None:
    """Check that mkdocs.yml makes a strict build stop at a link to a missing page and at a missing anchor."""
    for name in ("hooks", "overrides", "i18n"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    docs = tmp_path / "docs"  # the real pages, linked in, plus one broken page
    docs.mkdir()
    for child in (ROOT / "docs").iterdir():
        (docs / child.name).symlink_to(child, target_is_directory=child.is_dir())
    (docs / "broken.fi.md").write_text("# Rikki\n\n[Ei sivua](guide/no-such-page.md), [ei kohtaa](guide/phases.md#no-such-anchor)\n")
    # The real configuration without the sync guard, which would stop first (the page has no English version).
    hooks = [hook for hook in configured_hooks() if hook != "hooks/i18n_sync.py"]
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\nhooks: {json.dumps(hooks)}\n")
    result = run_mkdocs_build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "contains a link 'guide/no-such-page.md', but the target is not found" in result.stderr
    assert "does not contain an anchor '#no-such-anchor'" in result.stderr
    assert result.stderr.count("WARNING") == 3  # the two links, and the page missing from the nav


def configured_hooks() -> list[str]:
    """The hooks of mkdocs.yml, in their configured order."""
    hooks = re.findall(r"^\s*-\s*(hooks/\w+\.py)\s*$", (ROOT / "mkdocs.yml").read_text(), re.M)
    assert "hooks/i18n_sync.py" in hooks
    return hooks


# ---------------------------------------------------------------------------------------------------------------------
# The head: description, canonical URL, hreflang alternates, sitemap
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site_with_url(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as an intranet would host it, with `SITE_URL` set."""
    site = tmp_path_factory.mktemp("site-url") / "site"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site, env={"SITE_URL": SITE_URL})
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def head_links(page: Path) -> tuple[dict[str, str], list[str]]:
    doc = PageDoc(page.read_text(encoding="utf-8"))
    alternates = {a["hreflang"]: a["href"] for a in doc.find("link", rel="alternate") if a.get("hreflang")}
    return alternates, [a["href"] for a in doc.find("link", rel="canonical")]


def test_every_page_has_its_own_meta_description(site_dir: Path) -> None:
    """Check that each page of both languages has a meta description of its own (none empty, none shared)."""
    descriptions = {}
    for page in built_pages(site_dir):
        found = PageDoc(page.read_text(encoding="utf-8")).find("meta", name="description")
        assert len(found) == 1 and found[0]["content"].strip(), url_path(site_dir, page)
        descriptions[url_path(site_dir, page)] = found[0]["content"]
    assert len(set(descriptions.values())) == len(descriptions)


def test_every_page_has_a_canonical_url_and_absolute_hreflang_alternates(site_with_url: Path) -> None:
    """Check that with a site URL each page names its own absolute URL and both languages' absolute URLs."""
    for page in built_pages(site_with_url):
        path = url_path(site_with_url, page)
        source = path.removeprefix("en/")
        alternates, canonical = head_links(page)
        assert canonical == [SITE_URL + path], path
        assert alternates == {"fi": SITE_URL + source, "en": SITE_URL + "en/" + source}, path


def test_language_switcher_stays_relative_with_a_site_url(site_with_url: Path) -> None:
    """Check that the visible language switcher keeps page-relative links (it must work from a file share)."""
    page = site_with_url / "en" / "guide" / "phases" / "index.html"
    doc = PageDoc(page.read_text(encoding="utf-8"))
    switcher = {a["hreflang"]: a["href"] for a in doc.find("a") if "md-select__link" in a.get("class", "")}
    assert switcher == {"fi": "../../../guide/phases/", "en": "./"}


def test_sitemap_lists_every_page_of_both_languages_with_alternates(site_with_url: Path) -> None:
    """Check that sitemap.xml holds the absolute URL of every page of both languages, each with its two hreflangs."""
    sitemap = (site_with_url / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    locations = {re.search(r"<loc>([^<]+)</loc>", entry).group(1): entry for entry in entries}
    expected = {SITE_URL + url_path(site_with_url, page) for page in built_pages(site_with_url)}
    assert set(locations) == expected
    for loc, entry in locations.items():
        source = loc.removeprefix(SITE_URL).removeprefix("en/")
        hreflangs = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
        assert hreflangs == {"fi": SITE_URL + source, "en": SITE_URL + "en/" + source}, loc


# ---------------------------------------------------------------------------------------------------------------------
# Page loads in Chromium
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture()
def watched_tab(browser: object, server: str) -> Iterator[tuple[object, dict[str, list[str]]]]:
    """A tab that records console errors, page errors, failed requests, error responses and every request."""
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()
    log: dict[str, list[str]] = {"errors": [], "requests": []}
    tab.on("console", lambda m: m.type == "error" and log["errors"].append(f"console: {m.text}"))
    tab.on("pageerror", lambda e: log["errors"].append(f"page error: {e}"))
    tab.on("requestfailed", lambda r: log["errors"].append(f"failed: {r.url} {r.failure}"))
    tab.on("response", lambda r: r.status >= 400 and log["errors"].append(f"HTTP {r.status}: {r.url}"))
    tab.on("request", lambda r: log["requests"].append(r.url))
    yield tab, log
    context.close()


@pytest.mark.browser
def test_every_page_loads_without_console_errors_or_failed_requests(
    site_dir: Path, server: str, watched_tab: tuple[object, dict[str, list[str]]]
) -> None:
    """Check every page of both languages (and the 404 page) in Chromium: no console error, no failed request."""
    tab, log = watched_tab
    problems = {}
    for page in site_files(site_dir):
        path = url_path(site_dir, page)
        log["errors"].clear()
        tab.goto(server + path, wait_until="networkidle")  # type: ignore[attr-defined]
        if log["errors"]:
            problems[path or "/"] = list(log["errors"])
        # End this page here: a late request it still has open (Chromium fetches the favicon after load) is
        # cancelled by this navigation, and must not be reported as a failure of the next page.
        tab.goto("about:blank")  # type: ignore[attr-defined]
    assert problems == {}
    assert len(log["requests"]) > len(site_files(site_dir))


@pytest.mark.browser
def test_search_index_loads_only_when_a_person_starts_searching(
    server: str, watched_tab: tuple[object, dict[str, list[str]]]
) -> None:
    """Check that a page load fetches neither the search index nor the worker, and that searching then works."""
    tab, log = watched_tab
    tab.set_viewport_size({"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab.goto(server + "en/guide/phases/", wait_until="networkidle")  # type: ignore[attr-defined]
    assert [url for url in log["requests"] if "search_index" in url or "/workers/" in url] == []
    tab.click("[data-md-component=search-query]")  # type: ignore[attr-defined]
    tab.keyboard.type("mentor")  # type: ignore[attr-defined]
    tab.wait_for_selector(".md-search-result__item")  # type: ignore[attr-defined]
    assert [urlsplit(url).path for url in log["requests"] if "search_index" in url] == ["/en/search/search_index.json"]
    assert tab.locator(".md-search-result__item").count() > 0  # type: ignore[attr-defined]
    assert log["errors"] == []


@pytest.mark.browser
def test_arriving_from_a_search_result_still_highlights(
    server: str, watched_tab: tuple[object, dict[str, list[str]]]
) -> None:
    """Check that a page opened from a search result (?h=) loads the index at once and highlights the term."""
    tab, log = watched_tab
    tab.goto(server + "guide/phases/?h=mentorointi", wait_until="networkidle")  # type: ignore[attr-defined]
    assert any("search_index" in url for url in log["requests"])
    tab.wait_for_selector("article mark")  # type: ignore[attr-defined]
    assert log["errors"] == []
