# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0
#
# Keycloak helpers for the Extranet Marketplace launcher (bin/marketplace) and the test harness.
#
# Source this file; it only defines functions (no variables, no traps, no `set` options, no output).
#
#   kc_install    <zip> <dir>                                      unzip the distribution once into <dir>
#   kc_start      <dir> <http-port> <mgmt-port> <dev-file|dev-mem> <logfile>
#                                                                  start in the background, echo the pid
#   kc_wait_ready <mgmt-port> <timeout-seconds> [<http-port>]      wait for /health/ready and both realms
#   kc_stop       <dir> [<timeout-seconds>]                        stop what kc_start started in <dir>
#   kc_is_running <dir>                                            0 if the kc_start'ed process is alive
#   kc_realm_config_dir                                            absolute path of realm-config/
#
# Keycloak's issuer and the `acme-intranet` identity provider URLs follow the public URL: kc_start exports
# KC_PUBLIC_URL=http://localhost:<http-port> to Keycloak only, and the realm files use
# ${KC_PUBLIC_URL:http://localhost:18080} placeholders, resolved once when the realm is imported.
#
# Realm import skips realms that already exist: with dev-file the realms are imported on the first start
# only (delete <dir>/data/h2 to re-import); dev-mem imports them on every start.
#
# Messages go to stderr; functions return non-zero on failure and never call `exit`.

# Absolute path of realm-config/ (this file lives in bin/lib/).
kc_realm_config_dir() {
    (CDPATH='' cd -- "$(dirname "${BASH_SOURCE[0]}")/../../realm-config" && pwd)
}

_kc_err() {
    printf 'keycloak: %s\n' "$*" >&2
}

# 0 if something accepts TCP connections on localhost:<port>.
_kc_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# kc_install <zip> <dir>: unzip the Keycloak distribution into <dir> (which becomes the Keycloak home,
# containing bin/kc.sh) unless it is already there.
kc_install() {
    local zip="${1:-}" dir="${2:-}"
    if [[ -z "$zip" || -z "$dir" ]]; then
        _kc_err "usage: kc_install <zip> <dir>"
        return 2
    fi
    if [[ -x "$dir/bin/kc.sh" ]]; then
        return 0
    fi
    if [[ ! -f "$zip" ]]; then
        _kc_err "distribution not found: $zip"
        return 1
    fi
    command -v unzip >/dev/null 2>&1 || { _kc_err "unzip is not installed"; return 1; }
    local parent tmp top
    parent="$(dirname "$dir")"
    mkdir -p "$parent" || return 1
    tmp="$(mktemp -d "$parent/.kc-install.XXXXXX")" || return 1
    if ! unzip -q "$zip" -d "$tmp"; then
        _kc_err "could not unzip $zip"
        rm -rf "$tmp"
        return 1
    fi
    # The zip holds a single top-level directory (keycloak-<version>/).
    top="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
    if [[ -z "$top" || ! -f "$top/bin/kc.sh" ]]; then
        _kc_err "$zip does not look like a Keycloak distribution"
        rm -rf "$tmp"
        return 1
    fi
    if [[ -d "$dir" ]]; then
        # An existing but incomplete directory (e.g. only data/): merge the distribution into it.
        cp -a "$top/." "$dir/" || { rm -rf "$tmp"; return 1; }
    else
        mv "$top" "$dir" || { rm -rf "$tmp"; return 1; }
    fi
    rm -rf "$tmp"
    chmod +x "$dir"/bin/*.sh
}

# kc_is_running <dir>: 0 if the process recorded in <dir>/kc.pid is alive.
kc_is_running() {
    local dir="${1:-}" pid
    [[ -f "$dir/kc.pid" ]] || return 1
    pid="$(cat "$dir/kc.pid" 2>/dev/null)"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# kc_start <dir> <http-port> <mgmt-port> <dev-file|dev-mem> <logfile>
# Copies realm-config/*-realm.json into <dir>/data/import, starts `kc.sh start-dev` in its own session
# (setsid; survives the caller), writes <dir>/kc.pid and echoes the pid. Does not wait for readiness.
kc_start() {
    local dir="${1:-}" port="${2:-}" mport="${3:-}" db="${4:-}" log="${5:-}"
    if [[ -z "$dir" || -z "$port" || -z "$mport" || -z "$db" || -z "$log" ]]; then
        _kc_err "usage: kc_start <dir> <http-port> <mgmt-port> <dev-file|dev-mem> <logfile>"
        return 2
    fi
    case "$db" in
        dev-file|dev-mem) ;;
        *) _kc_err "db mode must be dev-file or dev-mem, not '$db'"; return 2 ;;
    esac
    if [[ ! -x "$dir/bin/kc.sh" ]]; then
        _kc_err "no Keycloak in $dir (run kc_install first)"
        return 1
    fi
    if kc_is_running "$dir"; then
        _kc_err "already running in $dir (pid $(cat "$dir/kc.pid"))"
        return 1
    fi
    local p
    for p in "$port" "$mport"; do
        if _kc_port_in_use "$p"; then
            _kc_err "port $p is already in use"
            return 1
        fi
    done

    local cfg f n=0
    cfg="$(kc_realm_config_dir)" || { _kc_err "realm-config/ not found"; return 1; }
    mkdir -p "$dir/data/import" || return 1
    rm -f "$dir"/data/import/*.json
    for f in "$cfg"/*-realm.json; do
        [[ -f "$f" ]] || continue
        cp -f "$f" "$dir/data/import/" || return 1
        n=$((n + 1))
    done
    if ((n == 0)); then
        _kc_err "no *-realm.json in $cfg"
        return 1
    fi

    mkdir -p "$(dirname "$log")" || return 1
    local pidfile="$dir/kc.pid" url="http://localhost:$port"
    rm -f "$pidfile"
    # setsid -f: a new session and process group whose leader is the kc.sh process, so kc_stop can
    # signal the whole group (kc.sh and its java child). The inner bash records its own pid, then execs.
    # The environment goes to Keycloak only, not to the caller's shell.
    # shellcheck disable=SC2016 # $$, $1 and $@ belong to the inner bash
    setsid -f env \
        KC_PUBLIC_URL="$url" \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin \
        KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        bash -c '
            for fd in /proc/$$/fd/*; do fd=${fd##*/}; if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null; fi; done
            echo $$ >"$1"; shift; exec nohup "$@"' kc-start "$pidfile" \
            "$dir/bin/kc.sh" start-dev \
            --http-port "$port" \
            --http-management-port "$mport" \
            --health-enabled=true \
            --hostname="$url" \
            --import-realm \
            --db="$db" \
            >"$log" 2>&1 </dev/null

    local i pid=""
    for ((i = 0; i < 50; i++)); do
        if [[ -s "$pidfile" ]]; then
            pid="$(cat "$pidfile")"
            [[ "$pid" =~ ^[0-9]+$ ]] && break
            pid=""
        fi
        sleep 0.1
    done
    if [[ -z "$pid" ]]; then
        _kc_err "Keycloak did not start (see $log)"
        return 1
    fi
    echo "$pid"
}

# Finds the --http-port of the running Keycloak started with --http-management-port <mgmt-port>.
_kc_http_port_for_mgmt() {
    local mport="${1:-}" c args i j
    for c in /proc/[0-9]*/cmdline; do
        mapfile -d '' -t args <"$c" 2>/dev/null || continue
        for ((i = 0; i < ${#args[@]} - 1; i++)); do
            if [[ "${args[i]}" == --http-management-port && "${args[i + 1]}" == "$mport" ]]; then
                for ((j = 0; j < ${#args[@]} - 1; j++)); do
                    if [[ "${args[j]}" == --http-port ]]; then
                        echo "${args[j + 1]}"
                        return 0
                    fi
                done
            fi
        done
    done
    return 1
}

# kc_wait_ready <mgmt-port> <timeout-seconds> [<http-port>]
# Polls http://localhost:<mgmt-port>/health/ready until it reports UP and the OpenID configuration of the
# realms `marketplace` and `acme-intranet` answers on the HTTP port. Without <http-port> it is taken from
# the running Keycloak's command line (as started by kc_start). Gives up early if no such Keycloak runs.
kc_wait_ready() {
    local mport="${1:-}" timeout="${2:-}" port="${3:-}"
    if [[ -z "$mport" || -z "$timeout" ]]; then
        _kc_err "usage: kc_wait_ready <mgmt-port> <timeout-seconds> [<http-port>]"
        return 2
    fi
    local deadline=$((SECONDS + timeout)) p realm ok health
    while ((SECONDS < deadline)); do
        p="$(_kc_http_port_for_mgmt "$mport")"
        if [[ -z "$p" ]]; then
            _kc_err "no Keycloak process with --http-management-port $mport is running"
            return 1
        fi
        [[ -n "$port" ]] || port="$p"
        health="$(curl -fsS -m 5 "http://localhost:$mport/health/ready" 2>/dev/null || true)"
        if [[ "$health" =~ \"status\":\ *\"UP\" ]]; then
            ok=1
            for realm in marketplace acme-intranet; do
                if ! curl -fsS -m 5 -o /dev/null \
                        "http://localhost:$port/realms/$realm/.well-known/openid-configuration" 2>/dev/null; then
                    ok=0
                    break
                fi
            done
            ((ok)) && return 0
        fi
        sleep 1
    done
    _kc_err "not ready after ${timeout}s (health http://localhost:$mport/health/ready, realms on port ${port:-?})"
    return 1
}

# 0 if <pid> exists and is not a zombie.
_kc_alive() {
    local state
    state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z* ]]
}

# 0 if any process of group <pgid> is alive (not a zombie).
_kc_group_alive() {
    local p
    for p in $(ps -o pid= -g "$1" 2>/dev/null); do
        _kc_alive "$p" && return 0
    done
    return 1
}

# kc_stop <dir> [<timeout-seconds>]: SIGTERM the process group recorded in <dir>/kc.pid, wait until it
# is gone (default 30 s), then SIGKILL it. Succeeds if nothing is running.
kc_stop() {
    local dir="${1:-}" timeout="${2:-30}" pid
    if [[ -z "$dir" ]]; then
        _kc_err "usage: kc_stop <dir> [<timeout-seconds>]"
        return 2
    fi
    [[ -f "$dir/kc.pid" ]] || return 0
    pid="$(cat "$dir/kc.pid" 2>/dev/null)"
    if [[ ! "$pid" =~ ^[0-9]+$ ]] || ! _kc_alive "$pid"; then
        rm -f "$dir/kc.pid"
        return 0
    fi
    # Only signal what we started: the recorded pid must still be a Keycloak (guards against pid reuse).
    local cmdline
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    if [[ "$cmdline" != *bin/kc.sh* && "$cmdline" != *kc.home.dir* ]]; then
        _kc_err "pid $pid in $dir/kc.pid is not a Keycloak; not signalling it"
        rm -f "$dir/kc.pid"
        return 1
    fi
    # kc_start makes the pid the leader of its own process group (kc.sh + its java child).
    local target=("$pid")
    if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then
        target=(-- "-$pid")
    fi
    kill -TERM "${target[@]}" 2>/dev/null
    local deadline=$((SECONDS + timeout))
    while _kc_alive "$pid" || _kc_group_alive "$pid"; do
        if ((SECONDS >= deadline)); then
            _kc_err "still running after ${timeout}s; sending SIGKILL"
            kill -KILL "${target[@]}" 2>/dev/null
            sleep 1
            break
        fi
        sleep 0.5
    done
    rm -f "$dir/kc.pid"
    return 0
}
