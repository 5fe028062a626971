"""A site update that renames a field (renamed_from), renames an option (renamed_options) and removes an option:
saved answers load under the new ids, the removed option's answer is kept and listed on My answers, and a file
exported before the update imports with a warning."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from answers_helpers import (
    NAMESPACE, choose_file, confirm_import, open_overview, open_sheet, record, stored, wait_for_save,
)
from conftest import ROOT, run_mkdocs_build, serve
from helpers import site_config

pytestmark = pytest.mark.browser

# The same edit in every language: the option lines differ only in their labels.
FIELD_RENAME = ("    id: mentee-name\n", "    id: mentee\n    renamed_from: mentee-name\n")
OPTION_RENAME = ("    id: meeting-rhythm\n", "    id: meeting-rhythm\n    renamed_options:\n      every-two-weeks: fortnightly\n")


def updated_docs(tmp_path: Path) -> Path:
    """A copy of docs/ where the agreement's field and options changed in both languages, the translation marked."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for lang in ("fi", "en"):
        path = docs / "worksheets" / f"agreement.{lang}.md"
        lines = path.read_text(encoding="utf-8").split("\n")
        weekly = [line for line in lines if line.startswith("      weekly:")]
        assert len(weekly) == 1, path
        lines.remove(weekly[0])
        text = "\n".join(lines)
        assert text.count("      every-two-weeks:") == 1, path
        text = text.replace("      every-two-weeks:", "      fortnightly:")
        for old, new in (FIELD_RENAME, OPTION_RENAME):
            assert text.count(old) == 1, (path, old)
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n_tool

    # An author who renames a field also points the pages that recall it at the new id (the build refuses otherwise).
    recalling = sorted({path.name.split(".")[0] for path in (docs / "worksheets").glob("*.md")
                        if "    field: mentee-name\n" in path.read_text(encoding="utf-8")})
    assert recalling, "no page recalls the agreement's mentee-name any more: update this test"
    for page in recalling:
        for lang in ("fi", "en"):
            path = docs / "worksheets" / f"{page}.{lang}.md"
            path.write_text(path.read_text(encoding="utf-8").replace("    field: mentee-name\n", "    field: mentee\n"),
                            encoding="utf-8")
    for page in ["agreement", *recalling]:
        en = docs / "worksheets" / f"{page}.en.md"
        source = (docs / "worksheets" / f"{page}.fi.md").read_text(encoding="utf-8")
        en.write_text(i18n_tool.set_front_matter_key(en.read_text(encoding="utf-8"), "source_hash",
                                                     i18n_tool.i18n_sync.source_hash(source)), encoding="utf-8")
    return docs


@pytest.fixture(scope="module")
def updated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site after the update, built with --strict and served on 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("renamed")
    result = run_mkdocs_build(site_config(tmp, updated_docs(tmp)), tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(tmp / "site") as base:
        yield base


def saved_before_update(page, server: str, tmp_path: Path, rhythm: str) -> tuple[str, Path]:
    """Fill the agreement on the site before the update; its stored record and an exported file."""
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-field=mentee-name] input").fill("Aino Aktori")
    page.locator(f"[data-ws-field=meeting-rhythm] input[value={rhythm}]").check()
    wait_for_save(page)
    raw = page.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:agreement')")
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export]").click()
    path = tmp_path / f"before-{rhythm}.json"
    download_info.value.save_as(path)
    return raw, path


def test_saved_answers_survive_a_renamed_field_and_a_removed_option(page, server: str, updated_server: str, tmp_path: Path) -> None:
    """Check the issue's scenario: nothing shows empty and is then deleted by the first edit."""
    raw, _ = saved_before_update(page, server, tmp_path, "weekly")
    page.goto(updated_server + "worksheets/agreement/")
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [f"{NAMESPACE}:worksheet:agreement", raw])
    open_sheet(page, updated_server, "agreement")
    assert page.locator("[data-ws-field=mentee] input").input_value() == "Aino Aktori"
    assert page.locator("[data-ws-field=meeting-rhythm] input:checked").count() == 0
    # The first edit anywhere on the page keeps both answers.
    page.locator("[data-ws-field=mentor-name] input").fill("Matti Mentori")
    wait_for_save(page)
    saved = record(page, "agreement")
    assert saved["version"] == 1
    assert saved["answers"]["mentee"] == "Aino Aktori"
    assert "mentee-name" not in saved["answers"]
    assert saved["earlier"] == {"meeting-rhythm": "weekly"}

    open_overview(page, updated_server)
    section = page.locator("[data-ws-earlier]")
    assert section.is_visible()
    entry = section.locator("[data-ws-earlier-worksheet=agreement] [data-ws-earlier-path=meeting-rhythm]")
    assert entry.locator(".ws-earlier__value").inner_text() == "weekly"
    assert "(+ 1 aiemman version vastausta)" in page.locator("[data-ws-overview-row=agreement] [data-ws-filled]").inner_text()
    # Printable: the section shows in print, its delete buttons do not.
    page.emulate_media(media="print")
    assert section.is_visible() and entry.locator(".ws-earlier__value").is_visible()
    assert not entry.locator("button").is_visible()
    page.emulate_media(media="screen")
    # Exported with the other answers.
    with page.expect_download() as download_info:
        page.locator("[data-ws-action=export-all]").click()
    path = tmp_path / "all.json"
    download_info.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["earlier"] == {"agreement": {"meeting-rhythm": "weekly"}}
    assert exported["worksheets"]["agreement"]["mentee"] == "Aino Aktori"
    # Deletable one by one, with undo.
    entry.locator("button").click()
    assert "earlier" not in record(page, "agreement")
    assert not section.is_visible()
    page.locator("[data-ws-undo] [data-ws-action=undo]").click()
    assert record(page, "agreement")["earlier"] == {"meeting-rhythm": "weekly"}


def test_an_export_from_before_the_update_imports_with_a_warning(page, server: str, updated_server: str, tmp_path: Path) -> None:
    """Check that an old file is not refused: renamed ids and options map, the removed option is kept and reported."""
    _, weekly_file = saved_before_update(page, server, tmp_path, "weekly")
    _, fortnight_file = saved_before_update(page, server, tmp_path, "every-two-weeks")
    open_overview(page, updated_server)
    choose_file(page, weekly_file)
    warning = page.locator("[data-ws-preview-earlier]")
    assert warning.is_visible()
    assert "1 vastausta on sivuston aiemmasta versiosta" in warning.inner_text()
    confirm_import(page)
    assert "aiemmasta versiosta" in page.locator("[data-ws-import-status]").inner_text()
    assert stored(page, "agreement")["mentee"] == "Aino Aktori"
    assert record(page, "agreement")["earlier"] == {"meeting-rhythm": "weekly"}
    choose_file(page, fortnight_file)
    assert not page.locator("[data-ws-preview-earlier]").is_visible()
    confirm_import(page)
    assert stored(page, "agreement")["meeting-rhythm"] == "fortnightly"
    open_sheet(page, updated_server, "agreement", "en")
    assert page.locator("[data-ws-field=meeting-rhythm] input:checked").get_attribute("value") == "fortnightly"
