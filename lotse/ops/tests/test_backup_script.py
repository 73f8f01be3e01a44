"""deploy/backup.sh's own shell logic, with stand-ins for psql and pg_dump (no PostgreSQL needed).

The restore round trip against a real server is in test_backup_restore.py (CI's PostgreSQL
phase); these tests pin the script's handling of its psql coprocess, where a CI run once failed
with "PSQL_PID: unbound variable": bash unsets a coprocess's variables as soon as it reaps it.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# Answers the statements backup.sh sends, in order. With STUB_PSQL_ENDS_EARLY set it ends as
# soon as the document list is copied (a background sleep keeps its end of the pipe open, so
# the script's later writes still succeed); bash then reaps it while pg_dump runs.
PSQL = r"""#!/usr/bin/env bash
for arg in "$@"; do
  if [[ $arg == -c ]]; then echo "16.0 (stand-in)"; exit 0; fi
done
while IFS= read -r line; do
  case $line in
    BEGIN*) echo "00000003-0000001B-1" ;;
    "SELECT (SELECT count(*)"*) echo "2 1 1" ;;
    '\copy'*) file=${line##*TO \'}; printf 'doc-a.pdf\t%s\n' "$DOC_SHA" >"${file%\'}" ;;
    "SELECT 'copied';")
      echo copied
      if [[ -n ${STUB_PSQL_ENDS_EARLY:-} ]]; then
        sleep 3 <&0 >/dev/null 2>&1 &
        exit 0
      fi ;;
    '\q') exit 0 ;;
  esac
done
"""

# Writes a dump file and takes a moment, as a real dump does.
PG_DUMP = r"""#!/usr/bin/env bash
for arg in "$@"; do [[ $arg == --file=* ]] && echo "PGDMP stand-in" >"${arg#--file=}"; done
sleep 0.5
"""


def run_backup(tmp_path: Path, *, psql_ends_early: bool) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("psql", PSQL), ("pg_dump", PG_DUMP)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    content = b"%PDF-1.4\n% one document\n%%EOF\n"
    (uploads / "doc-a.pdf").write_bytes(content)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "DATABASE_URL": "postgres://stand-in@127.0.0.1:1/stand-in",
        "LOTSE_UPLOAD_DIR": str(uploads),
        "LOTSE_BACKUP_DIR": str(tmp_path / "backups"),
        "DOC_SHA": hashlib.sha256(content).hexdigest(),
        "STUB_PSQL_ENDS_EARLY": "1" if psql_ends_early else "",
    }
    env.pop("LOTSE_ENV_FILE", None)
    return subprocess.run(
        ["bash", str(ROOT / "deploy" / "backup.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "psql_ends_early", [False, True], ids=["psql-ends-on-quit", "psql-reaped-before-wait"]
)
def test_a_backup_completes_however_early_its_psql_coprocess_ends(
    tmp_path: Path, psql_ends_early: bool
) -> None:
    result = run_backup(tmp_path, psql_ends_early=psql_ends_early)

    assert result.returncode == 0, result.stderr
    assert "unbound variable" not in result.stderr
    dest = Path(result.stdout.strip().splitlines()[-1])
    manifest = json.loads((dest / "manifest.json").read_text())
    assert manifest["counts"] == {"cases": 2, "bookings": 1, "documents": 1}
    assert manifest["uploads"]["files"] == 1
    check = subprocess.run(
        ["sha256sum", "--check", "--quiet", "SHA256SUMS"],
        cwd=dest,
        capture_output=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout
    assert not list((tmp_path / "backups").glob("*.partial"))
