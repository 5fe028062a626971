"""The sync guard: each rule fails on real broken input with the exact message, and passes on valid trees."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, run_mkdocs_build
from helpers import check_site, sync_tree
from toolkit.structure import normalise_target

TOOL = ROOT / "scripts" / "i18n_tool.py"
SAME_FIELDS = "fields must have the same ids, types, options and order in every language"

EXPECTED: dict[str, list[str]] = {
    "missing_translation": [
        "docs/sheet.fi.md: exists, but its 'en' version docs/sheet.en.md is missing: create it by translating "
        "this page, then run 'make i18n-mark PAGE=sheet'",
    ],
    "missing_source": [
        "docs/extra.en.md: exists, but its 'fi' version docs/extra.fi.md is missing: every page starts in the "
        "source language: add extra.fi.md or remove this page",
    ],
    "no_language_suffix": [
        "docs/notes.md: has no language suffix: name it 'notes.fi.md' and add its translations (en)",
    ],
    "heading_level_mismatch": [
        "docs/index.en.md:13: heading 3 'More detail' is H4, but in docs/index.fi.md:12 heading 3 'Tarkemmin' "
        "is H3: the heading outlines must match",
    ],
    "heading_missing": [
        "docs/index.en.md:11: has 2 headings but docs/index.fi.md has 3: after heading 2 'Getting started' on this line, H3 'Tarkemmin' (docs/index.fi.md:12) and any after it are missing",
    ],
    "heading_id_differs": [
        "docs/index.en.md:11: heading 2 'Getting started' has id '#getting-started', but in docs/index.fi.md:10 "
        "it has id '#start': use the same {#id} in every language",
    ],
    "link_target_differs": [
        "docs/index.en.md:7: docs/index.fi.md:8 links to 'sheet.md#part', but this translation does not (in the section of heading 1 'Home' here)",
        "docs/index.en.md:9: links to 'sheet.md#other', but the source docs/index.fi.md does not",
    ],
    "image_differs": [
        "docs/index.en.md:17: shows the image 'img/chart.svg', but the source docs/index.fi.md does not",
    ],
    "include_differs": [
        "docs/index.en.md:17: includes the file 'note.md', but the source docs/index.fi.md does not",
    ],
    "source_changed": [
        "docs/index.en.md:1: is outdated: docs/index.fi.md changed after this translation was marked "
        "(source_hash bda8e17e00f64221, source is now 5bd40f5731f3b088). 'make i18n-status' shows what changed; "
        "update the translation, then run 'make i18n-mark PAGE=index'",
    ],
    "translation_not_marked": [
        "docs/index.en.md:1: is not marked as a translation of docs/index.fi.md: check it against the source, "
        "then run 'make i18n-mark PAGE=index'",
    ],
    "field_renamed": [
        f"docs/sheet.en.md:12: field 1 is 'full-name' (text), but in docs/sheet.fi.md:11 it is 'name' (text): {SAME_FIELDS}",
    ],
    "field_type_changed": [
        f"docs/sheet.en.md:12: field 1 is 'name' (longtext), but in docs/sheet.fi.md:11 it is 'name' (text): {SAME_FIELDS}",
    ],
    "option_differs": [
        "docs/sheet.en.md:17: field 2 is 'mode' (choice with options in-person, phone), but in docs/sheet.fi.md:16 "
        f"it is 'mode' (choice with options in-person, video): {SAME_FIELDS}",
    ],
    "field_missing": [
        "docs/sheet.en.md:17: field 2 is group 'events', but in docs/sheet.fi.md:16 it is 'mode' (choice with "
        f"options in-person, video): {SAME_FIELDS}",
    ],
    "group_field_renamed": [
        "docs/sheet.en.md:30: field 4 is 'date' (date) in group 'events', but in docs/sheet.fi.md:29 it is 'when' "
        f"(date) in group 'events': {SAME_FIELDS}",
    ],
    "unknown_field_type": [
        "docs/sheet.en.md:30: unknown field type 'number': use one of text, longtext, date, choice, multichoice, scale, signature",
    ],
    "field_options_broken": [
        "docs/sheet.en.md:17: unknown option 'colour': this block accepts aggregate, hint, id, label, options, renamed_from, renamed_options",
    ],
    # Drift the line scanner missed: what Python-Markdown renders differs between the languages.
    "heading_in_tab_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H3 'Valmistautuminen' (docs/index.fi.md:18) and any after it are missing",
    ],
    "heading_in_admonition_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H3 'Valmistautuminen' (docs/index.fi.md:18) and any after it are missing",
    ],
    "heading_in_details_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H3 'Valmistautuminen' (docs/index.fi.md:18) and any after it are missing",
    ],
    "setext_heading_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H2 'Lisätietoa' (docs/index.fi.md:16) and any after it are missing",
    ],
    "html_heading_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H2 'Lisätietoa' (docs/index.fi.md:16) and any after it are missing",
    ],
    "heading_without_space_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H2 'Lisä' (docs/index.fi.md:16) and any after it are missing",
    ],
    "seven_hashes_heading_missing": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H6 '# Lisä' (docs/index.fi.md:16) and any after it are missing",
    ],
    "indented_heading_is_a_paragraph": [
        "docs/index.en.md:13: has 3 headings but docs/index.fi.md has 4: after heading 3 'More detail' on this line, H2 'Lisätietoa' (docs/index.fi.md:16) and any after it are missing",
    ],
    "unquoted_html_targets_differ": [
        "docs/index.en.md:13: docs/index.fi.md:16 links to 'files/opas.pdf', but this translation does not (in the section of heading 3 'More detail' here)",
        "docs/index.en.md:17: links to 'files/guide.pdf', but the source docs/index.fi.md does not",
        "docs/index.en.md:13: docs/index.fi.md:16 shows the image 'img/kaavio.svg', but this translation does not (in the section of heading 3 'More detail' here)",
        "docs/index.en.md:17: shows the image 'img/chart.svg', but the source docs/index.fi.md does not",
    ],
    "angle_bracket_link_differs": [
        "docs/index.en.md:13: docs/index.fi.md:16 links to '../guide/my page.md', but this translation does not (in the section of heading 3 'More detail' here)",
        "docs/index.en.md:17: links to '../guide/my other.md', but the source docs/index.fi.md does not",
    ],
    "block_snippet_missing": [
        "docs/index.en.md:13: docs/index.fi.md:17 includes the file 'note.md', but this translation does not (in the section of heading 3 'More detail' here)",
    ],
    "raw_html_page_link": [
        "docs/index.fi.md:16: links to 'sheet.md' in raw HTML, which the build does not turn into a page address (it would be a broken link on the site): write it as a Markdown link [text](sheet.md)",
        "docs/index.en.md:17: links to 'sheet.md' in raw HTML, which the build does not turn into a page address (it would be a broken link on the site): write it as a Markdown link [text](sheet.md)",
    ],
    # Worksheet declarations, read once into the registry by pymdownx.blocks, with their lines.
    "field_in_admonition_missing": [
        "docs/sheet.en.md:30: after 'when' (date) in group 'events' on this line, 'extra' (text) declared in docs/sheet.fi.md:38 is missing",
    ],
    "field_yaml_broken": [
        "docs/sheet.en.md:12: the options of this block are not valid YAML (expected ',' or ']', but got '<stream end>')",
    ],
    "recall_target_missing": [
        "docs/sheet.fi.md:36: recalls worksheet 'goals', which does not exist (worksheets: sheet)",
        "docs/sheet.en.md:37: recalls worksheet 'goals', which does not exist (worksheets: sheet)",
    ],
    "recall_field_missing": [
        "docs/sheet.fi.md:36: recalls field 'where' of worksheet 'sheet', which docs/sheet.fi.md does not declare (its fields: name, mode, events, when)",
        "docs/sheet.en.md:37: recalls field 'where' of worksheet 'sheet', which docs/sheet.en.md does not declare (its fields: name, mode, events, when)",
    ],
    "renamed_from_differs": [
        "docs/sheet.en.md:12: field 1 is 'name' (text), but in docs/sheet.fi.md:11 it is 'name' (text) renamed from full-name: fields must have the same ids, types, options and order in every language",
    ],
    "renamed_option_unknown": [
        "docs/sheet.fi.md:16: 'renamed_options' maps 'phone' to 'telephone', which is not an option (in-person, video)",
        "docs/sheet.en.md:17: 'renamed_options' maps 'phone' to 'telephone', which is not an option (in-person, video)",
    ],
}


def check(site: Path, languages: list[str] | None = None) -> list[str]:
    return [str(problem) for problem in check_site(site, languages)]


def test_valid_fixture_has_no_problems(tmp_path: Path) -> None:
    """Check that the valid fixture tree passes every rule."""
    assert check(sync_tree(tmp_path)) == []


#: Correct pairs the line scanner refused: each must pass cleanly.
CLEAN = [
    "translation_with_byte_order_mark",
    "front_matter_closed_with_dots",
    "translation_with_windows_line_endings",
    "heading_in_html_comment",
    "link_in_inline_code",
    "line_starting_with_inline_code",
    "attribute_list_id",
    "reference_style_image",
    "link_title_with_parentheses",
    "dot_slash_link",
    "setext_against_atx",
    "link_to_field_anchor",
    "field_in_html_comment",
    "shared_image",
    "localised_image",
]


@pytest.mark.parametrize("case", CLEAN)
def test_correct_pair_passes(tmp_path: Path, case: str) -> None:
    """Check that a pair that publishes the same structure in both languages raises no alarm."""
    assert check(sync_tree(tmp_path, case)) == []


def test_editing_only_the_translation_does_not_trip_the_guard(tmp_path: Path) -> None:
    """Check that improving the English text alone needs no new mark."""
    assert check(sync_tree(tmp_path, "translation_edited_only")) == []


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_rule_reports_the_defect(tmp_path: Path, case: str) -> None:
    """Check that each broken fixture yields exactly the expected message(s), naming file and line."""
    assert check(sync_tree(tmp_path, case)) == EXPECTED[case]


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    """Check that two defects in different files are both listed in one run."""
    site = sync_tree(tmp_path, "field_renamed")
    broken_home = sync_tree(tmp_path / "other", "heading_id_differs") / "docs" / "index.en.md"
    (site / "docs" / "index.en.md").write_text(broken_home.read_text())
    # Source problems (read from the files) come first, then structure problems (from the rendered pages).
    assert check(site) == EXPECTED["field_renamed"] + EXPECTED["heading_id_differs"]


def test_three_languages_are_each_checked_against_the_source(tmp_path: Path) -> None:
    """Check that nothing assumes two languages: a Swedish page is checked against Finnish too."""
    site = sync_tree(tmp_path)
    assert check(site, ["fi", "en", "sv"]) == [
        "docs/index.fi.md: exists, but its 'sv' version docs/index.sv.md is missing: create it by translating "
        "this page, then run 'make i18n-mark PAGE=index'",
        "docs/sheet.fi.md: exists, but its 'sv' version docs/sheet.sv.md is missing: create it by translating "
        "this page, then run 'make i18n-mark PAGE=sheet'",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# The guard inside a real build
# ---------------------------------------------------------------------------------------------------------------------


def test_build_of_valid_fixture_succeeds(tmp_path: Path) -> None:
    """Check that mkdocs builds the valid fixture in both languages with the hooks enabled."""
    site = sync_tree(tmp_path)
    result = run_mkdocs_build(site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "en" / "sheet" / "index.html").exists()


@pytest.mark.parametrize(
    "case",
    [
        "missing_translation",
        "field_renamed",
        "source_changed",
        "heading_id_differs",
        "heading_in_tab_missing",
        "field_in_admonition_missing",
        "field_yaml_broken",
    ],
)
def test_build_stops_with_the_message(tmp_path: Path, case: str) -> None:
    """Check that a broken tree stops `mkdocs build` once, listing the problem with file and line."""
    site = sync_tree(tmp_path, case)
    result = run_mkdocs_build(site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode != 0
    for message in EXPECTED[case]:
        assert f"ERROR   -  i18n_sync: {message}" in result.stderr
    assert "The translations are out of sync: 1 problem(s) listed above." in result.stderr
    assert result.stderr.count("The translations are out of sync") == 1


def test_build_lists_every_rendered_problem_once(tmp_path: Path) -> None:
    """Check that structure problems of several pages are all listed by one build, after every language is built."""
    site = sync_tree(tmp_path, "unquoted_html_targets_differ")
    result = run_mkdocs_build(site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode != 0
    for message in EXPECTED["unquoted_html_targets_differ"]:
        assert f"ERROR   -  i18n_sync: {message}" in result.stderr
    assert result.stderr.count("The translations are out of sync: 4 problem(s) listed above.") == 1
    assert (tmp_path / "out" / "en" / "index.html").exists()  # the English build ran before the comparison


@pytest.mark.parametrize(
    "case",
    [
        "link_to_field_anchor",
        "translation_with_byte_order_mark",
        "front_matter_closed_with_dots",
        "shared_image",
        "localised_image",
    ],
)
def test_strict_build_accepts_the_correct_pair(tmp_path: Path, case: str) -> None:
    """Check that the strict build (MkDocs' own anchor check included) passes a correct pair."""
    result = run_mkdocs_build(sync_tree(tmp_path, case) / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 0, result.stderr[-3000:]


def test_shared_and_localised_images_are_shown_in_every_language(tmp_path: Path) -> None:
    """Check that English shows the one shared copy, or its own localised file where there is one."""
    shared = run_mkdocs_build(sync_tree(tmp_path / "a", "shared_image") / "mkdocs.yml", tmp_path / "shared")
    localised = run_mkdocs_build(sync_tree(tmp_path / "b", "localised_image") / "mkdocs.yml", tmp_path / "localised")
    assert shared.returncode == localised.returncode == 0
    assert '<img alt="Logo" src="../img/logo.svg"' in (tmp_path / "shared" / "en" / "index.html").read_text()
    assert not (tmp_path / "shared" / "en" / "img").exists()  # nothing copied twice
    assert '<img alt="Logo" src="img/logo.svg"' in (tmp_path / "localised" / "en" / "index.html").read_text()
    english = (tmp_path / "localised" / "en" / "img" / "logo.svg").read_text()
    assert "circle" in english and "circle" not in (tmp_path / "localised" / "img" / "logo.svg").read_text()


# ---------------------------------------------------------------------------------------------------------------------
# Author commands: make i18n-status and make i18n-mark
# ---------------------------------------------------------------------------------------------------------------------


def run_tool(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "--config", str(site / "mkdocs.yml"), *args], capture_output=True, text=True
    )


def test_status_lists_every_pair_with_its_state(tmp_path: Path) -> None:
    """Check that the status table shows in sync, outdated and missing pages."""
    site = sync_tree(tmp_path, "source_changed")
    (site / "docs" / "sheet.en.md").unlink()
    result = run_tool(site, "status")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == ["page   lang  state", "index  en    outdated", "sheet  en    missing"]
    assert "(the marked version is not in git history, so the changes cannot be shown)" in result.stdout


def test_status_shows_what_changed_in_the_source_since_marking(tmp_path: Path) -> None:
    """Check that, with git history, the status prints a diff of the Finnish source since it was marked."""
    site = sync_tree(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(["git", "init", "-q"], cwd=site, check=True)
    subprocess.run([*git, "add", "."], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "marked"], cwd=site, check=True)
    source = site / "docs" / "index.fi.md"
    source.write_text(source.read_text().replace("Tekstiä.", "Uutta tekstiä."))
    result = run_tool(site, "status")
    assert "index  en    outdated" in result.stdout
    assert "-Tekstiä.\n+Uutta tekstiä." in result.stdout


def test_mark_records_the_source_and_clears_the_problem(tmp_path: Path) -> None:
    """Check that `mark` writes the new source hash, keeps the rest of the page, and the guard then passes."""
    site = sync_tree(tmp_path, "source_changed")
    before = (site / "docs" / "index.en.md").read_text()
    result = run_tool(site, "mark", "index")
    assert result.returncode == 0
    assert result.stdout.strip() == "docs/index.en.md: marked in sync with index.fi.md (5bd40f5731f3b088)"
    after = (site / "docs" / "index.en.md").read_text()
    assert after == before.replace("bda8e17e00f64221", "5bd40f5731f3b088")
    assert check(site) == []


def test_check_command_exits_non_zero_on_problems(tmp_path: Path) -> None:
    """Check that `i18n_tool.py check` prints the problems and fails."""
    result = run_tool(sync_tree(tmp_path, "field_renamed"), "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == EXPECTED["field_renamed"] + ["1 problem(s)."]


def test_mark_keeps_a_byte_order_mark_page_to_one_front_matter_block(tmp_path: Path) -> None:
    """Check that marking a page saved with a byte-order mark updates its one block and keeps the mark."""
    site = sync_tree(tmp_path, "translation_with_byte_order_mark")
    page = site / "docs" / "index.en.md"
    page.write_bytes(page.read_bytes().replace(b"source_hash: ", b"source_hash: 0000"))
    assert run_tool(site, "mark", "index").returncode == 0
    raw = page.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf---\n") and raw.count(b"---\n") == 2 and raw.count(b"source_hash:") == 1
    assert check(site) == []


def test_mark_keeps_dots_closing_and_windows_line_endings(tmp_path: Path) -> None:
    """Check that marking rewrites only the hash line: the `...` closing and CRLF line endings stay."""
    site = sync_tree(tmp_path, "front_matter_closed_with_dots")
    page = site / "docs" / "index.en.md"
    text = page.read_text(encoding="utf-8")
    page.write_bytes(text.replace("source_hash: ", "source_hash: 0000").replace("\n", "\r\n").encode())
    assert run_tool(site, "mark", "index").returncode == 0
    assert page.read_bytes() == text.replace("\n", "\r\n").encode()


def test_mark_refuses_a_page_it_cannot_read(tmp_path: Path) -> None:
    """Check that a page with broken front matter is reported and left exactly as it was."""
    site = sync_tree(tmp_path)
    page = site / "docs" / "index.en.md"
    broken = page.read_text(encoding="utf-8").replace("title: Home", "title: [Home")
    page.write_text(broken, encoding="utf-8")
    result = run_tool(site, "mark", "index")
    assert result.returncode == 2
    assert result.stderr.startswith("docs/index.en.md: not marked, left unchanged: the front matter is not valid YAML")
    assert page.read_text(encoding="utf-8") == broken



# ---------------------------------------------------------------------------------------------------------------------
# The real site: the guard and the published pages cannot disagree
# ---------------------------------------------------------------------------------------------------------------------


class _Published(HTMLParser):
    """What the guard promises is equal across languages, read from a built page's article: heading levels and
    author-given ids (H2 and below; H1 ids are generated from the title), internal link and image targets, and
    the worksheet fields' ids."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[int, str]] = []
        self.links: set[str] = set()
        self.images: set[str] = set()
        self.fields: list[str] = []
        start, end = html.index("<article"), html.index("</article>")
        self.feed(html[start:end])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append((int(tag[1]), values.get("id", "") if tag != "h1" else ""))
        elif tag == "a" and "hreflang" not in values and not re.match(r"^[a-z]+:|//", values.get("href", "x:")):
            # (a link with hreflang is a language switch: it points at the other language by design)
            self.links.add(normalise_target(values["href"]) or "")  # "." and "./" are the same page
        elif tag == "img" and not re.match(r"^[a-z]+:", values.get("src", "x:")):
            self.images.add(values["src"])
        if "data-ws-field" in values or "data-ws-group" in values:
            self.fields.append(values.get("data-ws-field") or values.get("data-ws-group", ""))


def published_pairs(site: Path) -> list[tuple[str, Path, Path]]:
    pairs = []
    for page in sorted(site.rglob("index.html")):
        rel = page.relative_to(site)
        if rel.parts[0] in ("en", "assets", "search") or rel.parts[0] == "pdf":
            continue
        pairs.append((rel.as_posix(), page, site / "en" / rel))
    return pairs


def test_every_published_pair_has_the_same_structure(site_dir: Path) -> None:
    """Check that each Finnish page and its English page publish the same outline, targets and field ids."""
    pairs = published_pairs(site_dir)
    assert len(pairs) >= 30
    for rel, fi_path, en_path in pairs:
        fi, en = _Published(fi_path.read_text(encoding="utf-8")), _Published(en_path.read_text(encoding="utf-8"))
        assert (fi.headings, fi.links, fi.images, fi.fields) == (en.headings, en.links, en.images, en.fields), rel


def test_build_and_standalone_check_see_the_same_structures(tmp_path: Path) -> None:
    """Check that what the guard takes from MkDocs' own conversion equals what `i18n_tool.py check` renders."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from toolkit.render import structure_renderer
    from toolkit.session import _blocks_for_structure, site_extensions

    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    build(config)
    hook = config["hooks"]["hooks/i18n_sync.py"]
    built, docs = hook.STATE.structures, hook.STATE.docs
    render = structure_renderer([*site_extensions(config.markdown_extensions), _blocks_for_structure()], config.mdx_configs)
    compared = 0
    for (page, lang), structure in sorted(built.items()):
        if docs[page][lang].source.meta.get("workbook"):
            continue  # its body is assembled by hooks/workbook.py during the build
        alone = render(docs[page][lang].source.body)
        assert (structure.headings, structure.links, structure.images, structure.includes) == (
            alone.headings, alone.links, alone.images, alone.includes), f"{page}.{lang}"
        compared += 1
    assert compared >= 60
