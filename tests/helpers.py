"""Small factories for tests: fixture docs trees with one defect applied."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.utils import yaml_load

from toolkit import session
from toolkit.mkdocs_site import load_settings
from toolkit.problems import Problem

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SYNC_BASE = FIXTURES / "sync" / "base"
SYNC_CASES = FIXTURES / "sync" / "cases"
LANGUAGES = ["fi", "en"]


def sync_tree(tmp_path: Path, case: str | None = None) -> Path:
    """Copy the valid fixture site to tmp_path and apply one defect case; returns the site folder."""
    site = tmp_path / "fixture"
    shutil.copytree(SYNC_BASE, site)
    # The fixture's config points at the repository's hooks and theme by relative path; anchor it here.
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../", f"{REPO_ROOT.as_posix()}/"))
    if case is None:
        return site
    case_dir = SYNC_CASES / case
    assert case_dir.is_dir(), f"unknown fixture case {case}"
    if (case_dir / "docs").is_dir():
        shutil.copytree(case_dir / "docs", site / "docs", dirs_exist_ok=True)
    removals = case_dir / "remove.txt"
    if removals.exists():
        for name in removals.read_text().split():
            (site / "docs" / name).unlink()
    return site


def check_site(site: Path, languages: list[str] | None = None) -> list[Problem]:
    """Every sync-guard problem of a fixture site, rendered with its own mkdocs.yml's Markdown extensions."""
    settings = load_settings(site / "mkdocs.yml")
    return session.check_docs(settings.docs_dir, languages or settings.languages, settings.extensions, settings.configs)


# ---------------------------------------------------------------------------------------------------------------------
# Reading built HTML
# ---------------------------------------------------------------------------------------------------------------------

from html.parser import HTMLParser  # noqa: E402


class PageDoc(HTMLParser):
    """The parts of a built page tests look at: tags with attributes, and visible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text_parts: list[str] = []
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    @property
    def lang(self) -> str:
        return self.find("html")[0].get("lang", "")


def built_pages(site: Path) -> list[Path]:
    """Every content page of the built site (search and asset files left out)."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts and p.name != "404.html")


# ---------------------------------------------------------------------------------------------------------------------
# Variants of the real site's configuration
# ---------------------------------------------------------------------------------------------------------------------

import re  # noqa: E402


def site_config(tmp_path: Path, docs_dir: Path | None = None, organisation: str | None = None) -> Path:
    """A copy of the real mkdocs.yml in tmp_path, with absolute paths, optionally another docs folder and
    another `extra.organisation` block (given as YAML lines indented under `organisation:`)."""
    text = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    root = REPO_ROOT.as_posix()
    text = text.replace("docs_dir: docs", f"docs_dir: {(docs_dir or REPO_ROOT / 'docs').as_posix()}")
    text = text.replace("custom_dir: overrides", f"custom_dir: {root}/overrides")
    text = re.sub(r"^  - hooks/", f"  - {root}/hooks/", text, flags=re.M)
    if organisation is not None:
        text, count = re.subn(r"^  organisation:\n(?:    .*\n)+", f"  organisation:\n{organisation}", text, flags=re.M)
        assert count == 1, "mkdocs.yml has no extra.organisation block to replace"
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def nav_worksheets(config_file: Path = REPO_ROOT / "mkdocs.yml") -> list[str]:
    """Worksheet ids in the order of the navigation (the process order), read from the config and the pages."""
    with config_file.open(encoding="utf-8") as handle:
        config = yaml_load(handle)
    def paths(items: list) -> list[str]:
        """Page paths of the whole navigation, sections flattened, in order."""
        out = []
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    out.extend(paths(value) if isinstance(value, list) else [value])
            else:
                out.append(item)
        return out

    found = []
    for path in paths(config["nav"]):
        source = (config_file.parent / "docs" / path).with_suffix(".fi.md")
        match = re.search(r"^worksheet: (\S+)$", source.read_text(encoding="utf-8"), re.M)
        if match:
            found.append(match.group(1))
    return found


def workbook_default_worksheets(config_file: Path = REPO_ROOT / "mkdocs.yml") -> list[str]:
    """The worksheets the printable workbook includes when nothing is remembered: those in its own navigation
    section (the pair's worksheets), in process order; the other worksheets (the programme kit's forms) are offered."""
    with config_file.open(encoding="utf-8") as handle:
        config = yaml_load(handle)

    def sections(items: list) -> list[list[str]]:
        """Each section's own page paths (nested sections on their own)."""
        found: list[list[str]] = [[item for item in items if isinstance(item, str)]]
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    if isinstance(value, list):
                        found.extend(sections(value))
        return found

    home = next(pages for pages in sections(config["nav"]) if "worksheets/workbook.md" in pages)
    return [sheet for sheet in nav_worksheets(config_file)
            if any(f"worksheet: {sheet}\n" in (config_file.parent / "docs" / path).with_suffix(".fi.md").read_text(encoding="utf-8")
                   for path in home)]

