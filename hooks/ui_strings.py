"""UI strings: the theme's own words (buttons, messages, the 404 page) in every language, with none missing.

Strings live in `i18n/ui.<lang>.yml`. Every language must have exactly the keys of the source language's file,
or the build stops naming the file and the keys. Templates get them as `ui` (and `ui_json` for scripts); the
strings of code loaded on demand (the pictures') are written as one script per language (`toolkit.ui.ON_DEMAND_STRINGS`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from toolkit.site import configured_languages, is_nested_build
from toolkit.ui import UI_DIR, UiStringsError, json_for_script, load_for_build, loaded
from toolkit.ui import on_demand_scripts as strings_scripts  # an `on_` name here would be taken for an event

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page


# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        load_for_build(UI_DIR, configured_languages(config))
    except UiStringsError as exc:
        raise PluginError(str(exc)) from exc
    return config


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return _add_strings(context, config)


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    return _add_strings(context, config)


def on_post_build(config: MkDocsConfig) -> None:
    """Outer build only: the strings that come with code loaded on demand, one script per language, beside the
    bundles of the default language's build (which every language's pages load)."""
    if is_nested_build(config):
        return
    for path, text in strings_scripts(loaded()).items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _add_strings(context: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    ui = loaded().get(str(config.theme["language"]), {})
    context["ui"] = ui
    context["ui_json"] = Markup(json_for_script(ui))
    return context
