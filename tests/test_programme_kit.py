"""The programme kit: its worksheets pass every worksheet check, the certificate prints, and the worksheet order has one source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import test_accessibility as accessibility
import test_worksheets_browser as worksheets_browser
from conftest import ROOT
from helpers import PageDoc, nav_worksheets
from worksheet_driver import WORKSHEETS, wait_for_save

# The worksheets that worksheet_driver.WORKSHEETS does not list yet: every existing browser check runs on them here.
KIT_WORKSHEETS = [sheet for sheet in nav_worksheets() if sheet not in WORKSHEETS]
KIT_PAGES = ["index", "timeline", "templates", "screening-and-safety", "mentor-training", "meeting-plan",
             "further-reading", "hosting"]


def test_kit_worksheets_are_found() -> None:
    assert {"application", "matching", "midpoint", "feedback", "certificate"} <= set(KIT_WORKSHEETS)


@pytest.mark.browser
@pytest.mark.parametrize("worksheet", KIT_WORKSHEETS)
def test_kit_worksheet_persists_and_follows_language(page, server, requests_seen, worksheet: str) -> None:
    worksheets_browser.test_answers_survive_reload_and_language_switch(page, server, requests_seen, worksheet)


@pytest.mark.browser
@pytest.mark.parametrize("worksheet", KIT_WORKSHEETS)
def test_kit_worksheet_prints_on_a4(page, server, worksheet: str) -> None:
    worksheets_browser.test_prints_on_a4_with_answers(page, server, worksheet)


@pytest.mark.browser
@pytest.mark.parametrize("worksheet", KIT_WORKSHEETS)
def test_kit_worksheet_has_no_axe_violations(page, server, worksheet: str) -> None:
    accessibility.test_filled_worksheet_has_no_axe_violations(page, server, worksheet)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_certificate_prints_on_one_page_with_names_and_period(page, server, lang: str) -> None:
    """The certificate recalls the names and period from the agreement and fits on one A4 sheet."""
    prefix = "en/" if lang == "en" else ""
    page.goto(server + prefix + "worksheets/agreement/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    page.locator("[data-ws-field=mentee-name] input").fill("Aino Aktori")
    page.locator("[data-ws-field=mentor-name] input").fill("Matti Mentori")
    page.locator("[data-ws-field=programme] input").fill("Esimerkkiohjelma 2027")
    page.locator("[data-ws-field=start-date] input").fill("2027-01-15")
    page.locator("[data-ws-field=end-date] input").fill("2027-06-30")
    wait_for_save(page)
    page.goto(server + prefix + "worksheets/certificate/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    page.locator("[data-ws-field=meetings-count] input").fill("8")
    page.locator("[data-ws-field=issued-by] input").fill("Kaisa Koordinaattori")
    wait_for_save(page)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    pages, text = worksheets_browser.pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
    flat = " ".join(text.split())
    assert pages == 1, f"the certificate takes {pages} pages"
    for saved in ("Aino Aktori", "Matti Mentori", "Kaisa Koordinaattori"):
        assert saved in flat
    # The period: both dates, as the page's language writes them (fields.js / ui.js formatDate), never as stored.
    assert ("15.1.2027" if lang == "fi" else "15/01/2027") in flat and "2027-01-15" not in flat
    assert ("30.6.2027" if lang == "fi" else "30/06/2027") in flat


def _links(html: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r'<a href="([^"#]+)/"', html)]


@pytest.mark.parametrize("lang", ["", "en/"])
def test_worksheet_index_lists_the_worksheets_in_navigation_order(site_dir: Path, lang: str) -> None:
    """The worksheets index table gives the process order: it must be the navigation's order (the one source)."""
    html = (site_dir / lang / "worksheets/index.html").read_text(encoding="utf-8")
    table = html[html.index('id="all-worksheets"'):]
    table = table[table.index("<table"):table.index("</table>")]
    listed = [href.rstrip("/").split("/")[-1] for href in _links(table)]
    pairs = [sheet for sheet in nav_worksheets() if sheet in WORKSHEETS]
    assert [sheet for sheet in listed if sheet in WORKSHEETS] == pairs


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("name", KIT_PAGES)
def test_kit_pages_have_description_and_h1(site_dir: Path, lang: str, name: str) -> None:
    path = site_dir / lang / "kit" / ("index.html" if name == "index" else f"{name}/index.html")
    doc = PageDoc(path.read_text(encoding="utf-8"))
    assert len(doc.find("h1")) == 1
    assert len(doc.find("meta", name="description")[0]["content"]) >= 80


def test_kit_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for name in KIT_PAGES:
        assert f"- kit/{name}.md" in config
    assert "Ohjelmapaketti: Programme kit" in config
