"""make bench-journeys: taps and page weight of the newcomer's five journeys on a phone (issue 24).

Runs the five browser journey tests (Chromium, 390×844; lotse/portal/tests/test_browser_flow.py
and test_browser_journeys.py) with their meter switched on, then prints one row per journey:
taps (clicks, select choices, the link in the mail), pages loaded, and the bytes received by
kind (HTML, CSS, JS, images, API answers), uncompressed as the server sends them. What a test
only checks on the way (reloads, a language switch, the back button) is not counted.

`python bench/journeys.py --ref <git ref>` measures another commit the same way in a scratch
worktree (its tests must carry the meter; commits before it have no journeys to measure).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    "lotse/portal/tests/test_browser_flow.py",
    "lotse/portal/tests/test_browser_journeys.py",
]
KINDS = ["html", "css", "js", "images", "fonts", "api", "other"]


def run(root: Path, table: Path) -> int:
    env = {
        **os.environ,
        "CI": "true",
        "LOTSE_ENV": "test",
        "LOTSE_JOURNEY_TABLE": str(table),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    python = ROOT / ".venv" / "bin" / "python"
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS]
    return subprocess.call(command, cwd=root, env=env, stdout=sys.stderr)


def kb(value: int) -> str:
    return f"{value / 1024:.1f}"


def print_table(rows: list[dict]) -> None:
    kinds = [k for k in KINDS if any(row.get(f"bytes_{k}") for row in rows)]
    head = ["journey", "taps", "pages", "KB total", *[f"KB {k}" for k in kinds]]
    lines = [head]
    for row in rows:
        lines.append(
            [
                row["journey"],
                str(row["taps"]),
                str(row["pages"]),
                kb(row["bytes"]),
                *[kb(row.get(f"bytes_{k}", 0)) for k in kinds],
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for number, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)
        ]
        print(" | ".join(cells))
        if number == 0:
            print("-+-".join("-" * w for w in widths))


def main() -> int:
    root = ROOT
    worktree = None
    if len(sys.argv) == 3 and sys.argv[1] == "--ref":
        worktree = Path(tempfile.mkdtemp(prefix="lotse-journeys-"))
        subprocess.check_call(["git", "worktree", "add", "--detach", str(worktree), sys.argv[2]])
        (worktree / ".venv").symlink_to(ROOT / ".venv")
        root = worktree
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
        table = Path(handle.name)
    try:
        status = run(root, table)
        rows = [json.loads(line) for line in table.read_text().splitlines() if line.strip()]
    finally:
        table.unlink(missing_ok=True)
        if worktree is not None:
            subprocess.call(["git", "worktree", "remove", "--force", str(worktree)])
    if not rows:
        print("no journey was measured (the tests failed before their end, or carry no meter)")
        return status or 1
    print_table(rows)
    if status:
        print(f"(some journey tests failed: pytest exit status {status})")
    return status


if __name__ == "__main__":
    sys.exit(main())
