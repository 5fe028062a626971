"""Per-page print stylesheets: CSS paged media margin boxes with the site name, the title and "page N of M".

A margin box (`@page { @bottom-left { content: … } }`) takes only strings and counters, so the text of each page is
written into a small stylesheet of its own, next to the page (`<page>.print.css`): the Content-Security-Policy
allows stylesheets from the site itself only (style-src 'self'), never inline ones. Named pages (`page:`) give each
worksheet of the workbook its own footer and start it on a new sheet, and a bilingual footer when the person asks
for labels in every language (the `ws-bilingual` class on the root element).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The font and place of the footer: small, grey enough not to compete with the answers, black enough to copy; at
#: the top of the bottom margin (18 mm), so that it stays 12 mm or more from the edge that printers cannot reach.
FOOTER_STYLE = "font-family: sans-serif; font-size: 8pt; color: #333; vertical-align: top; padding-top: 1.5mm;"
#: The organisation's contacts in the top margin (15 mm): at its foot, just above the text, clear of the edge.
HEADER_STYLE = "font-family: sans-serif; font-size: 8pt; color: #333; vertical-align: bottom; padding-bottom: 2mm;"
RE_PLACEHOLDER = re.compile(r"\{(page|pages)\}")


@dataclass(frozen=True)
class Part:
    """One printed part: the element it covers (a CSS selector, or None for the whole page), the page name, and
    its footer title in the page's language and in every language (bilingual)."""

    selector: str | None
    name: str
    title: str
    bilingual_title: str


def css_string(text: str) -> str:
    """`text` as a CSS string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def page_counter(template: str) -> str:
    """A UI string such as "sivu {page} / {pages}" as CSS content with the page counters."""
    out: list[str] = []
    position = 0
    for match in RE_PLACEHOLDER.finditer(template):
        if match.start() > position:
            out.append(css_string(template[position : match.start()]))
        out.append(f"counter({match.group(1)})")
        position = match.end()
    if position < len(template):
        out.append(css_string(template[position:]))
    return " ".join(out)


def stylesheet(sites: Sequence[str], parts: Sequence[Part], page_strings: Sequence[str],
               contacts: tuple[str, str] = ("", "")) -> str:
    """The print stylesheet of one page: a footer per part, its bilingual twin, and the rules that name the pages.

    `sites` are the site's names and `page_strings` the "page N of M" texts, the page's language first; bilingual
    footers use them all, each once ("Työuramentorointi / Career mentoring", "sivu 1 / 3 · page 1 of 3").
    `contacts` is the organisation's contact line (page's language, every language), printed at the top of each
    sheet when set.
    """
    site, every_site = sites[0], " / ".join(dict.fromkeys(sites))
    single = page_counter(page_strings[0])
    both = ' " · " '.join(page_counter(text) for text in dict.fromkeys(page_strings))
    lines = ["/* Written by the build (toolkit/print_css.py): the footer of every printed sheet. */", "@media print {"]
    for part in parts:
        for suffix, name_of_site, title, counter in (("", site, part.title, single),
                                                     ("-bilingual", every_site, part.bilingual_title, both)):
            name = part.name + suffix
            contact_line = contacts[1 if suffix else 0]
            lines += [
                f"  @page {name} {{",
                *([f"    @top-left {{ content: {css_string(contact_line)}; {HEADER_STYLE} }}"] if contact_line else []),
                f"    @bottom-left {{ content: {css_string(f'{name_of_site} · {title}')}; {FOOTER_STYLE} }}",
                f"    @bottom-right {{ content: {counter}; {FOOTER_STYLE} white-space: nowrap; }}",
                "  }",
            ]
        target = part.selector or "body"
        lines += [
            f"  {target} {{ page: {part.name}; }}",
            f"  .ws-bilingual {target} {{ page: {part.name}-bilingual; }}" if part.selector
            else f"  .ws-bilingual body {{ page: {part.name}-bilingual; }}",
        ]
    lines.append("}")
    return "\n".join(lines) + "\n"


def href_for(dest_path: str) -> str:
    """Where a page's print stylesheet is, relative to the page: beside its HTML file, named after it."""
    stem = dest_path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"{stem}.print.css"
