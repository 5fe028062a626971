"""The sync guard, run over a docs folder: read every page once, run the source rules, then the structure rules.

In a build, `toolkit.session.open_session` (called by hooks/i18n_sync.py in `on_files`) reads the docs, builds
the worksheet registry and runs `check_sources`; `check_structures` runs after the last language is rendered,
with structures taken from MkDocs' own conversion. Outside a build (`scripts/i18n_tool.py check`, tests)
`toolkit.session.check_docs` does all of it with `toolkit.render`. Both list problems in the
same order: source problems of every page, then structure problems of every page, pages sorted by path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from toolkit import registry as worksheet_registry
from toolkit import rules
from toolkit.frontmatter import read_page
from toolkit.problems import Problem
from toolkit.render import Render
from toolkit.site import PageSet, collect_pages, display_path
from toolkit.structure import PageStructure, locate

Docs = dict[str, dict[str, rules.Doc]]  # page -> language -> Doc


def read_docs(docs_dir: Path, languages: Sequence[str]) -> tuple[PageSet, Docs, list[Problem]]:
    """Every `<page>.<lang>.md` read as MkDocs reads it; a file that is not UTF-8 is a problem, not a crash."""
    pages = collect_pages(docs_dir, languages)
    docs: Docs = {}
    problems = list(pages.problems)
    for page, by_lang in pages.pages.items():
        for lang, path in by_lang.items():
            shown = pages.display(page, lang)
            try:
                source = read_page(path)
            except UnicodeDecodeError as exc:
                problems.append(Problem(shown, 0, f"cannot be read as UTF-8 (byte {exc.start}): save it as UTF-8"))
                continue
            docs.setdefault(page, {})[lang] = rules.Doc(shown, page, lang, source)
    return pages, docs, problems


def attach_worksheets(docs: Docs, registry: worksheet_registry.Registry) -> Docs:
    """`docs` with each page's declarations from the worksheet registry."""
    return {
        page: {lang: replace(doc, worksheet=registry.for_page(page, lang)) for lang, doc in by_lang.items()}
        for page, by_lang in docs.items()
    }


def check_sources(
    pages: PageSet, docs: Docs, languages: Sequence[str], registry: worksheet_registry.Registry
) -> list[Problem]:
    """Missing pages, the source rules for every page in path order, then the registry-wide worksheet checks."""
    source_lang = languages[0]
    problems: list[Problem] = []
    for page, by_lang in pages.pages.items():
        for lang in languages:
            if lang in by_lang:
                continue
            have = pages.display(page, source_lang if source_lang in by_lang else next(iter(by_lang)))
            missing = display_path(pages.docs_dir, f"{page}.{lang}.md")
            if lang != source_lang:
                fix = f"create it by translating this page, then run 'make i18n-mark PAGE={page}'"
            else:
                fix = f"every page starts in the source language: add {page}.{source_lang}.md or remove this page"
            problems.append(Problem(have, 0, f"exists, but its '{lang}' version {missing} is missing: {fix}"))
        read = docs.get(page, {})
        for _, doc in _in_language_order(read, languages):
            for doc_rule in rules.SOURCE_DOC_RULES:
                problems.extend(doc_rule(doc))
        for source, translation in _pairs(read, languages):
            for pair_rule in rules.SOURCE_PAIR_RULES:
                problems.extend(pair_rule(source, translation))
        for lang in languages:
            definition = registry.for_page(page, lang)
            if definition is not None:
                problems.extend(worksheet_registry.check_recalls(registry, definition))
                problems.extend(worksheet_registry.check_aggregate(definition))
    problems.extend(worksheet_registry.check_unique_worksheets(registry))
    return problems


def check_structures(docs: Docs, structures: dict[tuple[str, str], PageStructure], languages: Sequence[str]) -> list[Problem]:
    """The structure rules for every page whose languages were all rendered; `structures` is keyed (page, lang)."""
    problems: list[Problem] = []
    for page in sorted(docs):
        located = {}
        for lang, doc in _in_language_order(docs[page], languages):
            structure = structures.get((page, lang))
            if structure is not None:
                located[lang] = rules.Doc(doc.path, page, lang, doc.source,
                                          locate(structure, doc.source.text, doc.source.body_line))
        for doc in located.values():
            for doc_rule in rules.STRUCTURE_DOC_RULES:
                problems.extend(doc_rule(doc))
        for source, translation in _pairs(located, languages):
            for pair_rule in rules.STRUCTURE_PAIR_RULES:
                problems.extend(pair_rule(source, translation))
    return problems


def render_structures(docs: Docs, render: Render) -> dict[tuple[str, str], PageStructure]:
    """Each page's structure rendered outside a build (see `toolkit.render`)."""
    return {(page, lang): render(doc.source.body) for page, by_lang in docs.items() for lang, doc in by_lang.items()}


def _in_language_order(docs: dict[str, rules.Doc], languages: Sequence[str]) -> list[tuple[str, rules.Doc]]:
    return [(lang, docs[lang]) for lang in languages if lang in docs]


def _pairs(docs: dict[str, rules.Doc], languages: Sequence[str]) -> list[tuple[rules.Doc, rules.Doc]]:
    source = docs.get(languages[0])
    if source is None:
        return []
    return [(source, docs[lang]) for lang in languages[1:] if lang in docs]
