"""Performance budget: page weight, requests, build time and the sync guard's share, checked against the targets.

`make bench` runs this. It builds the site, loads every page of both languages in Chromium with a cold cache and
records every response (so requests made by scripts, such as the search index, count too), sizes each response as
the repository's web server sends it (gzip at deploy/nginx.conf's level for the types it compresses) and raw, times
whole builds of the real site and of synthetic sites with five and ten times as many page pairs, records the sync
guard's own CPU time inside each of those builds (hooks/i18n_sync.py measures itself), reads 500 anonymous feedback
files on the coordinator's evaluation page (scripts/evaluation_bench.py), and runs Lighthouse (mobile) on the home page and a worksheet in
both languages. It prints the figures and writes them, with each target met or missed, to bench/results.md.
Targets are reported, never asserted: the exit status is 0 unless the benchmark itself cannot run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

import evaluation_bench
from evaluation_bench import EvaluationTiming, measure_evaluation
from local_browser import CHROMIUM_ARGS, chromium_path, serve
from toolkit import frontmatter

ROOT = Path(__file__).resolve().parent.parent
#: The sync guard hook writes the CPU seconds it took in a build to the file this variable names.
GUARD_TIMING_ENV = "SYNC_GUARD_CPU_FILE"
RE_WORKSHEET_ID = re.compile(r"^worksheet: [\w-]+", re.M)

RESULTS = ROOT / "bench" / "results.md"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
SITE_URL = "https://intranet.example/hr/mentoring/"
LANGUAGES = ["fi", "en"]

PAGE_BUDGET = 90_000  # bytes, compressed, first load of one page with everything it requests
SYNC_GUARD_SHARE = 0.10  # of the whole build's time
LIGHTHOUSE_TARGET = 100
LIGHTHOUSE_PAGES = ["", "worksheets/goals/", "en/", "en/worksheets/goals/"]
LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
SCALES = [1, 5, 10]  # synthetic sites: this many copies of every page pair
SEARCH_PAGE = "guide/phases/"
SEARCH_QUERY = "tavoitteita"

# Material's own stylesheets and JavaScript bundle, which every page loads and this project does not write.
MATERIAL_ASSET = re.compile(r"^assets/(?:stylesheets/(?:main|palette)|javascripts/bundle)\.[0-9a-f]{8}\.min\.(?:css|js)$")
# What the server compresses (deploy/nginx.conf `gzip_types`, plus text/html, which nginx always compresses).
COMPRESSED_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}

# ---------------------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed builds per site size (median is reported)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (median is reported)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument(
        "--pages-only", action="store_true", help="only build and weigh the pages (a quick check; results.md is kept)"
    )
    parser.add_argument(
        "--evaluation-only", action="store_true",
        help="only build and time the evaluation page reading 500 feedback files (results.md is kept)"
    )
    args = parser.parse_args()
    # Sections of results.md that other tools write (scripts/search_bench.py's "Search: queries …", the print
    # measurements of `make pdf`) are kept as they are: `make bench` rewrites only its own.
    kept_sections = sections_not_written_here()

    level = nginx_gzip_level()
    report = Report(gzip_level=level)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        site = tmp / "site"
        print(f"Building the site into {site} ...", flush=True)
        run_build(ROOT / "mkdocs.yml", site)
        if args.evaluation_only:
            print(f"Reading {evaluation_bench.FILES} feedback files on the evaluation page ...", flush=True)
            print(evaluation_bench.describe(measure_evaluation(site)))
            return 0
        print("Loading every page in Chromium with a cold cache ...", flush=True)
        report.pages, report.search = measure_pages(site, level)
        print_pages(report)
        if args.pages_only:
            over = [page for page in report.pages if page.compressed > PAGE_BUDGET]
            print(f"{len(over)} page(s) over {PAGE_BUDGET} bytes: " + ", ".join(p.path or "/" for p in over))
            return 0

        print(f"Reading {evaluation_bench.FILES} feedback files on the evaluation page ...", flush=True)
        report.evaluation = measure_evaluation(site)
        print(evaluation_bench.describe(report.evaluation))

        print("Timing builds of the real site and of synthetic sites (x5, x10) ...", flush=True)
        report.builds = [measure_build(tmp, scale, args.runs) for scale in SCALES]
        report.pruned = [measure_build(tmp, scale, args.runs, ["navigation.prune"]) for scale in (SCALES[0], SCALES[-1])]
        print_builds(report)

        if args.no_lighthouse:
            report.lighthouse_note = "skipped (--no-lighthouse)"
        else:
            lighthouse = lighthouse_command()
            if lighthouse is None:
                report.lighthouse_note = "not run: node_modules/.bin/lighthouse or Chromium is missing (run `make bench`)"
            else:
                print("Running Lighthouse (mobile) ...", flush=True)
                site_url_build = tmp / "site-url"
                run_build(ROOT / "mkdocs.yml", site_url_build, {"SITE_URL": SITE_URL})  # as an intranet hosts it
                try:
                    report.lighthouse = run_lighthouse(lighthouse, site_url_build, tmp, level, args.lighthouse_runs)
                    report.lighthouse_runs = args.lighthouse_runs
                except (subprocess.SubprocessError, OSError, ValueError) as error:
                    # Lighthouse is optional: a machine where it cannot drive Chromium still gets the other figures.
                    stderr = getattr(error, "stderr", b"") or b""
                    detail = stderr.decode(errors="replace").strip().splitlines()[-1:] if stderr else [str(error)]
                    report.lighthouse_note = f"could not run: {' '.join(detail)[:300]}"
        print_lighthouse(report)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(render_markdown(report).rstrip("\n") + "".join("\n\n" + kept for kept in kept_sections) + "\n",
                       encoding="utf-8")
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")
    return 0


#: The headings render_markdown writes (a run rewrites these; every other "## " section of results.md is kept).
OWN_SECTIONS = (
    "## Targets", "## Page weight on first load", "## Build time and the sync guard",
    "## The evaluation page: 500 feedback files", "## Lighthouse", "## Failed requests", "## Notes",
)


def sections_not_written_here() -> list[str]:
    """The "## " sections of the current results.md that render_markdown does not write, in their order."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    own = set(OWN_SECTIONS)
    sections = re.split(r"^(?=## )", text, flags=re.M)
    return [section.rstrip("\n") for section in sections if section.startswith("## ") and section.splitlines()[0] not in own]


# ---------------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageLoad:
    path: str  # site-relative URL path, "" for the home page
    requests: int
    raw: int
    compressed: int
    material: int  # compressed bytes of Material's own stylesheets and bundle, part of `compressed`
    compressed_6: int  # compressed at gzip level 6, for comparison with the server's level
    material_6: int
    failed: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchStart:
    """What loads when a person starts searching on a page that has already loaded."""

    deferred: bool  # no page requested the index at load
    requests: int
    raw: int
    compressed: int
    results: int


@dataclass(frozen=True)
class BuildTiming:
    label: str
    pairs: int
    html_bytes: int  # all pages written, both languages
    html_compressed: int  # the same pages at gzip level 6, per page on average
    build: float  # CPU seconds of `mkdocs build --strict` (median)
    wall: float  # wall seconds of the same builds (median)
    sync_guard: float  # CPU seconds the sync guard hook spent inside the same builds (median)

    @property
    def share(self) -> float:
        return self.sync_guard / self.build


@dataclass(frozen=True)
class LighthouseResult:
    path: str
    scores: dict[str, int]
    below: dict[str, list[str]]  # category -> audits that lost points


@dataclass
class Report:
    gzip_level: int
    pages: list[PageLoad] = field(default_factory=list)
    search: SearchStart | None = None
    builds: list[BuildTiming] = field(default_factory=list)
    pruned: list[BuildTiming] = field(default_factory=list)  # smallest and largest site with navigation.prune
    lighthouse: list[LighthouseResult] = field(default_factory=list)
    lighthouse_runs: int = 0
    lighthouse_note: str = ""
    evaluation: EvaluationTiming | None = None


# ---------------------------------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------------------------------


def run_build(config: Path, site: Path, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """`mkdocs build --strict` in a subprocess (fresh plugin state, as an author runs it): (CPU, wall, guard CPU) s.

    CPU time (user + system of the build process) is reported beside wall time because it hardly changes when other
    work shares the machine. The guard's CPU time is what hooks/i18n_sync.py measured of its own work inside that
    build (reading pages, source rules, extracting each page's structure, comparing the pairs).
    """
    timing_file = site.parent / "sync-guard-cpu.txt"
    timing_file.unlink(missing_ok=True)
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", GUARD_TIMING_ENV: str(timing_file), **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env=full_env,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed for {config}:\n{result.stderr[-4000:]}")
    guard = float(timing_file.read_text()) if timing_file.exists() else 0.0
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, elapsed, guard


def measure_build(tmp: Path, scale: int, runs: int, extra_features: list[str] | None = None) -> BuildTiming:
    """Time whole builds and the sync guard alone on a docs tree with `scale` copies of every page pair."""
    label = f"x{scale}" + "".join(f" + {feature}" for feature in extra_features or [])
    config = synthetic_site(tmp / label.replace(" + ", "-"), scale, extra_features or [])
    docs, site = config.parent / "docs", config.parent / "site"
    pairs = len(list(docs.rglob(f"*.{LANGUAGES[0]}.md")))
    builds = [run_build(config, site) for _ in range(runs)]
    pages = [page for page in site.rglob("*.html") if "assets" not in page.parts]
    html_bytes = sum(page.stat().st_size for page in pages)
    html_compressed = sum(compressed_size(page, 6) for page in pages) // len(pages)
    timing = BuildTiming(
        label,
        pairs,
        html_bytes,
        html_compressed,
        statistics.median(cpu for cpu, _, _ in builds),
        statistics.median(wall for _, wall, _ in builds),
        statistics.median(guard for _, _, guard in builds),
    )
    print(f"  {label}: {pairs} page pairs, build {timing.build:.2f} s CPU ({timing.wall:.2f} s wall), "
          f"sync guard {timing.sync_guard:.3f} s CPU ({timing.share:.1%})", flush=True)
    return timing


def synthetic_site(folder: Path, copies: int, extra_features: list[str] | None = None) -> Path:
    """A project folder whose docs hold the real pages plus `copies - 1` copies of them under copy<n>/, with nav.

    The configuration inherits mkdocs.yml and replaces only `nav` (and the theme's features when `extra_features`
    are given); hooks, theme overrides and UI strings are linked in, so the build runs exactly the real hooks.
    Copies keep their relative links, which stay inside each copy.
    """
    from mkdocs.utils.yaml import yaml_load

    folder.mkdir(parents=True)
    for name in ("hooks", "overrides", "i18n"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    pages = [p for p in (ROOT / "docs").rglob("*.md") if "assets" not in p.relative_to(ROOT / "docs").parts]
    with (ROOT / "mkdocs.yml").open("rb") as handle:
        real_config = yaml_load(handle)
    original = real_config["nav"]
    nav = list(original)
    for n in range(2, copies + 1):
        for page in pages:
            target = docs / f"copy{n}" / page.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            # A worksheet id names stored answers, so each copy of a worksheet gets its own id (the guard refuses
            # two pages claiming one); translations are then marked against their copied source.
            text = RE_WORKSHEET_ID.sub(rf"\g<0>-copy{n}", page.read_text(encoding="utf-8"), count=1)
            target.write_text(text, encoding="utf-8")
        for source in (docs / f"copy{n}").rglob(f"*.{LANGUAGES[0]}.md"):
            digest = frontmatter.source_hash(frontmatter.read_text(source))
            for lang in LANGUAGES[1:]:
                translation = source.with_name(source.name.replace(f".{LANGUAGES[0]}.md", f".{lang}.md"))
                if translation.exists():
                    marked = frontmatter.set_key(frontmatter.read_text(translation), frontmatter.SOURCE_HASH_KEY, digest)
                    translation.write_text(marked, encoding="utf-8")
        nav.append({f"Kopio {n}": prefixed_nav(original, f"copy{n}/")})
    lines = [f"INHERIT: {ROOT / 'mkdocs.yml'}", "nav: " + json.dumps(nav, ensure_ascii=False)]
    if extra_features:
        features = real_config["theme"].get("features", []) + extra_features
        lines.append("theme: " + json.dumps({"features": features}))
    config = folder / "mkdocs.yml"
    config.write_text("\n".join(lines) + "\n")
    return config


def prefixed_nav(nav: list, prefix: str) -> list:
    """The nav with every page path under `prefix`, sections kept."""
    items = []
    for item in nav:
        if isinstance(item, str):
            items.append(prefix + item)
        elif isinstance(item, dict):
            items.append({title: prefix + value if isinstance(value, str) else prefixed_nav(value, prefix)
                          for title, value in item.items()})
    return items


# ---------------------------------------------------------------------------------------------------------------------
# Serving as the web server would
# ---------------------------------------------------------------------------------------------------------------------


def nginx_gzip_level() -> int:
    """deploy/nginx.conf's `gzip_comp_level`, or nginx's default (1) when the file does not set it."""
    if NGINX_CONF.exists():
        match = re.search(r"^\s*gzip_comp_level\s+(\d+)\s*;", NGINX_CONF.read_text(), re.M)
        if match:
            return int(match.group(1))
    return 1


def compressed_size(path: Path, level: int) -> int:
    if path.suffix not in COMPRESSED_SUFFIXES:
        return path.stat().st_size
    return len(gzip.compress(path.read_bytes(), compresslevel=level, mtime=0))


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files, gzipped like deploy/nginx.conf does, so Lighthouse sees what a visitor's browser would get."""

    level = 1

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in COMPRESSED_SUFFIXES):
            return super().send_head()  # redirects, 404s and files sent as they are
        body = gzip.compress(path.read_bytes(), compresslevel=self.level, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


# ---------------------------------------------------------------------------------------------------------------------
# Page weight
# ---------------------------------------------------------------------------------------------------------------------


def site_pages(site: Path) -> list[str]:
    """URL paths of every page of both languages, and the 404 page."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site)
        if "assets" in rel.parts:
            continue
        paths.append(rel.as_posix().removesuffix("index.html"))
    return paths


def file_for(url: str, base: str, site: Path) -> Path | None:
    if not url.startswith(base):
        return None
    rel = unquote(urlsplit(url).path).lstrip("/")
    path = site / rel
    return path / "index.html" if path.is_dir() else path if path.is_file() else None


def measure_pages(site: Path, level: int) -> tuple[list[PageLoad], SearchStart]:
    from playwright.sync_api import sync_playwright

    loads = []
    search_requested_at_load = False
    with serve(site, type("Handler", (GzipHandler,), {"level": level})) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        for path in site_pages(site):
            context = browser.new_context()  # a new context has an empty cache
            tab = context.new_page()
            seen: list[tuple[str, int]] = []
            failed: list[str] = []
            tab.on("response", lambda response: seen.append((response.url, response.status)))
            tab.on("requestfailed", lambda request: failed.append(request.url))
            tab.goto(base + path, wait_until="networkidle")
            context.close()
            raw = compressed = material = compressed_6 = material_6 = 0
            for url, status in seen:
                file = file_for(url, base, site)
                if file is None or status >= 400:
                    failed.append(f"{status} {url}")
                    continue
                raw += file.stat().st_size
                compressed += compressed_size(file, level)
                compressed_6 += compressed_size(file, 6)
                if MATERIAL_ASSET.match(file.relative_to(site).as_posix()):
                    material += compressed_size(file, level)
                    material_6 += compressed_size(file, 6)
            search_requested_at_load |= any("search_index" in url for url, _ in seen)
            loads.append(PageLoad(path, len(seen), raw, compressed, material, compressed_6, material_6, tuple(failed)))
        search = measure_search_start(browser, base, site, level, deferred=not search_requested_at_load)
        browser.close()
    return loads, search


def measure_search_start(browser, base: str, site: Path, level: int, deferred: bool) -> SearchStart:  # type: ignore[no-untyped-def]
    """Load a page, then start searching: what is fetched then, and whether results come."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(base + SEARCH_PAGE, wait_until="networkidle")
    seen: list[str] = []
    tab.on("response", lambda response: seen.append(response.url))
    tab.click("[data-md-component=search-query]")
    tab.keyboard.type(SEARCH_QUERY)
    tab.wait_for_selector(".md-search-result__item", timeout=10_000)
    tab.wait_for_load_state("networkidle")
    results = tab.locator(".md-search-result__item").count()
    context.close()
    files = [f for f in (file_for(url, base, site) for url in seen) if f is not None]
    return SearchStart(
        deferred,
        len(seen),
        sum(f.stat().st_size for f in files),
        sum(compressed_size(f, level) for f in files),
        results,
    )


# ---------------------------------------------------------------------------------------------------------------------
# Lighthouse
# ---------------------------------------------------------------------------------------------------------------------


def lighthouse_command() -> list[str] | None:
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists() or not shutil.which("node"):
        return None
    try:
        chromium_path()
    except SystemExit:
        return None
    return [str(binary)]


def run_lighthouse(command: list[str], site: Path, tmp: Path, level: int, runs: int) -> list[LighthouseResult]:
    """Lighthouse's default (mobile, simulated slow 4G and CPU) on the site built with a site_url, served gzipped."""
    flags = "--headless --no-sandbox " + " ".join(CHROMIUM_ARGS[2:])
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    results = []
    with serve(site, type("Handler", (GzipHandler,), {"level": level})) as base:
        for path in LIGHTHOUSE_PAGES:
            reports = []
            for run in range(runs):
                output = tmp / f"lighthouse-{len(results)}-{run}.json"
                subprocess.run(
                    [*command, base + path, "--quiet", "--output=json", f"--output-path={output}",
                     f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}", f"--chrome-flags={flags}"],
                    env=env, check=True, capture_output=True, timeout=300,
                )
                reports.append(json.loads(output.read_text(encoding="utf-8")))
            results.append(summarise_lighthouse(path, reports))
            print(f"  /{path}: " + ", ".join(f"{k} {v}" for k, v in results[-1].scores.items()), flush=True)
    return results


def summarise_lighthouse(path: str, reports: list[dict]) -> LighthouseResult:
    """Median score per category over the runs, and the audits that cost points in the median run."""
    scores = {}
    below: dict[str, list[str]] = {}
    for category in LIGHTHOUSE_CATEGORIES:
        ranked = sorted(reports, key=lambda report: report["categories"][category]["score"] or 0)
        median = ranked[len(ranked) // 2]
        scores[category] = round((median["categories"][category]["score"] or 0) * 100)
        losses = []
        for ref in median["categories"][category]["auditRefs"]:
            audit = median["audits"][ref["id"]]
            if ref["weight"] > 0 and audit.get("score") is not None and audit["score"] < 1:
                value = audit.get("displayValue") or ""
                losses.append(f"{ref['id']} {audit['score']:.2f}" + (f" ({value})" if value else ""))
        if losses:
            below[category] = losses
    return LighthouseResult(path, scores, below)


# ---------------------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------------------


def kb(size: int) -> str:
    return f"{size / 1000:.1f}"


def print_pages(report: Report) -> None:
    print(f"\n{'page':44} {'requests':>8} {'raw KB':>8} {'gzip KB':>8} {'Material':>8}")
    for load in report.pages:
        flag = "" if load.compressed <= PAGE_BUDGET else "  over budget"
        print(f"/{load.path:43} {load.requests:8} {kb(load.raw):>8} {kb(load.compressed):>8} "
              f"{kb(load.material):>8}{flag}")
    print(f"(gzip level {report.gzip_level}, as deploy/nginx.conf sends; 'Material' is its stylesheets and bundle)")
    if report.search:
        s = report.search
        print(f"\nSearch index at page load: {'no (loaded when searching starts)' if s.deferred else 'yes'}; "
              f"starting a search fetches {s.requests} files, {kb(s.compressed)} KB gzip ({kb(s.raw)} KB raw); "
              f"{s.results} results for '{SEARCH_QUERY}'")


def print_builds(report: Report) -> None:
    print(f"\n{'site':28} {'pairs':>6} {'HTML MB':>8} {'CPU s':>7} {'wall s':>7} {'ms/pair':>8} {'guard s':>8} {'share':>6}")
    for b in [*report.builds, *report.pruned]:
        print(f"{b.label:28} {b.pairs:6} {b.html_bytes / 1e6:8.1f} {b.build:7.2f} {b.wall:7.2f} "
              f"{b.build / b.pairs * 1000:8.0f} {b.sync_guard:8.3f} {b.share:6.1%}")


def print_lighthouse(report: Report) -> None:
    if report.lighthouse_note:
        print(f"Lighthouse: {report.lighthouse_note}")


def growth(builds: list[BuildTiming], attribute: str) -> float:
    """How much the cost per page pair grows from the smallest to the largest site (1.0 = linear)."""
    first, last = builds[0], builds[-1]
    return (getattr(last, attribute) / last.pairs) / (getattr(first, attribute) / first.pairs)


def render_markdown(report: Report) -> str:
    heaviest = max(report.pages, key=lambda load: load.compressed)
    heaviest_6 = max(report.pages, key=lambda load: load.compressed_6)
    pages_ok = heaviest.compressed <= PAGE_BUDGET
    over = [load for load in report.pages if load.compressed > PAGE_BUDGET]
    failed = [(load.path, f) for load in report.pages for f in load.failed]
    real = report.builds[0]
    worst_share = max(report.builds, key=lambda b: b.share)
    material = min(load.material for load in report.pages)
    weight_result = (f"heaviest: /{heaviest.path} {kb(heaviest.compressed)} KB; {len(over)} of {len(report.pages)} "
                     f"pages over; Material's own files alone are {kb(material)} KB")
    if report.gzip_level != 6:
        weight_result += f" (at gzip level 6 the heaviest is /{heaviest_6.path}, {kb(heaviest_6.compressed_6)} KB)"
    lines = [
        "# Performance budget: measured figures",
        "",
        f"Written by `make bench` (scripts/bench.py) on {date.today().isoformat()}: "
        f"Python {platform.python_version()}, {chromium_version()}, {os.cpu_count()} CPUs. "
        "Rerun it after changing the theme, the scripts or the content; the figures below are this machine's.",
        "",
        "## Targets",
        "",
        "| target | result | met |",
        "|---|---|---|",
        f"| every page ≤ {kb(PAGE_BUDGET)} KB compressed on first load, worksheet script included | {weight_result} "
        f"| {yes(pages_ok)} |",
    ]
    if report.search:
        s = report.search
        lines.append(
            "| search loads its index only when a person starts searching | "
            + (f"no page requests it at load; starting a search fetches {s.requests} files, {kb(s.compressed)} KB "
               f"gzip, and found {s.results} results for “{SEARCH_QUERY}”" if s.deferred else "the index is fetched at page load")
            + f" | {yes(s.deferred and s.results > 0)} |"
        )
    lines.append(
        f"| sync guard ≤ {SYNC_GUARD_SHARE:.0%} of build time | {real.share:.1%} on the real site, "
        f"at most {worst_share.share:.1%} ({worst_share.label}) | {yes(worst_share.share <= SYNC_GUARD_SHARE)} |"
    )
    if report.lighthouse:
        all_ok = all(score >= LIGHTHOUSE_TARGET for r in report.lighthouse for score in r.scores.values())
        summary = "; ".join(f"/{r.path}: " + "/".join(str(s) for s in r.scores.values()) for r in report.lighthouse)
        lines.append(f"| Lighthouse mobile {LIGHTHOUSE_TARGET} in {', '.join(LIGHTHOUSE_CATEGORIES)} | {summary} "
                     f"| {yes(all_ok)} |")
    else:
        lines.append(f"| Lighthouse mobile {LIGHTHOUSE_TARGET} | {report.lighthouse_note} | – |")
    if report.evaluation:
        lines.append(f"| {report.evaluation.files} feedback files read and summarised on the evaluation page in under "
                     f"{evaluation_bench.TARGET_S:.0f} s, progress shown | {evaluation_bench.describe(report.evaluation)} "
                     f"| {yes(report.evaluation.met)} |")
    lines.append(f"| no failed request on any page | {len(failed)} failed | {yes(not failed)} |")
    lines += [
        "",
        "## Page weight on first load",
        "",
        "Each page is loaded in Chromium (headless, a new browser context per page, so the cache is cold) from a "
        "local server, and waited on until the network is idle; every response counts, including what scripts "
        "request after load. Raw is the files' size; compressed is gzip at level "
        f"{report.gzip_level} (deploy/nginx.conf's `gzip_comp_level`, nginx's default 1 when unset) for the types "
        "the server compresses (HTML, CSS, JavaScript, JSON, SVG, XML, text); HTTP headers are not counted. "
        "Material is the compressed size of Material's own stylesheets and JavaScript bundle, included in compressed.",
        "",
        "| page | requests | raw KB | compressed KB | of which Material KB | gzip level 6 KB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for load in report.pages:
        lines.append(f"| /{load.path} | {load.requests} | {kb(load.raw)} | {kb(load.compressed)} | "
                     f"{kb(load.material)} | {kb(load.compressed_6)} |")
    material_6 = min(load.material_6 for load in report.pages)
    worksheet = next((load for load in report.pages if load.path == LIGHTHOUSE_PAGES[1]), heaviest)
    lines += [
        "",
        f"Where Material sets the limit: every page loads Material's stylesheets and bundle, {kb(material)} KB "
        f"compressed at gzip level {report.gzip_level} ({kb(material_6)} KB at level 6), whatever the page holds. "
        f"A worksheet such as /{worksheet.path} adds {kb(worksheet.compressed - worksheet.material)} KB of its own "
        f"(its HTML with the site's navigation, the worksheet script and stylesheets) at level {report.gzip_level}, "
        f"{kb(worksheet.compressed_6 - worksheet.material_6)} KB at level 6. So whether worksheets fit in "
        f"{kb(PAGE_BUDGET)} KB depends on the server's compression level (deploy/nginx.conf `gzip_comp_level`; "
        "nginx's default is 1): compare the last column.",
        "",
        "The printable workbook (/worksheets/workbook/) is over the budget by design: it is every worksheet on one "
        "page, for the person who prints the whole set, so it weighs about what the eleven worksheet pages together "
        "add beyond Material. Each worksheet also has its own light page, which is where people fill them in.",
        "",
        "## Build time and the sync guard",
        "",
        "Whole `mkdocs build --strict` runs (median of several; both languages; CPU time of the build process, "
        "which other work on the machine hardly changes, and wall time) of the real site and of synthetic sites "
        "holding 5 and 10 copies of every page pair with their nav (copy<n>/…, as extra top-level sections; same "
        "hooks and theme). The sync guard's time is what hooks/i18n_sync.py measured of "
        "its own work inside the same builds (CPU, median): reading every page, the source rules, extracting each "
        "rendered page's structure in every language and comparing the pairs. HTML MB is what the build writes for the pages.",
        "",
        "| site | page pairs | HTML MB | build CPU s | build wall s | build ms per pair | sync guard s | "
        "sync guard share |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for b in [*report.builds, *report.pruned]:
        lines.append(f"| {b.label} | {b.pairs} | {b.html_bytes / 1e6:.1f} | {b.build:.2f} | {b.wall:.2f} | "
                     f"{b.build / b.pairs * 1000:.0f} | {b.sync_guard:.3f} | {b.share:.1%} |")
    big = report.builds[-1]
    lines += [
        "",
        f"- The sync guard's time per page pair changes by a factor of "
        f"{growth(report.builds, 'sync_guard'):.2f} from {real.label} to {big.label} (1.00 = exactly linear). It "
        "reads what each page renders, and each copy's printable workbook renders every worksheet of the "
        "navigation, copies included, so the workbooks grow with the square of the copies; its share of the "
        "build stays within the budget.",
        f"- The build's time per page pair grows by a factor of {growth(report.builds, 'build'):.2f} over the same "
        f"range, a little faster than linear, while the HTML of each page grows from "
        f"{real.html_bytes / real.pairs / 2000:.0f} KB to {big.html_bytes / big.pairs / 2000:.0f} KB: Material "
        "writes the whole navigation into every page, so each added page makes every other page larger. That part "
        "is Material's, not the hooks'; the sync guard's share stays small.",
    ]
    if len(report.pruned) == 2:
        small, large = report.pruned
        lines.append(
            f"- With Material's `navigation.prune` (each page holds only its own section's navigation) the "
            f"{big.label} site writes {large.html_bytes / 1e6:.0f} MB instead of {big.html_bytes / 1e6:.0f} MB and "
            f"builds in {large.build:.1f} s CPU instead of {big.build:.1f} s. It is not switched on: at today's size "
            f"it saves {(real.html_compressed - small.html_compressed) / 1000:.1f} KB compressed per page, and the "
            "mobile menu would no longer list every page."
        )
    if report.evaluation:
        lines += [
            "",
            "## The evaluation page: 500 feedback files",
            "",
            f"{report.evaluation.files} feedback files with random answers to every aggregated question of the final "
            "feedback survey are chosen at once on /kit/evaluation/ in Chromium (a fresh context per run). The page "
            "records the time from the file input's change event to its summary being drawn, the status messages it "
            "showed while reading (it reads in batches and lets the page draw between them) and the longest "
            "main-thread task, which says how long the page could not answer a click or a key.",
            "",
            f"- {evaluation_bench.describe(report.evaluation)}.",
        ]
    lines += ["", "## Lighthouse", ""]
    if report.lighthouse:
        lines += [
            "Lighthouse (npm `lighthouse`, its default mobile emulation with simulated slow 4G and 4× CPU slowdown) "
            f"on the site built with `SITE_URL={SITE_URL}` and served gzipped from 127.0.0.1; the median of "
            f"{report.lighthouse_runs} runs per page.",
            "",
            "| page | " + " | ".join(LIGHTHOUSE_CATEGORIES) + " |",
            "|---|" + "---:|" * len(LIGHTHOUSE_CATEGORIES),
        ]
        for r in report.lighthouse:
            lines.append(f"| /{r.path} | " + " | ".join(str(r.scores[c]) for c in LIGHTHOUSE_CATEGORIES) + " |")
        losses = [(r.path, c, a) for r in report.lighthouse for c, audits in r.below.items() for a in audits]
        if losses:
            lines += ["", "Audits that cost points (in the median run):", ""]
            lines += [f"- /{path} {category}: {audit}" for path, category, audit in losses]
    else:
        lines.append(f"Not run: {report.lighthouse_note}.")
    if failed:
        lines += ["", "## Failed requests", ""] + [f"- /{path}: {what}" for path, what in failed]
    lines += ["", NOTES]
    return "\n".join(lines) + "\n"


def yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def chromium_version() -> str:
    try:
        out = subprocess.run([chromium_path(), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, SystemExit, subprocess.SubprocessError):
        return "Chromium (version unknown)"
    return out.strip().splitlines()[-1] if out.strip() else "Chromium"


NOTES = """## Notes

- Search: Material fetches `search/search_index.json` and starts its search worker (lunr) on every page load.
  `docs/assets/javascripts/search-on-demand.js`, loaded in the page's head before Material's bundle, holds the index request and
  the worker back until the person focuses the search field or opens the search dialog (or arrives from a search
  result with `?h=`, which Material highlights using the index). From a file share Material itself already waits
  for the search dialog.
- Material's stylesheet and JavaScript bundle are the same on every page and are not split per feature; they are
  most of each page's weight (the "of which Material" column), and the whole navigation is repeated in every
  page's HTML.
"""


if __name__ == "__main__":
    sys.exit(main())
