"""Branding: the hosting organisation's name, logo, colour and contacts, set in one `extra.organisation` block.

Text values may be one string for every language or a mapping per language (`{fi: ..., en: ...}`). The hook
resolves them for the language being built and exposes `organisation` to templates (header title, footer,
coordinators' page, printed worksheets), swaps in the logo, writes a small stylesheet for the colour, and adds the
optional own programme page to the navigation. `evaluation_min_answers` is the smallest group the coordinator's
evaluation page shows figures for (default 5). A value that cannot work (unknown key, a colour white text cannot
be read on, a missing logo or programme page) stops the build naming the setting.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from toolkit.image_size import display_size

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

TEXT_KEYS = ("name", "contact_name", "contact_email", "programme_url")
KNOWN_KEYS = frozenset({*TEXT_KEYS, "logo", "colour", "programme_page", "further_reading", "evaluation_min_answers"})
#: The evaluation page shows no figure based on fewer answers than this (`evaluation_min_answers`), so that no one
#: can be identified; below MIN_GROUP_FLOOR a figure could point at one or two people, so it is refused.
DEFAULT_MIN_ANSWERS = 5
MIN_GROUP_FLOOR = 3
BRAND_CSS = "assets/stylesheets/brand.css"
PROGRAMME_PAGE = "programme.md"
RE_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
RE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
RE_HASH_VALUE = re.compile(r"^[ \t]+(?P<key>[a-z_]+):[ \t]+(?P<value>#\S*.*)$")
RE_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")
LOGO_HEIGHT = 24  # CSS px: Material's header logo is 1.2rem tall
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for the white header text on the brand colour

_base_site_name: dict[str, str] = {}

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


@event_priority(-150)  # after mkdocs-static-i18n (-100) has applied the language's own site_name
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    lang = str(config.theme["language"])
    org = resolve(settings(config), lang)
    config.extra["organisation_resolved"] = org
    # Keep the language's own site name; the organisation's name follows it in the header and print header.
    base = _base_site_name.setdefault(f"{lang}:{config.config_file_path}", config.site_name)
    config.site_name = f"{base} · {org['name']}" if org["name"] else base
    config.extra["organisation_by_language"] = {
        locale: org if locale == lang else resolve(settings(config), locale) for locale in built_languages(config)
    }
    config.extra["site_names"] = site_names(config, lang, base)
    if org["logo"]:
        config.theme["logo"] = org["logo"]
    if org["colour"] and BRAND_CSS not in config.extra_css:
        config.extra_css.append(BRAND_CSS)
    if org["programme_page"] and PROGRAMME_PAGE not in _nav_files(config.nav):
        # Right after the home page, where a coordinator's own introduction belongs.
        config.nav.insert(1, PROGRAMME_PAGE)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    org = config.extra["organisation_resolved"]
    docs = Path(config.docs_dir)
    if org["logo"] and not (docs / org["logo"]).is_file():
        raise PluginError(f"mkdocs.yml: extra.organisation.logo '{org['logo']}' is not a file under {docs.name}/")
    # The header shows the logo 24 px tall; its width and height attributes reserve the space before it loads.
    logo = config.theme["logo"]
    config.extra["logo_size"] = display_size(docs / logo, LOGO_HEIGHT) if logo and (docs / logo).is_file() else None
    if org["programme_page"] and not list(docs.glob("programme.*.md")):
        raise PluginError(
            "mkdocs.yml: extra.organisation.programme_page is true, but docs/programme.fi.md does not exist: "
            "write your programme page (and its translations) or set programme_page: false"
        )
    return files


def on_post_build(config: MkDocsConfig) -> None:
    # Written after the build, not added as a generated file: mkdocs-static-i18n cannot sort generated files.
    org = config.extra["organisation_resolved"]
    if org["colour"]:
        target = Path(config.site_dir) / BRAND_CSS
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(brand_css(org["colour"]), encoding="utf-8")


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    context["organisation"] = config.extra["organisation_resolved"]
    context["site_name_alternates"] = site_name_alternates(config)
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    context["organisation"] = config.extra["organisation_resolved"]
    context["site_name_alternates"] = site_name_alternates(config)
    return context


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def settings(config: MkDocsConfig) -> dict[str, Any]:
    org = config.extra.get("organisation") or {}
    if not isinstance(org, dict):
        raise PluginError("mkdocs.yml: extra.organisation must be a block of 'key: value' settings")
    unknown = sorted(set(org) - KNOWN_KEYS)
    if unknown:
        raise PluginError(
            f"mkdocs.yml: unknown setting extra.organisation.{unknown[0]}; known settings: {', '.join(sorted(KNOWN_KEYS))}"
        )
    config_file = getattr(config, "config_file_path", None)
    if config_file and Path(config_file).is_file():
        check_unquoted_hash(org, Path(config_file).read_text(encoding="utf-8"), Path(config_file).name)
    return org


def check_unquoted_hash(org: dict[str, Any], yaml_text: str, file_name: str) -> None:
    """Refuse a setting left empty by YAML because its value starts with an unquoted `#` (a comment in YAML).

    `colour: #6a1b4d` reads as `colour:` with no value; without this check the build would pass in the default
    colour with no word. Raises PluginError naming the file, the line and the fix.
    """
    for lineno, line in enumerate(yaml_text.splitlines(), start=1):
        match = RE_HASH_VALUE.match(line)
        if match and match.group("key") in org and org[match.group("key")] is None:
            value = match.group("value").split()[0]
            raise PluginError(
                f"{file_name}:{lineno}: extra.organisation.{match.group('key')} has no value: YAML reads a value that "
                f"starts with # as a comment. Put it in quotes: {match.group('key')}: \"{value}\""
            )


def site_names(config: MkDocsConfig, lang: str, base: str) -> dict[str, str]:
    """The site name (with the organisation's name) in every built language, the source language first.

    Bilingual print names the site in each language. A language's name is its own `site_name` under the i18n
    plugin's `languages:`, else the source language's (`base` when `lang` is the source: its build comes first).
    """
    entries = language_entries(config)
    if not entries:
        return {lang: config.site_name}
    source = entries[0].locale
    source_base = base if lang == source else _base_site_name.get(f"{source}:{config.config_file_path}", base)
    names: dict[str, str] = {}
    for entry in entries:
        own_base = base if entry.locale == lang else (entry.site_name or source_base)
        name = config.extra["organisation_by_language"][entry.locale]["name"]
        names[entry.locale] = f"{own_base} · {name}" if name else own_base
    return names


def language_entries(config: MkDocsConfig) -> list[Any]:
    """The i18n plugin's built languages (its `languages:` entries), the source language first."""
    plugin = config.plugins.get("i18n") if hasattr(config.plugins, "get") else None
    entries = [entry for entry in (plugin.config.languages if plugin else []) if entry.build and entry.locale != "null"]
    entries.sort(key=lambda entry: not entry.default)
    return entries


def built_languages(config: MkDocsConfig) -> list[str]:
    """The built language codes, the source first; the language being built alone when there is no i18n plugin."""
    return [entry.locale for entry in language_entries(config)] or [str(config.theme["language"])]


def site_name_alternates(config: MkDocsConfig) -> list[tuple[str, str]]:
    """(language, site name) of the other languages whose name differs from this one's, for bilingual print."""
    names: dict[str, str] = config.extra.get("site_names") or {}
    return [(lang, name) for lang, name in names.items() if name != config.site_name]


def resolve(org: dict[str, Any], lang: str) -> dict[str, Any]:
    """Settings for one language, validated; empty strings for what is not set."""
    resolved: dict[str, Any] = {}
    for key in TEXT_KEYS:
        value = org.get(key) or ""
        if isinstance(value, dict):
            value = value.get(lang) or ""
        resolved[key] = str(value).strip()
    resolved["logo"] = str(org.get("logo") or "").strip()
    if resolved["logo"].startswith("/") or RE_SCHEME.match(resolved["logo"]):
        # An absolute path breaks under a sub-path and from a file share; an address would load from another host.
        raise PluginError(
            f"mkdocs.yml: extra.organisation.logo '{resolved['logo']}' must be a path under docs/, without a leading / "
            "or an address, e.g. assets/images/our-logo.svg"
        )
    resolved["colour"] = str(org.get("colour") or "").strip()
    resolved["programme_page"] = bool(org.get("programme_page"))
    if resolved["contact_email"] and not RE_EMAIL.match(resolved["contact_email"]):
        raise PluginError(f"mkdocs.yml: extra.organisation.contact_email '{resolved['contact_email']}' is not an e-mail address")
    if resolved["programme_url"] and not resolved["programme_url"].startswith(("https://", "http://")):
        raise PluginError(
            f"mkdocs.yml: extra.organisation.programme_url '{resolved['programme_url']}' must start with https://"
        )
    colour = resolved["colour"]
    if colour:
        if not RE_COLOUR.match(colour):
            raise PluginError(f"mkdocs.yml: extra.organisation.colour '{colour}' must be written as #rrggbb, e.g. \"#0b5394\"")
        ratio = contrast_with_white(colour)
        if ratio < MIN_CONTRAST:
            raise PluginError(
                f"mkdocs.yml: extra.organisation.colour '{colour}' is too light for white text "
                f"(contrast {ratio:.1f}:1, at least {MIN_CONTRAST}:1 needed): choose a darker colour"
            )
    resolved["further_reading"] = further_reading(org.get("further_reading"), lang)
    resolved["evaluation_min_answers"] = min_answers(org.get("evaluation_min_answers"))
    resolved["has_contacts"] = any(resolved[key] for key in ("contact_name", "contact_email", "programme_url"))
    return resolved


def further_reading(value: Any, lang: str) -> list[dict[str, str]]:
    """The organisation's own links for the Further reading page, for one language: `[{title, url}]`.

    Written in mkdocs.yml as a list of `{title: <text or {fi: …, en: …}>, url: https://…}`; a link whose title has
    no text in this language is left out of this language's page. Raises PluginError naming the entry.
    """
    if value in (None, "", []):
        return []
    if not isinstance(value, list):
        raise PluginError("mkdocs.yml: extra.organisation.further_reading must be a list of '- title: …, url: …' entries")
    links = []
    for number, entry in enumerate(value, start=1):
        where = f"mkdocs.yml: extra.organisation.further_reading entry {number}"
        if not isinstance(entry, dict) or set(entry) - {"title", "url"}:
            raise PluginError(f"{where} must have exactly 'title:' and 'url:'")
        url = str(entry.get("url") or "").strip()
        if not url.startswith(("https://", "http://")):
            raise PluginError(f"{where}: url '{url}' must start with https://")
        title = entry.get("title")
        text = str((title.get(lang) if isinstance(title, dict) else title) or "").strip()
        if not title:
            raise PluginError(f"{where}: 'title:' is missing")
        if text:
            links.append({"title": text, "url": url})
    return links


def min_answers(value: Any) -> int:
    """The evaluation page's smallest group (`evaluation_min_answers`): a whole number, at least MIN_GROUP_FLOOR.

    Empty means the default (DEFAULT_MIN_ANSWERS). Raises PluginError naming the setting and the value.
    """
    if value in (None, ""):
        return DEFAULT_MIN_ANSWERS
    if isinstance(value, bool) or not isinstance(value, int) or value < MIN_GROUP_FLOOR:
        raise PluginError(
            f"mkdocs.yml: extra.organisation.evaluation_min_answers {value!r} must be a whole number of at least "
            f"{MIN_GROUP_FLOOR}: a figure from fewer answers could tell who answered (the default is {DEFAULT_MIN_ANSWERS})"
        )
    return value


def contrast_with_white(colour: str) -> float:
    """WCAG contrast ratio of white text on the colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def brand_css(colour: str) -> str:
    """The organisation's colour as the site's brand variables, with a darker shade for hover and dark mode."""
    dark = "#" + "".join(f"{int(int(colour[i : i + 2], 16) * 0.75):02x}" for i in (1, 3, 5))
    return f":root {{\n  --site-brand: {colour};\n  --site-brand-dark: {dark};\n}}\n"


def _nav_files(nav: Any) -> list[str]:
    found: list[str] = []
    for item in nav or []:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found.extend(_nav_files(value) if isinstance(value, list) else [value])
    return found
