#!/usr/bin/env bash
# Radar page benchmark, end to end: migrate, `radar demo`, `radar demo --households N`
# and bench/bench_pages.py, on SQLite and/or PostgreSQL.
#
#   bench/run.sh                 # both databases
#   bench/run.sh sqlite          # only SQLite (in $SQLITE_DIR, not ./data)
#   bench/run.sh postgresql      # only PostgreSQL ($PG_URL is dropped and re-created)
#   SKIP_FILL=1 bench/run.sh     # reuse the filled databases, only measure again
#
# Results: printed, and written to bench/results/<database>.json.
set -euo pipefail
cd "$(dirname "$0")/.."

HOUSEHOLDS=${HOUSEHOLDS:-100000}
REQUESTS=${REQUESTS:-50}
PY=${PY:-.venv/bin/python}
SQLITE_DIR=${SQLITE_DIR:-/tmp/radar-bench}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_DB=${PG_DB:-radar_bench}
PG_URL=${PG_URL:-postgres://$PG_USER@$PG_HOST:$PG_PORT/$PG_DB}
SKIP_FILL=${SKIP_FILL:-0}

export DEBUG=1 DJANGO_SETTINGS_MODULE=config.settings
mkdir -p bench/results

fill_and_bench() {
    local label=$1
    echo "== $label: migrate"
    "$PY" manage.py migrate --noinput -v0  # also with SKIP_FILL: the models move on
    if [ "$SKIP_FILL" != 1 ]; then
        echo "== $label: demo, demo --households $HOUSEHOLDS"
        "$PY" manage.py demo
        "$PY" manage.py demo --households "$HOUSEHOLDS"
    fi
    echo "== $label: benchmark"
    "$PY" bench/bench_pages.py -n "$REQUESTS" --json "bench/results/$label.json"
}

for target in "${@:-sqlite postgresql}"; do
    for db in $target; do
        case $db in
        sqlite)
            (
                unset DATABASE_URL
                export RADAR_DATA_DIR=$SQLITE_DIR
                [ "$SKIP_FILL" = 1 ] || rm -f "$SQLITE_DIR"/radar.sqlite3*
                fill_and_bench sqlite
            )
            ;;
        postgresql)
            (
                if [ "$SKIP_FILL" != 1 ]; then
                    dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
                    createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
                fi
                export DATABASE_URL=$PG_URL
                export RADAR_DATA_DIR=$SQLITE_DIR  # keeps ./data untouched
                fill_and_bench postgresql
            )
            ;;
        *)
            echo "unknown database '$db' (use sqlite or postgresql)" >&2
            exit 2
            ;;
        esac
    done
done
