"""Waiting for what a test means, never for a fixed time: a busy 2-core machine makes every fixed sleep a race."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

DEFAULT_TIMEOUT_S = 15.0


def wait_until(page: Any, condition: Callable[[], object], what: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> object:
    """Poll `condition` (a Python callable, e.g. one reading a frame's URL) until it returns a truthy value.

    `page` is a Playwright page: between polls the test waits on it, which lets Playwright's sync API deliver the
    browser's events (frames navigating, requests, console messages) that the condition reads.

    Returns that value; raises AssertionError naming `what` after `timeout_s` seconds. For conditions inside one
    page, Playwright's own `wait_for_function` / `expect` are better; this is for what spans frames, origins or
    Python-side records (requests seen, console messages).
    """
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        page.wait_for_timeout(50)
