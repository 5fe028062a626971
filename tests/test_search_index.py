"""The search hook's pieces without a browser: other-language elements marked for Material, lemma fields, the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import search_index
import search_lemmas
from material.plugins.search.plugin import Parser


def indexed_text(html: str) -> str:
    """The text Material's search plugin would index from `html` (its own parser, all sections joined)."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return " ".join("".join(section.title + section.text) for section in parser.data)


def test_elements_in_another_language_are_left_out_of_the_index() -> None:
    """Check that a label's English twin on a Finnish page is not indexed, and the Finnish label is."""
    html = '<label for="x">Mitä luottamuksellisuus kattaa?<span class="ws-alt" lang="en">What does confidentiality cover?</span></label>'
    marked = search_index.exclude_other_languages(html, "fi")
    assert "confidentiality" not in indexed_text(marked)
    assert "luottamuksellisuus" in indexed_text(marked)


@pytest.mark.parametrize("lang", ["fi", "fi-FI", ""])
def test_elements_in_the_page_language_stay_in_the_index(lang: str) -> None:
    """Check that an element marked with the page's own language (or a regional variant, or none) stays."""
    html = f'<p><span lang="{lang}">Tavoitteet</span></p>'
    assert search_index.exclude_other_languages(html, "fi") == html


def test_the_exclusion_mark_is_one_material_removes_from_the_page() -> None:
    """Check that the mark matches the pattern Material's search plugin strips from the written page."""
    import re

    marked = search_index.exclude_other_languages('<span class="ws-alt" lang="en">Goals</span>', "fi")
    assert re.sub(r"\s?data-search-\w+=\"[^\"]+\"", "", marked) == '<span class="ws-alt" lang="en">Goals</span>'


def test_lemma_fields_hold_base_forms_that_differ_and_are_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Check that each entry gets the base forms of its words that differ from them, title ones in both fields."""
    monkeypatch.setattr(search_lemmas, "lemmas", lambda words, lang, project: {
        w: {"käytännön": "käytäntö", "tavoitteet": "tavoite"}.get(w, w) for w in words})
    index = {"config": {"fields": {"title": {"boost": 1000.0}}}, "docs": [
        {"location": "a/", "title": "Tavoitteet (SMART)", "text": "<p>Käytännön &amp; vinkit</p>"},
        {"location": "b/", "title": "Muuta", "text": "<p>A4 20</p>"},
    ]}
    search_index.add_lemma_fields(index, "fi", tmp_path)
    assert index["docs"][0]["lemmas"] == "käytäntö tavoite"
    assert index["docs"][0]["title_lemmas"] == "tavoite"
    assert "lemmas" not in index["docs"][1] and "title_lemmas" not in index["docs"][1]
    assert set(index["config"]["fields"]) == {"title", "lemmas", "title_lemmas"}


def test_lemmas_come_from_simplemma_once_then_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Check that simplemma finds base forms, that they are cached, and that a warm cache needs no simplemma."""
    assert search_lemmas.lemmas({"käytännössä", "tavoitteita"}, "fi", tmp_path) == {
        "käytännössä": "käytäntö", "tavoitteita": "tavoite"}
    cache = json.loads((tmp_path / ".cache" / "search" / "lemmas-fi.json").read_text(encoding="utf-8"))
    assert cache["lemmas"] == {"käytännössä": "käytäntö", "tavoitteita": "tavoite"}
    import simplemma

    monkeypatch.setattr(simplemma, "lemmatize", lambda *a, **k: pytest.fail("the cache should have answered"))
    assert search_lemmas.lemmas({"tavoitteita"}, "fi", tmp_path) == {"tavoitteita": "tavoite"}


def test_a_cache_from_another_simplemma_version_is_not_trusted(tmp_path: Path) -> None:
    """Check that cached lemmas written by another simplemma version are looked up again."""
    path = tmp_path / ".cache" / "search" / "lemmas-fi.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"simplemma": "0.0", "lemmas": {"tavoitteita": "wrong"}}), encoding="utf-8")
    assert search_lemmas.lemmas({"tavoitteita"}, "fi", tmp_path) == {"tavoitteita": "tavoite"}
