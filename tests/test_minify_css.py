"""The site's own stylesheets are served compact, and still hold every rule (including print rules)."""

from __future__ import annotations

from pathlib import Path

from helpers import REPO_ROOT


def test_own_stylesheets_are_compact_and_keep_their_rules(site_dir: Path) -> None:
    """Check that worksheets.css is served without comments, smaller than its source, with its print rules."""
    source = (REPO_ROOT / "docs" / "assets" / "stylesheets" / "worksheets.css").read_text(encoding="utf-8")
    served = (site_dir / "assets" / "stylesheets" / "worksheets.css").read_text(encoding="utf-8")
    assert "/*" in source and "/*" not in served
    assert len(served) < 0.8 * len(source)
    assert "@media print{" in served and ".ws-print-header" in served


def test_material_minified_files_are_left_as_they_are(site_dir: Path) -> None:
    """Check that Material's own *.min.css files are byte for byte the theme's."""
    import material

    theme = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    for served in (site_dir / "assets" / "stylesheets").glob("*.min.css"):
        assert served.read_bytes() == (theme / served.name).read_bytes(), served.name
