"""The site model every hook, script and test shares: languages, page pairs and the nested-build check.

Nothing here imports MkDocs: the configuration is read through the mapping interface that both MkDocs' config
object and a plain `yaml` load of mkdocs.yml offer, so the engine can move to another generator.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.problems import Problem


class ConfigError(ValueError):
    """The site configuration cannot be used (e.g. no i18n plugin); the message names the setting."""


def languages_from_i18n(i18n_config: Mapping[str, Any]) -> list[str]:
    """Built locales from mkdocs-static-i18n's `languages:` setting, the default (source) language first.

    `i18n_config` is the plugin's config (MkDocs' object or the raw YAML mapping). Raises ConfigError when it
    lists no built language.
    """
    langs = [lang for lang in i18n_config["languages"] if lang.get("build", True) and lang["locale"] != "null"]
    langs.sort(key=lambda lang: not lang.get("default", False))
    if not langs:
        raise ConfigError("the 'i18n' plugin builds no language: set 'build: true' on at least one")
    return [str(lang["locale"]) for lang in langs]


def configured_languages(config: Any) -> list[str]:
    """Built languages of a loaded MkDocs config (the `i18n` plugin instance's config), source first."""
    plugins = config["plugins"]
    plugin = plugins.get("i18n") if hasattr(plugins, "get") else None
    if plugin is None:
        raise ConfigError("the hooks need the 'i18n' plugin (mkdocs-static-i18n) to be configured")
    return languages_from_i18n(plugin.config)


def is_nested_build(config: Any) -> bool:
    """True inside one of mkdocs-static-i18n's per-language builds, which it runs from its own on_post_build.

    Work that must happen once per `mkdocs build` (cross-language checks, files written once) returns early here.
    """
    plugins = config["plugins"]
    i18n = plugins.get("i18n") if hasattr(plugins, "get") else None
    return bool(i18n is not None and getattr(i18n, "building", False))


def page_key(src_uri: str, languages: Sequence[str]) -> tuple[str, str | None]:
    """`guide/x.fi.md` -> ("guide/x", "fi"); a name without a configured language suffix -> (stem, None)."""
    stem = src_uri.removesuffix(".md")
    base, _, lang = stem.rpartition(".")
    if base and lang in languages:
        return base, lang
    return stem, None


@dataclass(frozen=True)
class PageSet:
    """Markdown pages of a docs folder grouped by page: {"guide/x": {"fi": Path, "en": Path}}, plus misnamed files."""

    docs_dir: Path
    pages: dict[str, dict[str, Path]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def display(self, page: str, lang: str) -> str:
        """How messages name a page's file: "docs/guide/x.en.md" (the docs folder's name, then the path)."""
        return display_path(self.docs_dir, f"{page}.{lang}.md")


def display_path(docs_dir: Path, rel: str) -> str:
    return f"{Path(docs_dir).name}/{rel}"


def _markdown_files(docs_dir: Path) -> list[Path]:
    """Every `.md` file under `docs_dir`, sorted, following symbolic links to folders as MkDocs does."""
    found = []
    for folder, _, names in os.walk(docs_dir, followlinks=True):
        found.extend(Path(folder) / name for name in names if name.endswith(".md"))
    return sorted(found)


def collect_pages(docs_dir: Path, languages: Sequence[str]) -> PageSet:
    """Group `<page>.<lang>.md` files by page; a Markdown file without a language suffix is a problem."""
    docs_dir = Path(docs_dir)
    pages: dict[str, dict[str, Path]] = {}
    problems = []
    for path in _markdown_files(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        page, lang = page_key(rel, languages)
        if lang is None:
            problems.append(
                Problem(
                    display_path(docs_dir, rel),
                    0,
                    f"has no language suffix: name it '{rel[:-3]}.{languages[0]}.md' and add its translations "
                    f"({', '.join(languages[1:])})",
                )
            )
            continue
        pages.setdefault(page, {})[lang] = path
    return PageSet(docs_dir, pages, tuple(problems))
