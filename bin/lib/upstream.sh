#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The reference upstream partner (module upstream-partner): the demo's distributor and manufacturer behind
# Northwind Software, answering InventoryInquiry (SOAP) at
#   http://localhost:<port>/distributor/InventoryInquiry and http://localhost:<port>/manufacturer/InventoryInquiry
# Sourced by bin/marketplace and bin/lib/test-stack.sh. Functions return non-zero with a message on stderr.
#
#   up_start <repo-root> <port> <log-file> <pid-file>    starts it in the background (built jar + target/lib)
#   up_wait_ready <port> <timeout-seconds> [<pid-file>]  until the distributor's WSDL answers (gives up early
#                                                        when the process of <pid-file> has ended)
#   up_is_running <pid-file>
#   up_stop <pid-file> [<timeout-seconds>]

UP_MAIN=org.extranet.upstream.UpstreamPartnerServer

_up_alive() {
    local pid="$1" cmdline
    kill -0 "$pid" 2>/dev/null || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    [[ "$cmdline" == *"$UP_MAIN"* ]]
}

up_is_running() {
    local pidfile="$1" pid
    pid="$(cat "$pidfile" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && _up_alive "$pid"
}

up_start() {
    local root="$1" port="$2" log="$3" pidfile="$4"
    local target="$root/upstream-partner/target"
    if [[ ! -f "$target/upstream-partner.jar" || ! -d "$target/lib" ]]; then
        echo "the upstream partner is not built ($target/upstream-partner.jar); build the project first" >&2
        return 1
    fi
    mkdir -p "$(dirname "$log")" "$(dirname "$pidfile")"
    setsid java -Xmx96m -cp "$target/upstream-partner.jar:$target/lib/*" "$UP_MAIN" --port "$port" \
        >>"$log" 2>&1 </dev/null &
    echo $! >"$pidfile"
}

up_wait_ready() {
    local port="$1" timeout="${2:-60}" pidfile="${3:-}"
    local deadline=$((SECONDS + timeout))
    until [[ "$(mk_http_code "http://localhost:$port/distributor/InventoryInquiry?wsdl")" == 200 ]]; do
        if [[ -n "$pidfile" ]] && ! up_is_running "$pidfile"; then
            echo "the upstream partner exited during start" >&2
            return 1
        fi
        if ((SECONDS >= deadline)); then
            echo "the upstream partner did not answer on port $port within ${timeout}s" >&2
            return 1
        fi
        sleep 0.5
    done
}

up_stop() {
    local pidfile="$1" timeout="${2:-20}" pid
    pid="$(cat "$pidfile" 2>/dev/null)" || return 0
    if [[ "$pid" =~ ^[0-9]+$ ]] && _up_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        local deadline=$((SECONDS + timeout))
        while _up_alive "$pid" && ((SECONDS < deadline)); do
            sleep 0.2
        done
        _up_alive "$pid" && kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$pidfile"
}
