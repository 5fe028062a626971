"""HTML validity: every built page passes the Nu HTML Checker, but for a short allow-list of Material's own markup."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Allowed:
    """An error the checker reports in markup that Material writes, recognised by message and by the markup."""

    message: re.Pattern[str]
    extract: re.Pattern[str]
    reason: str


ALLOWED = [
    Allowed(
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is "),
        re.compile(r'<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)" autocomplete="off">'),
        "Material's drawer and search toggles (base.html) keep Firefox from restoring their state after reload.",
    ),
    Allowed(
        re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"),
        re.compile(r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="">'),
        "Material's nav sections (partials/nav-item.html) print tabindex=\"\" for a section that is not focusable.",
    ),
    Allowed(
        re.compile(r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control"),
        re.compile(r'<label class="md-nav__title" for="__toc">'),
        "Material's table of contents title (partials/toc.html) names the __toc toggle, which a section index page "
        "(navigation.indexes) does not have.",
    ),
]


@pytest.fixture(scope="module")
def vnu_messages(site_dir: Path) -> list[dict[str, object]]:
    """The checker's messages for every HTML file of the built site (both languages and the 404 page)."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        pytest.fail("The Nu HTML Checker needs Java and node_modules/vnu-jar: run 'make test', which installs both")
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= 60  # both languages' pages and the 404 page
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--skip-non-html", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stderr)["messages"]


def allowed_by(message: dict[str, object]) -> Allowed | None:
    for entry in ALLOWED:
        if entry.message.search(str(message["message"])) and entry.extract.search(str(message.get("extract", ""))):
            return entry
    return None


def describe(message: dict[str, object], site_dir: Path) -> str:
    where = str(message.get("url", "")).removeprefix("file:").removeprefix(str(site_dir))
    return f"{where}:{message.get('lastLine', '?')}: {message['message']} [{str(message.get('extract', '')).strip()}]"


def test_checker_reads_every_page(site_dir: Path, vnu_messages: list[dict[str, object]]) -> None:
    """Check that no page failed to be read or parsed (a non-document error would hide its real errors)."""
    assert [describe(m, site_dir) for m in vnu_messages if m["type"] == "non-document-error"] == []


def test_every_page_is_valid_html(site_dir: Path, vnu_messages: list[dict[str, object]]) -> None:
    """Check that the Nu HTML Checker finds no error outside the allow-list of Material's markup."""
    errors = [m for m in vnu_messages if m["type"] == "error" and allowed_by(m) is None]
    assert [describe(m, site_dir) for m in errors] == []


def test_every_allow_list_entry_still_occurs(vnu_messages: list[dict[str, object]]) -> None:
    """Check that each allowed rule is still broken somewhere, so the allow-list cannot outlive its reason."""
    used = Counter(entry.reason for m in vnu_messages if m["type"] == "error" and (entry := allowed_by(m)))
    assert [entry.reason for entry in ALLOWED if used[entry.reason] == 0] == []
