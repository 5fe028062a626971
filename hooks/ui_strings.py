"""UI strings: the theme's own words (buttons, messages, the 404 page) in every language, with none missing.

Strings live in `i18n/ui.<lang>.yml`. Every language must have exactly the keys of the source language's file,
or the build stops naming the file and the keys. Templates get them as `ui` (and `ui_json` for scripts); the
strings of code loaded on demand (the pictures') are written as one script per language (`toolkit.ui.ON_DEMAND_STRINGS`),
and so is the share dialog (`assets/javascripts/share-ui.<lang>.js`, rendered from
`overrides/partials/worksheet/share-ui.js`, loaded by share-button.js only when someone shares).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from toolkit.site import configured_languages, is_nested_build
from toolkit.ui import TOJSON_POLICY, UI_DIR, UiStringsError, json_for_script, load_for_build, loaded
from toolkit.ui import on_demand_scripts as strings_scripts  # an `on_` name here would be taken for an event

SHARE_UI_TEMPLATE = "partials/worksheet/share-ui.js"
# Beside the bundles, one per language: every language's pages use the default build's assets folder.
SHARE_UI = "assets/javascripts/share-ui.{lang}.js"

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
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


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # Pages carry their strings and manifest as JSON: written compact, and Finnish letters as themselves.
    env.policies["json.dumps_kwargs"] = TOJSON_POLICY
    return env


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return _add_strings(context, config)


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    return _add_strings(context, config)


def on_post_build(config: MkDocsConfig) -> None:
    """What code loaded on demand says, beside the bundles of the default language's build (which every language's
    pages load): each build writes its language's share dialog; the outer build writes the pictures' strings of
    every language."""
    lang = str(config.theme["language"])
    share_ui = config.theme.get_env().get_template(SHARE_UI_TEMPLATE).render(ui=loaded().get(lang, {}), config=config)
    _write(Path(config.site_dir) / SHARE_UI.format(lang=lang), share_ui.lstrip())
    if is_nested_build(config):
        return
    for path, text in strings_scripts(loaded()).items():
        _write(Path(config.site_dir) / path, text)


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _add_strings(context: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    ui = loaded().get(str(config.theme["language"]), {})
    context["ui"] = ui
    context["ui_json"] = Markup(json_for_script(ui))
    return context
