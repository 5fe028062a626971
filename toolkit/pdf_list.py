"""The list of ready-made PDFs (`pdf/index.js`): written empty by every build, filled by `make pdf`.

A script rather than JSON because a fetch of JSON fails when the site is opened from a file share.
"""

from __future__ import annotations

from typing import Any

from toolkit.ui import json_for_script

PDF_MANIFEST = "pdf/index.js"  # site-relative path
PDF_MANIFEST_VARIABLE = "wsPdfManifest"


def pdf_manifest_script(manifest: dict[str, Any]) -> str:
    """`manifest` ({"languages": {...}, "documents": [...]}) as a script that sets `window.wsPdfManifest`."""
    return f"window.{PDF_MANIFEST_VARIABLE} = {json_for_script(manifest)};\n"
