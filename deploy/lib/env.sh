# shellcheck shell=bash
# Shared by deploy/backup.sh and deploy/restore.sh: which database and upload folder to use.
#
# 1. LOTSE_ENV_FILE=<file> given: that file (e.g. /etc/lotse/env on a server);
# 2. else DATABASE_URL and LOTSE_UPLOAD_DIR both set in the environment: those;
# 3. else var/prod/env of this checkout (made by deploy/prod-local.sh).
lotse_load_env() {
    local root=$1 file=${LOTSE_ENV_FILE:-}
    if [[ -z $file && -n ${DATABASE_URL:-} && -n ${LOTSE_UPLOAD_DIR:-} ]]; then
        :
    else
        file=${file:-$root/var/prod/env}
        [[ -r $file ]] || { echo "no settings: $file is missing and DATABASE_URL/LOTSE_UPLOAD_DIR are not both set" >&2; return 2; }
        set -a
        # shellcheck disable=SC1090
        source "$file"
        set +a
    fi
    [[ -n ${DATABASE_URL:-} ]] || { echo "DATABASE_URL is not set" >&2; return 2; }
    [[ -n ${LOTSE_UPLOAD_DIR:-} ]] || { echo "LOTSE_UPLOAD_DIR is not set" >&2; return 2; }
    case $DATABASE_URL in
        postgres://* | postgresql://*) ;;
        *) echo "backups need PostgreSQL; DATABASE_URL is ${DATABASE_URL%%:*}://..." >&2; return 2 ;;
    esac
}

# The counts the manifest records and a restore must find again.
# shellcheck disable=SC2034  # used by the scripts that source this file
LOTSE_COUNTS_SQL="SELECT (SELECT count(*) FROM cases_case) || ' ' || (SELECT count(*) FROM appointments_booking) || ' ' || (SELECT count(*) FROM cases_document)"
# shellcheck disable=SC2034
LOTSE_DOCUMENTS_SQL="SELECT stored_name, sha256 FROM cases_document ORDER BY id"
