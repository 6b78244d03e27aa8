#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests: scripts/pg-test-cluster.sh start|stop|status DIR
#
# start: initdb into DIR/data, then postgres listening only on a Unix socket in DIR/socket (no TCP port, so parallel
#        runs never collide), and writes DIR/uri: the libpq URI of its database "parindex_test"
#        (postgresql://USER@/parindex_test?host=DIR/socket). The tests read that file.
# stop:  stops the server (fast) and removes DIR.
#
# PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to the unprivileged user
# PARINDEX_PG_USER (default nobody), switched to with setpriv, and DIR is made theirs. The tests, still root, connect
# through the socket as that user (trust authentication, for the socket only; nothing listens on the network).
#
# When PostgreSQL is not installed, start writes DIR/unavailable with the reason and exits 0: the server tests then
# skip, each saying why, instead of failing the suite or passing as if they had run. scripts/install-deps.sh installs
# it, so CI runs them.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop|status DIR" >&2
    exit 1
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

find_bin() {
    local name="$1" candidate
    if [ -n "${PARINDEX_PG_BINDIR:-}" ] && [ -x "$PARINDEX_PG_BINDIR/$name" ]; then
        echo "$PARINDEX_PG_BINDIR/$name"
        return 0
    fi
    # Debian keeps the server's programs out of PATH, one folder per major version; the newest wins.
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/$name" ]; then
            echo "$candidate/$name"
            return 0
        fi
    done
    command -v "$name" 2>/dev/null || return 1
}

as_owner=()
owner="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    owner="${PARINDEX_PG_USER:-nobody}"
    as_owner=(setpriv --reuid="$owner" --regid="$(id -g "$owner")" --clear-groups --reset-env --)
fi

case "$action" in
start)
    rm -f "$dir/unavailable" "$dir/uri"
    if ! initdb="$(find_bin initdb)" || ! pg_ctl="$(find_bin pg_ctl)"; then
        echo "PostgreSQL is not installed (initdb and pg_ctl not found; Debian package postgresql)" >"$dir/unavailable"
        echo "pg-test-cluster: $(cat "$dir/unavailable"); the server tests will be skipped"
        exit 0
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        "$0" stop "$dir" >/dev/null 2>&1 || true
        mkdir -p "$dir"
    fi
    rm -rf "$dir/data" "$dir/socket"
    mkdir -p "$dir/data" "$dir/socket"
    chmod 700 "$dir/data"
    if [ "${#as_owner[@]}" -gt 0 ]; then
        chown -R "$owner" "$dir"
        # The unprivileged owner must be able to reach DIR through its parents.
        parent="$dir"
        while [ "$parent" != "/" ]; do
            parent="$(dirname "$parent")"
            if ! setpriv --reuid="$owner" --regid="$(id -g "$owner")" --clear-groups test -x "$parent"; then
                echo "pg-test-cluster: $owner cannot enter $parent; use a DIR under /tmp" >&2
                exit 1
            fi
        done
    fi
    # Unicode, and UTC in the log's timestamps like SQLite's strftime('... Z').
    "${as_owner[@]}" "$initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # Throwaway: no fsync, no TCP, a small footprint on a shared machine.
    "${as_owner[@]}" "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=40 -c shared_buffers=32MB -c timezone=UTC" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    psql="$(dirname "$pg_ctl")/psql"
    [ -x "$psql" ] || psql="$(command -v psql)"
    "${as_owner[@]}" "$psql" -X -q -h "$dir/socket" -U "$owner" -d postgres -c "CREATE DATABASE parindex_test" \
        >/dev/null
    echo "postgresql://$owner@/parindex_test?host=$dir/socket" >"$dir/uri"
    echo "pg-test-cluster: started, $(cat "$dir/uri")"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ] && pg_ctl="$(find_bin pg_ctl)"; then
        "${as_owner[@]}" "$pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
    fi
    rm -rf "$dir"
    echo "pg-test-cluster: stopped"
    ;;
status)
    if [ -f "$dir/unavailable" ]; then
        cat "$dir/unavailable"
    elif [ -f "$dir/uri" ]; then
        cat "$dir/uri"
    else
        echo "not started"
        exit 1
    fi
    ;;
*)
    echo "usage: $0 start|stop|status DIR" >&2
    exit 1
    ;;
esac
