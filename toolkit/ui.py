"""UI strings: the theme's and worksheets' own words (`i18n/ui.<lang>.yml`), every language with the source's keys.

Loaded once per build by hooks/ui_strings.py and read by the worksheet and workbook hooks through it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

#: The folder of `ui.<lang>.yml` files in this repository.
UI_DIR = Path(__file__).resolve().parent.parent / "i18n"


class UiStringsError(ValueError):
    """A language's strings file is missing or does not have exactly the source language's keys."""


#: No spaces after "," and ":" in JSON written into pages: every worksheet page carries its manifest and strings.
JSON_SEPARATORS = (",", ":")
#: The same for the templates' `tojson` filter (Jinja's policy; it still escapes <, >, & and ' for HTML).
TOJSON_POLICY = {"sort_keys": True, "ensure_ascii": False, "separators": JSON_SEPARATORS}


def json_for_script(data: Any) -> str:
    """Compact JSON that is safe inside <script type="application/json">: nothing in it can close the element."""
    return json.dumps(data, ensure_ascii=False, separators=JSON_SEPARATORS).replace("<", "\\u003c")


def load_ui_strings(folder: Path, languages: Sequence[str]) -> dict[str, dict[str, str]]:
    """`ui.<lang>.yml` for every language; each must have exactly the source language's keys."""
    strings: dict[str, dict[str, str]] = {}
    for lang in languages:
        path = folder / f"ui.{lang}.yml"
        if not path.exists():
            raise UiStringsError(f"{path}: missing; copy ui.{languages[0]}.yml and translate every value")
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
        raise UiStringsError("; ".join(problems))
    return strings


#: Strings that arrive with code loaded on demand instead of in each page: the script's file name (beside the
#: bundles, `assets/javascripts/<name>.<lang>.js`) -> the prefix of the keys it holds. The pictures' strings come with
#: the pictures' code (charts.bundle.js), which loads only when a chart is about to be seen.
ON_DEMAND_STRINGS: dict[str, str] = {"ui-charts": "chart_", "ui-calendar": "calendar_"}


def on_demand_scripts(strings: dict[str, dict[str, str]]) -> dict[str, str]:
    """The on-demand strings scripts, {"assets/javascripts/<name>.<lang>.js": script text}, for every language.

    Each script hands its strings to the page's `window.wsUi.addStrings` (ui.js); a classic script, so it loads from
    `file://` too, where reading a JSON file is blocked.
    """
    scripts: dict[str, str] = {}
    for lang, texts in strings.items():
        for name, prefix in ON_DEMAND_STRINGS.items():
            chosen = {key: text for key, text in sorted(texts.items()) if key.startswith(prefix)}
            scripts[f"assets/javascripts/{name}.{lang}.js"] = (
                f"/* Written by hooks/ui_strings.py from i18n/ui.{lang}.yml (keys starting {prefix}). */\n"
                f"window.wsUi.addStrings({json_for_script(chosen)});\n"
            )
    return scripts


#: The strings of the build in progress, {lang: {key: text}}: loaded once by hooks/ui_strings.py in on_config and
#: read by the other hooks (hook modules cannot share state by importing each other: MkDocs loads each hook file
#: as its own module, and a plain `import` of it would make a second copy).
_LOADED: dict[str, dict[str, str]] = {}


def load_for_build(folder: Path, languages: Sequence[str]) -> dict[str, dict[str, str]]:
    """`load_ui_strings`, kept as the build's strings (see `loaded`)."""
    strings = load_ui_strings(folder, languages)
    _LOADED.clear()
    _LOADED.update(strings)
    return _LOADED


def loaded() -> dict[str, dict[str, str]]:
    """The strings `load_for_build` loaded for the build in progress (the same dict, updated in place)."""
    return _LOADED
