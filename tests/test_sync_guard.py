"""The sync guard: each rule fails on real broken input with the exact message, and passes on valid trees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_mkdocs_build
from helpers import check_site, sync_tree
from toolkit import guard

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
        "docs/index.en.md: has 2 headings but docs/index.fi.md has 3: missing H3 'Tarkemmin' "
        "(docs/index.fi.md:12) and any after it",
    ],
    "heading_id_differs": [
        "docs/index.en.md:11: heading 2 'Getting started' has id '#getting-started', but in docs/index.fi.md:10 "
        "it has id '#start': use the same {#id} in every language",
    ],
    "link_target_differs": [
        "docs/index.en.md: docs/index.fi.md:8 links to 'sheet.md#part', but this translation does not",
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
        "docs/sheet.en.md:30: unknown field type 'number': use one of text, longtext, date, choice, multichoice, "
        "scale, signature",
        "docs/sheet.en.md: is missing 'when' (date) in group 'events' declared in docs/sheet.fi.md:29",
    ],
    "field_options_broken": [
        "docs/sheet.en.md:17: unknown option 'colour': this block accepts hint, id, label, options, renamed_from, renamed_options",
    ],
}


def check(site: Path, languages: list[str] | None = None) -> list[str]:
    return [str(problem) for problem in check_site(site, languages)]


def test_valid_fixture_has_no_problems(tmp_path: Path) -> None:
    """Check that the valid fixture tree passes every rule."""
    assert check(sync_tree(tmp_path)) == []


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


@pytest.mark.parametrize("case", ["missing_translation", "field_renamed", "source_changed", "heading_id_differs"])
def test_build_stops_with_the_message(tmp_path: Path, case: str) -> None:
    """Check that a broken tree stops `mkdocs build` once, listing the problem with file and line."""
    site = sync_tree(tmp_path, case)
    result = run_mkdocs_build(site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode != 0
    for message in EXPECTED[case]:
        assert f"ERROR   -  i18n_sync: {message}" in result.stderr
    assert "The translations are out of sync: 1 problem(s) listed above." in result.stderr
    assert result.stderr.count("The translations are out of sync") == 1


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
