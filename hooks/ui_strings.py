"""UI strings: the theme's own words (buttons, messages, the 404 page) in every language, with none missing.

Strings live in `i18n/ui.<lang>.yml`. Every language must have exactly the keys of the source language's file,
or the build stops naming the file and the keys. Templates get them as `ui` (and `ui_json` for scripts).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from markupsafe import Markup
from mkdocs.exceptions import PluginError

import i18n_sync

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

UI_DIR = Path(__file__).resolve().parent.parent / "i18n"
_strings: dict[str, dict[str, str]] = {}

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _strings.clear()
    _strings.update(load_ui_strings(UI_DIR, i18n_sync.configured_languages(config)))
    return config


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return _add_strings(context, config)


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    return _add_strings(context, config)


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _add_strings(context: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    ui = _strings.get(str(config.theme["language"]), {})
    context["ui"] = ui
    context["ui_json"] = Markup(json_for_script(ui))
    return context


def json_for_script(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: nothing in it can close the element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def load_ui_strings(folder: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """`ui.<lang>.yml` for every language; each must have exactly the source language's keys."""
    strings: dict[str, dict[str, str]] = {}
    for lang in languages:
        path = folder / f"ui.{lang}.yml"
        if not path.exists():
            raise PluginError(f"{path}: missing; copy ui.{languages[0]}.yml and translate every value")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        strings[lang] = {str(k): str(v) for k, v in data.items()}
    source = strings[languages[0]]
    problems = []
    for lang in languages[1:]:
        missing = sorted(set(source) - set(strings[lang]))
        extra = sorted(set(strings[lang]) - set(source))
        if missing:
            problems.append(f"{folder.name}/ui.{lang}.yml: missing translations for {', '.join(missing)}")
        if extra:
            problems.append(f"{folder.name}/ui.{lang}.yml: keys not in ui.{languages[0]}.yml: {', '.join(extra)}")
    if problems:
        raise PluginError("; ".join(problems))
    return strings
