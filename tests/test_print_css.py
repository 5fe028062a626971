"""The per-page print stylesheet (toolkit.print_css): footers as CSS paged media, text escaped, named pages."""

from __future__ import annotations

from toolkit import print_css


def test_page_strings_become_css_content_with_page_counters() -> None:
    """Check that "{page}" and "{pages}" turn into counters and the words around them into CSS strings."""
    assert print_css.page_counter("sivu {page} / {pages}") == '"sivu " counter(page) " / " counter(pages)'
    assert print_css.page_counter("{page}/{pages}") == 'counter(page) "/" counter(pages)'


def test_titles_are_escaped_as_css_strings() -> None:
    """Check that quotes, backslashes and line breaks in a title cannot end the CSS string."""
    assert print_css.css_string('Say "hi" \\ now\nplease') == '"Say \\"hi\\" \\\\ now please"'


def test_each_part_gets_a_named_page_and_a_bilingual_twin() -> None:
    """Check the stylesheet of a workbook-like page: the body's footer, a named page per part, bilingual variants."""
    css = print_css.stylesheet(
        ["Sivusto", "Site"],
        [print_css.Part(None, "wb-cover", "Työkirja", "Työkirja / Workbook"),
         print_css.Part("#sheet-goals", "ws-goals", "Tavoitteet", "Tavoitteet / Goals")],
        ["sivu {page} / {pages}", "page {page} of {pages}"],
    )
    assert css.startswith("/* Written by the build") and "@media print {" in css
    assert '@page ws-goals {\n    @bottom-left { content: "Sivusto · Tavoitteet";' in css
    assert '@page ws-goals-bilingual {\n    @bottom-left { content: "Sivusto / Site · Tavoitteet / Goals";' in css
    assert ('@bottom-right { content: "sivu " counter(page) " / " counter(pages) " · " "page " counter(page) " of "'
            ' counter(pages);') in css
    assert "  body { page: wb-cover; }\n  .ws-bilingual body { page: wb-cover-bilingual; }" in css
    assert "  #sheet-goals { page: ws-goals; }\n  .ws-bilingual #sheet-goals { page: ws-goals-bilingual; }" in css


def test_the_stylesheet_sits_beside_its_page() -> None:
    """Check the file name relative to the page, with directory URLs and without (file-share copy)."""
    assert print_css.href_for("worksheets/goals/index.html") == "index.print.css"
    assert print_css.href_for("worksheets/goals.html") == "goals.print.css"


def test_a_site_name_the_same_in_every_language_is_printed_once() -> None:
    """Check that the bilingual footer names a site once when its name is the same in both languages."""
    css = print_css.stylesheet(["Mentor", "Mentor"], [print_css.Part(None, "ws", "A", "A / B")], ["{page}", "{page}"])
    assert 'content: "Mentor · A / B";' in css and 'content: counter(page);' in css


def test_contacts_print_at_the_top_of_every_sheet_when_set() -> None:
    """Check that the organisation's contact line goes into a top margin box, its bilingual form into the twin page."""
    parts = [print_css.Part(None, "ws", "A", "A / B")]
    css = print_css.stylesheet(["S"], parts, ["{page}"], ("Yhteyshenkilö: Maija", "Yhteyshenkilö / Contact person: Maija"))
    assert '@page ws {\n    @top-left { content: "Yhteyshenkilö: Maija";' in css
    assert '@page ws-bilingual {\n    @top-left { content: "Yhteyshenkilö / Contact person: Maija";' in css
    assert "@top-left" not in print_css.stylesheet(["S"], parts, ["{page}"])
