"""Printable workbook and ready-made PDFs: the workbook page in Chromium and on paper, and `make pdf`."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import ROOT, RequestLog, run_mkdocs_build
from helpers import PageDoc, nav_worksheets, workbook_default_worksheets
from worksheet_driver import wait_for_save

sys.path.insert(0, str(ROOT / "scripts"))

import i18n_tool  # noqa: E402
import make_pdf  # noqa: E402

pytestmark = pytest.mark.browser

SETTINGS_KEY = "tyouramentorointi:settings"


PROCESS_ORDER = nav_worksheets()
#: What the workbook holds when nothing is remembered: the pair's worksheets; the programme kit's forms are offered.
PAIR_WORKSHEETS = workbook_default_worksheets()
KIT_FORMS = [sheet for sheet in PROCESS_ORDER if sheet not in PAIR_WORKSHEETS]


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page above its footer, whitespace collapsed."""
    return [" ".join(make_pdf.body_text(page).split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def open_workbook(page, server: str, lang: str = "fi") -> None:
    page.goto(server + ("en/" if lang == "en" else "") + "worksheets/workbook/")
    page.wait_for_selector("[data-wb-choices]:not([hidden])")


def print_pdf(page) -> bytes:
    """Print as the page's Print button does: the pictures' code loads first and every picture is drawn."""
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.wait_for_function("() => !document.querySelector('[data-ws-chart-pending]')")
    return page.pdf(format="A4", prefer_css_page_size=True)


def sheet_titles(page) -> list[str]:
    return page.locator(".wb-contents__item:visible .wb-contents__title").all_inner_texts()


def sheet_starts(pages: list[str], titles: list[str]) -> list[int]:
    """The page on which each worksheet starts: the one headed by its number and title."""
    return [next(i for i, text in enumerate(pages) if text.startswith(f"{n} {title}")) for n, title in enumerate(titles, 1)]


def settings(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{SETTINGS_KEY}')") or "{}")


# ---------------------------------------------------------------------------------------------------------------------
# The built page
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["", "en/"])
def test_workbook_holds_every_worksheet_in_process_order_with_unique_ids(site_dir: Path, lang: str) -> None:
    """Check that the workbook has each worksheet once, in navigation order, numbered, and no id twice."""
    html = (site_dir / lang / "worksheets/workbook/index.html").read_text(encoding="utf-8")
    doc = PageDoc(html)
    assert [a["data-ws-worksheet"] for a in doc.find("section", class_="ws-sheet")] == PROCESS_ORDER
    assert [a["data-ws-number"] for a in doc.find("section", class_="ws-sheet")] == [str(n) for n in range(1, len(PROCESS_ORDER) + 1)]
    assert [a["data-wb-entry"] for a in doc.find("li", class_="wb-contents__item")] == PROCESS_ORDER
    ids = [attrs["id"] for _, attrs in doc.tags if "id" in attrs]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    # Fields keep their storage ids and get page-unique element ids.
    assert doc.find("textarea", id="ws-goals-wishes")[0]["name"] == "ws-goals-wishes"
    assert doc.find("input", id="ws-lifeline-events-0-year") != []
    assert doc.find("div", **{"data-ws-field": "wishes"}) != []


def test_workbook_sources_hold_no_copy_of_any_worksheet() -> None:
    """Check that the workbook pages are only an intro: every worksheet's text comes from the worksheet's own page."""
    for path in sorted((ROOT / "docs/worksheets").glob("workbook.*.md")):
        text = path.read_text(encoding="utf-8")
        assert "///" not in text, path
        assert len(text.splitlines()) < 20, path


def test_worksheet_added_later_appears_in_the_workbook(tmp_path: Path) -> None:
    """Check that a new worksheet in the navigation shows up in the workbook with no change to the workbook."""
    root = tmp_path / "repo"
    for name in ("docs", "hooks", "overrides", "i18n"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    sheets = root / "docs/worksheets"
    for lang, title in (("fi", "Harjoitustyökalu"), ("en", "Practice worksheet")):
        text = (sheets / f"culture.{lang}.md").read_text(encoding="utf-8")
        text = re.sub(r"^worksheet: culture$", "worksheet: practice", text, flags=re.M)
        text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M)
        text = re.sub(r"^# .*$", f"# {title}", text, count=1, flags=re.M)
        (sheets / f"practice.{lang}.md").write_text(text, encoding="utf-8")
    assert i18n_tool.main(["--config", str(root / "mkdocs.yml"), "mark", "worksheets/practice"]) == 0
    config = root / "mkdocs.yml"
    last = "      - worksheets/certificate.md\n"  # the last worksheet in the navigation
    config.write_text(config.read_text().replace(last, last + "      - worksheets/practice.md\n"))
    result = run_mkdocs_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    doc = PageDoc((tmp_path / "site/worksheets/workbook/index.html").read_text(encoding="utf-8"))
    assert [a["data-ws-worksheet"] for a in doc.find("section", class_="ws-sheet")] == [*PROCESS_ORDER, "practice"]
    assert f"{len(PROCESS_ORDER) + 1} Harjoitustyökalu" in doc.text


# ---------------------------------------------------------------------------------------------------------------------
# On paper
# ---------------------------------------------------------------------------------------------------------------------

LANGUAGE_MODES = {
    # mode: (page language, bilingual, a label that must print, a label that must not)
    "fi": ("fi", False, "Aktorin nimi", "Mentee's name"),
    "en": ("en", False, "Mentee's name", "Aktorin nimi"),
    "bilingual": ("fi", True, "Aktorin nimi / Mentee's name", None),
}


@pytest.mark.parametrize("mode", sorted(LANGUAGE_MODES))
def test_workbook_prints_each_worksheet_on_its_own_pages(page, server: str, requests_seen: RequestLog, mode: str) -> None:
    """Check the printed workbook per language mode: page count, cover, titles in order each on a new page, labels."""
    lang, bilingual, present, absent = LANGUAGE_MODES[mode]
    open_workbook(page, server, lang)
    page.check("#wb-mode-blank")
    if bilingual:
        page.check("#wb-language-bilingual")
    titles = sheet_titles(page)
    assert len(titles) == len(PAIR_WORKSHEETS)
    pages = pdf_pages(print_pdf(page))
    assert 1 + len(titles) <= len(pages) <= 1 + 5 * len(titles)
    cover = pages[0]
    assert ("Aktori" if lang == "fi" else "Mentee") in cover and ("Sisällys" if lang == "fi" else "Contents") in cover
    # Each worksheet starts a page, headed by its number and title, in process order.
    starts = sheet_starts(pages, titles)
    assert starts == sorted(starts) and starts[0] == 1
    everything = " ".join(pages)
    assert present in everything
    if absent:
        assert absent not in everything
    assert pages[-1].strip() != ""
    assert requests_seen.foreign() == [] and requests_seen.console_errors == []


def test_saved_answers_print_in_answers_mode_and_never_in_blank_mode(page, server: str) -> None:
    """Check that saved answers fill the workbook, that blank mode hides them and saves nothing typed in it."""
    page.goto(server + "worksheets/agreement/")
    page.locator("[data-ws-field=mentee-name] input").fill("Aino Aktori")
    page.goto(server + "worksheets/goals/")
    page.locator("[data-ws-field=goal] input").first.fill("Saan alan työpaikan")
    wait_for_save(page)
    open_workbook(page, server)
    assert page.locator("#ws-agreement-mentee-name").input_value() == "Aino Aktori"
    answers = " ".join(pdf_pages(print_pdf(page)))
    assert "Aino Aktori" in answers
    # on the goals worksheet, and recalled on the closing evaluation (the mid-point check-in, a programme kit form
    # that recalls it too, is not in the workbook unless chosen)
    assert answers.count("Saan alan työpaikan") == 2
    page.check("#wb-mode-blank")
    assert page.locator("#ws-agreement-mentee-name").input_value() == ""
    before = page.evaluate("localStorage.getItem('tyouramentorointi:worksheet:agreement')")
    page.locator("#ws-agreement-mentee-name").fill("Ei tallennu")
    wait_for_save(page)
    assert page.evaluate("localStorage.getItem('tyouramentorointi:worksheet:agreement')") == before
    blank = " ".join(pdf_pages(print_pdf(page)))
    assert "Aino Aktori" not in blank and "Saan alan työpaikan" not in blank
    page.check("#wb-mode-answers")
    assert page.locator("#ws-agreement-mentee-name").input_value() == "Aino Aktori"


def test_answers_typed_in_the_workbook_are_saved_for_the_worksheet(page, server: str) -> None:
    """Check that the workbook saves like the worksheet page, rows included, under the same storage keys."""
    open_workbook(page, server)
    group = page.locator("#sheet-lifeline [data-ws-group=events]")
    group.locator("[data-ws-field=year] input").first.fill("2015")
    group.locator("[data-ws-add]").click()
    assert page.evaluate("document.activeElement.id") == "ws-lifeline-events-1-year"
    page.keyboard.type("2019")
    wait_for_save(page)
    page.goto(server + "worksheets/lifeline/")
    years = page.locator("[data-ws-field=year] input")
    assert [years.nth(i).input_value() for i in range(years.count())] == ["2015", "2019"]


def test_choices_are_remembered_and_left_out_worksheets_are_not_printed(page, server: str) -> None:
    """Check that mode, bilingual labels and the worksheets left out survive a reload and shape the print."""
    open_workbook(page, server)
    page.check("#wb-mode-blank")
    page.check("#wb-language-bilingual")
    page.uncheck("#wb-include-agreement")
    page.uncheck("#wb-include-network")
    assert settings(page) == {"workbook_blank": True, "bilingual": True, "workbook_exclude": ["agreement", "network", *KIT_FORMS],
                              "workbook_include": [sheet for sheet in PAIR_WORKSHEETS if sheet not in ("agreement", "network")]}
    page.reload()
    page.wait_for_selector("[data-wb-choices]:not([hidden])")
    assert page.locator("#wb-mode-blank").is_checked() and page.locator("#wb-language-bilingual").is_checked()
    assert not page.locator("#wb-include-agreement").is_checked() and page.locator("#wb-include-goals").is_checked()
    assert not any(page.locator(f"#wb-include-{sheet}").is_checked() for sheet in KIT_FORMS)
    assert page.locator("#sheet-agreement").is_hidden()
    assert page.locator("#sheet-getting-to-know .ws-sheet__number").inner_text() == "1"
    assert page.locator("[data-wb-entry=getting-to-know] .ws-sheet__number").inner_text() == "1"
    titles = sheet_titles(page)
    assert len(titles) == len(PAIR_WORKSHEETS) - 2 and "Verkostokartta" not in titles
    pages = pdf_pages(print_pdf(page))
    assert pages[1].startswith("1 Tutustumiskysymykset / Getting to know each other")
    starts = sheet_starts(pages, titles)
    assert starts == sorted(starts) and starts[0] == 1
    assert not any(re.match(r"\d+ (Mentorointisopimus|Verkostokartta)", text) for text in pages)
    assert "Aktorin nimi" not in " ".join(pages)


def test_the_programme_kit_forms_are_offered_unticked_and_a_chosen_one_is_remembered(page, server: str) -> None:
    """Check the default set: the pair's worksheets ticked, the kit's forms not (the page says so), a choice kept."""
    assert KIT_FORMS and "application" in KIT_FORMS
    open_workbook(page, server)
    assert [page.locator(f"#wb-include-{sheet}").is_checked() for sheet in PROCESS_ORDER] == [
        sheet in PAIR_WORKSHEETS for sheet in PROCESS_ORDER]
    assert page.locator("#sheet-application").is_hidden() and page.locator("#sheet-closing").is_visible()
    assert "Ohjelmapaketin lomakkeet" in page.locator("#wb-include-hint").inner_text()
    page.check("#wb-include-application")
    page.reload()
    page.wait_for_selector("[data-wb-choices]:not([hidden])")
    assert page.locator("#wb-include-application").is_checked() and not page.locator("#wb-include-matching").is_checked()
    assert page.locator("#sheet-application").is_visible()
    assert sheet_titles(page)[-1] == "Hakulomake"


def test_choosing_another_language_opens_that_workbook(page, server: str) -> None:
    """Check that the English choice opens the English workbook with English selected, and bilingual is kept off."""
    open_workbook(page, server)
    page.check("#wb-language-bilingual")
    page.check("#wb-language-en")
    page.wait_for_url("**/en/worksheets/workbook/")
    page.wait_for_selector("[data-wb-choices]:not([hidden])")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#wb-language-en").is_checked()
    assert settings(page)["bilingual"] is False


def test_without_make_pdf_no_page_links_a_pdf(page, server: str) -> None:
    """Check that a plain build shows no PDF link on worksheet, workbook and coordinators' pages."""
    for path in ("worksheets/goals/", "worksheets/workbook/", "roles/coordinator/", "en/roles/coordinator/"):
        page.goto(server + path)
        assert page.locator("[data-ws-pdf]").count() == 1
        assert page.locator("[data-ws-pdf]").is_hidden()
        assert page.locator("a[href$='.pdf']").count() == 0


# ---------------------------------------------------------------------------------------------------------------------
# make pdf
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's built site with `make pdf`'s script run on it, as the Makefile runs it."""
    site = tmp_path_factory.mktemp("pdf") / "site"
    shutil.copytree(site_dir, site)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/make_pdf.py"), "--site", str(site)], capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stderr[-3000:]
    *lines, last = result.stdout.strip().splitlines()
    stats = [line for line in lines if not line.startswith("total ")]
    # Then the totals per language form: the workbook and the worksheets one by one.
    totals = [line for line in lines if line.startswith("total ")]
    assert [line.split(":")[0] for line in totals] == ["total fi", "total fi-en", "total en", "total en-fi"]
    assert all(re.fullmatch(rf"total [a-z-]+: workbook \d+ sheets; the {len(PROCESS_ORDER)} worksheets one by one \d+ sheets", line)
               for line in totals), totals
    assert last == f"{(len(PROCESS_ORDER) + 1) * 4} PDFs in {site / 'pdf'}"  # every worksheet and the workbook: fi, en, fi-en, en-fi
    # The log says how many sheets each PDF needs and how many of them are nearly empty (bench/results.md).
    assert len(stats) == (len(PROCESS_ORDER) + 1) * 4
    assert all(re.fullmatch(r"[a-z-]+\.pdf: \d+ sheets, \d+ nearly empty( \([\d, ]+\))?", line) for line in stats), stats
    return site


@pytest.fixture()
def pdf_server(pdf_site: Path) -> Iterator[str]:
    with make_pdf.serve(pdf_site) as base:
        yield base


def text_starts(page) -> list[tuple[float, float]]:
    """Where each piece of text on a PDF page starts, in millimetres from the left and the bottom edge."""
    found = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x * 25.4 / 72, y * 25.4 / 72))

    page.extract_text(visitor_text=visit)
    return found


def manifest_of(site: Path) -> dict:
    script = (site / "pdf/index.js").read_text(encoding="utf-8")
    return json.loads(script.removeprefix("window.wsPdfManifest = ").removesuffix(";\n"))


def test_make_pdf_writes_every_document_in_every_language(pdf_site: Path) -> None:
    """Check the PDFs made: one per document and language form, each listed, in process order."""
    files = sorted(p.name for p in (pdf_site / "pdf").glob("*.pdf"))
    documents = ["workbook", *PROCESS_ORDER]
    forms = ["fi", "en", "fi-en", "en-fi"]
    assert files == sorted(f"{doc}-{form}.pdf" for doc in documents for form in forms)
    manifest = manifest_of(pdf_site)
    assert manifest["languages"] == {"fi": "Suomi", "en": "English"}
    assert [d["id"] for d in manifest["documents"]] == documents
    assert [f["file"] for f in manifest["documents"][0]["files"]] == [f"workbook-{form}.pdf" for form in forms]
    assert manifest["documents"][5]["titles"] == {"fi": "Tavoitteet (SMART)", "en": "SMART goals"}


@pytest.mark.parametrize(
    ("name", "title", "lang", "labels", "not_labels"),
    [
        ("goals-fi.pdf", "Tavoitteet (SMART) – Työuramentorointi", "fi", ["Aikataulutettu – mihin mennessä?"], ["Time-bound – by when?"]),
        ("goals-en.pdf", "SMART goals – Career mentoring", "en", ["Time-bound – by when?"], ["Aikataulutettu – mihin mennessä?"]),
        ("agreement-fi-en.pdf", "Mentorointisopimus / Mentoring agreement – Työuramentorointi", "fi",
         ["Aktorin nimi / Mentee's name"], []),
        ("workbook-en-fi.pdf", "Workbook / Työkirja – Career mentoring", "en", ["Mentee's name / Aktorin nimi"], []),
        ("workbook-fi.pdf", "Työkirja – Työuramentorointi", "fi", ["Aktorin nimi", "Loppuarviointi"], ["Mentee's name"]),
    ],
)
def test_pdf_has_title_language_footer_and_blank_fields(
    pdf_site: Path, name: str, title: str, lang: str, labels: list[str], not_labels: list[str]
) -> None:
    """Check a made PDF: A4, title and language in its metadata, footer with title and page numbers, text, no answers."""
    reader = PdfReader(pdf_site / "pdf" / name)
    assert reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(595, 842)}
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    text = " ".join(pages)
    for label in labels:
        assert label in text
    for label in not_labels:
        assert label not in text
    document_title, site_name = title.rsplit(" – ", 1)
    languages = [code for code in re.search(r"-([a-z]{2})(?:-([a-z]{2}))?\.pdf$", name).groups() if code]
    counters = {"fi": "sivu {n} / {total}", "en": "page {n} of {total}"}
    # The footer names the site in the PDF's languages (bilingual: both names), the metadata in the first.
    site_name = " / ".join({"fi": "Työuramentorointi", "en": "Career mentoring"}[code] for code in languages)

    def number(n: int, total: int) -> str:
        return " · ".join(counters[code].format(n=n, total=total) for code in languages)

    if name.startswith("workbook"):
        # The pair's worksheets (the kit's forms have their own PDFs), one bookmark each, numbered as in the
        # contents; pages numbered through the whole workbook as the browser numbers them ("sivu 17 / 40").
        assert 12 <= len(pages) <= 60
        assert f"{site_name} · {document_title}" in pages[0]
        assert [item.title.split(" ", 1)[0] for item in reader.outline] == [str(n) for n in range(1, len(PAIR_WORKSHEETS) + 1)]
        first = reader.outline[0].title.removeprefix("1 ")
        assert f"{site_name} · {first}" in pages[reader.get_destination_page_number(reader.outline[0])]
        for n, text in enumerate(pages, start=1):
            assert number(n, len(pages)) in text, (n, text[-150:])
    else:
        assert 1 <= len(pages) <= 8
        for n, text in enumerate(pages, start=1):
            assert f"{site_name} · {document_title}" in text and number(n, len(pages)) in text
    assert all(make_pdf.body_text(p) for p in (reader.pages[0], reader.pages[-1]))
    # Everything, the footer too, stays at least 12 mm from the paper's edges, clear of what printers cannot reach.
    starts = [point for p in reader.pages for point in text_starts(p)]
    assert min(x for x, _ in starts) >= 12 and min(y for _, y in starts) >= 12 and max(y for _, y in starts) <= 297 - 12


def footers(pages: list) -> list[str]:
    """The footer of each sheet (the text in the bottom margin, left to right), whitespace collapsed."""
    bottom = float(make_pdf.MARGIN["bottom"].removesuffix("mm")) * 72 / 25.4
    found = []
    for page in pages:
        parts: list[tuple[float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and y <= bottom:
                parts.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text))

        page.extract_text(visitor_text=visit)
        found.append(" ".join(" ".join(text for _, text in sorted(parts, key=lambda part: part[0])).split()))
    return found


@pytest.mark.parametrize("bilingual", [False, True])
def test_browser_print_and_make_pdf_number_the_workbook_alike(page, pdf_server: str, pdf_site: Path, bilingual: bool) -> None:
    """Check that the blank workbook printed from the page has the sheets and footers of make pdf's workbook."""
    open_workbook(page, pdf_server)
    page.check("#wb-mode-blank")
    page.check("#wb-language-bilingual" if bilingual else "#wb-language-fi")
    printed = PdfReader(io.BytesIO(print_pdf(page))).pages
    made = PdfReader(pdf_site / "pdf" / f"workbook-{'fi-en' if bilingual else 'fi'}.pdf").pages
    assert len(printed) == len(made)
    assert footers(printed) == footers(made)
    last = "sivu {n} / {n} · page {n} of {n}" if bilingual else "sivu {n} / {n}"
    assert footers(made)[-1].endswith(last.format(n=len(made)))


def test_pdf_links_appear_where_make_pdf_built_them(page, pdf_server: str, pdf_site: Path) -> None:
    """Check that worksheet, workbook and coordinators' pages link the PDFs that exist, and only those."""
    page.goto(pdf_server + "worksheets/goals/")
    links = page.locator("[data-ws-pdf] a")
    assert links.all_inner_texts() == ["Suomi", "English", "Suomi + English", "English + Suomi"]
    assert [links.nth(i).get_attribute("href") for i in range(4)] == [
        f"../../pdf/goals-{form}.pdf" for form in ("fi", "en", "fi-en", "en-fi")
    ]
    page.goto(pdf_server + "en/worksheets/workbook/")
    assert page.locator("[data-ws-pdf] a").first.get_attribute("href") == "../../../pdf/workbook-fi.pdf"
    page.goto(pdf_server + "en/roles/coordinator/")
    box = page.locator("[data-ws-pdf]")
    assert box.is_visible()
    assert box.locator("li").count() == 1 + len(PROCESS_ORDER)
    assert box.locator("li").first.inner_text().startswith("Workbook: Suomi · English")
    for href in box.locator("a").evaluate_all("links => links.map((a) => a.href)"):
        response = page.request.get(href)
        assert response.status == 200 and response.headers["content-type"] == "application/pdf", href


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("lifeline-fi.pdf", ["Hyvä vaihe", "Vaikea vaihe", "Vuodet"]),
        ("network-en.pdf", ["Close", "Acquaintances", "New contacts", "Target job"]),
        ("workbook-fi.pdf", ["Hyvä vaihe", "Läheiset", "Uudet kontaktit"]),
    ],
)
def test_ready_made_pdfs_have_the_empty_chart_grids(pdf_site: Path, name: str, texts: list[str]) -> None:
    """Check that the blank PDFs print the lifeline's empty axes and the network's three empty rings."""
    reader = PdfReader(pdf_site / "pdf" / name)
    flat = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for text in texts:
        assert text in flat, f"{name}: {text}"
