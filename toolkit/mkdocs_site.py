"""The MkDocs side of the site model: read mkdocs.yml the way `mkdocs build` does, without building.

This is the one toolkit module that loads MkDocs' configuration machinery; the core (structure, rules,
registry, field spec) stays free of it. Scripts and tests use it to get the languages, the docs folder and the
Markdown extensions exactly as configured, so what they check is what the build renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from toolkit.site import configured_languages


@dataclass(frozen=True)
class SiteSettings:
    """`docs_dir` (absolute), `languages` (source first), Markdown `extensions` and `configs` as MkDocs loads them."""

    config_file: Path
    docs_dir: Path
    languages: tuple[str, ...]
    extensions: tuple[Any, ...]
    configs: dict[str, Any]


@lru_cache(maxsize=8)
def load_settings(config_file: Path) -> SiteSettings:
    """Load and validate `config_file` with MkDocs (plugins and hooks are loaded, no event runs)."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    configs = {name: dict(value) for name, value in (config["mdx_configs"] or {}).items()}
    # `mkdocs build` runs from the config's folder (make, the tests); resolve snippet folders from there.
    snippets = configs.get("pymdownx.snippets")
    if snippets and snippets.get("base_path"):
        bases = snippets["base_path"] if isinstance(snippets["base_path"], list) else [snippets["base_path"]]
        snippets["base_path"] = [str(Path(config_file).parent / base) for base in bases]
    # Hooks add their own extensions in on_config (the worksheet blocks); the caller adds what it needs.
    return SiteSettings(
        Path(config_file),
        Path(config["docs_dir"]),
        tuple(configured_languages(config)),
        tuple(config["markdown_extensions"]),
        configs,
    )
