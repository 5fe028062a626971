"""Evaluation benchmark: 500 anonymous feedback files read and summarised on the coordinator's evaluation page.

`make bench` runs it (scripts/bench.py) on the site it built; `python scripts/evaluation_bench.py` builds the site
and runs it alone. The files follow the evaluation page's own manifest (every aggregated field, random answers,
random ids, Finnish and English rounds), as the feedback dialog writes them (tests/test_evaluation.py makes such
files through the product). Chromium chooses them all at once on /kit/evaluation/; the page itself records the
time from the input's `change` event to its summary being drawn (`data-ws-eval-state="ready"`), every progress
message shown meanwhile and the longest main-thread task (PerformanceObserver "longtask"), so the figure is the
page's work, not Playwright's file transfer. Targets are reported, never asserted.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from local_browser import CHROMIUM_ARGS, chromium_path, serve

ROOT = Path(__file__).resolve().parent.parent
FILES = 500
TARGET_S = 2.0
EVALUATION_PAGE = "kit/evaluation/"

#: Installed in the page before the files are chosen: times the read from the input's change event to "ready".
RECORDER = """
() => {
  const root = document.querySelector('[data-ws-evaluation]');
  const status = root.querySelector('[data-ws-status]');
  const record = window.__evalBench = { start: 0, end: 0, progress: [], longest: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  // Capture on the document runs before the page's own listener on the input.
  document.addEventListener('change', (event) => {
    if (event.target.matches('[data-ws-evaluation-files]')) record.start = performance.now();
  }, true);
  new MutationObserver(() => {
    if (record.start && !record.end && root.getAttribute('data-ws-eval-state') === 'ready') record.end = performance.now();
  }).observe(root, { attributes: true, attributeFilter: ['data-ws-eval-state'] });
  new MutationObserver(() => {
    const progress = root.querySelector('[data-ws-eval-progress]');
    if (!progress.hidden) record.progress.push(status.textContent);
  }).observe(status, { childList: true, characterData: true, subtree: true });
}
"""


@dataclass(frozen=True)
class EvaluationTiming:
    """Seconds from choosing the files to the drawn summary (median of runs), and what the page showed meanwhile."""

    files: int
    runs: list[float]
    progress_messages: int  # distinct progress messages seen while reading (in the median run)
    longest_task_ms: float  # the longest main-thread task while reading (the page's responsiveness)
    counted: int  # files the page counted

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def met(self) -> bool:
        return self.median < TARGET_S and self.progress_messages > 1 and self.counted == self.files


def evaluation_manifest(site: Path) -> dict:
    """The manifest the built evaluation page carries (the aggregated fields of every worksheet that has them)."""
    html = (site / EVALUATION_PAGE / "index.html").read_text(encoding="utf-8")
    return json.loads(html.split('<script type="application/json" id="ws-manifest">', 1)[1].split("</script>", 1)[0])


def feedback_files(manifest: dict, folder: Path, count: int, seed: int = 15) -> list[Path]:
    """`count` feedback files with random answers to the final feedback survey's aggregated fields."""
    rng = random.Random(seed)
    fields = manifest["worksheets"]["feedback"]["fields"]
    scale = manifest["types"]["scale"]["options"]
    paths = []
    for number in range(count):
        answers: dict[str, object] = {}
        open_allowed = rng.random() < 0.3
        for field_id, spec in fields.items():
            options = spec.get("options") or scale
            if spec["type"] in ("choice", "scale"):
                answers[field_id] = rng.choice(options)
            elif spec["type"] == "multichoice":
                answers[field_id] = rng.sample(options, rng.randint(1, len(options)))
            elif open_allowed:
                answers[field_id] = f"Palaute {number}: tapaamiset auttoivat, ja verkosto kasvoi."
        data = {
            "format": "tyouramentorointi-feedback", "version": 1, "id": f"{rng.getrandbits(128):032x}",
            "worksheet": "feedback", "month": f"2027-0{rng.randint(4, 6)}", "role": answers["role"],
            "round": rng.choice(["Kevät 2027", "Spring 2027", ""]), "open": open_allowed, "answers": answers,
        }
        path = folder / f"tyouramentorointi-feedback-feedback-{data['id'][:8]}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def measure_evaluation(site: Path, files: int = FILES, runs: int = 3) -> EvaluationTiming:
    """Read `files` feedback files on the built site's evaluation page `runs` times, each in a fresh context."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="evaluation-bench-") as tmp:
        paths = [str(p) for p in feedback_files(evaluation_manifest(site), Path(tmp), files)]
        results = []
        with serve(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            for _ in range(runs):
                context = browser.new_context()
                tab = context.new_page()
                tab.goto(base + EVALUATION_PAGE)
                tab.wait_for_selector("[data-ws-evaluation] [data-ws-toolbar]:not([hidden])")
                tab.evaluate(RECORDER)
                tab.locator("[data-ws-evaluation-files]").set_input_files(paths)
                tab.wait_for_function("() => window.__evalBench.end > 0", timeout=120_000)
                record = tab.evaluate("window.__evalBench")
                counted = int(tab.locator("[data-ws-evaluation]").get_attribute("data-ws-eval-files-read") or 0)
                results.append(((record["end"] - record["start"]) / 1000, len(set(record["progress"])), record["longest"], counted))
                context.close()
            browser.close()
    results.sort(key=lambda result: result[0])
    median = results[len(results) // 2]
    return EvaluationTiming(files, [r[0] for r in results], median[1], median[2], median[3])


def describe(timing: EvaluationTiming) -> str:
    """One line for the console and the results table."""
    return (f"{timing.files} files read and summarised in {timing.median:.2f} s (median of {len(timing.runs)}: "
            + ", ".join(f"{run:.2f}" for run in timing.runs) + f" s); {timing.progress_messages} progress messages "
            f"shown while reading; longest main-thread task {timing.longest_task_ms:.0f} ms; {timing.counted} counted")


def main() -> int:
    from bench import run_build

    with tempfile.TemporaryDirectory(prefix="evaluation-bench-site-") as tmp:
        site = Path(tmp) / "site"
        print(f"Building the site into {site} ...", flush=True)
        run_build(ROOT / "mkdocs.yml", site)
        timing = measure_evaluation(site)
    print(describe(timing))
    print(f"target < {TARGET_S:.0f} s with progress shown: {'met' if timing.met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
