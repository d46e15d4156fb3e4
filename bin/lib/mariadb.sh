# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0
#
# A private MariaDB server process (tests, benchmarks): its own data directory, socket and port, none of
# the system's /etc/mysql configuration (--no-defaults), no system service.
# Source it; it defines functions only. Messages go to stderr; functions return non-zero on failure.
#
#   mdb_start     <dir> <port> [<timeout-s>]          datadir <dir>/data (initialised once), log <dir>/err.log
#   mdb_create_db <dir> <db> <user> <password>        idempotent: database, user@127.0.0.1/localhost, grants
#   mdb_grant_all_databases <dir> <user>              the user may create/use/drop any database (tests)
#   mdb_sql       <dir> <sql>                         run SQL as root over the socket
#   mdb_stop      <dir> [<timeout-s>]                 shutdown, then kill if needed; idempotent
#   mdb_is_running <dir>                              0 if the server of <dir> is alive
#   mdb_socket    <dir>                               the socket path

_mdb_err() {
    printf 'mariadb: %s\n' "$*" >&2
}

# The socket lives in <dir> unless that path is too long for a Unix socket (108 bytes).
mdb_socket() {
    local dir="$1" sock="$1/sock"
    if ((${#sock} > 100)); then
        sock="/tmp/mariadb-$(printf '%s' "$dir" | md5sum | cut -c1-12).sock"
    fi
    echo "$sock"
}

_mdb_pid() {
    local dir="$1" pid
    [[ -f "$dir/pid" ]] || return 1
    pid="$(tr -dc '0-9' <"$dir/pid")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    # only a mariadbd serving this datadir (guards against pid reuse)
    local cmdline
    cmdline="$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    grep -qxF -e "--datadir=$dir/data" <<<"$cmdline" || return 1
    echo "$pid"
}

# 0 if <pid> exists and is not a zombie.
_mdb_alive() {
    local state
    state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z* ]]
}

mdb_is_running() {
    _mdb_pid "$1" >/dev/null
}

_mdb_ping() {
    mariadb-admin --no-defaults --socket="$(mdb_socket "$1")" -uroot --connect-timeout=2 ping >/dev/null 2>&1
}

mdb_sql() {
    local dir="$1" sql="$2"
    mariadb --no-defaults --socket="$(mdb_socket "$dir")" -uroot --batch -e "$sql"
}

mdb_start() {
    local dir="$1" port="$2" timeout="${3:-60}"
    if [[ -z "$dir" || -z "$port" ]]; then
        _mdb_err "usage: mdb_start <dir> <port> [<timeout-s>]"
        return 2
    fi
    local tool
    for tool in mariadbd mariadb-install-db mariadb-admin mariadb; do
        if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x "/usr/sbin/$tool" ]]; then
            _mdb_err "$tool not found: install MariaDB (apt-get install -y mariadb-server)"
            return 1
        fi
    done
    local mariadbd
    mariadbd="$(command -v mariadbd 2>/dev/null || echo /usr/sbin/mariadbd)"
    mkdir -p "$dir" || return 1
    dir="$(cd "$dir" && pwd)"
    if mdb_is_running "$dir" && _mdb_ping "$dir"; then
        return 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        _mdb_err "port $port is already in use"
        return 1
    fi
    local user
    user="$(id -un)"
    if [[ ! -d "$dir/data/mysql" ]]; then
        rm -rf "$dir/data"
        mkdir -p "$dir/data" || return 1
        if ! mariadb-install-db --no-defaults --user="$user" --datadir="$dir/data" \
                --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1; then
            _mdb_err "mariadb-install-db failed (see $dir/install.log)"
            rm -rf "$dir/data"
            return 1
        fi
    fi
    local sock
    sock="$(mdb_socket "$dir")"
    rm -f "$dir/pid" "$sock"
    # A session of its own (outlives the caller's terminal and Maven); stdio to the log only, so a caller
    # that reads our output (exec-maven-plugin) does not wait for the server to exit.
    setsid "$mariadbd" --no-defaults --user="$user" --datadir="$dir/data" --socket="$sock" \
        --port="$port" --bind-address=127.0.0.1 --pid-file="$dir/pid" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 \
        >"$dir/err.log" 2>&1 </dev/null &
    local launched=$! deadline=$((SECONDS + timeout))
    while ! _mdb_ping "$dir"; do
        if ! _mdb_alive "$launched" && ! mdb_is_running "$dir"; then
            _mdb_err "mariadbd exited during start (see $dir/err.log)"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            _mdb_err "not answering after ${timeout}s (see $dir/err.log)"
            return 1
        fi
        sleep 0.3
    done
}

# _mdb_quote <string>: as an SQL string literal body (single quotes and backslashes escaped).
_mdb_quote() {
    local s="${1//\\/\\\\}"
    printf '%s' "${s//\'/\\\'}"
}

mdb_create_db() {
    local dir="$1" db="$2" user="$3" password="$4"
    if [[ -z "$dir" || -z "$db" || -z "$user" ]]; then
        _mdb_err "usage: mdb_create_db <dir> <db> <user> <password>"
        return 2
    fi
    if [[ ! "$db" =~ ^[A-Za-z0-9_]+$ || ! "$user" =~ ^[A-Za-z0-9_]+$ ]]; then
        _mdb_err "database and user names: letters, digits and _ only"
        return 2
    fi
    local pw host sql=""
    pw="$(_mdb_quote "$password")"
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    for host in 127.0.0.1 localhost; do
        sql+="CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$pw';"
        sql+="ALTER USER '$user'@'$host' IDENTIFIED BY '$pw';"
        sql+="GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'$host';"
    done
    mdb_sql "$dir" "$sql" || { _mdb_err "could not create database $db / user $user"; return 1; }
}

# mdb_grant_all_databases <dir> <user>: every database-level privilege on every database (so tests can
# CREATE and DROP throw-away databases); no server administration privileges.
mdb_grant_all_databases() {
    local dir="$1" user="$2" host sql=""
    [[ "$user" =~ ^[A-Za-z0-9_]+$ ]] || { _mdb_err "bad user name '$user'"; return 2; }
    for host in 127.0.0.1 localhost; do
        sql+="GRANT ALL PRIVILEGES ON \`%\`.* TO '$user'@'$host';"
    done
    mdb_sql "$dir" "$sql" || { _mdb_err "could not grant $user all databases"; return 1; }
}

mdb_stop() {
    local dir="$1" timeout="${2:-30}" pid
    if [[ -z "$dir" ]]; then
        _mdb_err "usage: mdb_stop <dir> [<timeout-s>]"
        return 2
    fi
    [[ -d "$dir" ]] || return 0
    dir="$(cd "$dir" && pwd)"
    pid="$(_mdb_pid "$dir")" || { rm -f "$dir/pid"; return 0; }
    timeout "$timeout" mariadb-admin --no-defaults --socket="$(mdb_socket "$dir")" -uroot shutdown \
        >/dev/null 2>&1
    local deadline=$((SECONDS + timeout))
    while _mdb_alive "$pid"; do
        if ((SECONDS >= deadline)); then
            _mdb_err "mariadbd (pid $pid) did not stop after ${timeout}s; killing it"
            kill -KILL "$pid" 2>/dev/null
            sleep 0.5
            break
        fi
        sleep 0.3
    done
    rm -f "$dir/pid"
    ! _mdb_alive "$pid"
}
