"""Shared fixtures: one real build of the site per session, a loopback server for it, and system Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# tests/ and scripts/ are importable through pyproject's `pythonpath`; the engine is the installed `toolkit`.
from local_browser import CHROMIUM_ARGS, chromium_path, serve

ROOT = Path(__file__).resolve().parent.parent


def run_mkdocs_build(config_file: Path, site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` as an author runs it, in a subprocess (each build needs fresh plugin state)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", str(site_dir)],
        cwd=config_file.parent,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{result.stderr[-5000:]}")
    return site


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 at a free port; stops when the session ends."""
    with serve(site_dir) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class RequestLog:
    """Every request a page makes, so tests can assert none leaves the test server."""

    def __init__(self, allowed_origin: str) -> None:
        self.allowed = urlsplit(allowed_origin).netloc
        self.urls: list[str] = []
        self.console_errors: list[str] = []

    def foreign(self) -> list[str]:
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).netloc != self.allowed
        ]


@pytest.fixture()
def context(browser: object, server: str) -> Iterator[object]:
    ctx = browser.new_context(accept_downloads=True, locale="fi-FI")  # type: ignore[attr-defined]
    yield ctx
    ctx.close()


@pytest.fixture()
def requests_seen(server: str) -> RequestLog:
    return RequestLog(server)


@pytest.fixture()
def page(context: object, requests_seen: RequestLog) -> object:
    tab = context.new_page()  # type: ignore[attr-defined]
    tab.on("request", lambda request: requests_seen.urls.append(request.url))
    tab.on("console", lambda message: message.type == "error" and requests_seen.console_errors.append(message.text))
    tab.on("pageerror", lambda error: requests_seen.console_errors.append(str(error)))
    return tab
