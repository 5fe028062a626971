"""Worksheets on paper: empty rows to write on, footers on every sheet, light printer-friendly controls, page breaks
by content and bilingual print, checked on PDFs that Chromium prints (page.pdf) as a person's browser would."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator

import pytest
from pypdf import PageObject, PdfReader

from conftest import ROOT
from worksheet_driver import wait_for_save

sys.path.insert(0, str(ROOT / "scripts"))

import make_pdf  # noqa: E402

pytestmark = pytest.mark.browser

#: Empty rows on blank paper, as the worksheet pages declare them (`print_rows`); every other group has 3.
PRINT_ROWS = {("goals", "goals"): 3, ("job-search", "applications"): 6, ("lifeline", "events"): 8,
              ("network", "contacts"): 10, ("meeting", "meetings"): 1}
GROUP_PAGES = ["goals", "job-search", "lifeline", "network", "meeting", "skills", "culture", "field", "closing"]
#: Texts that belong to the screen only: the worksheet's buttons, its notices and the instructions to press them.
SCREEN_ONLY = {
    "fi": ["Tulosta / tallenna PDF", "Vie tiedostoon", "Tyhjennä vastaukset", "Tulosta otsikot myös toisella kielellä",
           "Vastauksesi tallentuvat vain tähän selaimeen tällä laitteella", "Lisää:"],
    "en": ["Print / save as PDF", "Export to file", "Clear answers", "Print labels in both languages",
           "Add:"],
}
FOOTER_PAGE = {"fi": "sivu {n} / {total}", "en": "page {n} of {total}"}
SITE = {"fi": "Työuramentorointi", "en": "Career mentoring"}


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture()
def dark_page(browser: object, server: str) -> Iterator[object]:
    """A tab whose system colour scheme is dark (Material follows it: the slate scheme)."""
    context = browser.new_context(color_scheme="dark", locale="fi-FI")  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def open_worksheet(page, server: str, worksheet: str, lang: str = "fi", *, bilingual: bool = False) -> None:
    page.goto(server + ("en/" if lang == "en" else "") + f"worksheets/{worksheet}/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    page.set_checked("[data-ws-bilingual]", bilingual)


def print_pages(page) -> list[PageObject]:
    """The page printed on A4 as the browser prints it (the site's own @page rules: margins and footers)."""
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    return list(PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True))).pages)


def flat(page: PageObject) -> str:
    return " ".join((page.extract_text() or "").split())


def first_body_line(page: PageObject) -> str:
    """The highest line of text under the top margin: what a sheet starts with."""
    lines = make_pdf.body_lines(page)
    return " ".join(lines[max(lines)].split()) if lines else ""


def last_body_line(page: PageObject) -> str:
    """The lowest line of text above the footer: what a sheet ends with."""
    lines = make_pdf.body_lines(page)
    return " ".join(lines[min(lines)].split()) if lines else ""


def visible_rows(page, group: str) -> int:
    """How many rows of a group print (media emulated: print)."""
    page.emulate_media(media="print")
    try:
        return page.locator(f"[data-ws-group='{group}'] .ws-row").evaluate_all(
            "rows => rows.filter((row) => row.getClientRects().length > 0).length"
        )
    finally:
        page.emulate_media(media="null")  # back to no emulation: page.pdf prints with print media again


def headings(page) -> set[str]:
    """The texts of the page's headings and group titles as they print (whitespace collapsed)."""
    texts = page.locator("h1, h2, h3, h4, .ws-group__legend").evaluate_all(
        "els => els.map((el) => el.textContent.replace(/\\s+/g, ' ').trim())"
    )
    return {text.rstrip("¶ ").strip() for text in texts if text}


# ---------------------------------------------------------------------------------------------------------------------
# Empty rows to write on
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("worksheet", GROUP_PAGES)
def test_blank_print_gives_each_group_its_print_rows(page, server: str, worksheet: str) -> None:
    """Check that every group prints its declared number of empty rows, numbered, in the printed PDF too."""
    open_worksheet(page, server, worksheet)
    groups = page.locator("[data-ws-group]").evaluate_all("els => els.map((el) => [el.dataset.wsGroup, el.dataset.wsItem])")
    assert groups
    printed = " ".join(flat(p) for p in print_pages(page))
    for group, item in groups:
        expected = PRINT_ROWS.get((worksheet, group), 3)
        assert visible_rows(page, group) == expected, group
        assert f"{item} {expected}" in printed, (group, item)
        assert f"{item} {expected + 1} " not in printed + " ", (group, item)


@pytest.mark.parametrize(("worksheet", "item", "last_label"), [
    ("lifeline", "Tapahtuma", "Kuka tai mikä auttoi?"), ("network", "Kontakti", "Tilanne"),
    ("job-search", "Hakemus", "Seuraava askel"),
])
def test_table_rows_are_never_split_across_sheets(page, server: str, worksheet: str, item: str, last_label: str) -> None:
    """Check that each printed row (its title and its last box's label) is on one sheet, and rows share sheets."""
    open_worksheet(page, server, worksheet)
    assert page.locator(".ws-group--table").count() == 1
    sheets = [flat(sheet) for sheet in print_pages(page)]
    titles = [len(re.findall(rf"\b{item} \d+\b", text)) for text in sheets]
    labels = [text.count(last_label) for text in sheets]
    assert titles == labels, (titles, labels)
    assert max(titles) >= 3  # rows as table lines: several to a sheet


def test_printed_answers_keep_the_filled_rows_and_one_empty_row(page, server: str) -> None:
    """Check that with answers in four lifeline rows the paper has those four and one empty row, not eight."""
    open_worksheet(page, server, "lifeline")
    for index in range(4):
        if index:
            page.click("[data-ws-group='events'] [data-ws-add]")
        page.fill(f"#ws-events-{index}-year", f"20{10 + index}")
    wait_for_save(page)
    assert visible_rows(page, "events") == 5
    printed = " ".join(flat(p) for p in print_pages(page))
    assert "2013" in printed and "Tapahtuma 5" in printed and "Tapahtuma 6" not in printed


def test_a_meeting_row_has_a_sheet_of_its_own(page, server: str) -> None:
    """Check that meetings (print_rows: 1) print one empty meeting, and with answers each meeting on its own sheet."""
    open_worksheet(page, server, "meeting")
    assert visible_rows(page, "meetings") == 1
    page.fill("#ws-meetings-0-topics", "Ensimmäinen tapaaminen")
    page.click("[data-ws-group='meetings'] [data-ws-add]")
    page.fill("#ws-meetings-1-topics", "Toinen tapaaminen")
    wait_for_save(page)
    sheets = [flat(p) for p in print_pages(page)]
    starts = [next(i for i, text in enumerate(sheets) if f"Tapaaminen {n}" in text) for n in (1, 2, 3)]
    assert starts[0] < starts[1] < starts[2], starts


# ---------------------------------------------------------------------------------------------------------------------
# Every sheet says what it is
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("worksheet", "lang", "title"), [
    ("goals", "fi", "Tavoitteet (SMART)"), ("network", "en", "Network map"), ("agreement", "fi", "Mentorointisopimus"),
])
def test_every_sheet_carries_site_title_and_page_number(page, server: str, worksheet: str, lang: str, title: str) -> None:
    """Check that each printed sheet has the site, the worksheet title and "page N of M" in the page's language."""
    open_worksheet(page, server, worksheet, lang)
    sheets = print_pages(page)
    assert len(sheets) >= 2
    for number, sheet in enumerate(sheets, start=1):
        text = flat(sheet)
        assert f"{SITE[lang]} · {title}" in text, (number, text[-200:])
        assert FOOTER_PAGE[lang].format(n=number, total=len(sheets)) in text, (number, text[-200:])


def test_bilingual_sheets_carry_both_titles_and_both_page_numbers(page, server: str) -> None:
    """Check bilingual paper: header and footer name the site, the title, the language and the page in both."""
    open_worksheet(page, server, "goals", bilingual=True)
    sheets = print_pages(page)
    for number, sheet in enumerate(sheets, start=1):
        text = flat(sheet)
        assert "Työuramentorointi / Career mentoring · Tavoitteet (SMART) / SMART goals" in text
        assert f"sivu {number} / {len(sheets)} · page {number} of {len(sheets)}" in text
    header = " ".join(make_pdf.top_down_text(sheets[0]).split("\n")[:2])
    assert "Työuramentorointi / Career mentoring" in header and "Tavoitteet (SMART) / SMART goals" in header
    assert "Kieli / Language: Suomi + English" in header and "Kieli: Suomi" not in flat(sheets[0])


def test_single_language_paper_names_one_language(page, server: str) -> None:
    """Check that without bilingual labels the header and footers hold the page's language only."""
    open_worksheet(page, server, "goals", "en")
    sheets = print_pages(page)
    assert "Language: English" in flat(sheets[0]) and "Kieli" not in flat(sheets[0])
    assert not any("Työuramentorointi" in flat(sheet) for sheet in sheets)


# ---------------------------------------------------------------------------------------------------------------------
# Paper is light, and holds nothing that is for the screen only
# ---------------------------------------------------------------------------------------------------------------------


def test_dark_scheme_prints_light_with_empty_circles_and_boxes(dark_page, server: str) -> None:
    """Check that in the dark scheme the print media colours are light: white paper, empty white controls, black text."""
    page = dark_page
    open_worksheet(page, server, "job-search")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.check("#ws-channels-linkedin")
    page.emulate_media(media="print")
    colours = page.evaluate("""() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        body: style('body').backgroundColor,
        text: style('.ws-field__label').color,
        radio: style('.ws-option__input[type=radio]').backgroundColor,
        radioBorder: style('.ws-option__input[type=radio]').borderTopColor,
        box: style('.ws-option__input[type=checkbox]:not(:checked)').backgroundColor,
        ticked: style('#ws-channels-linkedin').backgroundColor,
        appearance: style('.ws-option__input[type=radio]').appearance,
      };
    }""")
    assert colours == {
        "body": "rgb(255, 255, 255)", "text": "rgb(0, 0, 0)", "radio": "rgb(255, 255, 255)",
        "radioBorder": "rgb(0, 0, 0)", "box": "rgb(255, 255, 255)", "ticked": "rgb(0, 0, 0)", "appearance": "none",
    }


def test_hints_print_smaller_than_labels(page, server: str) -> None:
    """Check that in print a hint's type is smaller than its field's label."""
    open_worksheet(page, server, "goals")
    page.emulate_media(media="print")
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll('.ws-field')).filter((f) => f.querySelector('.ws-field__hint'))
      .map((f) => [parseFloat(getComputedStyle(f.querySelector('.ws-field__label')).fontSize),
                   parseFloat(getComputedStyle(f.querySelector('.ws-field__hint')).fontSize)])""")
    assert sizes and all(hint < label for label, hint in sizes), sizes


@pytest.mark.parametrize(("worksheet", "lang"), [("application", "fi"), ("agreement", "en"), ("job-search", "fi")])
def test_no_screen_only_text_on_paper(dark_page, server: str, worksheet: str, lang: str) -> None:
    """Check that buttons, notices and instructions to press them never print."""
    open_worksheet(dark_page, server, worksheet, lang)
    printed = " ".join(flat(p) for p in print_pages(dark_page))
    found = [text for text in SCREEN_ONLY[lang] if text in printed]
    assert found == []


# ---------------------------------------------------------------------------------------------------------------------
# Page breaks by content
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("worksheet", "lang", "bilingual"), [
    ("goals", "fi", False), ("job-search", "en", False), ("lifeline", "fi", True), ("network", "fi", False),
    ("agreement", "fi", False), ("skills", "en", True),
])
def test_no_sheet_ends_with_a_heading(page, server: str, worksheet: str, lang: str, bilingual: bool) -> None:
    """Check that the last text of every sheet but the last is not a heading or a group title (left alone at the foot)."""
    open_worksheet(page, server, worksheet, lang, bilingual=bilingual)
    titles = headings(page)
    sheets = print_pages(page)
    endings = [last_body_line(sheet) for sheet in sheets[:-1]]
    assert all(endings), endings
    assert [ending for ending in endings if ending in titles] == []


def test_the_workbook_starts_each_worksheet_on_a_new_sheet_and_never_ends_one_with_a_heading(page, server: str) -> None:
    """Check the blank Finnish workbook: each worksheet starts a sheet, no heading at a foot, a footer on every sheet."""
    page.goto(server + "worksheets/workbook/")
    page.wait_for_selector("[data-wb-choices]:not([hidden])")
    page.check("#wb-mode-blank")
    titles = page.locator(".wb-contents__item:visible .wb-contents__title").all_inner_texts()
    all_headings = headings(page)
    sheets = print_pages(page)
    texts = [flat(sheet) for sheet in sheets]
    tops = [first_body_line(sheet) for sheet in sheets]
    starts = [next(i for i, top in enumerate(tops) if top == f"{n} {title}") for n, title in enumerate(titles, 1)]
    assert starts == sorted(starts) and starts[0] == 1
    # Each sheet's footer: the site, the title of the worksheet on it (the workbook's on the cover), page N of M.
    owners = ["Työkirja"] * len(sheets)
    for number, start in enumerate(starts):
        for index in range(start, starts[number + 1] if number + 1 < len(starts) else len(sheets)):
            owners[index] = titles[number]
    for index, text in enumerate(texts):
        assert f"Työuramentorointi · {owners[index]}" in text and f"sivu {index + 1} / {len(sheets)}" in text, text[:150]
    assert [last_body_line(s) for s in sheets[:-1] if last_body_line(s) in all_headings] == []
    # Sheets as measured in bench/results.md ("Print: sheets per document"): the pair's worksheets with every
    # group's empty rows in at most 42 sheets (62 before rows printed as table lines and the kit's forms left to
    # choose), and no more than 3 sheets with three lines of text or fewer (worksheet tails).
    assert len(sheets) <= 42
    assert len([s for s in sheets if len(make_pdf.body_lines(s)) <= make_pdf.NEARLY_EMPTY_LINES]) <= 3


# ---------------------------------------------------------------------------------------------------------------------
# Bilingual print
# ---------------------------------------------------------------------------------------------------------------------


def test_bilingual_print_gives_row_titles_hints_and_options_in_both_languages_once(page, server: str) -> None:
    """Check bilingual paper: row titles and hints in both languages, an option that reads the same printed once."""
    open_worksheet(page, server, "job-search", bilingual=True)
    printed = " ".join(flat(p) for p in print_pages(page))
    assert "Hakemus 1 / Application 1" in printed and "Hakemus 6 / Application 6" in printed
    hint_fi = page.locator(".ws-field__hint").first.evaluate("el => el.firstChild.textContent.trim()")
    hint_en = page.locator(".ws-field__hint .ws-alt").first.inner_text()
    assert hint_fi and hint_en and hint_fi != hint_en
    assert hint_fi[:30] in printed and hint_en.strip()[:30] in printed
    assert "LinkedIn / LinkedIn" not in printed and "LinkedIn" in printed


def test_bilingual_print_gives_scale_ends_in_both_languages(page, server: str) -> None:
    """Check that a scale's end labels ("1 = Vaikea vaihe") print in both languages, in every printed row."""
    open_worksheet(page, server, "lifeline", bilingual=True)
    printed = " ".join(flat(p) for p in print_pages(page))
    assert printed.count("1 = Vaikea vaihe / Low point") == PRINT_ROWS[("lifeline", "events")]
    assert printed.count("5 = Hyvä vaihe / High point") == PRINT_ROWS[("lifeline", "events")]
