"""Small factories for tests: fixture docs trees with one defect applied."""

from __future__ import annotations

import shutil
from pathlib import Path

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
