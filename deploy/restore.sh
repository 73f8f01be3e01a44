#!/usr/bin/env bash
# Restore a backup of deploy/backup.sh: the database dump, then the uploaded documents, checked.
#
#   deploy/restore.sh var/backups/<time>         into an empty database only
#   FORCE=1 deploy/restore.sh var/backups/<time>  replace the tables of a database in use
#
# Checks the backup's checksums first, restores the dump in one transaction (pg_restore
# --no-owner), puts the files in place (each moved in whole, never half written) and then
# verifies: the counts of the manifest, and every document row's file with its sha256.
# Settings: see deploy/lib/env.sh. Stop the app (or accept errors) while restoring with FORCE=1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deploy/lib/env.sh
source "$ROOT/deploy/lib/env.sh"

die() { echo "restore: ERROR: $*" >&2; exit 1; }

SRC=${1:-}
[[ -n $SRC ]] || { echo "usage: $0 <backup folder> (FORCE=1 to overwrite a database that is not empty)" >&2; exit 2; }
SRC=$(cd "$SRC" 2>/dev/null && pwd) || die "no backup folder $1"
for f in SHA256SUMS manifest.json db.dump uploads.tar uploads.sha256 documents.tsv; do
    [[ -f $SRC/$f ]] || die "$SRC/$f is missing: not a complete backup"
done
(cd "$SRC" && sha256sum --quiet --strict -c SHA256SUMS) || die "checksums of $SRC do not match: the backup is damaged"

lotse_load_env "$ROOT"
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$DATABASE_URL" "$@"; }

TABLES=$(psql_q -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") \
    || die "cannot connect to the database"
CLEAN=()
if [[ $TABLES != 0 ]]; then
    [[ ${FORCE:-0} == 1 ]] || die "the database already has $TABLES tables; restore only into an empty database, or give FORCE=1 to replace them"
    CLEAN=(--clean --if-exists)
    echo "restore: FORCE=1: replacing the $TABLES tables in the database"
fi

# One transaction: a failed restore leaves the database as it was.
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction "${CLEAN[@]}" \
    --dbname="$DATABASE_URL" "$SRC/db.dump" || die "pg_restore failed; the database is unchanged"

# Files: unpack next to the upload folder, check, then move each one in (rename = atomic).
mkdir -p "$LOTSE_UPLOAD_DIR"
chmod 0700 "$LOTSE_UPLOAD_DIR"
STAGE=$(mktemp -d "$(dirname "$LOTSE_UPLOAD_DIR")/.restore-XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
tar -C "$STAGE" --extract --no-same-permissions --file="$SRC/uploads.tar"
if [[ -s $SRC/uploads.sha256 ]]; then
    (cd "$STAGE" && sha256sum --quiet --strict -c "$SRC/uploads.sha256") || die "unpacked files do not match uploads.sha256"
fi
OWNER=$(stat -c %u:%g "$LOTSE_UPLOAD_DIR")
FILES=0
while IFS= read -r -d '' rel; do
    mkdir -p "$LOTSE_UPLOAD_DIR/$(dirname "$rel")"
    [[ $(id -u) != 0 ]] || chown "$OWNER" "$STAGE/$rel"
    chmod 0600 "$STAGE/$rel"
    mv -f "$STAGE/$rel" "$LOTSE_UPLOAD_DIR/$rel"
    FILES=$((FILES + 1))
done < <(cd "$STAGE" && find . -type f -printf '%P\0')

# Verify: the same counts as at backup time, and every document's file with its checksum.
read -r WANT_CASES WANT_BOOKINGS WANT_DOCS < <(python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["counts"]
print(c["cases"], c["bookings"], c["documents"])' "$SRC/manifest.json")
read -r CASES BOOKINGS DOCS < <(psql_q -c "$LOTSE_COUNTS_SQL")
[[ "$CASES $BOOKINGS $DOCS" == "$WANT_CASES $WANT_BOOKINGS $WANT_DOCS" ]] \
    || die "restored $CASES cases, $BOOKINGS bookings, $DOCS documents; the manifest says $WANT_CASES, $WANT_BOOKINGS, $WANT_DOCS"
bad=0
while IFS=$'\t' read -r name sha; do
    [[ -n $name ]] || continue
    got=$(sha256sum "$LOTSE_UPLOAD_DIR/$name" 2>/dev/null | cut -d' ' -f1 || true)
    if [[ $got != "$sha" ]]; then
        echo "restore: document file $name is missing or differs" >&2
        bad=$((bad + 1))
    fi
done < <(psql_q -F $'\t' -c "$LOTSE_DOCUMENTS_SQL")
((bad == 0)) || die "$bad document files are missing or differ"
echo "restore: verified $CASES cases, $BOOKINGS bookings, $DOCS documents, $FILES files from $SRC"
