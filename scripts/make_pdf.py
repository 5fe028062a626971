"""Ready-made PDFs: blank A4 PDFs of the printable workbook and of every worksheet, in each language and bilingual.

    python scripts/make_pdf.py [--site site] [--out site/pdf]     # `make pdf` builds the site first, then runs this

The built site is served on 127.0.0.1 and printed by the system Chromium, headless and launched as the tests launch
it. What to print is read from the built site itself: the workbook page lists the languages and the worksheets in
process order. For each language there is a single-language PDF and a bilingual one (the labels of the other
languages beside each label), named `<document>-<languages>.pdf`, e.g. `goals-fi.pdf`, `workbook-en-fi.pdf`.
`<out>/index.js` lists them; worksheet pages, the workbook and the coordinators' page read it to show their PDF
links, and a plain build writes it empty, so no page links a PDF that was not made (see hooks/workbook.py).

Each page has a footer with the site name, the worksheet's title and "page N of M": the site's own print style
writes it (CSS `@page` margin boxes, from the stylesheet the build writes beside each worksheet page), and each
document is printed in one go as a person's browser prints it, so the browser's print and these PDFs are the same,
page numbers included ("sivu 17 / 40" counts the whole workbook). The workbook holds what its page offers when
nothing is remembered (the pair's worksheets; the programme kit's forms have their own PDFs) and has a bookmark per
worksheet. Title and language are set in each PDF's metadata. Each PDF's sheet count and its nearly empty sheets
(three lines of text or fewer) are logged, and the blank workbook's totals at the end.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from local_browser import CHROMIUM_ARGS, chromium_path, serve
from toolkit import pdf_list

ROOT = Path(__file__).resolve().parent.parent

WORKBOOK_PATH = "worksheets/workbook/"
# A4 margins as in the site's print style (whose @page rule wins when both are set): wider than the 5 mm most office
# printers cannot reach. The footer is in the bottom margin (an @page margin box of the site's print style).
MARGIN = {"top": "15mm", "right": "15mm", "bottom": "18mm", "left": "15mm"}
#: A sheet with this many lines of text or fewer (footer not counted) is "nearly empty" in the log.
NEARLY_EMPTY_LINES = 3

# Reads what to print from a workbook page: its language, titles and the worksheets in process order.
READ_WORKBOOK = """() => {
  const own = (el) => Array.from(el.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE || !n.matches('.ws-alt, .ws-sheet__number'))
    .map((n) => n.textContent).join('').trim();
  const alts = (el) => Array.from(el.querySelectorAll('.ws-alt')).map((n) => n.textContent.trim());
  const cover = document.querySelector('#wb-cover-title');
  return {
    lang: document.documentElement.lang,
    name: JSON.parse(document.getElementById('ws-ui').textContent).language_name,
    site: own(document.querySelector('.wb-cover__site')),
    title: own(cover),
    altTitles: alts(cover),
    languages: Array.from(document.querySelectorAll('input[name=wb-language][data-wb-href]'))
      .map((input) => ({lang: input.value, url: new URL(input.dataset.wbHref, location.href).href})),
    sheets: Array.from(document.querySelectorAll('[data-wb-entry]')).map((li) => ({
      id: li.dataset.wbEntry,
      url: new URL(li.dataset.wbPage, location.href).href,
      title: own(li.querySelector('.wb-contents__title')),
      altTitles: alts(li.querySelector('a')),
      inWorkbook: document.getElementById('wb-include-' + li.dataset.wbEntry).checked,
    })),
  };
}"""


@dataclass(frozen=True)
class Pdf:
    """One PDF made: its file name, document ("workbook" or a worksheet id), languages (primary first) and title."""

    file: str
    document: str
    languages: tuple[str, ...]
    title: str


@dataclass
class Plan:
    """What one language's workbook page says should be printed."""

    lang: str
    name: str
    site: str
    title: str
    alt_titles: list[str]
    sheets: list[dict[str, Any]]
    url: str
    languages: list[dict[str, str]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------------------
# Command
# ---------------------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, help="where the PDFs go (default: <site>/pdf/, where the pages look)")
    args = parser.parse_args(argv)
    if not (args.site / WORKBOOK_PATH / "index.html").is_file():
        parser.error(f"{args.site} holds no built workbook page: build the site first (make build)")
    made = make_pdfs(args.site, args.out or args.site / "pdf")
    print(f"{len(made)} PDFs in {args.out or args.site / 'pdf'}")
    return 0


def make_pdfs(site: Path, out: Path) -> list[Pdf]:
    """Print every PDF of the built site into `out`, with their list in `out/index.js`; returns what was made."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    made: list[Pdf] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        try:
            plans = read_plans(browser, base + WORKBOOK_PATH)
            names = {plan.lang: plan.name for plan in plans}
            for plan in plans:
                others = [p.lang for p in plans if p.lang != plan.lang]
                for languages in ([plan.lang], [plan.lang, *others]) if others else ([plan.lang],):
                    # A fresh context each time: nothing saved, and the print choices start from their defaults.
                    context = browser.new_context()
                    try:
                        page = context.new_page()
                        made.append(print_workbook(page, plan, languages, out))
                        made.extend(print_worksheet(page, plan, sheet, languages, out) for sheet in plan.sheets)
                    finally:
                        context.close()
        finally:
            browser.close()
    (out / Path(pdf_list.PDF_MANIFEST).name).write_text(pdf_list.pdf_manifest_script(manifest(made, names, plans)),
                                                        encoding="utf-8")
    log_totals(made, out)
    return made


# ---------------------------------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------------------------------


def read_plans(browser: Any, workbook_url: str) -> list[Plan]:
    """The workbook page of every language, starting from the source language's."""
    page = browser.new_page()
    try:
        first = read_plan(page, workbook_url)
        plans = [first]
        for language in first.languages:
            if language["lang"] != first.lang:
                plans.append(read_plan(page, language["url"]))
        return plans
    finally:
        page.close()


def read_plan(page: Any, url: str) -> Plan:
    page.goto(url)
    data = page.evaluate(READ_WORKBOOK)
    return Plan(data["lang"], data["name"], data["site"], data["title"], data["altTitles"], data["sheets"], url,
                data["languages"])


def print_workbook(page: Any, plan: Plan, languages: list[str], out: Path) -> Pdf:
    """The blank workbook printed in one go, as the page's Print button prints it, with a bookmark per worksheet."""
    page.goto(plan.url)
    page.wait_for_selector("[data-wb-choices]:not([hidden])")
    bilingual = len(languages) > 1
    page.check("#wb-mode-blank")
    page.check("#wb-language-bilingual" if bilingual else f"#wb-language-{plan.lang}")
    title = joined(plan.title, plan.alt_titles, bilingual)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render(page, title, tagged=True, outline=False))))
    tops = [" ".join(top_down_text(sheet).split()) for sheet in writer.pages]
    sheets = [sheet for sheet in plan.sheets if sheet["inWorkbook"]]
    for number, sheet in enumerate(sheets, start=1):  # numbered as in the contents
        heading = f"{number} {joined(sheet['title'], sheet['altTitles'], bilingual)}"
        # Compared without spaces: the PDF's text may lose or gain a space where the title's parts meet.
        start = next((index for index, top in enumerate(tops) if top.replace(" ", "").startswith(heading.replace(" ", ""))), None)
        if start is None:
            raise RuntimeError(f"{title}: no sheet starts with the worksheet heading '{heading}'")
        writer.add_outline_item(title=heading, page_number=start)
    name = f"workbook-{'-'.join(languages)}.pdf"
    finish(writer, out / name, f"{title} – {plan.site}", plan.lang)
    log_stats(out / name)
    return Pdf(name, "workbook", tuple(languages), plan.title)


def print_worksheet(page: Any, plan: Plan, sheet: dict[str, Any], languages: list[str], out: Path) -> Pdf:
    page.goto(sheet["url"])
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    page.set_checked("[data-ws-bilingual]", len(languages) > 1)
    title = joined(sheet["title"], sheet["altTitles"], len(languages) > 1)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render(page, title, tagged=True, outline=True))))
    name = f"{sheet['id']}-{'-'.join(languages)}.pdf"
    finish(writer, out / name, f"{title} – {plan.site}", plan.lang)
    log_stats(out / name)
    return Pdf(name, sheet["id"], tuple(languages), sheet["title"])


def render(page: Any, title: str, *, tagged: bool, outline: bool) -> bytes:
    """The page as printed on A4 (its print style puts the site name, the title and page numbers in the footer)."""
    # Printing to PDF fires no beforeprint event; the worksheet script copies answers into print elements on it.
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    # Pictures drawn from the answers (empty grids when blank) load their code after the page; wait for them.
    page.wait_for_function("() => !document.querySelector('[data-ws-chart-pending]')")
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    pdf = page.pdf(format="A4", prefer_css_page_size=True, margin=MARGIN, tagged=tagged, outline=outline)
    pages = PdfReader(io.BytesIO(pdf)).pages
    for position, index in (("first", 0), ("last", -1)):
        if not body_text(pages[index]):
            raise RuntimeError(f"{title}: the {position} printed page is empty; a print style must have pushed content over")
    return pdf


def sheet_stats(path: Path) -> tuple[int, list[int]]:
    """A PDF's sheet count and the (1-based) numbers of its nearly empty sheets."""
    pages = PdfReader(path).pages
    nearly_empty = [number for number, page in enumerate(pages, start=1) if len(body_lines(page)) <= NEARLY_EMPTY_LINES]
    return len(pages), nearly_empty


def body_text(page: PageObject) -> str:
    """The text printed on a page above the footer (which sits in the bottom margin)."""
    return "".join(body_lines(page).values()).strip()


def top_down_text(page: PageObject) -> str:
    """The text printed above the footer, line by line from the top of the sheet."""
    lines = body_lines(page)
    return "\n".join(lines[height] for height in sorted(lines, reverse=True))


def body_lines(page: PageObject) -> dict[int, str]:
    """The lines of text printed above the footer, by their height on the page (in points, rounded)."""
    bottom = float(MARGIN["bottom"].removesuffix("mm")) * 72 / 25.4
    found: dict[int, str] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > bottom:
            found[round(y)] = found.get(round(y), "") + text

    page.extract_text(visitor_text=visit)
    return found


def log_stats(path: Path) -> None:
    """Log how many sheets a PDF needs and which hold three lines or fewer (`make pdf`'s log; bench/results.md)."""
    count, nearly_empty = sheet_stats(path)
    where = f" ({', '.join(map(str, nearly_empty))})" if nearly_empty else ""
    print(f"{path.name}: {count} sheets, {len(nearly_empty)} nearly empty{where}", flush=True)


def log_totals(made: list[Pdf], out: Path) -> None:
    """Log, per language form, the blank workbook's sheets and those of every worksheet printed on its own."""
    forms = dict.fromkeys(pdf.languages for pdf in made)
    for languages in forms:
        counts = {pdf.document: sheet_stats(out / pdf.file)[0] for pdf in made if pdf.languages == languages}
        workbook = counts.pop("workbook", 0)
        print(f"total {'-'.join(languages)}: workbook {workbook} sheets; the {len(counts)} worksheets one by one "
              f"{sum(counts.values())} sheets", flush=True)


def finish(writer: PdfWriter, path: Path, title: str, lang: str) -> None:
    """Set title and language in the PDF's metadata (viewers show the title), and write the file."""
    writer.add_metadata({"/Title": title, "/Creator": "make pdf (Chromium)"})
    writer.root_object[NameObject("/Lang")] = TextStringObject(lang)
    writer.create_viewer_preferences().display_doctitle = True
    with path.open("wb") as handle:
        writer.write(handle)


def joined(title: str, alternates: list[str], bilingual: bool) -> str:
    return " / ".join([title, *alternates]) if bilingual else title


def manifest(made: list[Pdf], names: dict[str, str], plans: list[Plan]) -> dict[str, Any]:
    """What pages need to link the PDFs: documents in process order, their titles and files by language."""
    documents: dict[str, dict[str, Any]] = {}
    for pdf in made:
        documents.setdefault(pdf.document, {"id": pdf.document, "titles": {}, "files": []})
        documents[pdf.document]["titles"].setdefault(pdf.languages[0], pdf.title)
        documents[pdf.document]["files"].append({"file": pdf.file, "languages": list(pdf.languages)})
    for document in documents.values():
        # Single-language files first, then the bilingual ones.
        document["files"].sort(key=lambda f: (len(f["languages"]), [list(names).index(lang) for lang in f["languages"]]))
    return {"languages": names, "documents": list(documents.values())}


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main())
