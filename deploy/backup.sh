#!/usr/bin/env bash
# Backup of Lotse: a PostgreSQL dump and the uploaded documents, with a manifest to check them.
#
#   deploy/backup.sh            -> var/backups/<UTC time>/ (or $LOTSE_BACKUP_DIR/<UTC time>/)
#
# The folder holds db.dump (pg_dump -Fc), uploads.tar, uploads.sha256 (one line per file),
# documents.tsv (stored name and sha256 of every document row), manifest.json (checksums and
# the counts of cases, bookings and documents) and SHA256SUMS. Counts, document list and dump
# come from one database snapshot, so they agree even while the app is running. Settings: see
# deploy/lib/env.sh. Prints the folder on the last line.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deploy/lib/env.sh
source "$ROOT/deploy/lib/env.sh"
lotse_load_env "$ROOT"

BASE=${LOTSE_BACKUP_DIR:-$ROOT/var/backups}
umask 077
mkdir -p "$BASE"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DEST=$BASE/$STAMP
n=1
while [[ -e $DEST ]]; do DEST=$BASE/$STAMP-$n; n=$((n + 1)); done
WORK=$DEST.partial
mkdir "$WORK"
trap 'rm -rf "$WORK"' EXIT

die() { echo "backup: ERROR: $*" >&2; exit 1; }

# One REPEATABLE READ transaction exports its snapshot; pg_dump and the counts both use it.
coproc PSQL { psql -X -q -t -A -v ON_ERROR_STOP=1 "$DATABASE_URL" 2>&1; }
# bash unsets PSQL and PSQL_PID as soon as it reaps the coprocess, which may happen before the
# script reaches its `wait` (psql ends on `\q`): keep the pid and the descriptors in our own names.
psql_pid=$PSQL_PID
exec 3>&"${PSQL[1]}" 4<&"${PSQL[0]}"
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&3
read -r -t 30 SNAPSHOT <&4 || die "could not open a snapshot of the database"
[[ $SNAPSHOT =~ ^[0-9A-F-]+$ ]] || die "database: $SNAPSHOT"
echo "$LOTSE_COUNTS_SQL;" >&3
read -r -t 60 COUNTS <&4 || die "could not count cases, bookings and documents"
[[ $COUNTS =~ ^[0-9]+\ [0-9]+\ [0-9]+$ ]] || die "database: $COUNTS (is it migrated?)"
read -r CASES BOOKINGS DOCUMENTS <<<"$COUNTS"
echo "\\copy ($LOTSE_DOCUMENTS_SQL) TO '$WORK/documents.tsv'" >&3
echo "SELECT 'copied';" >&3
read -r -t 300 done_line <&4 || die "could not list the documents"
[[ $done_line == copied ]] || die "database: $done_line"

pg_dump --format=custom --snapshot="$SNAPSHOT" --file="$WORK/db.dump" "$DATABASE_URL" \
    || die "pg_dump failed (a pg_dump older than the server refuses to run: install the server's client version)"
echo 'COMMIT;' >&3
echo '\q' >&3
exec 3>&- 4<&-
wait "$psql_pid" 2>/dev/null || true

# Uploads: the files as they are now (documents are written once under random names).
mkdir -p "$LOTSE_UPLOAD_DIR"
(cd "$LOTSE_UPLOAD_DIR" && find . -type f ! -name '.*' -printf '%P\0' | sort -z >"$WORK/files.list")
(cd "$LOTSE_UPLOAD_DIR" && xargs -0 -r sha256sum -- <"$WORK/files.list" >"$WORK/uploads.sha256")
tar -C "$LOTSE_UPLOAD_DIR" --create --file="$WORK/uploads.tar" --null --files-from="$WORK/files.list"
FILES=$(tr -cd '\0' <"$WORK/files.list" | wc -c)
rm "$WORK/files.list"

# Every document row needs its file with the same checksum, or the backup is not whole.
missing=$(awk 'NR==FNR {have[$2" "$1]=1; next} !(($1" "$2) in have) {print $1}' \
    "$WORK/uploads.sha256" FS='\t' "$WORK/documents.tsv" | head -n 5)
# (uploads.sha256 lines are "sha  name"; documents.tsv lines are "name<TAB>sha")
[[ -z $missing ]] || die "documents without their file (or with another checksum): $missing"

DB_SHA=$(sha256sum "$WORK/db.dump" | cut -d' ' -f1)
TAR_SHA=$(sha256sum "$WORK/uploads.tar" | cut -d' ' -f1)
SERVER=$(psql -X -q -t -A "$DATABASE_URL" -c 'SHOW server_version' 2>/dev/null || echo unknown)
COMMIT=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
cat >"$WORK/manifest.json" <<JSON
{
  "format": 1,
  "created": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "database": {"file": "db.dump", "sha256": "$DB_SHA", "server_version": "$SERVER"},
  "uploads": {"file": "uploads.tar", "sha256": "$TAR_SHA", "files": $FILES},
  "counts": {"cases": $CASES, "bookings": $BOOKINGS, "documents": $DOCUMENTS},
  "lotse_commit": "$COMMIT"
}
JSON
(cd "$WORK" && sha256sum db.dump uploads.tar uploads.sha256 documents.tsv manifest.json >SHA256SUMS)
mv "$WORK" "$DEST"
trap - EXIT
echo "backup: $CASES cases, $BOOKINGS bookings, $DOCUMENTS documents, $FILES files, $(du -sh "$DEST" | cut -f1)"
echo "$DEST"
