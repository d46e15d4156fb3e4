# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0
#
# Shared helpers for bin/marketplace, bin/lib/test-stack.sh and bench/startup/run.sh.
# Source it; it defines functions only (plus MK_T0, the clock the step lines count from).
#
#   mk_repo_root                          absolute path of the repository (this file is bin/lib/common.sh)
#   mk_clock_start                        (re)start the clock of the step lines
#   mk_step <text>                        print "[ 12.3s] <text> … " (no newline)
#   mk_ok [<note>] / mk_fail <why> [<log>...]   finish the step line; mk_fail prints to stderr
#   mk_info <text>                        a full step line without status
#   mk_die <why> [<log>...]               mk_fail-style message, then exit 1
#   mk_port_in_use <port>                 0 if something listens on <port>
#   mk_port_owner <port>                  "pid 123 (java)" when visible, else empty
#   mk_wait_ports_free <timeout-s> <port>...   0 once none of the ports listens
#   mk_http_code <url>                    the HTTP status code, 000 when nothing answers
#   mk_pom_property <name> [<pom>]        a <properties> value of the root pom (sed, no Maven)
#   mk_fetch_dist <g:a:v> <outdir> <log>  the distribution zip from Maven (dependency:copy), echoes its path
#   mk_java_check                         Java >= 17 or a clear message (returns 1)
#   mk_ear_path / mk_ear_needs_build / mk_build_ear <log>
#   mk_app_env <keycloak-http-port> [<db-url> <db-user> <db-password>]
#                                         export the environment the Payara process of the app needs

mk_repo_root() {
    (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
}

# --- step lines ----------------------------------------------------------------------------------------

mk_clock_start() {
    MK_T0="${EPOCHREALTIME/./}"
}

_mk_elapsed() {
    local now="${EPOCHREALTIME/./}" us
    us=$((now - ${MK_T0:-$now}))
    printf '%3d.%ds' $((us / 1000000)) $(((us % 1000000) / 100000))
}

mk_step() {
    MK_STEP_T0="${EPOCHREALTIME/./}"
    printf '[%s] %s … ' "$(_mk_elapsed)" "$*"
}

# The duration of the current step, e.g. "8.1s".
mk_step_seconds() {
    local now="${EPOCHREALTIME/./}" us
    us=$((now - ${MK_STEP_T0:-$now}))
    printf '%d.%ds' $((us / 1000000)) $(((us % 1000000) / 100000))
}

# mk_ok [<note>]: "ok (8.1s)" or "ok (8.1s, <note>)"
mk_ok() {
    if [[ $# -gt 0 && -n "$1" ]]; then
        printf 'ok (%s, %s)\n' "$(mk_step_seconds)" "$*"
    else
        printf 'ok (%s)\n' "$(mk_step_seconds)"
    fi
}

mk_skip() {
    printf 'skipped (%s)\n' "$*"
}

mk_fail() {
    local why="$1"
    shift
    printf 'FAILED\n'
    printf '  error: %s\n' "$why" >&2
    local log
    for log in "$@"; do
        [[ -n "$log" ]] && printf '  log:   %s\n' "$log" >&2
    done
    for log in "$@"; do
        if [[ -f "$log" && -s "$log" ]]; then
            printf '  last lines of %s:\n' "$log" >&2
            tail -n 15 "$log" | sed 's/^/    | /' >&2
            break
        fi
    done
}

mk_info() {
    printf '[%s] %s\n' "$(_mk_elapsed)" "$*"
}

mk_die() {
    local why="$1"
    shift
    printf '[%s] ' "$(_mk_elapsed)"
    mk_fail "$why" "$@"
    exit 1
}

# --- ports and HTTP ------------------------------------------------------------------------------------

mk_port_in_use() {
    local port="$1"
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

mk_port_owner() {
    local port="$1" line
    command -v ss >/dev/null 2>&1 || return 0
    line="$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)"
    if [[ "$line" =~ \(\(\"([^\"]+)\",pid=([0-9]+) ]]; then
        printf 'pid %s (%s)' "${BASH_REMATCH[2]}" "${BASH_REMATCH[1]}"
    fi
}

mk_wait_ports_free() {
    local timeout="$1" p busy
    shift
    local deadline=$((SECONDS + timeout))
    while :; do
        busy=""
        for p in "$@"; do
            mk_port_in_use "$p" && busy="$busy $p"
        done
        [[ -z "$busy" ]] && return 0
        if ((SECONDS >= deadline)); then
            printf 'still in use after %ss:%s\n' "$timeout" "$busy" >&2
            return 1
        fi
        sleep 0.5
    done
}

mk_http_code() {
    curl -s -o /dev/null -m "${2:-5}" -w '%{http_code}' "$1" 2>/dev/null || true
}

# --- build and distributions ---------------------------------------------------------------------------

mk_pom_property() {
    local name="$1" pom="${2:-$(mk_repo_root)/pom.xml}"
    sed -n "s:.*<$name>[[:space:]]*\([^<]*[^<[:space:]]\)[[:space:]]*</$name>.*:\1:p" "$pom" | head -n 1
}

# mk_fetch_dist <groupId:artifactId:version> <outdir> <log>: copies <artifactId>-<version>.zip from Maven
# (the local repository, else Maven Central) into <outdir> unless it is there already; echoes its path.
mk_fetch_dist() {
    local gav="$1" outdir="$2" log="$3" g a v zip
    IFS=: read -r g a v <<<"$gav"
    if [[ -z "$g" || -z "$a" || -z "$v" ]]; then
        echo "bad artifact '$gav' (want groupId:artifactId:version)" >&2
        return 2
    fi
    zip="$outdir/$a-$v.zip"
    if [[ ! -s "$zip" ]]; then
        mkdir -p "$outdir" "$(dirname "$log")" || return 1
        # -N: the root pom only (its modules need not build for this); run from the repo root so
        # .mvn/ settings apply.
        if ! (cd "$(mk_repo_root)" && mvn -q -B -N dependency:copy "-Dartifact=$g:$a:$v:zip" \
                "-DoutputDirectory=$outdir" -Dmdep.overWriteReleases=false) >>"$log" 2>&1; then
            echo "mvn dependency:copy of $g:$a:$v:zip failed" >&2
            return 1
        fi
        if [[ ! -s "$zip" ]]; then
            echo "mvn dependency:copy did not produce $zip" >&2
            return 1
        fi
    fi
    echo "$zip"
}

_mk_java_bin() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        echo "$JAVA_HOME/bin/java"
    else
        command -v java 2>/dev/null
    fi
}

# mk_java_major: the feature version of the java the servers will use (8, 11, 17, 21 …), empty if none.
mk_java_major() {
    local java v
    java="$(_mk_java_bin)" || return 1
    [[ -n "$java" ]] || return 1
    v="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
    [[ -n "$v" ]] || return 1
    if [[ "$v" == 1.* ]]; then
        v="${v#1.}"
    fi
    echo "${v%%[.+-]*}"
}

mk_java_check() {
    local major
    major="$(mk_java_major)" || major=""
    if [[ -z "$major" ]]; then
        echo "no Java found: install a JDK 17 (e.g. apt-get install openjdk-17-jdk) or set JAVA_HOME" >&2
        return 1
    fi
    if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then
        echo "Java $major found ($(_mk_java_bin)), but Payara 6 and Keycloak 26 need Java 17 or newer: install a JDK 17 or point JAVA_HOME at one" >&2
        return 1
    fi
    echo "$major"
}

mk_ear_path() {
    echo "$(mk_repo_root)/marketplace-ear/target/marketplace.ear"
}

# 0 when the EAR is missing or any pom.xml or file under a module's src/ is newer than it.
mk_ear_needs_build() {
    local root ear newer
    root="$(mk_repo_root)"
    ear="$(mk_ear_path)"
    [[ -f "$ear" ]] || return 0
    newer="$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src -newer "$ear" -print -quit 2>/dev/null)"
    [[ -n "$newer" ]]
}

mk_build_ear() {
    local log="$1" root
    root="$(mk_repo_root)"
    mkdir -p "$(dirname "$log")" || return 1
    (cd "$root" && mvn -q -B -DskipTests package) >"$log" 2>&1 || return 1
    [[ -f "$(mk_ear_path)" ]] || { echo "the build did not produce $(mk_ear_path)" >&2; return 1; }
}

# --- the application's environment ---------------------------------------------------------------------

# mk_app_env <keycloak-http-port> [<db-url> <db-user> <db-password>]
# Exports what the Payara process of the marketplace reads through MicroProfile Config. The database
# variables are left as the caller set them (MARKETPLACE_DB_URL/_USER/_PASSWORD); when MARKETPLACE_DB_URL is
# unset, the given URL/user/password are used, and without those the default H2 file under var/data.
mk_app_env() {
    local kc_port="$1" db_url="${2:-}" db_user="${3:-}" db_password="${4:-}" upstream_port="${5:-8090}"
    local kc="http://localhost:$kc_port"
    local realm="$kc/realms/marketplace"
    export MARKETPLACE_DEMO_ENABLED=true
    export MARKETPLACE_KEYCLOAK_URL="$kc"
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$realm/protocol/openid-connect/certs"
    export MP_JWT_VERIFY_ISSUER="$realm"
    export PAYARA_SECURITY_OPENID_PROVIDERURI="$realm"
    export MARKETPLACE_DEMO_UPSTREAM_URL="http://localhost:$upstream_port"
    if [[ -z "${MARKETPLACE_DB_URL:-}" ]]; then
        if [[ -n "$db_url" ]]; then
            export MARKETPLACE_DB_URL="$db_url"
            export MARKETPLACE_DB_USER="$db_user"
            export MARKETPLACE_DB_PASSWORD="$db_password"
        else
            # user and password: the caller's if set, else the EAR's defaults
            MARKETPLACE_DB_URL="jdbc:h2:file:$(mk_repo_root)/var/data/marketplace;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE"
            export MARKETPLACE_DB_URL
        fi
    fi
}

# The names mk_app_env exports (for printing and for baking into a test domain).
mk_app_env_names() {
    echo MARKETPLACE_DEMO_ENABLED MARKETPLACE_KEYCLOAK_URL \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION MP_JWT_VERIFY_ISSUER PAYARA_SECURITY_OPENID_PROVIDERURI \
        MARKETPLACE_DB_URL MARKETPLACE_DB_USER MARKETPLACE_DB_PASSWORD MARKETPLACE_DEMO_UPSTREAM_URL
}
