#!/usr/bin/env bash
# Lotse on this machine the way a city runs it: PostgreSQL, gunicorn, the task worker and nginx, on 127.0.0.1 only.
#
#   deploy/prod-local.sh start    install what is missing, set up, start, wait for /readyz
#   deploy/prod-local.sh stop     stop nginx, gunicorn, the task worker and the PostgreSQL cluster
#   deploy/prod-local.sh status   one line per part
#
# Runs as root (it installs Debian packages and creates the system user `lotse`); the app
# itself runs as `lotse`. Everything it writes lives under var/prod/ in this checkout, the
# layout is fixed in docs/deploy.md ("prod-local"). Safe to run `start` again at any time.
#
# Knobs (environment): LOTSE_PROD_PORT (8080; kept in var/prod/env for stop/status),
# LOTSE_PROD_WORKERS (4), LOTSE_PROD_READY_TIMEOUT (120 s), LOTSE_PROD_VENV (default .venv).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROD=$ROOT/var/prod
RUN=$PROD/run
LOG=$PROD/log
ENV_FILE=$PROD/env
APP_USER=lotse
WEB_USER=www-data
if [[ -z ${LOTSE_PROD_PORT:-} && -f $ENV_FILE ]]; then
    LOTSE_PROD_PORT=$(sed -n 's/^export LOTSE_PROD_PORT=\([0-9]*\)$/\1/p' "$ENV_FILE")
fi
PORT=${LOTSE_PROD_PORT:-8080}
PG_PORT=5433
PG_CLUSTER=lotse
READY_TIMEOUT=${LOTSE_PROD_READY_TIMEOUT:-120}

say() { printf 'prod-local: %s\n' "$*"; }
die() { printf 'prod-local: ERROR: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (it installs packages and starts services as user $APP_USER)"

pg_version() { { find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf "%f\n" 2>/dev/null || true; } | sort -V | tail -n 1; }

# --- packages, user, directories --------------------------------------------------------------

install_packages() {
    local missing=()
    [[ -n $(pg_version) && -x /usr/bin/pg_createcluster ]] || missing+=(postgresql)
    command -v pg_dump >/dev/null || missing+=(postgresql-client)
    command -v nginx >/dev/null || missing+=(nginx)
    # brotli_static in deploy/nginx/lotse.conf: serves the .br files collectstatic writes.
    compgen -G "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so" >/dev/null \
        || missing+=(libnginx-mod-http-brotli-static)
    command -v curl >/dev/null || missing+=(curl)
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # The Debian packages start their default services; ours run on their own ports.
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        # The packaged nginx listens on :80 with the default site; we use our own config.
        if [[ " ${missing[*]} " == *" nginx "* ]] && [[ -f /run/nginx.pid ]]; then
            nginx -s stop 2>/dev/null || true
        fi
    fi
}

create_user() {
    if ! id -u "$APP_USER" >/dev/null 2>&1; then
        say "creating system user $APP_USER"
        useradd --system --user-group --home-dir /nonexistent --no-create-home \
            --shell /usr/sbin/nologin "$APP_USER"
    fi
    id -u "$WEB_USER" >/dev/null 2>&1 || die "user $WEB_USER (nginx workers) does not exist"
}

as_app() { setpriv --reuid="$APP_USER" --regid="$APP_USER" --init-groups -- "$@"; }

check_traversable() {
    # Every parent of the checkout must be enterable by `lotse`, or nothing below will start.
    local dir=$ROOT
    while [[ $dir != / ]]; do
        as_app test -x "$dir" || die "user $APP_USER cannot enter $dir (chmod o+x $dir, or put the checkout elsewhere)"
        dir=$(dirname "$dir")
    done
    as_app test -r "$ROOT/manage.py" || die "user $APP_USER cannot read $ROOT/manage.py"
}

make_dirs() {
    install -d -m 0711 -o root -g root "$PROD"
    install -d -m 0750 -o "$APP_USER" -g "$WEB_USER" "$RUN"   # nginx reaches the socket here
    install -d -m 0700 -o "$APP_USER" -g "$APP_USER" "$RUN/metrics" "$PROD/uploads" "$PROD/mail" \
        "$PROD/data" "$PROD/home"
    install -d -m 0750 -o "$APP_USER" -g "$APP_USER" "$LOG"
    install -d -m 0755 -o "$APP_USER" -g "$APP_USER" "$PROD/static"
    install -d -m 0755 -o root -g root "$PROD/nginx"
    install -d -m 0700 -o "$WEB_USER" -g root "$PROD/nginx/tmp" "$PROD/nginx/cache"
    install -d -m 0700 -o root -g root "$ROOT/var/backups"
}

# --- Python: the checkout's .venv if `lotse` can run it, else a venv of its own ----------------

PYTHON=""
choose_python() {
    local venv=${LOTSE_PROD_VENV:-$ROOT/.venv}
    if as_app "$venv/bin/python" -c 'import django, gunicorn, psycopg' 2>/dev/null; then
        PYTHON=$venv/bin/python
        return
    fi
    [[ -z ${LOTSE_PROD_VENV:-} ]] || die "user $APP_USER cannot run $venv/bin/python with Django, gunicorn and psycopg"
    # Typical cause: .venv was made from an interpreter under /root (pyenv), which `lotse`
    # cannot enter. Build a venv from Debian's python3 that everyone can read.
    venv=$PROD/venv
    local stamp=$venv/.requirements.sha256 want
    want=$(sha256sum "$ROOT/requirements.txt" | cut -d' ' -f1)
    if [[ ! -x $venv/bin/python || $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
        say "$ROOT/.venv is not usable by $APP_USER; building $venv from requirements.txt"
        if ! /usr/bin/python3 -c 'import ensurepip, venv' 2>/dev/null; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        fi
        /usr/bin/python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt"
        echo "$want" >"$stamp"
        chmod -R a+rX "$venv"
    fi
    as_app "$venv/bin/python" -c 'import django, gunicorn, psycopg' || die "$venv is not usable by $APP_USER"
    PYTHON=$venv/bin/python
}

# --- the environment file: secrets made once, everything else rewritten each start -----------

write_env() {
    local secret="" db_password=""
    if [[ -f $ENV_FILE ]]; then
        secret=$(sed -n "s/^export LOTSE_SECRET_KEY='\(.*\)'$/\1/p" "$ENV_FILE")
        db_password=$(sed -n 's|^export DATABASE_URL=postgres://lotse:\([^@]*\)@.*$|\1|p' "$ENV_FILE")
    fi
    [[ -n $secret ]] || secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
    [[ -n $db_password ]] || db_password=$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')
    umask 077
    cat >"$ENV_FILE.tmp" <<ENV
# Made by deploy/prod-local.sh: the production settings of the local run. The secret key and
# the database password are kept across runs; put overrides in var/prod/env.local.
export LOTSE_ENV=production
export LOTSE_SECRET_KEY='$secret'
export LOTSE_ALLOWED_HOSTS=127.0.0.1,localhost
export LOTSE_CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$PORT,http://localhost:$PORT
export LOTSE_SSL_REDIRECT=0
# nginx in front: the client address is its X-Real-IP (lotse.ops).
export LOTSE_BEHIND_PROXY=1
export DATABASE_URL=postgres://lotse:$db_password@127.0.0.1:$PG_PORT/lotse
export LOTSE_DATA_DIR=$PROD/data
export LOTSE_UPLOAD_DIR=$PROD/uploads
export LOTSE_STATIC_ROOT=$PROD/static
export PROMETHEUS_MULTIPROC_DIR=$RUN/metrics
export LOTSE_EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend
export LOTSE_EMAIL_FILE_PATH=$PROD/mail
export LOTSE_PUBLIC_URL=http://127.0.0.1:$PORT
export LOTSE_PROD_PORT=$PORT
export LOTSE_PROD_WORKERS=\${LOTSE_PROD_WORKERS:-4}
export LOTSE_PROD_PYTHON=$PYTHON
export LOTSE_PROD_ROOT=$ROOT
ENV
    mv "$ENV_FILE.tmp" "$ENV_FILE"
    umask 022
}

load_env() {
    set -a
    # shellcheck disable=SC1090
    source "$ENV_FILE"
    # shellcheck disable=SC1090
    [[ ! -f $PROD/env.local ]] || source "$PROD/env.local"
    set +a
    # Tools started as `lotse` must not try to write to root's home.
    export HOME=$PROD/home
}

# --- PostgreSQL: a cluster of its own on 127.0.0.1:5433 ---------------------------------------

pg_start() {
    local ver
    ver=$(pg_version)
    if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$ver $PG_CLUSTER"; then
        say "creating PostgreSQL $ver cluster $PG_CLUSTER on port $PG_PORT"
        pg_createcluster "$ver" "$PG_CLUSTER" --port "$PG_PORT" --start-conf manual >/dev/null
    fi
    # Our settings in the cluster's conf.d (read after postgresql.conf; rewritten every time).
    install -d -o postgres -g postgres "/etc/postgresql/$ver/$PG_CLUSTER/conf.d"
    printf "%s\n" "# written by deploy/prod-local.sh" "listen_addresses = '127.0.0.1'" \
        "max_connections = 200" >"/etc/postgresql/$ver/$PG_CLUSTER/conf.d/lotse.conf"
    if ! pg_lsclusters --no-header | awk -v v="$ver" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
        pg_ctlcluster "$ver" "$PG_CLUSTER" start
    fi
    local password
    password=$(sed -E 's|^postgres://lotse:([^@]*)@.*$|\1|' <<<"$DATABASE_URL")
    psql_admin() { runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
    if [[ $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='lotse'") != 1 ]]; then
        psql_admin -c "CREATE ROLE lotse LOGIN" >/dev/null
    fi
    # Keep the role's password in step with var/prod/env (the password is [A-Za-z0-9] only).
    psql_admin -c "ALTER ROLE lotse PASSWORD '$password'" >/dev/null
    if [[ $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='lotse'") != 1 ]]; then
        psql_admin -c "CREATE DATABASE lotse OWNER lotse ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    fi
}

pg_stop() {
    local ver
    ver=$(pg_version)
    [[ -n $ver ]] || return 0
    if pg_lsclusters --no-header 2>/dev/null | awk -v v="$ver" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
        say "stopping PostgreSQL $ver/$PG_CLUSTER"
        pg_ctlcluster "$ver" "$PG_CLUSTER" stop -m fast
    fi
}

# --- the app -----------------------------------------------------------------------------------

manage() { (cd "$ROOT" && as_app "$PYTHON" manage.py "$@"); }

app_setup() {
    say "migrate, collectstatic, load Dortmund"
    manage migrate --noinput -v 0
    manage collectstatic --noinput -v 0
    manage catalog_load dortmund >/dev/null
    manage international_load dortmund >/dev/null
    manage appointments_load dortmund >/dev/null
    manage search_reindex >/dev/null
    # Read once here what every web worker would otherwise read at its start (~1 min of CPU
    # each): four workers reading at once on two cores took over three minutes to serve.
    manage answers_warm >/dev/null
}

alive() { local pid; pid=$(cat "$1" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

# A digest of the settings the processes get: when it changes, HUP is not enough (workers
# inherit the master's environment), so they are restarted.
env_digest() { env | grep -E '^(LOTSE_|DATABASE_URL=|PROMETHEUS_)' | sort | sha256sum | cut -d' ' -f1; }

restart_if_env_changed() {
    local digest
    digest=$(env_digest)
    if [[ -f $RUN/env.sha256 && $(cat "$RUN/env.sha256") != "$digest" ]]; then
        say "settings changed: restarting gunicorn and the task worker"
        stop_pid gunicorn "$RUN/gunicorn.pid" TERM 35
        stop_pid "task worker" "$RUN/worker.pid" TERM 30
    fi
    echo "$digest" >"$RUN/env.sha256"
}

gunicorn_start() {
    if alive "$RUN/gunicorn.pid"; then
        # Already running with the same settings: load new code without dropping requests.
        kill -HUP "$(cat "$RUN/gunicorn.pid")"
        return
    fi
    rm -f "$RUN/gunicorn.sock" "$RUN/metrics"/*.db
    say "starting gunicorn ($LOTSE_PROD_WORKERS workers)"
    (cd "$ROOT" && as_app "$(dirname "$PYTHON")/gunicorn" --daemon -c deploy/gunicorn.conf.py \
        --bind "unix:$RUN/gunicorn.sock" --pid "$RUN/gunicorn.pid" \
        --error-logfile "$LOG/gunicorn.log" lotse.wsgi:application)
    for _ in $(seq 1 100); do
        [[ -S $RUN/gunicorn.sock ]] && alive "$RUN/gunicorn.pid" && return
        sleep 0.1
    done
    tail -n 30 "$LOG/gunicorn.log" >&2 || true
    die "gunicorn did not come up (log above: $LOG/gunicorn.log)"
}

worker_start() {
    if alive "$RUN/worker.pid"; then
        return
    fi
    # Mails whose send task was lost (e.g. queued while the database was down) are queued
    # again now instead of after the sweeper's grace period.
    manage outbox_flush --grace 0 >/dev/null || say "outbox_flush failed (the sweeper retries)"
    say "starting the task worker"
    # setpriv (not --chuid) drops to `lotse`: it execs, so the pid file names db_worker itself.
    # Niced as in lotse-worker.service: background work yields the CPU to the web workers.
    start-stop-daemon --start --background --make-pidfile --pidfile "$RUN/worker.pid" \
        --nicelevel 10 --chdir "$ROOT" --output "$LOG/worker.log" --startas /usr/bin/setpriv -- \
        --reuid="$APP_USER" --regid="$APP_USER" --init-groups -- \
        "$PYTHON" manage.py db_worker --no-reload --queue-name '*'
    sleep 1
    alive "$RUN/worker.pid" || { tail -n 20 "$LOG/worker.log" >&2; die "the task worker did not start"; }
}

nginx_conf() { echo "$PROD/nginx/nginx.conf"; }

nginx_render() {
    local sub=(
        -e "s|@ROOT@|$ROOT|g" -e "s|@PROD@|$PROD|g" -e "s|@RUN@|$RUN|g" -e "s|@LOG@|$LOG|g"
        -e "s|@STATIC_ROOT@|$PROD/static|g" -e "s|@SOCKET@|$RUN/gunicorn.sock|g"
        -e "s|@LISTEN@|127.0.0.1:$PORT|g" -e "s|@SERVER_NAME@|127.0.0.1 localhost|g"
        -e "s|@WEB_USER@|$WEB_USER|g" -e "s|@CACHE_DIR@|$PROD/nginx/cache|g"
    )
    sed "${sub[@]}" "$ROOT/deploy/nginx/lotse.conf" >"$PROD/nginx/lotse.conf"
    sed "${sub[@]}" "$ROOT/deploy/nginx/local.conf" >"$PROD/nginx/nginx.conf"
    nginx -t -q -c "$(nginx_conf)" -p "$PROD/nginx/" || die "the rendered nginx config is invalid"
}

nginx_start() {
    nginx_render
    if alive "$RUN/nginx.pid"; then
        nginx -c "$(nginx_conf)" -p "$PROD/nginx/" -s reload 2>/dev/null
        return
    fi
    say "starting nginx on 127.0.0.1:$PORT"
    nginx -c "$(nginx_conf)" -p "$PROD/nginx/"
}

wait_ready() {
    local url=http://127.0.0.1:$PORT/readyz deadline=$((SECONDS + READY_TIMEOUT)) code=""
    while ((SECONDS < deadline)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
        if [[ $code == 200 ]]; then
            say "ready: http://127.0.0.1:$PORT/ (readyz 200)"
            return
        fi
        sleep 0.5
    done
    echo "--- $LOG/gunicorn.log" >&2; tail -n 30 "$LOG/gunicorn.log" >&2 || true
    echo "--- $LOG/nginx-error.log" >&2; tail -n 10 "$LOG/nginx-error.log" >&2 || true
    die "$url did not answer 200 within ${READY_TIMEOUT}s (last status: ${code:-none})"
}

stop_pid() {
    # stop_pid NAME PIDFILE SIGNAL SECONDS: signal, wait, then kill what is left.
    local name=$1 pidfile=$2 signal=$3 wait=$4 pid
    alive "$pidfile" || { rm -f "$pidfile"; return 0; }
    # The process may remove its own pid file meanwhile (nginx -s quit): then it is gone.
    pid=$(cat "$pidfile" 2>/dev/null) || { rm -f "$pidfile"; return 0; }
    say "stopping $name ($pid)"
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait * 10))); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

cmd_start() {
    install_packages
    create_user
    check_traversable
    make_dirs
    choose_python
    write_env
    load_env
    pg_start
    app_setup
    restart_if_env_changed
    gunicorn_start
    worker_start
    nginx_start
    wait_ready
}

# Restart gunicorn and the task worker with the current var/prod/env(.local), without the
# package, database and data steps of `start` (the benches use it after changing env.local).
cmd_restart_app() {
    [[ -f $ENV_FILE ]] || die "run 'make prod-local' first"
    choose_python
    load_env
    stop_pid gunicorn "$RUN/gunicorn.pid" TERM 35
    stop_pid "task worker" "$RUN/worker.pid" TERM 30
    env_digest >"$RUN/env.sha256"
    gunicorn_start
    worker_start
    nginx_start
    wait_ready
}

# Start the task worker if it is not running (the worker drill stops and restarts it alone).
cmd_start_worker() {
    [[ -f $ENV_FILE ]] || die "run 'make prod-local' first"
    choose_python
    load_env
    worker_start
}

cmd_stop() {
    if alive "$RUN/nginx.pid"; then
        nginx -c "$(nginx_conf)" -p "$PROD/nginx/" -s quit 2>/dev/null || true
        stop_pid nginx "$RUN/nginx.pid" QUIT 10
    fi
    stop_pid gunicorn "$RUN/gunicorn.pid" TERM 35   # TERM = graceful: finish requests in flight
    stop_pid "task worker" "$RUN/worker.pid" TERM 30
    pg_stop
    say "stopped"
}

cmd_status() {
    local ver rc=0
    ver=$(pg_version)
    for part in nginx gunicorn worker; do
        if alive "$RUN/$part.pid"; then echo "$part: running (pid $(cat "$RUN/$part.pid"))"; else echo "$part: stopped"; rc=1; fi
    done
    if [[ -n $ver ]] && pg_lsclusters --no-header 2>/dev/null | awk -v v="$ver" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
        echo "postgresql: running ($ver/$PG_CLUSTER, port $PG_PORT)"
    else
        echo "postgresql: stopped"; rc=1
    fi
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/readyz" || true)
    [[ $code != 000 ]] || code=""
    echo "readyz: ${code:-no answer}"
    [[ $code == 200 ]] || rc=1
    return $rc
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    restart-app) cmd_restart_app ;;
    start-worker) cmd_start_worker ;;
    *) echo "usage: $0 start|stop|status|restart-app|start-worker" >&2; exit 2 ;;
esac
