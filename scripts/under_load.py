"""Run browser tests beside CPU-bound work, several times: a suite that passes only on an idle machine fails CI.

`make test-under-load` (or `python scripts/under_load.py --runs 3 --burners 2 -- -m browser`) starts `--burners`
processes that keep one core each busy, runs pytest with the given arguments `--runs` times in a row, stops the
burners, and exits non-zero if any run failed. Used to show that the browser tests wait for conditions, not times.
"""

from __future__ import annotations

import argparse
import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def burn(stop: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    """Keep one core busy until `stop` is set (checked every ~50 ms of work)."""
    while not stop.is_set():
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            pass


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="how many times to run the tests (default 3)")
    parser.add_argument("--burners", type=int, default=2, help="CPU-bound processes beside the tests (default 2)")
    parser.add_argument("pytest_args", nargs="*", help="arguments for pytest, after --")
    args = parser.parse_args(argv)
    stop = multiprocessing.Event()
    burners = [multiprocessing.Process(target=burn, args=(stop,), daemon=True) for _ in range(args.burners)]
    for process in burners:
        process.start()
    results = []
    try:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            code = subprocess.call([sys.executable, "-m", "pytest", "-q", *args.pytest_args], cwd=ROOT)
            results.append(code)
            print(f"run {run}/{args.runs}: exit {code} in {time.monotonic() - started:.0f} s "
                  f"with {args.burners} CPU-bound processes beside it", flush=True)
    finally:
        stop.set()
        for process in burners:
            process.join(timeout=5)
    failed = sum(1 for code in results if code != 0)
    print(f"{args.runs - failed} passed, {failed} failed (runs under load)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
