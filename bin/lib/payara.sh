# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0
#
# Payara Server 6 helpers, shared by bin/marketplace, bin/lib/test-stack.sh and bench/startup/run.sh.
# Source it; it defines functions only. Messages go to stderr; functions return non-zero on failure.
#
#   payara_install        <zip> <home>                  unzip once; <home> becomes the payara6 directory
#   payara_create_domain  <home> <domain> <portbase>    create once (--nopassword), MP Config cache 0
#   payara_delete_domain  <home> <domain>               stop it if it runs, then remove it
#   payara_domain_options <home> <domain> -Dk=v ...     add/replace JVM options of the (stopped) domain
#   payara_start          <home> <domain> <log>         asadmin start-domain (passes the caller's env)
#   payara_deploy         <home> <admin-port> <name> <archive> <log>
#   payara_stop           <home> <domain> [<timeout-s>] stop-domain, then kill if needed; idempotent
#   payara_wait_health    <http-port> <timeout-s> [<pid>]   /health/ready answers 200 and UP
#   payara_wait_http      <http-port> <timeout-s>       the HTTP listener answers (any status)
#   payara_is_running     <home> <domain>               0 if the domain's server process is alive
#   payara_pid            <home> <domain>               its pid
#   payara_find_pids      <home> <domain>               all its server processes (pid file or not)
#   payara_server_log     <home> <domain>               path of server.log
#   payara_admin_port     <home> <domain>               the admin port from domain.xml
#   payara_deployed       <home> <domain> <name>        0 if domain.xml lists application <name>
#
# Ports for --portbase B: HTTP B+80, HTTPS B+81, admin B+48, Hazelcast B+49 and B+59, IIOP B+37..39,
# JMS B+76, JMX B+86, OSGi shell B+66, debugger B+9 (listed by payara_ports).

_py_err() {
    printf 'payara: %s\n' "$*" >&2
}

payara_domain_dir() {
    echo "$1/glassfish/domains/$2"
}

payara_server_log() {
    echo "$(payara_domain_dir "$1" "$2")/logs/server.log"
}

# The TCP ports a domain created with --portbase <base> listens on (Hazelcast auto-increments from B+59).
payara_ports() {
    local b="$1"
    echo $((b + 80)) $((b + 81)) $((b + 48)) $((b + 49)) $((b + 59)) $((b + 37)) $((b + 38)) $((b + 39)) \
        $((b + 76)) $((b + 86)) $((b + 66))
}

payara_install() {
    local zip="$1" home="$2"
    if [[ -z "$zip" || -z "$home" ]]; then
        _py_err "usage: payara_install <zip> <home>"
        return 2
    fi
    [[ -x "$home/bin/asadmin" ]] && return 0
    [[ -f "$zip" ]] || { _py_err "distribution not found: $zip"; return 1; }
    command -v unzip >/dev/null 2>&1 || { _py_err "unzip is not installed"; return 1; }
    local parent tmp
    parent="$(dirname "$home")"
    mkdir -p "$parent" || return 1
    tmp="$(mktemp -d "$parent/.payara-install.XXXXXX")" || return 1
    if ! unzip -q "$zip" -d "$tmp"; then
        _py_err "could not unzip $zip"
        rm -rf "$tmp"
        return 1
    fi
    if [[ ! -x "$tmp/payara6/bin/asadmin" ]]; then
        _py_err "$zip does not look like a Payara 6 distribution (no payara6/bin/asadmin)"
        rm -rf "$tmp"
        return 1
    fi
    rm -rf "$home"
    mv "$tmp/payara6" "$home" || { rm -rf "$tmp"; return 1; }
    rm -rf "$tmp"
}

# payara_admin_port <home> <domain>: the admin listener port recorded in domain.xml (server-config).
payara_admin_port() {
    local xml
    xml="$(payara_domain_dir "$1" "$2")/config/domain.xml"
    [[ -f "$xml" ]] || return 1
    python3 - "$xml" <<'EOF'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
start = s.find('<config name="server-config"')
block = s[start:s.find('</config>', start)] if start >= 0 else s
m = re.search(r'<network-listener[^>]*name="admin-listener"[^>]*>', block)
if m:
    port = re.search(r'port="([^"]+)"', m.group(0)).group(1)
    if port.startswith('${'):
        name = port[2:-1]
        pm = re.search(r'<system-property name="%s" value="([0-9]+)"' % re.escape(name), block) \
            or re.search(r'<system-property[^>]*name="%s"[^>]*value="([0-9]+)"' % re.escape(name), s)
        port = pm.group(1) if pm else ''
    print(port)
EOF
}

# _payara_edit_domain_xml <domain.xml> <config-cache-seconds|-> [-Dname=value ...]
# Edits the server-config of a stopped domain: MicroProfile Config cache duration (what
# `asadmin set-config-cache --durationinseconds=N` writes) and JVM options (replacing any -Dname=…).
_payara_edit_domain_xml() {
    python3 - "$@" <<'EOF'
import html, re, sys
path, cache, opts = sys.argv[1], sys.argv[2], sys.argv[3:]
s = open(path, encoding="utf-8").read()
start = s.index('<config name="server-config"')
end = s.index('</config>', start)
block = s[start:end]
if cache != '-':
    m = re.search(r'<microprofile-config\b[^>]*>', block)
    if m:
        tag = m.group(0)
        if 'cache-duration-seconds=' in tag:
            new = re.sub(r'cache-duration-seconds="[^"]*"', 'cache-duration-seconds="%s"' % cache, tag)
        else:
            new = tag.replace('<microprofile-config', '<microprofile-config cache-duration-seconds="%s"' % cache, 1)
        block = block.replace(tag, new, 1)
    else:
        block = block.rstrip() + '\n            <microprofile-config cache-duration-seconds="%s"></microprofile-config>\n        ' % cache
for opt in opts:
    name = opt.split('=', 1)[0]
    block = re.sub(r'\s*<jvm-options>%s=[^<]*</jvm-options>' % re.escape(html.escape(name, quote=False)), '', block)
    i = block.index('</java-config>')
    block = block[:i] + '    <jvm-options>%s</jvm-options>\n            ' % html.escape(opt, quote=False) + block[i:]
open(path + '.tmp', 'w', encoding="utf-8").write(s[:start] + block + s[end:])
EOF
    [[ -f "$1.tmp" ]] && mv -f "$1.tmp" "$1"
}

payara_create_domain() {
    local home="$1" domain="$2" portbase="$3"
    if [[ -z "$home" || -z "$domain" || -z "$portbase" ]]; then
        _py_err "usage: payara_create_domain <home> <domain> <portbase>"
        return 2
    fi
    local dir
    dir="$(payara_domain_dir "$home" "$domain")"
    [[ -f "$dir/config/domain.xml" ]] && return 0
    rm -rf "$dir"
    "$home/bin/asadmin" --interactive=false create-domain --nopassword --portbase "$portbase" "$domain" \
        || { _py_err "create-domain $domain failed"; return 1; }
    # = asadmin set-config-cache --durationinseconds=0, without starting the domain for it
    _payara_edit_domain_xml "$dir/config/domain.xml" 0 || { _py_err "could not edit $dir/config/domain.xml"; return 1; }
}

payara_delete_domain() {
    local home="$1" domain="$2" dir
    dir="$(payara_domain_dir "$home" "$domain")"
    [[ -d "$dir" ]] || return 0
    payara_stop "$home" "$domain" || return 1
    rm -rf "$dir"
}

payara_domain_options() {
    local home="$1" domain="$2"
    shift 2
    _payara_edit_domain_xml "$(payara_domain_dir "$home" "$domain")/config/domain.xml" - "$@"
}

payara_deployed() {
    local xml
    xml="$(payara_domain_dir "$1" "$2")/config/domain.xml"
    grep -q "<application [^>]*name=\"$3\"" "$xml" 2>/dev/null
}

# payara_pid <home> <domain>: the pid in the domain's config/pid when that process is alive and is this
# domain's server (guards against a stale pid file and pid reuse).
payara_pid() {
    local dir pid
    dir="$(payara_domain_dir "$1" "$2")"
    [[ -f "$dir/config/pid" ]] || return 1
    pid="$(tr -dc '0-9' <"$dir/config/pid")"
    [[ -n "$pid" ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # (no `tr | grep -q` pipeline: under pipefail grep's early exit would fail it with SIGPIPE)
    local cmdline
    cmdline="$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    grep -qxF -e "-Dcom.sun.aas.instanceRoot=$dir" <<<"$cmdline" || return 1
    echo "$pid"
}

# payara_find_pids <home> <domain>: every live server process of the domain, pid file or not
# (by -Dcom.sun.aas.instanceRoot on its command line).
payara_find_pids() {
    local dir c pid cmdline
    dir="$(payara_domain_dir "$1" "$2")"
    for c in /proc/[0-9]*/cmdline; do
        pid="${c#/proc/}"
        pid="${pid%/cmdline}"
        cmdline="$(tr '\0' '\n' <"$c" 2>/dev/null)" || continue
        if grep -qxF -e "-Dcom.sun.aas.instanceRoot=$dir" <<<"$cmdline"; then
            echo "$pid"
        fi
    done
    return 0
}

payara_is_running() {
    payara_pid "$1" "$2" >/dev/null
}

# payara_start <home> <domain> <log>: start-domain in a session of its own (so the server outlives the
# terminal); blocks until the DAS answers. The server JVM inherits this process's environment.
payara_start() {
    local home="$1" domain="$2" log="$3"
    if [[ -z "$home" || -z "$domain" || -z "$log" ]]; then
        _py_err "usage: payara_start <home> <domain> <log>"
        return 2
    fi
    mkdir -p "$(dirname "$log")" || return 1
    if payara_is_running "$home" "$domain"; then
        return 0
    fi
    setsid -w "$home/bin/asadmin" --interactive=false start-domain "$domain" >>"$log" 2>&1 </dev/null \
        || { _py_err "start-domain $domain failed (see $log and $(payara_server_log "$home" "$domain"))"; return 1; }
}

payara_deploy() {
    local home="$1" port="$2" name="$3" archive="$4" log="$5"
    if [[ -z "$home" || -z "$port" || -z "$name" || -z "$archive" || -z "$log" ]]; then
        _py_err "usage: payara_deploy <home> <admin-port> <name> <archive> <log>"
        return 2
    fi
    [[ -f "$archive" ]] || { _py_err "no such archive: $archive"; return 1; }
    mkdir -p "$(dirname "$log")" || return 1
    "$home/bin/asadmin" --interactive=false --port "$port" deploy --force=true --name "$name" "$archive" \
        >>"$log" 2>&1 </dev/null || { _py_err "deploy of $archive failed (see $log)"; return 1; }
}

_payara_wait_gone() {
    local pid="$1" deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS >= deadline)) && return 1
        sleep 0.5
    done
}

payara_stop() {
    local home="$1" domain="$2" timeout="${3:-60}" pid
    if [[ -z "$home" || -z "$domain" ]]; then
        _py_err "usage: payara_stop <home> <domain> [<timeout-s>]"
        return 2
    fi
    if ! pid="$(payara_pid "$home" "$domain")"; then
        # no pid file (or a stale one): stop strays of this domain, if any
        local p
        for p in $(payara_find_pids "$home" "$domain"); do
            _py_err "stopping a server of domain $domain without pid file (pid $p)"
            kill -TERM "$p" 2>/dev/null
            _payara_wait_gone "$p" 20 || kill -KILL "$p" 2>/dev/null
        done
        return 0
    fi
    local half=$(((timeout + 1) / 2))
    timeout "$half" "$home/bin/asadmin" --interactive=false stop-domain "$domain" >/dev/null 2>&1 </dev/null
    local deadline=$((SECONDS + half))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            _py_err "domain $domain (pid $pid) did not stop; killing it"
            kill -TERM "$pid" 2>/dev/null
            sleep 3
            kill -KILL "$pid" 2>/dev/null
            sleep 0.5
            break
        fi
        sleep 0.5
    done
    rm -f "$(payara_domain_dir "$home" "$domain")/config/pid"
    ! kill -0 "$pid" 2>/dev/null
}

# payara_wait_health <http-port> <timeout-s> [<pid>]: until http://localhost:<port>/health/ready answers
# 200 with status UP; gives up early if <pid> (the server) dies.
payara_wait_health() {
    local port="$1" timeout="$2" pid="${3:-}"
    if [[ -z "$port" || -z "$timeout" ]]; then
        _py_err "usage: payara_wait_health <http-port> <timeout-s> [<pid>]"
        return 2
    fi
    local url="http://localhost:$port/health/ready" deadline=$((SECONDS + timeout)) body code=""
    while ((SECONDS < deadline)); do
        body="$(curl -s -m 5 -w '\n%{http_code}' "$url" 2>/dev/null)" || true
        code="${body##*$'\n'}"
        body="${body%$'\n'*}"
        if [[ "$code" == 200 ]] && grep -q '"status" *: *"UP"' <<<"$body"; then
            return 0
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            _py_err "the server (pid $pid) exited while waiting for $url"
            return 1
        fi
        sleep 1
    done
    _py_err "$url not UP after ${timeout}s (last answer: HTTP ${code:-none} ${body:0:300})"
    return 1
}

payara_wait_http() {
    local port="$1" timeout="$2" deadline code
    deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        code="$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://localhost:$port/" 2>/dev/null)" || true
        [[ -n "$code" && "$code" != 000 ]] && return 0
        sleep 0.5
    done
    _py_err "nothing answers on http://localhost:$port/ after ${timeout}s"
    return 1
}
