"""toolkit.image_size: the logo's displayed size from SVG attributes, its viewBox or a raster header."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from toolkit.image_size import display_size, intrinsic_size


def png(width: int, height: int) -> bytes:
    """A valid one-colour PNG of the given size (signature, IHDR, IDAT, IEND)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


SVG = '<svg xmlns="http://www.w3.org/2000/svg" {}><rect width="1" height="1"/></svg>'


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ('viewBox="0 0 24 24"', (24, 24)),
        ('viewBox="0,0,120,40"', (72, 24)),
        ('width="200" height="50" viewBox="0 0 10 10"', (96, 24)),  # width/height win over the viewBox
        ('width="200px" height="100px"', (48, 24)),
        ('width="100%" height="100%" viewBox="0 0 30 10"', (72, 24)),  # percentages say nothing about the ratio
        ('width="100%" height="100%"', None),
        ('viewBox="0 0 0 10"', None),
        ("", None),
    ],
)
def test_svg_logo_size(tmp_path: Path, attributes: str, expected: tuple[int, int] | None) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(SVG.format(attributes), encoding="utf-8")
    assert display_size(logo, 24) == expected


def test_raster_logo_size(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(300, 100))
    assert intrinsic_size(logo) == (300.0, 100.0)
    assert display_size(logo, 24) == (72, 24)


def test_unreadable_logo_has_no_size(tmp_path: Path) -> None:
    broken = tmp_path / "logo.svg"
    broken.write_text("<svg", encoding="utf-8")
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    assert intrinsic_size(broken) is None
    assert intrinsic_size(text) is None
