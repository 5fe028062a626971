"""UI strings: the theme's own words (buttons, messages, the 404 page) in every language, with none missing.

Strings live in `i18n/ui.<lang>.yml`. Every language must have exactly the keys of the source language's file,
or the build stops naming the file and the keys. Templates get them as `ui` (and `ui_json` for scripts).
Each language's build also writes `assets/javascripts/share-ui.<lang>.js`, the share dialog in that language, rendered
from `overrides/partials/worksheet/share-ui.js` (loaded by share-button.js only when someone shares).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from toolkit.site import configured_languages
from toolkit.ui import UI_DIR, UiStringsError, json_for_script, load_for_build, loaded

SHARE_UI_TEMPLATE = "partials/worksheet/share-ui.js"
# Beside the bundles, one per language: every language's pages use the default build's assets folder.
SHARE_UI = "assets/javascripts/share-ui.{lang}.js"

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


def on_post_build(config: MkDocsConfig) -> None:
    lang = str(config.theme["language"])
    text = config.theme.get_env().get_template(SHARE_UI_TEMPLATE).render(ui=loaded().get(lang, {}), config=config)
    target = Path(config.site_dir) / SHARE_UI.format(lang=lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.lstrip(), encoding="utf-8")


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return _add_strings(context, config)


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    return _add_strings(context, config)


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _add_strings(context: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    ui = loaded().get(str(config.theme["language"]), {})
    context["ui"] = ui
    context["ui_json"] = Markup(json_for_script(ui))
    return context
