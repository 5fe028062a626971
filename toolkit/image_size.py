"""The displayed size of a logo image, so pages can reserve its space before it loads (no layout shift).

`display_size(path, height)` returns `(width, height)` in CSS pixels for an image shown `height` pixels tall (the
header shows the logo 1.2rem = 24 px tall): SVG sizes come from the root's `width`/`height` or its `viewBox`
(stdlib XML parser), raster sizes (PNG, JPEG, GIF, WebP…) from the `imagesize` library. `None` when the file gives
no usable size (unknown format, percentages, a zero side): callers then leave the attributes out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import imagesize

RE_LENGTH = re.compile(r"^\s*(?P<number>[0-9]*\.?[0-9]+)\s*(?:px)?\s*$")


def intrinsic_size(path: Path) -> tuple[float, float] | None:
    """The image's own width and height (SVG user units or raster pixels), or None when it cannot be read."""
    if path.suffix.lower() == ".svg":
        return _svg_size(path)
    width, height = imagesize.get(str(path))
    return (float(width), float(height)) if width > 0 and height > 0 else None


def display_size(path: Path, height: int) -> tuple[int, int] | None:
    """Width and height in whole CSS pixels when the image is shown `height` pixels tall, keeping its aspect ratio."""
    size = intrinsic_size(path)
    if size is None:
        return None
    width = max(1, round(height * size[0] / size[1]))
    return width, height


def _svg_size(path: Path) -> tuple[float, float] | None:
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError):
        return None
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width and height:
        return width, height
    parts = (root.get("viewBox") or "").replace(",", " ").split()
    if len(parts) == 4:
        try:
            box_width, box_height = float(parts[2]), float(parts[3])
        except ValueError:
            return None
        if box_width > 0 and box_height > 0:
            return box_width, box_height
    return None


def _length(value: str | None) -> float | None:
    match = RE_LENGTH.match(value or "")
    number = float(match["number"]) if match else 0.0
    return number if number > 0 else None
