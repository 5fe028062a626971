"""Sync guard: refuse to build when a translation has drifted from its Finnish source.

Finnish (the default language) is the source; every other configured language is checked against it, page by
page: the page exists in every language, the heading outline, internal link targets, images, included files and
worksheet fields match, and the translation was marked in sync with the current Finnish text (`source_hash` in its
front matter, written by `make i18n-mark`). Every problem of a build is reported at once, each naming the file and
line, and the build stops. The checks are plain functions, callable from tests and `scripts/i18n_tool.py`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

import worksheet_fields

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("i18n_sync")

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


@event_priority(100)  # before mkdocs-static-i18n's own on_files (-100) regroups the files per language
def on_files(files: Files, config: MkDocsConfig) -> Files:
    i18n = config.plugins.get("i18n")
    # mkdocs-static-i18n runs a nested build per extra language from its on_post_build; check once per build.
    if i18n is not None and getattr(i18n, "building", False):
        return files
    problems = check_docs(Path(config.docs_dir), configured_languages(config))
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(
            f"The translations are out of sync: {len(problems)} problem(s) listed above. "
            "Fix them, or run 'make i18n-status' to see every page pair."
        )
    return files


def configured_languages(config: MkDocsConfig | dict[str, Any]) -> list[str]:
    """Built languages from the i18n plugin's configuration, default (source) language first."""
    plugins = config["plugins"]
    i18n_config = plugins["i18n"].config if hasattr(plugins, "get") and "i18n" in plugins else None
    if i18n_config is None:
        raise PluginError("i18n_sync needs the 'i18n' plugin (mkdocs-static-i18n) to be configured")
    langs = [lang for lang in i18n_config["languages"] if lang["build"] and lang["locale"] != "null"]
    langs.sort(key=lambda lang: not lang["default"])
    return [lang["locale"] for lang in langs]


# ---------------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing to fix, at a file and (when known, 1-based) line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None
    line: int


@dataclass(frozen=True)
class Ref:
    """A link target, image source or included file, as written, with its line."""

    target: str
    line: int


RE_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
RE_CODE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
RE_HEADING = re.compile(r"^ {0,3}(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
RE_HEADING_ATTRS = re.compile(r"[ \t]*\{(?P<attrs>[^}]*)\}[ \t]*$")
RE_ATTR_ID = re.compile(r"(?:^|\s)#(?P<id>[\w-]+)")
RE_MD_LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
RE_MD_IMAGE = re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
RE_REF_DEF = re.compile(r"^ {0,3}\[(?P<label>[^\]]+)\]:\s*<?(?P<target>\S+?)>?(?:\s+.*)?$")
RE_HTML_HREF = re.compile(r"<a\b[^>]*?\bhref=[\"'](?P<target>[^\"']+)[\"']", re.I)
RE_HTML_SRC = re.compile(r"<(?:img|source)\b[^>]*?\bsrc=[\"'](?P<target>[^\"']+)[\"']", re.I)
RE_SNIPPET = re.compile(r"^[ \t]*-{1,}8<-{1,}[ \t]+[\"']?(?P<target>[^\"'\s]+)[\"']?[ \t]*$")
RE_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")


@dataclass
class Document:
    """One language version of a page, as read from disk."""

    path: str  # shown in messages, e.g. "docs/guide/principles.en.md"
    page: str  # language-independent page path, e.g. "guide/principles"
    lang: str
    text: str

    @cached_property
    def _split(self) -> tuple[dict[str, Any], str, int, str | None]:
        match = RE_FRONT_MATTER.match(self.text)
        if not match:
            return {}, self.text, 1, None
        body_line = self.text[: match.end()].count("\n") + 1
        try:
            meta = yaml.safe_load(match.group("yaml") or "") or {}
        except yaml.YAMLError as exc:
            return {}, self.text[match.end() :], body_line, f"the front matter is not valid YAML: {exc}"
        if not isinstance(meta, dict):
            return {}, self.text[match.end() :], body_line, "the front matter must be 'key: value' lines"
        return meta, self.text[match.end() :], body_line, None

    @property
    def meta(self) -> dict[str, Any]:
        return self._split[0]

    @property
    def body(self) -> str:
        return self._split[1]

    @property
    def body_line(self) -> int:
        return self._split[2]

    @property
    def meta_error(self) -> str | None:
        return self._split[3]

    def lines(self) -> Iterator[tuple[int, str]]:
        """Body lines with their file line numbers, fenced code skipped."""
        fence: str | None = None
        for offset, line in enumerate(self.body.splitlines()):
            match = RE_CODE_FENCE.match(line)
            if fence:
                if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                    fence = None
                continue
            if match:
                fence = match.group(1)
                continue
            yield self.body_line + offset, line

    @cached_property
    def headings(self) -> list[Heading]:
        found = []
        for lineno, line in self.lines():
            match = RE_HEADING.match(line)
            if not match:
                continue
            text, anchor = match.group("text"), None
            attrs = RE_HEADING_ATTRS.search(text)
            if attrs:
                text = text[: attrs.start()]
                id_match = RE_ATTR_ID.search(attrs.group("attrs"))
                anchor = id_match.group("id") if id_match else None
            found.append(Heading(len(match.group("hashes")), text.strip(), anchor, lineno))
        return found

    @cached_property
    def links(self) -> list[Ref]:
        return self._refs(RE_MD_LINK, RE_HTML_HREF, RE_REF_DEF)

    @cached_property
    def images(self) -> list[Ref]:
        return self._refs(RE_MD_IMAGE, RE_HTML_SRC)

    @cached_property
    def includes(self) -> list[Ref]:
        return self._refs(RE_SNIPPET, internal_only=False)

    @cached_property
    def worksheet(self) -> worksheet_fields.Worksheet:
        return worksheet_fields.parse_worksheet(self.body, self.body_line)

    def _refs(self, *patterns: re.Pattern[str], internal_only: bool = True) -> list[Ref]:
        found = []
        for lineno, line in self.lines():
            for pattern in patterns:
                for match in pattern.finditer(line):
                    target = match.group("target")
                    if internal_only and RE_EXTERNAL.match(target):
                        continue
                    found.append(Ref(target, lineno))
        return found


# ---------------------------------------------------------------------------------------------------------------------
# Rules: each compares the source page with one translation (or checks one document) and returns problems.
# ---------------------------------------------------------------------------------------------------------------------

PairRule = Callable[[Document, Document], list[Problem]]
DocumentRule = Callable[[Document], list[Problem]]


def check_front_matter(doc: Document) -> list[Problem]:
    """The front matter parses."""
    return [Problem(doc.path, 1, doc.meta_error)] if doc.meta_error else []


def check_field_declarations(doc: Document) -> list[Problem]:
    """Worksheet field blocks are well formed (known type, id, label, options)."""
    return [Problem(doc.path, err.line, err.message) for err in doc.worksheet.errors]


def check_headings(source: Document, translation: Document) -> list[Problem]:
    """The sequence of heading levels is the same, and explicit heading ids match."""
    problems = []
    for index, (src, tr) in enumerate(zip(source.headings, translation.headings), start=1):
        if src.level != tr.level:
            problems.append(
                Problem(
                    translation.path,
                    tr.line,
                    f"heading {index} '{tr.text}' is H{tr.level}, but in {source.path}:{src.line} "
                    f"heading {index} '{src.text}' is H{src.level}: the heading outlines must match",
                )
            )
            return problems  # later headings are shifted; one message is clearer than many
        if src.anchor != tr.anchor:
            problems.append(
                Problem(
                    translation.path,
                    tr.line,
                    f"heading {index} '{tr.text}' has id {_show_anchor(tr.anchor)}, but in {source.path}:{src.line} "
                    f"it has id {_show_anchor(src.anchor)}: use the same {{#id}} in every language",
                )
            )
    src_count, tr_count = len(source.headings), len(translation.headings)
    if src_count > tr_count:
        missing = source.headings[tr_count]
        problems.append(
            Problem(
                translation.path,
                0,
                f"has {tr_count} headings but {source.path} has {src_count}: missing H{missing.level} "
                f"'{missing.text}' ({source.path}:{missing.line}) and any after it",
            )
        )
    elif tr_count > src_count:
        extra = translation.headings[src_count]
        problems.append(
            Problem(
                translation.path,
                extra.line,
                f"has {tr_count} headings but {source.path} has {src_count}: H{extra.level} '{extra.text}' "
                "has no counterpart in the source",
            )
        )
    return problems


def check_links(source: Document, translation: Document) -> list[Problem]:
    """Both pages link to the same internal targets (pages and anchors)."""
    return _compare_refs(source, translation, source.links, translation.links, "links to")


def check_images(source: Document, translation: Document) -> list[Problem]:
    """Both pages show the same images."""
    return _compare_refs(source, translation, source.images, translation.images, "shows the image")


def check_includes(source: Document, translation: Document) -> list[Problem]:
    """Both pages include the same snippet files."""
    return _compare_refs(source, translation, source.includes, translation.includes, "includes the file")


def check_worksheet_fields(source: Document, translation: Document) -> list[Problem]:
    """Worksheets declare the same fields: ids, types, order, option values and groups."""
    problems = []
    src_id, tr_id = source.meta.get("worksheet"), translation.meta.get("worksheet")
    if src_id != tr_id:
        problems.append(
            Problem(translation.path, 1, f"front matter says worksheet: {tr_id!r}, but {source.path} says {src_id!r}")
        )
    src_fields, tr_fields = source.worksheet.flat(), translation.worksheet.flat()
    for index, (src, tr) in enumerate(zip(src_fields, tr_fields), start=1):
        if src.signature == tr.signature or (src.kind == "group" and _shallow(src) == _shallow(tr)):
            continue
        problems.append(
            Problem(
                translation.path,
                tr.line,
                f"field {index} is {_describe(tr)}, but in {source.path}:{src.line} it is {_describe(src)}: "
                "fields must have the same ids, types, options and order in every language",
            )
        )
        return problems  # later fields are shifted
    for decl in src_fields[len(tr_fields) :]:
        problems.append(
            Problem(translation.path, 0, f"is missing {_describe(decl)} declared in {source.path}:{decl.line}")
        )
    for decl in tr_fields[len(src_fields) :]:
        problems.append(Problem(translation.path, decl.line, f"declares {_describe(decl)}, which {source.path} does not"))
    return problems


def check_source_hash(source: Document, translation: Document) -> list[Problem]:
    """The translation was marked in sync with the current text of its source."""
    marked = translation.meta.get("source_hash")
    command = f"make i18n-mark PAGE={source.page}"
    if not marked:
        return [
            Problem(
                translation.path,
                1,
                f"is not marked as a translation of {source.path}: check it against the source, then run '{command}'",
            )
        ]
    current = source_hash(source.text)
    if str(marked) != current:
        return [
            Problem(
                translation.path,
                1,
                f"is outdated: {source.path} changed after this translation was marked (source_hash {marked}, "
                f"source is now {current}). 'make i18n-status' shows what changed; update the translation, "
                f"then run '{command}'",
            )
        ]
    return []


#: Rules run on every document, then on every (source, translation) pair. A new check is one function here.
DOCUMENT_RULES: list[DocumentRule] = [check_front_matter, check_field_declarations]
PAIR_RULES: list[PairRule] = [
    check_headings,
    check_links,
    check_images,
    check_includes,
    check_worksheet_fields,
    check_source_hash,
]


# ---------------------------------------------------------------------------------------------------------------------
# Running the checks
# ---------------------------------------------------------------------------------------------------------------------


def source_hash(text: str) -> str:
    """Content hash of a source page; line endings and trailing whitespace do not count."""
    normalised = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def collect_pages(docs_dir: Path, languages: Sequence[str]) -> tuple[dict[str, dict[str, Path]], list[Problem]]:
    """Group `<page>.<lang>.md` files by page; a Markdown file without a language suffix is a problem."""
    pages: dict[str, dict[str, Path]] = {}
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        stem, _, lang = rel[: -len(".md")].rpartition(".")
        if not stem or lang not in languages:
            problems.append(
                Problem(
                    _display(docs_dir, rel),
                    0,
                    f"has no language suffix: name it '{rel[:-3]}.{languages[0]}.md' and add its translations "
                    f"({', '.join(languages[1:])})",
                )
            )
            continue
        pages.setdefault(stem, {})[lang] = path
    return pages, problems


def check_docs(docs_dir: Path, languages: Sequence[str]) -> list[Problem]:
    """Run every rule over the docs folder; `languages[0]` is the source language."""
    docs_dir = Path(docs_dir)
    source_lang = languages[0]
    pages, problems = collect_pages(docs_dir, languages)
    for page, by_lang in pages.items():
        docs = {
            lang: Document(_display(docs_dir, f"{page}.{lang}.md"), page, lang, path.read_text(encoding="utf-8"))
            for lang, path in by_lang.items()
        }
        for lang in languages:
            if lang in docs:
                continue
            have = docs.get(source_lang) or next(iter(docs.values()))
            problems.append(
                Problem(
                    have.path,
                    0,
                    f"exists, but its '{lang}' version {_display(docs_dir, f'{page}.{lang}.md')} is missing: "
                    + (
                        "create it by translating this page, then run "
                        f"'make i18n-mark PAGE={page}'"
                        if lang != source_lang
                        else f"every page starts in the source language: add {page}.{source_lang}.md or remove this page"
                    ),
                )
            )
        for doc in docs.values():
            for doc_rule in DOCUMENT_RULES:
                problems.extend(doc_rule(doc))
        source = docs.get(source_lang)
        if source is None:
            continue
        for lang in languages[1:]:
            if lang in docs:
                for pair_rule in PAIR_RULES:
                    problems.extend(pair_rule(source, docs[lang]))
    return problems


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _display(docs_dir: Path, rel: str) -> str:
    return f"{docs_dir.name}/{rel}"


def _show_anchor(anchor: str | None) -> str:
    return f"'#{anchor}'" if anchor else "none"


def _compare_refs(source: Document, translation: Document, src: list[Ref], tr: list[Ref], verb: str) -> list[Problem]:
    src_targets, tr_targets = {r.target for r in src}, {r.target for r in tr}
    problems = []
    for ref in src:
        if ref.target not in tr_targets:
            problems.append(
                Problem(
                    translation.path,
                    0,
                    f"{source.path}:{ref.line} {verb} '{ref.target}', but this translation does not",
                )
            )
            tr_targets.add(ref.target)  # report each target once
    for ref in tr:
        if ref.target not in src_targets:
            problems.append(
                Problem(translation.path, ref.line, f"{verb} '{ref.target}', but the source {source.path} does not")
            )
            src_targets.add(ref.target)
    return problems


def _shallow(decl: worksheet_fields.FieldDecl) -> tuple[Any, ...]:
    return decl.kind, decl.type, decl.id


def _describe(decl: worksheet_fields.FieldDecl) -> str:
    if decl.kind == "group":
        return f"group '{decl.id}'"
    if decl.kind == "recall":
        return f"recall of {decl.options.get('worksheet')}/{decl.options.get('field')}"
    where = f" in group '{decl.group}'" if decl.group else ""
    options = f" with options {', '.join(decl.option_values)}" if decl.option_values else ""
    return f"'{decl.id}' ({decl.type}{options}){where}"
