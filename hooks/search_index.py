"""Search per language, and Finnish search that finds inflected words.

mkdocs-static-i18n merges every language into one search index at the site root, and Material removes lunr's
stemmer unless the index's `pipeline` names it. This hook splits the merged index into one index per language
(`search/search_index.json` for the source language, `<lang>/search/search_index.json` for the others), each
with its own lunr language and the stemmer kept, and points every page's search at its own language's index.
Each page's search runs in `assets/javascripts/workers/search-i18n.js`, which wraps Material's worker to stem the
query words before Material turns them into prefix searches (otherwise lunr never stems a query).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from toolkit.site import is_nested_build
if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

INDEX = "search/search_index.json"
WORKER = "assets/javascripts/workers/search-i18n.js"
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]
RE_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Point the page's search at its own language's index (via `base`) and at the stemming worker."""
    match = RE_CONFIG.search(output)
    if not match:
        return output
    app = json.loads(match.group(2))
    root = language_root(config)
    app["base"] = get_relative_url(root or ".", page.url or ".") if root else app["base"]
    material_worker = app["search"].rsplit("/", 1)[-1]
    # The fragment names Material's worker, which the wrapper imports from the same folder.
    app["search"] = get_relative_url(WORKER, page.url or ".") + "#" + material_worker
    new_config = json.dumps(app, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return output[: match.start(2)] + new_config + output[match.end(2) :]


@event_priority(-200)  # after mkdocs-static-i18n has written the merged index of all languages
def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins.get("i18n") is None or is_nested_build(config):
        return
    site = Path(config.site_dir)
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    for lang, prefix in language_prefixes(config).items():
        index = split_index(merged, lang, prefix, [p for p in language_prefixes(config).values() if p])
        target = site / prefix / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def language_prefixes(config: MkDocsConfig) -> dict[str, str]:
    """Site-relative folder of every built language: "" for the default one, "en/" for English."""
    prefixes = {}
    for lang in config.plugins["i18n"].config.languages:
        if lang.build and lang.locale != "null":
            prefixes[lang.locale] = "" if lang.default else lang.link.strip("/") + "/"
    return prefixes


def language_root(config: MkDocsConfig) -> str:
    return language_prefixes(config).get(str(config.theme["language"]), "")


def split_index(merged: dict[str, Any], lang: str, prefix: str, other_prefixes: list[str]) -> dict[str, Any]:
    """The entries of one language, with locations relative to that language's root."""
    docs = []
    for doc in merged["docs"]:
        location = doc["location"]
        if prefix:
            if not location.startswith(prefix):
                continue
            location = location[len(prefix) :]
        elif location.startswith(tuple(other_prefixes)):
            continue
        docs.append({**doc, "location": location})
    config = {**merged["config"], "lang": [lang], "pipeline": PIPELINE}
    return {"config": config, "docs": docs}
