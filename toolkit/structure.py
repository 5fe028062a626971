"""What a reader gets from a page, taken from Python-Markdown's own parse: headings, links, images, includes, ids.

Both languages of a page must publish the same structure. Instead of scanning Markdown lines, this module reads
the element tree that Python-Markdown builds with the site's extensions, at one fixed point of its pipeline
(`StructureExtension`, a tree processor at priority 6):

- after every block and inline processor and after `attr_list` (8), so headings inside tabs, admonitions,
  details and `md_in_html`, setext headings, `{: #id }` attributes and reference-style links are all resolved;
- before `toc` (5) adds generated slugs, so an id counts only when the author wrote it;
- before MkDocs' link rewriting (`relpath`, 0), so a target is compared as written, not as a URL.

Raw HTML (kept by Python-Markdown in its stash) is parsed with `html.parser`, so `<h2 id=x>`, unquoted
`<a href=…>` and `<img src=…>` count too, while comments, code spans and code blocks never do. Included files
are recorded where pymdownx.snippets resolves them, inline and block form alike.

The build uses the same extension inside MkDocs' own conversion (hooks/i18n_sync.py takes each page's structure
in `on_page_content`), and `render.py` uses it outside a build, so the two paths agree by construction.
Line numbers are attached afterwards from the page source (`locate`): rendered items carry no positions.
"""

from __future__ import annotations

import posixpath
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as etree

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

if TYPE_CHECKING:
    from markdown import Markdown

HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
RE_PLACEHOLDER = re.compile("\u0002wzxhzdk:(\\d+)\u0003")
RE_ESCAPED = re.compile("\u0002(\\d+)\u0003")
RE_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")

# ---------------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading as published: level 1–6, the id the author gave it (None without one), its text, its line."""

    level: int
    id: str | None
    text: str
    line: int = 0


@dataclass(frozen=True)
class Ref:
    """A link target, image source or included file.

    `target` is normalised (`./a.md` = `a.md`, `%20` = space, no `<…>`); `written` is the form found in the
    tree, used to find the source line; `raw_html` is True for a target in raw HTML, which MkDocs does not rewrite.
    """

    target: str
    written: str
    line: int = 0
    raw_html: bool = False


@dataclass(frozen=True)
class PageStructure:
    """Everything the sync guard compares for one page, in document order.

    `ids` holds every element id the page publishes, including ids inside raw HTML and rendered worksheet
    fields, so the strict build can accept links to them.
    """

    headings: tuple[Heading, ...] = ()
    links: tuple[Ref, ...] = ()
    images: tuple[Ref, ...] = ()
    includes: tuple[Ref, ...] = ()
    ids: frozenset[str] = field(default_factory=frozenset)


# ---------------------------------------------------------------------------------------------------------------------
# The Markdown extension
# ---------------------------------------------------------------------------------------------------------------------


class StructureExtension(Extension):
    """Records each converted document's `PageStructure` as `md.page_structure` (and in `self.last`)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.last: PageStructure = PageStructure()
        self.cpu_seconds = 0.0  # CPU time spent extracting, over every conversion (for `make bench`)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        includes: list[str] = []
        md.preprocessors.register(_ResetIncludes(md, includes), "structure_reset", 40)  # before snippets (32)
        if "snippet" in md.preprocessors:
            _record_snippets(md.preprocessors["snippet"], includes)
        md.treeprocessors.register(_Capture(md, self, includes), "structure_capture", 6)


class _ResetIncludes(Preprocessor):
    def __init__(self, md: Markdown, includes: list[str]) -> None:
        super().__init__(md)
        self.includes = includes

    def run(self, lines: list[str]) -> list[str]:
        self.includes.clear()
        return lines


def _record_snippets(processor: Any, includes: list[str]) -> None:
    """Wrap pymdownx.snippets' path lookup, which it calls once for every inline or block include it expands."""
    original = processor.get_snippet_path

    def get_snippet_path(path: str) -> Any:
        includes.append(path)
        return original(path)

    processor.get_snippet_path = get_snippet_path


class _Capture(Treeprocessor):
    def __init__(self, md: Markdown, owner: StructureExtension, includes: list[str]) -> None:
        super().__init__(md)
        self.owner = owner
        self.includes = includes

    def run(self, root: etree.Element) -> None:
        started = time.process_time()
        structure = extract_structure(root, self.md.htmlStash.rawHtmlBlocks, self.includes)
        self.owner.cpu_seconds += time.process_time() - started
        self.owner.last = structure
        self.md.page_structure = structure  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------------------------


def extract_structure(root: etree.Element, stash: list[Any], includes: list[str] | tuple[str, ...] = ()) -> PageStructure:
    """The structure of a parsed document: `root` is Python-Markdown's tree, `stash` its raw HTML blocks
    (strings or elements), `includes` the snippet paths as written."""
    collector = _Collector()
    _walk(root, stash, collector)
    return PageStructure(
        tuple(collector.headings),
        tuple(collector.links),
        tuple(collector.images),
        tuple(_ref(path, path) for path in includes),
        frozenset(collector.ids),
    )


class _Collector:
    def __init__(self) -> None:
        self.headings: list[Heading] = []
        self.links: list[Ref] = []
        self.images: list[Ref] = []
        self.ids: set[str] = set()

    def element(self, tag: str, attrs: dict[str, str], text: str, raw: bool) -> None:
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag in HEADING_TAGS:
            self.headings.append(Heading(HEADING_TAGS[tag], attrs.get("id") or None, " ".join(text.split())))
        elif tag == "a" and attrs.get("href") is not None:
            ref = _ref(attrs["href"], attrs["href"], raw)
            if ref is not None:
                self.links.append(ref)
        elif tag in ("img", "source") and attrs.get("src") is not None:
            ref = _ref(attrs["src"], attrs["src"], raw)
            if ref is not None:
                self.images.append(ref)
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])


def _walk(element: etree.Element, stash: list[Any], out: _Collector) -> None:
    """Document order: the element, its text's raw HTML, its children (each followed by its tail's raw HTML)."""
    if isinstance(element.tag, str):
        out.element(element.tag, dict(element.attrib), _text(element), raw=False)
    _stashed(element.text, stash, out)
    for child in element:
        _walk(child, stash, out)
        _stashed(child.tail, stash, out)


def _stashed(text: str | None, stash: list[Any], out: _Collector) -> None:
    if not text or "\u0002" not in text:
        return
    for match in RE_PLACEHOLDER.finditer(text):
        index = int(match.group(1))
        if index >= len(stash):
            continue
        block = stash[index]
        if isinstance(block, str):
            _RawHtml(out).feed_all(block)
        else:  # md_in_html keeps parsed elements in the stash
            _walk(block, stash, out)


def _text(element: etree.Element) -> str:
    text = "".join(element.itertext())
    text = RE_PLACEHOLDER.sub("", text)
    return RE_ESCAPED.sub(lambda m: chr(int(m.group(1))), text)


class _RawHtml(HTMLParser):
    """Headings, links, images and ids in a raw HTML block; comments and escaped code are text, never tags."""

    def __init__(self, out: _Collector) -> None:
        super().__init__(convert_charrefs=True)
        self.out = out
        self.open: list[tuple[str, dict[str, str], list[str]]] = []

    def feed_all(self, html: str) -> None:
        self.feed(html)
        self.close()
        for tag, attrs, parts in self.open:  # unclosed headings still count
            self.out.element(tag, attrs, "".join(parts), raw=True)
        self.open = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in HEADING_TAGS:
            self.open.append((tag, values, []))
        else:
            self.out.element(tag, values, "", raw=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in HEADING_TAGS and self.open and self.open[-1][0] == tag:
            name, attrs, parts = self.open.pop()
            self.out.element(name, attrs, "".join(parts), raw=True)

    def handle_data(self, data: str) -> None:
        for _, _, parts in self.open:
            parts.append(data)


def _ref(value: str, written: str, raw: bool = False) -> Ref | None:
    target = normalise_target(value)
    return None if target is None else Ref(target, written, 0, raw)


def normalise_target(value: str) -> str | None:
    """A link target in one canonical form, or None for an external one (with a scheme or `//host`).

    `./a.md` -> `a.md`, `a/../b.md` -> `b.md`, `my%20page.md` -> `my page.md`, `<x.md>` -> `x.md`; the
    fragment stays (`a.md#part`), the query is dropped.
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    if RE_EXTERNAL.match(value):
        return None
    parts = urlsplit(value)
    path = unquote(parts.path)
    if path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        if path == ".":
            path = ""
        elif trailing:
            path += "/"
    return path + (f"#{unquote(parts.fragment)}" if parts.fragment else "")


# ---------------------------------------------------------------------------------------------------------------------
# Source lines
# ---------------------------------------------------------------------------------------------------------------------


def locate(structure: PageStructure, text: str, first_line: int = 1) -> PageStructure:
    """`structure` with each item's 1-based line in `text` (the whole file; the body starts at `first_line`).

    Rendered items carry no position, so each is found in the source: a heading by its id (`{#id}`, `#id`,
    `id="id"`) or else its text, a target by the form it was written in. Items are searched in document order
    from the previous match, so repeated targets get successive lines; an item not found (e.g. from an
    included file) keeps line 0.
    """
    lines = text.split("\n")
    start = max(first_line - 1, 0)
    headings = []
    cursor = start
    for heading in structure.headings:
        line = _find_heading(lines, heading, cursor, start)
        headings.append(replace(heading, line=line))
        if line:
            cursor = line
    return replace(
        structure,
        headings=tuple(headings),
        links=_locate_refs(structure.links, lines, start),
        images=_locate_refs(structure.images, lines, start),
        includes=_locate_refs(structure.includes, lines, start),
    )


def _find_heading(lines: list[str], heading: Heading, cursor: int, start: int) -> int:
    checks = []
    if heading.id:
        checks.append((heading.id, ("#", "id=")))  # {#id}, {: #id }, id="id", id=id
    if heading.text:
        checks.append((heading.text[:60], ()))
    for needle, before in checks:
        for index in _order(len(lines), cursor, start):
            if _written(lines[index], needle, before, whole_word=bool(before)):
                return index + 1
    return 0


def _locate_refs(refs: tuple[Ref, ...], lines: list[str], start: int) -> tuple[Ref, ...]:
    found = []
    cursor = start
    for ref in refs:
        line = 0
        # Most specific first: as an HTML attribute or a Markdown link/definition, then anywhere (a snippet path).
        before = ("href=", "src=") if ref.raw_html else ("](", "]:")
        forms = [form for form in dict.fromkeys([ref.written, ref.target, ref.target.split("#")[0]]) if form]
        for needle, prefixes in [*((form, before) for form in forms), *((form, ()) for form in forms)]:
            for index in _order(len(lines), cursor, start):
                if _written(lines[index], needle, prefixes):
                    line = index + 1
                    break
            if line:
                break
        found.append(replace(ref, line=line))
        if line:
            cursor = line - 1
    return tuple(found)


def _written(line: str, needle: str, before: tuple[str, ...], whole_word: bool = False) -> bool:
    """`needle` occurs in `line`, preceded (spaces, quotes and `<` aside) by one of `before` when any are given.

    Plain string tests: this runs for every heading and target of every page in every build.
    """
    at = line.find(needle)
    while at != -1:
        end = at + len(needle)
        after_ok = not whole_word or end == len(line) or not (line[end].isalnum() or line[end] in "-_")
        if after_ok and (not before or line[:at].rstrip(" \t<\"'").endswith(before)):
            return True
        at = line.find(needle, at + 1)
    return False


def _order(count: int, cursor: int, start: int) -> Iterator[int]:
    """Indexes from `cursor` to the end, then from `start` up to `cursor` (wrapping once)."""
    yield from range(cursor, count)
    yield from range(start, min(cursor, count))
