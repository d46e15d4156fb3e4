#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The servers `mvn verify` tests run against, started once per build:
#
#   bin/lib/test-stack.sh start  [<repo-root>] [<watch-pid>]
#   bin/lib/test-stack.sh stop   [<repo-root>]
#   bin/lib/test-stack.sh status [<repo-root>]
#
# Called by Maven (exec-maven-plugin in marketplace-ear: pre-integration-test -> start,
# post-integration-test -> stop). Everything lives in <repo-root>/target/test-stack/:
#   mariadb/     private MariaDB 10.11 server, 127.0.0.1:13306 (ports: see TEST_STACK_* below), database `marketplace`, user mkt/mkt (dropped
#                and re-created at each start; mkt may also create/drop other databases)
#   keycloak/    Keycloak (dev-mem: realms imported fresh at every start), http://localhost:28180, mgmt 29000
#   payara6/     Payara Server with a fresh domain `marketplace-test` (portbase 28000: HTTP 28080, admin
#                28048), NOT started: Arquillian's managed container starts and stops it. The values the app
#                needs are baked into the domain as JVM system properties (MicroProfile Config reads them).
#   env.properties   what the tests need (paths, ports, URLs, JDBC URL and credentials)
#   upstream.pid the reference upstream partner (InventoryInquiry), port portbase + 90 (28090), log/upstream.log
#   log/         keycloak.log, payara.log, fetch.log, watchdog.log; MariaDB's log is mariadb/err.log
#
# start is idempotent: if the stack of this build (same watch pid) or of a still running build in this tree
# is up, it does nothing. It starts a watchdog that stops everything when the watched process ends: by
# default the Maven JVM that called this script (the nearest `java` ancestor, else the parent process);
# <watch-pid> (or TEST_STACK_WATCH_PID) overrides that, 0 disables the watchdog.
set -euo pipefail

LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SELF="$LIB/$(basename "${BASH_SOURCE[0]}")"
# shellcheck source=bin/lib/common.sh
source "$LIB/common.sh"
# shellcheck source=bin/lib/payara.sh
source "$LIB/payara.sh"
# shellcheck source=bin/lib/keycloak.sh
source "$LIB/keycloak.sh"
# shellcheck source=bin/lib/mariadb.sh
source "$LIB/mariadb.sh"
# shellcheck source=bin/lib/upstream.sh
source "$LIB/upstream.sh"

# Ports may be moved (all four together) so that a second checkout can run its own stack beside this one;
# marketplace-ear's pom passes them from its test.* properties (see its `second-stack` profile).
DB_PORT="${TEST_STACK_DB_PORT:-13306}"
DB_NAME=marketplace
DB_USER=mkt
DB_PASSWORD=mkt
KC_PORT="${TEST_STACK_KEYCLOAK_PORT:-28180}"
KC_MGMT_PORT="${TEST_STACK_KEYCLOAK_MGMT_PORT:-29000}"
PORTBASE="${TEST_STACK_PORTBASE:-28000}"
UPSTREAM_PORT="${TEST_STACK_UPSTREAM_PORT:-$((PORTBASE + 90))}"
HTTP_PORT=$((PORTBASE + 80))
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN=marketplace-test
KC_READY_TIMEOUT="${TEST_STACK_KEYCLOAK_TIMEOUT:-300}"

setup_paths() {
    local root="${1:-}"
    if [[ -n "$root" ]]; then
        [[ -f "$root/pom.xml" ]] || { echo "test-stack: $root is not the repository root (no pom.xml)" >&2; exit 2; }
        ROOT="$(cd "$root" && pwd)"
    else
        ROOT="$(mk_repo_root)"
    fi
    TS="$ROOT/target/test-stack"
    LOG_DIR="$TS/log"
    MDB_DIR="$TS/mariadb"
    KC_DIR="$TS/keycloak"
    PAYARA_HOME="$TS/payara6"
    STATE="$TS/state"
    ENV_FILE="$TS/env.properties"
    UP_PID="$TS/upstream.pid"
    DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME?useSSL=false&allowPublicKeyRetrieval=true"
}

say() {
    printf '[%s] test-stack: %s\n' "$(_mk_elapsed)" "$*"
}

step() {
    mk_step "test-stack: $*"
}

fail() {
    mk_fail "$@"
    exit 1
}

state_get() {
    [[ -f "$STATE" ]] || return 0
    sed -n "s/^$1=//p" "$STATE" | head -n 1
}

# The process to watch: the nearest `java` ancestor (the Maven JVM when exec-maven-plugin runs us, directly
# or through a shell), else our parent.
detect_watch_pid() {
    local p="$PPID" comm i
    for ((i = 0; i < 4; i++)); do
        [[ "$p" =~ ^[0-9]+$ && "$p" -gt 1 ]] || break
        comm="$(ps -o comm= -p "$p" 2>/dev/null | tr -d ' ')" || break
        if [[ "$comm" == java ]]; then
            echo "$p"
            return
        fi
        p="$(ps -o ppid= -p "$p" 2>/dev/null | tr -d ' ')" || break
    done
    echo "$PPID"
}

watchdog_pid() {
    local pid cmdline
    pid="$(cat "$TS/watchdog.pid" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    [[ "$cmdline" == *"test-stack.sh __watch $ROOT "* ]] || return 1
    echo "$pid"
}

# Our processes that outlived their records (pid files gone, e.g. after `mvn clean` under a running stack):
# anything whose command line points into target/test-stack/, and this checkout's upstream partner on this
# stack's port (never another checkout's, nor bin/marketplace's on 8090).
leftover_pids() {
    local c pid cmdline
    for c in /proc/[0-9]*/cmdline; do
        pid="${c#/proc/}"
        pid="${pid%/cmdline}"
        [[ "$pid" == "$$" || "$pid" == "$BASHPID" ]] && continue
        cmdline="$(tr '\0' ' ' <"$c" 2>/dev/null)" || continue
        case "$cmdline" in
            *"--datadir=$MDB_DIR/data"* | *"kc.home.dir=$KC_DIR"* | *"$KC_DIR/bin/kc.sh"* | \
                *"-Dcom.sun.aas.instanceRoot=$PAYARA_HOME/"* | \
                *"$ROOT/upstream-partner/target/upstream-partner.jar:"*"$UP_MAIN --port $UPSTREAM_PORT"*)
                echo "$pid"
                ;;
        esac
    done
    return 0
}

dist_zip() {
    local gav="$1" a v
    IFS=: read -r _ a v <<<"$gav"
    if [[ -s "$ROOT/var/dist/$a-$v.zip" ]]; then
        echo "$ROOT/var/dist/$a-$v.zip"
    else
        mk_fetch_dist "$gav" "$TS/dist" "$LOG_DIR/fetch.log"
    fi
}

# The MicroProfile Config values of the app, as env names (mk_app_env) -> system property names.
app_property_name() {
    case "$1" in
        MARKETPLACE_DEMO_ENABLED) echo marketplace.demo.enabled ;;
        MARKETPLACE_KEYCLOAK_URL) echo marketplace.keycloak.url ;;
        MP_JWT_VERIFY_PUBLICKEY_LOCATION) echo mp.jwt.verify.publickey.location ;;
        MP_JWT_VERIFY_ISSUER) echo mp.jwt.verify.issuer ;;
        PAYARA_SECURITY_OPENID_PROVIDERURI) echo payara.security.openid.providerURI ;;
        MARKETPLACE_DB_URL) echo marketplace.db.url ;;
        MARKETPLACE_DB_USER) echo marketplace.db.user ;;
        MARKETPLACE_DB_PASSWORD) echo marketplace.db.password ;;
        MARKETPLACE_DEMO_UPSTREAM_URL) echo marketplace.demo.upstream.url ;;
        *) return 1 ;;
    esac
}

write_env_file() {
    local tmp="$ENV_FILE.tmp" name
    {
        echo "# Written by bin/lib/test-stack.sh start on $(date -Is). Servers of this build's integration tests."
        echo "root=$ROOT"
        echo "payara.home=$PAYARA_HOME"
        echo "payara.domain=$DOMAIN"
        echo "payara.portbase=$PORTBASE"
        echo "payara.http.port=$HTTP_PORT"
        echo "payara.admin.port=$ADMIN_PORT"
        echo "payara.url=http://localhost:$HTTP_PORT"
        echo "payara.server.log=$(payara_server_log "$PAYARA_HOME" "$DOMAIN")"
        echo "keycloak.url=http://localhost:$KC_PORT"
        echo "keycloak.management.url=http://localhost:$KC_MGMT_PORT"
        echo "keycloak.realm=marketplace"
        echo "keycloak.token.url=http://localhost:$KC_PORT/realms/marketplace/protocol/openid-connect/token"
        echo "keycloak.admin.user=admin"
        echo "keycloak.admin.password=admin"
        echo "keycloak.log=$LOG_DIR/keycloak.log"
        echo "db.url=$DB_URL"
        echo "db.host=127.0.0.1"
        echo "db.port=$DB_PORT"
        echo "db.name=$DB_NAME"
        echo "db.user=$DB_USER"
        echo "db.password=$DB_PASSWORD"
        echo "# the same server without a database: for throw-away databases (mkt may CREATE/DROP any database)"
        echo "db.server.url=jdbc:mysql://127.0.0.1:$DB_PORT/?useSSL=false&allowPublicKeyRetrieval=true"
        echo "db.log=$MDB_DIR/err.log"
        echo "upstream.url=http://localhost:$UPSTREAM_PORT"
        echo "upstream.log=$LOG_DIR/upstream.log"
        echo "# The app's configuration, as environment variables (the names bin/marketplace sets). The same"
        echo "# values are JVM system properties of domain $DOMAIN (marketplace.db.url, mp.jwt.verify.issuer, …)."
        for name in $(mk_app_env_names); do
            echo "env.$name=${!name:-}"
        done
    } >"$tmp"
    mv -f "$tmp" "$ENV_FILE"
}

start_watchdog() {
    local watch="$1"
    if [[ "$watch" == 0 ]]; then
        say "watchdog disabled (watch pid 0)"
        return 0
    fi
    rm -f "$TS/watchdog.pid"
    setsid -f bash "$SELF" __watch "$ROOT" "$watch" >>"$LOG_DIR/watchdog.log" 2>&1 </dev/null
    local i
    for ((i = 0; i < 50; i++)); do
        watchdog_pid >/dev/null && break
        sleep 0.1
    done
    watchdog_pid >/dev/null || { echo "the watchdog did not start (see $LOG_DIR/watchdog.log)" >&2; return 1; }
}

# --- commands ------------------------------------------------------------------------------------------

cmd_start() {
    setup_paths "${1:-}"
    local watch="${2:-${TEST_STACK_WATCH_PID:-}}"
    [[ -n "$watch" ]] || watch="$(detect_watch_pid)"
    mk_clock_start
    mkdir -p "$LOG_DIR"
    say "start in $TS (watching pid $watch)"

    # Already up for this build, or for another build of this tree that still runs?
    local prev_watch
    prev_watch="$(state_get watch_pid)"
    if [[ -f "$ENV_FILE" && -n "$prev_watch" ]] && mdb_is_running "$MDB_DIR" && kc_is_running "$KC_DIR"; then
        if [[ "$prev_watch" == "$watch" ]] || { [[ "$prev_watch" != 0 ]] && kill -0 "$prev_watch" 2>/dev/null && watchdog_pid >/dev/null; }; then
            say "already running (started for pid $prev_watch); nothing to do"
            return 0
        fi
    fi
    if [[ -n "$prev_watch" || -n "$(leftover_pids)" ]]; then
        say "stopping what is left of an earlier run"
        stop_all
    fi

    step "checking Java"
    local major
    major="$(mk_java_check 2>"$LOG_DIR/java-check.txt")" || fail "$(cat "$LOG_DIR/java-check.txt")"
    mk_ok "Java $major"

    step "checking ports"
    local p owner busy=""
    # shellcheck disable=SC2046
    for p in "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$UPSTREAM_PORT" $(payara_ports "$PORTBASE"); do
        case "$p" in $((PORTBASE + 49)) | $((PORTBASE + 59))) continue ;; esac # Hazelcast moves on by itself
        if mk_port_in_use "$p"; then
            owner="$(mk_port_owner "$p")"
            busy="$busy $p${owner:+ (used by $owner)}"
        fi
    done
    [[ -z "$busy" ]] || fail "port(s) in use:$busy — another test stack or server runs on this machine"
    mk_ok

    step "starting MariaDB on 127.0.0.1:$DB_PORT"
    mdb_start "$MDB_DIR" "$DB_PORT" 60 2>>"$LOG_DIR/test-stack.log" \
        || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$MDB_DIR/err.log" "$MDB_DIR/install.log"
    mk_ok

    step "creating database $DB_NAME and user $DB_USER"
    local dbs db
    dbs="$(mdb_sql "$MDB_DIR" "SHOW DATABASES" 2>>"$LOG_DIR/test-stack.log" | tail -n +2)" \
        || fail "cannot list databases" "$LOG_DIR/test-stack.log" "$MDB_DIR/err.log"
    for db in $dbs; do
        case "$db" in mysql | information_schema | performance_schema | sys) continue ;; esac
        mdb_sql "$MDB_DIR" "DROP DATABASE \`$db\`" 2>>"$LOG_DIR/test-stack.log" \
            || fail "cannot drop database $db" "$LOG_DIR/test-stack.log"
    done
    { mdb_create_db "$MDB_DIR" "$DB_NAME" "$DB_USER" "$DB_PASSWORD" \
        && mdb_grant_all_databases "$MDB_DIR" "$DB_USER"; } 2>>"$LOG_DIR/test-stack.log" \
        || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$MDB_DIR/err.log"
    mk_ok "fresh"

    local kv pv zip
    kv="$(mk_pom_property keycloak.version "$ROOT/pom.xml")"
    pv="$(mk_pom_property payara.version "$ROOT/pom.xml")"
    [[ -n "$kv" && -n "$pv" ]] || { step "reading versions"; fail "payara.version / keycloak.version not found in $ROOT/pom.xml"; }

    if [[ ! -x "$KC_DIR/bin/kc.sh" ]]; then
        step "installing Keycloak $kv"
        zip="$(dist_zip "org.keycloak:keycloak-quarkus-dist:$kv" 2>>"$LOG_DIR/fetch.log")" \
            || fail "could not get Keycloak $kv from Maven" "$LOG_DIR/fetch.log"
        kc_install "$zip" "$KC_DIR" 2>>"$LOG_DIR/fetch.log" || fail "unzip failed" "$LOG_DIR/fetch.log"
        mk_ok
    fi
    step "starting Keycloak (dev-mem) on port $KC_PORT"
    local kpid
    kpid="$(kc_start "$KC_DIR" "$KC_PORT" "$KC_MGMT_PORT" dev-mem "$LOG_DIR/keycloak.log" 2>>"$LOG_DIR/test-stack.log")" \
        || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$LOG_DIR/keycloak.log"
    mk_ok "pid $kpid, in the background"

    # Keycloak boots meanwhile.
    if [[ ! -x "$PAYARA_HOME/bin/asadmin" ]]; then
        step "installing Payara $pv"
        zip="$(dist_zip "fish.payara.distributions:payara:$pv" 2>>"$LOG_DIR/fetch.log")" \
            || fail "could not get Payara $pv from Maven" "$LOG_DIR/fetch.log"
        payara_install "$zip" "$PAYARA_HOME" 2>>"$LOG_DIR/fetch.log" || fail "unzip failed" "$LOG_DIR/fetch.log"
        mk_ok
    fi
    step "creating a fresh Payara domain $DOMAIN (portbase $PORTBASE)"
    payara_delete_domain "$PAYARA_HOME" "$DOMAIN" 2>>"$LOG_DIR/payara.log" \
        || fail "could not remove the old domain" "$LOG_DIR/payara.log"
    payara_create_domain "$PAYARA_HOME" "$DOMAIN" "$PORTBASE" >>"$LOG_DIR/payara.log" 2>&1 \
        || fail "create-domain failed" "$LOG_DIR/payara.log"
    # The app's configuration for the tests (never the caller's MARKETPLACE_DB_* variables).
    unset MARKETPLACE_DB_URL MARKETPLACE_DB_USER MARKETPLACE_DB_PASSWORD
    mk_app_env "$KC_PORT" "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$UPSTREAM_PORT"
    local name opts=()
    for name in $(mk_app_env_names); do
        opts+=("-D$(app_property_name "$name")=${!name}")
    done
    payara_domain_options "$PAYARA_HOME" "$DOMAIN" "${opts[@]}" 2>>"$LOG_DIR/payara.log" \
        || fail "could not configure the domain" "$LOG_DIR/payara.log"
    mk_ok

    step "starting the upstream partner on port $UPSTREAM_PORT"
    { up_start "$ROOT" "$UPSTREAM_PORT" "$LOG_DIR/upstream.log" "$UP_PID" \
        && up_wait_ready "$UPSTREAM_PORT" 60 "$UP_PID"; } 2>>"$LOG_DIR/test-stack.log" \
        || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$LOG_DIR/upstream.log"
    mk_ok

    step "waiting for Keycloak (http://localhost:$KC_PORT)"
    kc_wait_ready "$KC_MGMT_PORT" "$KC_READY_TIMEOUT" "$KC_PORT" 2>>"$LOG_DIR/test-stack.log" \
        || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$LOG_DIR/keycloak.log"
    mk_ok

    write_env_file
    printf 'watch_pid=%s\nstarted=%s\n' "$watch" "$(date -Is)" >"$STATE"
    step "starting the watchdog"
    start_watchdog "$watch" 2>>"$LOG_DIR/test-stack.log" || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$LOG_DIR/watchdog.log"
    mk_ok "stops the stack when pid $watch ends"
    say "ready: MariaDB 127.0.0.1:$DB_PORT, Keycloak http://localhost:$KC_PORT, Payara domain $DOMAIN (HTTP $HTTP_PORT, started by Arquillian); $ENV_FILE"
}

# stop_all: everything of the stack, quietly; 0 when all is stopped and the ports are free.
stop_all() {
    local rc=0 pid ports=()
    if [[ "${1:-}" != keep-watchdog ]] && pid="$(watchdog_pid)"; then
        kill -TERM "$pid" 2>/dev/null || true
    fi
    rm -f "$TS/watchdog.pid"
    # wait below only for the ports of what was ours (others may use them: then start says so)
    if [[ -d "$PAYARA_HOME" ]]; then
        if payara_is_running "$PAYARA_HOME" "$DOMAIN"; then
            ports+=("$HTTP_PORT" "$ADMIN_PORT")
        fi
        payara_stop "$PAYARA_HOME" "$DOMAIN" 60 || rc=1
    fi
    up_is_running "$UP_PID" && ports+=("$UPSTREAM_PORT")
    up_stop "$UP_PID" 20 || rc=1
    kc_is_running "$KC_DIR" && ports+=("$KC_PORT" "$KC_MGMT_PORT")
    kc_stop "$KC_DIR" 60 || rc=1
    mdb_is_running "$MDB_DIR" && ports+=("$DB_PORT")
    mdb_stop "$MDB_DIR" 30 || rc=1
    for pid in $(leftover_pids); do
        echo "test-stack: stopping leftover process $pid" >&2
        kill -TERM "$pid" 2>/dev/null || true
    done
    local deadline=$((SECONDS + 20))
    while [[ -n "$(leftover_pids)" ]] && ((SECONDS < deadline)); do
        sleep 0.5
    done
    for pid in $(leftover_pids); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    if ((${#ports[@]})); then
        mk_wait_ports_free 30 "${ports[@]}" || rc=1
    fi
    rm -f "$STATE"
    return "$rc"
}

cmd_stop() {
    setup_paths "${1:-}"
    mk_clock_start
    mkdir -p "$LOG_DIR"
    step "stopping (Payara domain $DOMAIN if up, Keycloak, MariaDB, upstream partner, watchdog)"
    stop_all 2>>"$LOG_DIR/test-stack.log" || fail "$(tail -n 1 "$LOG_DIR/test-stack.log")" "$LOG_DIR/test-stack.log"
    mk_ok
}

cmd_status() {
    setup_paths "${1:-}"
    local up=0
    if mdb_is_running "$MDB_DIR"; then
        echo "MariaDB   running  127.0.0.1:$DB_PORT"
        up=$((up + 1))
    else
        echo "MariaDB   stopped"
    fi
    if kc_is_running "$KC_DIR"; then
        echo "Keycloak  running  http://localhost:$KC_PORT (pid $(cat "$KC_DIR/kc.pid"))"
        up=$((up + 1))
    else
        echo "Keycloak  stopped"
    fi
    if [[ -d "$PAYARA_HOME" ]] && payara_is_running "$PAYARA_HOME" "$DOMAIN"; then
        echo "Payara    running  http://localhost:$HTTP_PORT (domain $DOMAIN)"
    else
        echo "Payara    stopped  (Arquillian starts it)"
    fi
    local w
    if up_is_running "$UP_PID"; then
        echo "Upstream  running  http://localhost:$UPSTREAM_PORT/distributor/InventoryInquiry"
    else
        echo "Upstream  stopped"
    fi
    if w="$(watchdog_pid)"; then echo "Watchdog  pid $w, watching pid $(state_get watch_pid)"; else echo "Watchdog  none"; fi
    ((up == 2))
}

# __watch <root> <pid>: waits for <pid> to end, then stops the stack. Killed by `stop` (TERM).
cmd_watch() {
    setup_paths "$1"
    local watch="$2"
    trap 'exit 0' TERM INT HUP
    echo "$BASHPID" >"$TS/watchdog.pid"
    echo "$(date -Is) watchdog $BASHPID: watching pid $watch"
    while kill -0 "$watch" 2>/dev/null; do
        sleep 2 &
        wait $! || true
    done
    echo "$(date -Is) watchdog: pid $watch has ended; stopping the test stack"
    trap '' TERM INT HUP
    mk_clock_start
    stop_all keep-watchdog || echo "$(date -Is) watchdog: stop reported a problem"
    rm -f "$TS/watchdog.pid"
    echo "$(date -Is) watchdog: done"
}

main() {
    local cmd="${1:-}"
    [[ $# -gt 0 ]] && shift
    case "$cmd" in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        status) cmd_status "$@" ;;
        __watch) cmd_watch "$@" ;;
        *)
            echo "usage: $0 start [<repo-root>] [<watch-pid>] | stop [<repo-root>] | status [<repo-root>]" >&2
            exit 2
            ;;
    esac
}

main "$@"
