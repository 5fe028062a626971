"""Search measured on real queries: each query of tests/search_queries.py typed into Material's search box in
Chromium, on a site built from the working tree and, for comparison, on one built from another commit.

    .venv/bin/python scripts/search_bench.py [--before COMMIT] [--site DIR] [--before-site DIR]

Writes the section "Search: queries of mentees and mentors" of bench/results.md (the other sections stay): the
query list, for each query the pages found before and after and whether the pages it must find are among them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "hooks"))

from local_browser import CHROMIUM_ARGS, chromium_path, serve  # noqa: E402
from search_queries import FOREIGN_WORDS, QUERIES, TITLE_RANKING, Found, Query, SearchBox  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
HEADING = "## Search: queries of mentees and mentors"


@dataclass(frozen=True)
class Row:
    """One typed query on one site: Material's result count and every result page in order."""

    query: Query
    typed: str
    found: Found

    @property
    def pages(self) -> tuple[str, ...]:
        return self.found.pages

    @property
    def found_all(self) -> bool:
        return all(page in self.pages for page in self.query.must_find)


def build(source: Path, site: Path) -> float:
    """`mkdocs build --strict` of the project in `source` into `site`; returns seconds taken."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=source, env=env,
                   check=True)
    return time.perf_counter() - started


def run_all(site: Path) -> list[Row]:
    """Every query, and its ä/ö-less form, typed on the site in `site` (one page load per language)."""
    from playwright.sync_api import sync_playwright

    rows: list[Row] = []
    with serve(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        for lang in sorted({query.lang for query in QUERIES}):
            box = SearchBox(browser.new_page(), server, lang)
            for query in (query for query in QUERIES if query.lang == lang):
                for typed in filter(None, (query.text, query.folded)):
                    rows.append(Row(query, typed, box.search(typed, wanted=query.must_find)))
            for word in FOREIGN_WORDS.get(lang, ()):
                rows.append(Row(Query(lang, word, "other language", ()), word, box.search(word)))
            for rank_lang, text, first, _ in TITLE_RANKING:
                if rank_lang == lang:
                    rows.append(Row(Query(lang, text, "title first", (first,)), text, box.search(text)))
        browser.close()
    return rows


def index_size(site: Path) -> str:
    """Raw and gzip (level 6) size of each language's search index."""
    parts = []
    for path in sorted(site.rglob("search/search_index.json")):
        data = path.read_bytes()
        parts.append(f"{path.relative_to(site)} {len(data) / 1024:.1f} KB ({len(gzip.compress(data, 6)) / 1024:.1f} KB gzip)")
    return "; ".join(parts)


def lemma_cost(site: Path) -> str:
    """CPU time of the hook's lemma step on the built Finnish index: with the project's cache, and with none.

    Wall-clock build times on a shared machine vary by seconds from run to run; CPU time of the step itself does not.
    """
    import search_index
    import search_lemmas

    index = json.loads((site / search_index.INDEX).read_text(encoding="utf-8"))
    words = set().union(*(search_index.page_words(d["title"]) | search_index.page_words(d["text"]) for d in index["docs"]))
    figures = []
    with tempfile.TemporaryDirectory() as empty:
        for label, project in (("cache warm", ROOT), ("no cache (simplemma loads its dictionary)", Path(empty))):
            started = time.process_time()
            search_index.add_lemma_fields(json.loads(json.dumps(index)), "fi", project)
            figures.append(f"{label} {time.process_time() - started:.3f} s")
    return f"{len(words)} distinct Finnish words; CPU time of the lemma step: " + ", ".join(figures)


def render(before: list[Row], after: list[Row], label: str, sizes: tuple[str, str], times: tuple[float, float],
           lemma: str) -> str:
    """The results.md section: summary, then one table row per typed query."""
    def cell(row: Row) -> str:
        mark = "yes" if row.found_all else "**no**"
        if row.query.kind == "other language":
            mark = "yes" if not row.pages else "**no**"
        if row.query.kind == "title first":
            first = row.query.must_find[0]
            mark = f"#{row.pages.index(first) + 1}" if first in row.pages else "**absent**"
        return f"{row.found.count} | {mark}"

    def score(rows: list[Row]) -> str:
        plain = [r for r in rows if r.query.kind not in ("other language", "title first")]
        return f"{sum(r.found_all for r in plain)} of {len(plain)}"

    lines = [
        HEADING,
        "",
        f"Written by `scripts/search_bench.py` on {time.strftime('%Y-%m-%d')}: every query of `tests/search_queries.py` "
        f"(the list the browser test asserts) typed into Material's search box in Chromium, on the Finnish and the "
        f"English pages; a query with ä/ö is typed a second time without them. *Before* is {label}, *after* the "
        f"working tree. *Hits* is the number of pages listed (Material's result count); *found* says whether every "
        f"page the query must find is listed; for the ranking rows it is the position of the page whose title "
        f"matches; for the other-language rows, *yes* means nothing was found.",
        "",
        f"- Queries that find every page they must: before {score(before)}, after {score(after)}.",
        f"- Search index: before {sizes[0]}; after {sizes[1]}.",
        f"- Build (`mkdocs build --strict`, one run each on a shared machine, lemma cache warm): before "
        f"{times[0]:.1f} s, after {times[1]:.1f} s.",
        f"- Base forms: {lemma}.",
        "",
        "| lang | kind | query | must find | hits before | found before | hits after | found after |",
        "|---|---|---|---|---:|---|---:|---|",
    ]
    for old, new in zip(before, after, strict=True):
        must = ", ".join(f"`{p or '/'}`" for p in new.query.must_find) or "nothing"
        lines.append(f"| {new.query.lang} | {new.query.kind} | `{new.typed}` | {must} | {cell(old)} | {cell(new)} |")
    return "\n".join(lines) + "\n"


#: This script's section of results.md: from its heading to the next "## " heading or the end.
RE_SECTION = re.compile(re.escape(HEADING) + r"\n.*?(?=^## |\Z)", re.S | re.M)


def read_section() -> str:
    """This script's section of bench/results.md as last written, or "" when there is none."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    match = RE_SECTION.search(text)
    return match.group(0).rstrip("\n") + "\n" if match else ""


def write_section(section: str) -> None:
    """Replace (or append) this section of bench/results.md, keeping every other section as it is."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if RE_SECTION.search(text):
        text = RE_SECTION.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="HEAD", help="commit to compare with (default: HEAD)")
    parser.add_argument("--site", type=Path, help="an already built site of the working tree")
    parser.add_argument("--before-site", type=Path, help="an already built site of the commit to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        times = [0.0, 0.0]
        before_site = args.before_site
        if before_site is None:
            source = work / "before"
            source.mkdir()
            archive = subprocess.run(["git", "archive", args.before], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
            before_site = work / "before-site"
            times[0] = build(source, before_site)
        site = args.site
        if site is None:
            site = work / "site"
            build(ROOT, site)  # warms the lemma cache; the second build is the one timed
            times[1] = build(ROOT, site)
        before, after = run_all(before_site), run_all(site)
        label = f"commit `{args.before}`" if args.before_site is None else f"the site in `{args.before_site}`"
        sizes = (index_size(before_site), index_size(site))
        write_section(render(before, after, label, sizes, (times[0], times[1]), lemma_cost(site)))
    print(f"{RESULTS}: {sum(r.found_all for r in after)} of {len(after)} typed queries find their pages")


if __name__ == "__main__":
    main()
