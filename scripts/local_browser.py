"""The system Chromium and a loopback web server, shared by the tests, `make pdf` and `make bench`.

Chromium is Debian's (Playwright's own browser download is not used); the flags keep it from reaching any other
host. Sites are served on 127.0.0.1 at a free port, only for as long as the caller's block runs.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """The system Chromium; CHROMIUM=/path overrides. Raises when there is none."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise FileNotFoundError(
            "Chromium is needed: run 'make test' (it installs Debian's chromium) or set CHROMIUM=/path/to/chromium"
        )
    return path


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass


@contextmanager
def serve(site: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 at a free port; yields the base URL, stops when the block ends."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
