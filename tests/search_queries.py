"""Queries of mentees and mentors, the pages each must find, and the driver that types them into the real search.

One list read by the browser test (tests/test_search.py) and by the measurement (scripts/search_bench.py, which
writes "Search: queries of mentees and mentors" in bench/results.md). The queries are what people in a programme
type: base forms, inflected forms, compounds and their parts, abbreviations, numbers, words typed without ä/ö.
Paths are site paths relative to the language's root ("" is the language's home page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A"})


@dataclass(frozen=True)
class Query:
    """One query typed on the pages of `lang`, and the pages (paths relative to that language's root) it must find."""

    lang: str
    text: str
    kind: str
    must_find: tuple[str, ...]

    @property
    def folded(self) -> str | None:
        """The same query typed without ä, ö, å, or None when it has none of them."""
        folded = self.text.translate(FOLD)
        return folded if folded != self.text else None


def q(lang: str, text: str, kind: str, *must_find: str) -> Query:
    return Query(lang, text, kind, must_find)


QUERIES: tuple[Query, ...] = (
    # Finnish: base forms whose inflected forms differ inside the word (consonant gradation)
    q("fi", "käytäntö", "base form", "guide/what-is-mentoring/", "themes/field-requirements/"),
    q("fi", "tavoite", "base form", "worksheets/goals/"),
    q("fi", "sopimus", "base form", "worksheets/agreement/"),
    q("fi", "tapaaminen", "base form", "guide/first-meeting/", "worksheets/meeting/"),
    q("fi", "luottamuksellisuus", "base form", "guide/principles/", "worksheets/agreement/"),
    q("fi", "verkosto", "base form", "themes/networking/", "worksheets/network/"),
    q("fi", "sitoutuminen", "base form", "guide/principles/"),
    q("fi", "palaute", "base form", "worksheets/closing/"),
    q("fi", "laite", "base form", "worksheets/my-answers/", "about/"),
    q("fi", "etuus", "base form", "themes/job-search-support/"),
    q("fi", "terveydenhuolto", "base form", "themes/field-requirements/", "worksheets/field/"),
    q("fi", "alanvaihto", "base form", "themes/job-seeking-skills/"),
    q("fi", "ehdokas", "base form", "themes/job-seeking-skills/"),
    # Finnish: inflected forms
    q("fi", "käytännön", "inflected", "guide/what-is-mentoring/", "themes/field-requirements/"),
    q("fi", "käytännössä", "inflected", "guide/what-is-mentoring/"),
    q("fi", "tavoitteita", "inflected", "worksheets/goals/"),
    q("fi", "verkostoitumisesta", "inflected", "themes/networking/"),
    q("fi", "mentorointisopimukseen", "inflected", "worksheets/agreement/"),
    q("fi", "luottamuksellisuudesta", "inflected", "guide/principles/"),
    q("fi", "osaamisen tunnistamisesta", "inflected", "themes/skills/"),
    q("fi", "tapaamisessa", "inflected", "guide/good-meeting/", "worksheets/meeting/"),
    q("fi", "työhaastatteluun", "inflected", "worksheets/job-search/"),
    q("fi", "ansioluettelon", "inflected", "themes/job-seeking-skills/"),
    # Finnish: compounds and their parts
    q("fi", "työnhakusuunnitelma", "compound", "worksheets/job-search/"),
    q("fi", "suunnitelma", "compound part", "worksheets/job-search/"),
    q("fi", "työnhaku", "compound part", "worksheets/job-search/", "themes/job-search-support/"),
    q("fi", "elämänviiva", "compound", "worksheets/lifeline/"),
    q("fi", "työelämäkulttuuri", "compound", "worksheets/culture/", "themes/working-life-culture/"),
    q("fi", "verkostokartta", "compound", "worksheets/network/"),
    q("fi", "osaamiskartoitus", "compound", "worksheets/skills/"),
    q("fi", "kielitaito", "compound", "worksheets/skills/", "themes/field-requirements/"),
    # Finnish: abbreviations, names and numbers
    q("fi", "YKI", "abbreviation", "themes/field-requirements/", "worksheets/field/"),
    q("fi", "CV", "abbreviation", "themes/job-seeking-skills/", "worksheets/job-search/"),
    q("fi", "TE", "abbreviation", "themes/job-search-support/"),
    q("fi", "SMART", "abbreviation", "worksheets/goals/"),
    q("fi", "GROW", "abbreviation", "guide/good-meeting/"),
    q("fi", "LinkedIn", "name", "themes/networking/"),
    q("fi", "A4", "number", "worksheets/"),
    q("fi", "20", "number", "guide/first-meeting/"),
    # English
    q("en", "goal", "base form", "worksheets/goals/"),
    q("en", "goals", "inflected", "worksheets/goals/"),
    q("en", "networking", "inflected", "themes/networking/"),
    q("en", "network", "base form", "worksheets/network/", "themes/networking/"),
    q("en", "agreement", "base form", "worksheets/agreement/"),
    q("en", "confidentiality", "base form", "guide/principles/", "worksheets/agreement/"),
    q("en", "commitment", "base form", "guide/principles/"),
    q("en", "meeting", "base form", "guide/first-meeting/", "worksheets/meeting/"),
    q("en", "meetings", "inflected", "worksheets/meeting/"),
    q("en", "interview", "base form", "worksheets/job-search/"),
    q("en", "interviews", "inflected", "worksheets/job-search/"),
    q("en", "feedback", "base form", "worksheets/closing/"),
    q("en", "lifeline", "compound", "worksheets/lifeline/"),
    q("en", "job search plan", "compound", "worksheets/job-search/"),
    q("en", "plan", "compound part", "worksheets/job-search/"),
    q("en", "skills", "inflected", "worksheets/skills/", "themes/skills/"),
    q("en", "working-life culture", "compound", "worksheets/culture/", "themes/working-life-culture/"),
    q("en", "qualifications", "inflected", "themes/field-requirements/", "worksheets/field/"),
    q("en", "recognition", "base form", "themes/field-requirements/"),
    q("en", "language skills", "compound", "worksheets/skills/"),
    q("en", "practice", "base form", "guide/what-is-mentoring/"),
    q("en", "YKI", "abbreviation", "themes/field-requirements/"),
    q("en", "CV", "abbreviation", "themes/job-seeking-skills/", "worksheets/job-search/"),
    q("en", "TE", "abbreviation", "themes/job-search-support/"),
    q("en", "SMART", "abbreviation", "worksheets/goals/"),
    q("en", "GROW", "abbreviation", "guide/good-meeting/"),
    q("en", "LinkedIn", "name", "themes/networking/"),
    q("en", "A4", "number", "worksheets/"),
    q("en", "20", "number", "guide/first-meeting/"),
    q("en", "aktori", "Finnish term", "guide/glossary/"),
)

#: Words of another language that must find nothing on a language's pages (they appear there only in the labels of
#: bilingual print copies, which the index leaves out).
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {"fi": ("confidentiality", "obstacles", "employer")}

#: The query, the page that must be listed first (its title matches), and a page that only mentions the word.
TITLE_RANKING: tuple[tuple[str, str, str, str], ...] = (
    ("fi", "tavoitteita", "worksheets/goals/", "worksheets/field/"),
    ("fi", "tavoite", "worksheets/goals/", "worksheets/field/"),
    ("en", "goals", "worksheets/goals/", "worksheets/closing/"),
)

START_PAGES = {"fi": "guide/phases/", "en": "en/guide/phases/"}
PREFIXES = {"fi": "", "en": "en/"}

# ---------------------------------------------------------------------------------------------------------------------
# Driver: Material's search box in a Playwright page
# ---------------------------------------------------------------------------------------------------------------------

#: Material's result count: "Ei täsmääviä dokumentteja" / "N täsmäävää dokumenttia" / "No matching documents" …
RE_COUNT = re.compile(r"(\d+)")
QUERY_BOX = "[data-md-component=search-query]"
META = ".md-search-result__meta"
ITEMS = ".md-search-result__item"


@dataclass(frozen=True)
class Found:
    """What one query found: Material's result count (pages) and the pages listed so far, best first."""

    count: int
    pages: tuple[str, ...]


#: True when Material's result line shows a count (not the placeholder, nor "Aloitetaan hakua" while the index loads).
IS_COUNT = """([meta, t]) => {
  const text = document.querySelector(meta).textContent.trim();
  return text === t["search.result.none"] || text === t["search.result.one"]
    || new RegExp("^" + t["search.result.other"].replace("#", "\\\\d+") + "$").test(text);
}"""


class SearchBox:
    """Material's search dialog on one loaded page: type a query, read every result page in Material's order."""

    def __init__(self, page: Any, server: str, lang: str, start: str | None = None) -> None:
        """Open `start` (default `START_PAGES[lang]`) on `server` (a base URL ending in "/": http or file) and the
        search dialog on it."""
        self.page = page
        self.server = server
        self.prefix = PREFIXES[lang]
        page.goto(server + (START_PAGES[lang] if start is None else start))
        page.keyboard.press("s")  # Material's shortcut opens the search dialog; focusing it starts the search
        page.wait_for_selector(QUERY_BOX + ":focus")
        self.texts = page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")

    def search(self, text: str, wanted: tuple[str, ...] | None = None) -> Found:
        """Type `text`; return Material's result count and the pages listed, best first.

        Clears the box first and waits for Material's placeholder, so the count read next belongs to `text`.
        Material shows ten results and four more each time its list is scrolled to the bottom: the list is
        scrolled until every page of `wanted` is shown (None: until every result is).
        """
        box = self.page.locator(QUERY_BOX)
        box.fill("")
        box.press("End")  # Material reads the box on keyup
        self.page.wait_for_function("([meta, p]) => document.querySelector(meta).textContent.trim() === p",
                                    arg=[META, self.texts["search.result.placeholder"]])
        box.fill(text)
        box.press("End")
        self.page.wait_for_function(IS_COUNT, arg=[META, self.texts])
        count = RE_COUNT.search(self.page.locator(META).text_content() or "")
        total = int(count.group(1)) if count else 0  # "Ei täsmääviä dokumentteja" / "No matching documents"
        self.page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length >= n",
                                    arg=[ITEMS, min(total, 10)])
        pages = self.pages()
        while len(pages) < total and (wanted is None or not set(wanted) <= set(pages)):
            self.page.locator(ITEMS).first.hover()
            self.page.mouse.wheel(0, -100_000)
            self.page.mouse.wheel(0, 100_000)
            self.page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n",
                                        arg=[ITEMS, len(pages)])
            pages = self.pages()
        return Found(total, tuple(pages))

    def pages(self) -> list[str]:
        """The pages listed so far, as paths relative to the language's root."""
        return [self.relative(href) for href in self.links()]

    def links(self) -> list[str]:
        """The absolute address of each listed page (an item's first link is its page, the others its sections)."""
        return self.page.eval_on_selector_all(ITEMS, "items => items.map(item => item.querySelector('a').href)")

    def relative(self, href: str) -> str:
        """A result link as a path relative to the language's root, without query and fragment."""
        path = href.removeprefix(self.server).split("?")[0].split("#")[0]
        return path.removeprefix(self.prefix) if self.prefix else path
