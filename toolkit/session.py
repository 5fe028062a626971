"""One build's shared reading of the docs: every page read once, the worksheet registry, the source problems.

`open_session` runs once per `mkdocs build` (hooks/i18n_sync.py, in the outer build's on_files) and outside a
build (`toolkit.guard.check_docs`); every hook then reads `current()`. Hook modules cannot share state by
importing each other (MkDocs loads each hook file as a module of its own), so the state lives here.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit import guard
from toolkit.problems import Problem
from toolkit.registry import Registry, build_registry
from toolkit.render import structure_renderer
from toolkit.site import PageSet
from toolkit.structure import StructureExtension
from toolkit.worksheet_blocks import Collector, WorksheetBlocksExtension


@dataclass
class Session:
    """`docs` and `registry` as read at the start; `problems` are the source problems found then."""

    docs_dir: Path
    languages: tuple[str, ...]
    pages: PageSet
    docs: guard.Docs
    registry: Registry
    problems: list[Problem] = field(default_factory=list)
    owner: object = None  # what opened it (the build's configuration), see `open_for`
    opened_at: float = 0.0  # time.monotonic()


_CURRENT: list[Session] = []


def site_extensions(extensions: Sequence[Any]) -> list[Any]:
    """The site's own Markdown extensions: those the hooks add for a build (capture, worksheet blocks) left out."""
    return [ext for ext in extensions if not isinstance(ext, (StructureExtension, WorksheetBlocksExtension))]


def open_for(
    owner: object,
    since: float,
    docs_dir: Path,
    languages: Sequence[str],
    extensions: Sequence[Any],
    configs: dict[str, Any] | None = None,
) -> Session:
    """The session `owner` (a build's configuration) opened at or after `since` (time.monotonic()), or a new one.

    Lets every hook that needs the registry ask for it in its own on_files, whichever runs first.
    """
    if _CURRENT and _CURRENT[0].owner is owner and _CURRENT[0].opened_at >= since:
        return _CURRENT[0]
    opened = open_session(docs_dir, languages, extensions, configs)
    opened.owner = owner
    return opened


def open_session(
    docs_dir: Path, languages: Sequence[str], extensions: Sequence[Any], configs: dict[str, Any] | None = None
) -> Session:
    """Read every page, build the worksheet registry with the site's Markdown `extensions`, run the source rules."""
    opened_at = time.monotonic()
    extensions = site_extensions(extensions)
    pages, docs, problems = guard.read_docs(Path(docs_dir), languages)
    sources = [(page, lang, doc.path, doc.source) for page, by_lang in docs.items() for lang, doc in by_lang.items()]
    registry = build_registry(sources, languages, Collector(extensions, configs))
    docs = guard.attach_worksheets(docs, registry)
    problems += guard.check_sources(pages, docs, languages, registry)
    session = Session(Path(docs_dir), tuple(languages), pages, docs, registry, problems, None, opened_at)
    _CURRENT[:] = [session]
    return session


def current() -> Session:
    """The session of the build in progress. Raises RuntimeError before `open_session`."""
    if not _CURRENT:
        raise RuntimeError("no build session: hooks/i18n_sync.py must be listed first under 'hooks:' in mkdocs.yml")
    return _CURRENT[0]


def check_docs(
    docs_dir: Path, languages: Sequence[str], extensions: Sequence[Any], configs: dict[str, Any] | None = None
) -> list[Problem]:
    """Every problem of a docs folder without building, rendered with the site's Markdown `extensions`/`configs`;
    `languages[0]` is the source language. Problems come in the build's order: source, then structure."""
    session = open_session(docs_dir, languages, extensions, configs)
    render = structure_renderer([*extensions, _blocks_for_structure()], configs)
    structures = guard.render_structures(session.docs, render)
    return session.problems + guard.check_structures(session.docs, structures, languages)


def _blocks_for_structure() -> Any:
    """The worksheet blocks with a handler that renders nothing, so a page parses as in the build."""
    from toolkit.worksheet_blocks import CollectHandler, WorksheetBlocksExtension

    return WorksheetBlocksExtension(CollectHandler())
