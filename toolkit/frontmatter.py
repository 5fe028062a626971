"""Front matter, read once and the way MkDocs reads it, for the sync guard, `make i18n-mark` and `make i18n-status`.

MkDocs opens a page as UTF-8 with an optional byte-order mark and universal newlines (`File.content_string`),
then splits the meta-data with `mkdocs.utils.meta.get_data`: YAML between `---` and `---` or `...`, or
MultiMarkdown `Key: value` lines. This module does exactly that (it reuses `get_data`, a small yaml-only
module, so a page is read the same here and in the build), and adds what MkDocs keeps silent: a YAML block
that does not parse is an error here, where MkDocs would publish it as text.

`source_hash` is the translation mark's algorithm; every existing translation carries it, so it never changes.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import YAML_RE, get_data

SOURCE_HASH_KEY = "source_hash"


@dataclass(frozen=True)
class SourcePage:
    """One page file as MkDocs reads it.

    `text` is the whole file (no byte-order mark, "\\n" newlines); `body` is what MkDocs converts, starting on
    file line `body_line` (1-based); `meta` is the front matter ({} when none or unreadable); `error` says why
    the front matter cannot be read, or is None.
    """

    path: Path
    text: str
    meta: dict[str, Any] = field(hash=False)
    body: str
    body_line: int
    error: str | None = None


def read_text(path: Path) -> str:
    """A file's text as MkDocs reads it: UTF-8, a leading byte-order mark dropped, any newline style as "\\n"."""
    with open(path, encoding="utf-8-sig", errors="strict") as handle:
        return handle.read()


def parse(text: str, path: Path = Path("")) -> SourcePage:
    """Split `text` (as from `read_text`) into front matter and body, as `mkdocs.utils.meta.get_data` does."""
    body, meta = get_data(text)
    error = None
    match = YAML_RE.match(text)
    if match and not meta:
        # get_data swallows YAML errors and publishes the block as text; say what is wrong instead.
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            error = f"the front matter is not valid YAML: {_yaml_reason(exc)}"
        else:
            if loaded is not None and not isinstance(loaded, dict):
                error = "the front matter must be 'key: value' lines"
    # get_data returns a suffix of the text, so the body's first line is the number of newlines before it, plus one.
    body_line = text[: len(text) - len(body)].count("\n") + 1 if text.endswith(body) else 1
    return SourcePage(path, text, dict(meta), body, body_line, error)


def read_page(path: Path) -> SourcePage:
    """`read_text` then `parse`. Raises UnicodeDecodeError for a file MkDocs could not read either."""
    return parse(read_text(path), Path(path))


def source_hash(text: str) -> str:
    """Content hash of a source page (16 hex digits); line endings and trailing whitespace do not count."""
    normalised = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------------------------------
# Writing one key (make i18n-mark)
# ---------------------------------------------------------------------------------------------------------------------


class FrontMatterError(ValueError):
    """The page's front matter cannot be rewritten safely; the message says why and what to do."""


RE_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z0-9_-]+)[ \t]*:")


def set_key(text: str, key: str, value: str) -> str:
    """`text` with top-level `key: value` set in its YAML front matter; every other line stays as written.

    A page without front matter gets one. Raises FrontMatterError when the page has front matter MkDocs would
    not read as YAML (broken YAML, or MultiMarkdown `Key: value` lines): marking never writes a second block.
    """
    page = parse(text)
    if page.error:
        raise FrontMatterError(f"{page.error}; fix the front matter first")
    match = YAML_RE.match(text)
    if match is None:
        if page.meta:
            raise FrontMatterError(
                "the page starts with MultiMarkdown 'Key: value' lines: turn them into a YAML front matter block "
                "between '---' lines first"
            )
        return f"---\n{key}: {value}\n---\n\n{text}"
    block = match.group(1)
    lines = block.splitlines(keepends=True)
    kept = [line for line in lines if not _is_key(line, key)]
    new_block = "".join(kept) + f"{key}: {value}\n"
    # The opening line and the closing delimiter (--- or ...) stay exactly as written.
    start = match.start(1)
    return text[:start] + new_block + text[match.end(1) :]


def _is_key(line: str, key: str) -> bool:
    found = RE_KEY_LINE.match(line)
    return bool(found and found.group("key") == key)


def write_like(path: Path, text: str) -> None:
    """Write `text` back to `path` keeping the file's byte-order mark and newline style."""
    raw = Path(path).read_bytes()
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    newline = "\r\n" if b"\r\n" in raw else "\n"
    Path(path).write_bytes(bom + text.replace("\n", newline).encode("utf-8"))


def _yaml_reason(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    mark = getattr(exc, "problem_mark", None)
    where = f" (front matter line {mark.line + 1})" if mark is not None else ""
    return f"{problem}{where}" if problem else str(exc).splitlines()[0]
