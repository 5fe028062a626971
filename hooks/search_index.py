"""Search per language, and Finnish search that finds inflected words.

mkdocs-static-i18n merges every language into one search index at the site root, and Material removes lunr's
stemmer unless the index's `pipeline` names it. This hook splits the merged index into one index per language
(`search/search_index.json` for the source language, `<lang>/search/search_index.json` for the others), each
with its own lunr language and the stemmer kept, and points every page's search at its own language's index.
Each page's search runs in `assets/javascripts/workers/search-i18n.js`, which wraps Material's worker to stem the
query words before Material turns them into prefix searches (otherwise lunr never stems a query).

Two more things make the index fit the page's language:
- Text in another language (the labels of bilingual print copies, `<span class="ws-alt" lang="en">`) is left out
  of the index at the source: such elements get Material's own `data-search-exclude` mark before Material's search
  plugin reads the page, and the plugin removes the mark from the written page again.
- For languages in `search_lemmas.LEMMA_LANGUAGES` each entry gets two hidden fields of base forms, `lemmas`
  (from title and text) and `title_lemmas` (title only, boosted like the title), registered in the index's field
  list so Material's worker indexes them; "käytäntö" then finds pages that only say "käytännön".
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

import search_lemmas
from toolkit.site import is_nested_build

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

INDEX = "search/search_index.json"
WORKER = "assets/javascripts/workers/search-i18n.js"
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]
RE_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
#: An opening tag with a `lang` attribute: group "lang" is its language.
RE_LANG_TAG = re.compile(r"<[a-zA-Z][\w-]*\s(?:[^>]*?\s)?lang=\"(?P<lang>[^\"]*)\"[^>]*?(?=/?>)")
#: Material's own mark for "leave out of the search index"; its plugin strips `data-search-*="…"` from the page.
EXCLUDE_MARK = ' data-search-exclude="other-language"'
RE_TAG = re.compile(r"<[^>]*>")
#: A word for the lemmatiser: letters only (numbers have no base form), at least three of them.
RE_WORD = re.compile(r"[^\W\d_]{3,}")
#: The hidden fields of base forms and their lunr boosts (Material's own: title 1000, text 1).
LEMMA_FIELDS = {"lemmas": {"boost": 1.0}, "title_lemmas": {"boost": 1000.0}}

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Mark every element in another language than the page's so Material's search plugin leaves it out."""
    return exclude_other_languages(html_text, str(config.theme["language"]))


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
    project = Path(config.config_file_path).parent
    for lang, prefix in language_prefixes(config).items():
        index = split_index(merged, lang, prefix, [p for p in language_prefixes(config).values() if p])
        if lang in search_lemmas.LEMMA_LANGUAGES:
            add_lemma_fields(index, lang, project)
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


def exclude_other_languages(html_text: str, lang: str) -> str:
    """Add Material's `data-search-exclude` to each opening tag whose `lang` is not `lang` (nor a variant of it)."""

    def mark(match: re.Match[str]) -> str:
        other = match["lang"].lower().split("-")[0]
        return match[0] if other in ("", lang) else match[0] + EXCLUDE_MARK

    return RE_LANG_TAG.sub(mark, html_text)


def add_lemma_fields(index: dict[str, Any], lang: str, project: Path) -> None:
    """Give every entry the base forms of its words that differ from the words themselves, and register the fields.

    `lemmas` holds those of title and text, `title_lemmas` those of the title; each is one space-separated string
    of distinct lower-case words, absent when empty. Each distinct word on the site is lemmatised once.
    """
    words = {id(doc): (page_words(doc.get("title", "")), page_words(doc.get("text", ""))) for doc in index["docs"]}
    base = search_lemmas.lemmas(set().union(*(t | x for t, x in words.values())), lang, project)
    for doc in index["docs"]:
        title, text = words[id(doc)]
        for field, source in (("lemmas", title | text), ("title_lemmas", title)):
            found = sorted({base[word] for word in source if base[word] != word})
            if found:
                doc[field] = " ".join(found)
    index["config"]["fields"] = {**index["config"]["fields"], **LEMMA_FIELDS}


def page_words(markup: str) -> set[str]:
    """The distinct lower-case words of an index entry's title or text (HTML markup and entities removed)."""
    return set(RE_WORD.findall(html.unescape(RE_TAG.sub(" ", markup)).lower()))


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
