"""Sync guard hook: refuse to build when a translation has drifted from its Finnish source.

A thin adapter around `toolkit.guard` (the rules and messages live there). Finnish is the source; every other
language is checked against it.

- `on_files` (once per `mkdocs build`, before mkdocs-static-i18n regroups the files): reads every page once and
  runs the source rules (missing pages, front matter, the translation mark, worksheet field declarations). A
  problem stops the build here, before anything is rendered.
- `on_page_content` (in the default build and in each of mkdocs-static-i18n's nested per-language builds): keeps
  the structure Python-Markdown produced for the page (`toolkit.structure.StructureExtension`, added in
  `on_config`), and tells MkDocs' anchor check about ids inside raw HTML and worksheet fields.
- `on_post_build` of the outer build, after the i18n plugin's own (-100) has run every nested build: compares the
  structures of every page pair and stops the build listing every problem.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from toolkit import guard, session
from toolkit.problems import Problem
from toolkit.site import configured_languages, is_nested_build, page_key
from toolkit.structure import PageStructure, StructureExtension

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger("i18n_sync")
#: When set, the CPU seconds the guard took in this build are written to that file (scripts/bench.py reads them).
TIMING_ENV = "SYNC_GUARD_CPU_FILE"


class _State:
    """What one `mkdocs build` (outer build plus nested builds) has read and rendered so far."""

    def __init__(self) -> None:
        self.capture = StructureExtension()
        self.languages: list[str] = []
        self.docs: guard.Docs = {}
        self.structures: dict[tuple[str, str], PageStructure] = {}
        self.started = 0.0  # time.monotonic() at the outer build's on_config
        self.cpu_seconds = 0.0  # CPU time of this hook's own work (the capture's is counted apart)


STATE = _State()

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_nested_build(config):
        STATE.started = time.monotonic()  # a session opened before this is from an earlier build
    if not any(isinstance(ext, StructureExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(STATE.capture)  # type: ignore[arg-type]
    return config


@event_priority(100)  # before mkdocs-static-i18n's own on_files (-100) regroups the files per language
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if is_nested_build(config):
        return files
    started = time.process_time()
    STATE.languages = configured_languages(config)
    STATE.structures = {}
    STATE.cpu_seconds = STATE.capture.cpu_seconds = 0.0
    built = session.open_for(
        config, STATE.started, Path(config.docs_dir), STATE.languages, config.markdown_extensions, config.mdx_configs
    )
    STATE.docs = built.docs
    STATE.cpu_seconds += time.process_time() - started
    _fail(built.problems)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Python-Markdown skips every processor for a blank page: its structure is then empty, not the previous page's.
    STATE.capture.last = PageStructure()
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    started = time.process_time()
    structure = STATE.capture.last
    key = page_key(page.file.src_uri, STATE.languages)
    if key[1] is not None:
        STATE.structures[(key[0], key[1])] = structure
    # MkDocs collects anchors from the tree and from raw HTML in the source, not from HTML that extensions
    # stash (worksheet fields): without this, a link to `goals.md#ws-wishes` fails the strict build.
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= structure.ids
    STATE.cpu_seconds += time.process_time() - started
    return html


@event_priority(-110)  # after mkdocs-static-i18n's on_post_build (-100), which runs the other languages' builds
def on_post_build(config: MkDocsConfig) -> None:
    if is_nested_build(config):
        return
    started = time.process_time()
    problems = guard.check_structures(STATE.docs, STATE.structures, STATE.languages)
    STATE.cpu_seconds += time.process_time() - started
    if report := os.environ.get(TIMING_ENV):
        Path(report).write_text(f"{STATE.cpu_seconds + STATE.capture.cpu_seconds:.6f}\n", encoding="utf-8")
    _fail(problems)


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _fail(problems: list[Problem]) -> None:
    if not problems:
        return
    for problem in problems:
        log.error(str(problem))
    raise PluginError(
        f"The translations are out of sync: {len(problems)} problem(s) listed above. "
        "Fix them, or run 'make i18n-status' to see every page pair."
    )
