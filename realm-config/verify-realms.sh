#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Smoke test of the imported realms against a running Keycloak, with curl and jq only.
#
#   realm-config/verify-realms.sh [<keycloak-base-url>]     default http://localhost:18080
#
# Checks: password grant (marketplace-cli) and client credentials tokens carry groups / org_id / aud
# partner-api / sub / email; the account REST API refuses a change of org_id; the browser login of
# marketplace-portal works for a password user (identity-first, then password) and for a brokered Acme user
# (identity-first redirects to acme-intranet, no extra forms), ending at the redirect URI with a code that
# exchanges for tokens with the right org_id and roles. Exit status 0 when every check passes.
set -uo pipefail

KC="${1:-http://localhost:18080}"
TOK="$KC/realms/marketplace/protocol/openid-connect/token"
REDIRECT="http://localhost:28080/portal/callback"
GLOBEX=6f1c0a00-0000-4000-8000-000000000002
ACME=6f1c0a00-0000-4000-8000-000000000003
fails=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; fails=$((fails + 1)); }

# Payload of a JWT as JSON.
jwt() {
    local p
    p="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
    while ((${#p} % 4)); do p="$p="; done
    base64 -d <<<"$p" 2>/dev/null
}

# check <description> <json> <jq boolean expression>
check() {
    if [[ -n "$2" ]] && jq -e "$3" >/dev/null 2>&1 <<<"$2"; then
        pass "$1"
    else
        fail "$1: ${2:-no token}"
    fi
}

password_token() {
    curl -sS -d grant_type=password -d client_id=marketplace-cli -d "username=$1" -d password=demo \
        -d scope=openid "$TOK" | jq -r '.access_token // empty'
}

client_token() {
    curl -sS -d grant_type=client_credentials -d "client_id=$1" -d client_secret=demo-secret "$TOK" \
        | jq -r '.access_token // empty'
}

# Action URL of the Keycloak login form in an HTML page.
form_action() {
    grep -o -E 'id="kc-form-login"[^>]*action="[^"]*"' "$1" | sed -E 's/.*action="([^"]*)".*/\1/; s/&amp;/\&/g'
}

# request <out-file> <curl args...>: one request with the cookie jar, following redirects by hand until
# a page is returned or the client's redirect URI is reached. Sets LAST to the final URL.
request() {
    local out="$1" code loc
    shift
    read -r code loc < <(curl -sS -c "$work/jar" -b "$work/jar" -o "$out" -w '%{http_code} %{redirect_url}\n' "$@")
    while [[ "$code" == 30* && -n "$loc" ]]; do
        if [[ "$loc" == "$REDIRECT"* ]]; then
            LAST="$loc"
            return 0
        fi
        read -r code loc < <(curl -sS -c "$work/jar" -b "$work/jar" -o "$out" -w '%{http_code} %{redirect_url}\n' "$loc")
    done
    LAST=""
}

# browser_login <email>: prints the token response of the code exchange, or nothing.
browser_login() {
    local user="$1" auth code args=()
    rm -f "$work/jar"
    auth="$KC/realms/marketplace/protocol/openid-connect/auth?client_id=marketplace-portal&response_type=code"
    auth+="&scope=openid&state=st&nonce=nn&redirect_uri=$(jq -rn --arg u "$REDIRECT" '$u|@uri')"
    request "$work/1.html" "$auth"
    # identity-first: the first form asks for the username only
    request "$work/2.html" --data-urlencode "username=$user" "$(form_action "$work/1.html")"
    if [[ -z "$LAST" ]]; then
        # password form: the marketplace's own (password only) or acme-intranet's (username + password)
        grep -q 'name="username"' "$work/2.html" && args=(--data-urlencode "username=$user")
        request "$work/3.html" "${args[@]}" --data-urlencode password=demo "$(form_action "$work/2.html")"
    fi
    [[ "$LAST" == *"code="* ]] || return 1
    code="$(sed -E 's/.*[?&]code=([^&]*).*/\1/' <<<"$LAST")"
    curl -sS -d grant_type=authorization_code -d client_id=marketplace-portal -d client_secret=portal-secret \
        -d "code=$code" --data-urlencode "redirect_uri=$REDIRECT" "$TOK"
}

for tool in curl jq base64; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

echo "== tokens (password grant, marketplace-cli)"
for spec in "gina@globex.example buyer $GLOBEX" \
            "gus@globex.example approver $GLOBEX" \
            "olga@marketplace.example operator 6f1c0a00-0000-4000-8000-000000000001" \
            "sam@northwind.example supplier 6f1c0a00-0000-4000-8000-000000000004" \
            "pat@pending.example supplier 6f1c0a00-0000-4000-8000-000000000005" \
            "sid@shady.example supplier 6f1c0a00-0000-4000-8000-000000000006"; do
    read -r user role org <<<"$spec"
    claims="$(jwt "$(password_token "$user")")"
    check "$user: $role, org_id, aud partner-api, sub, email" "$claims" \
        "(.groups|index(\"$role\")) and .org_id==\"$org\" and (.aud|index(\"partner-api\")) and .sub and .email==\"$user\""
done

echo "== tokens (client credentials)"
for spec in "globex-procurement $GLOBEX" "northwind-erp 6f1c0a00-0000-4000-8000-000000000004"; do
    read -r client org <<<"$spec"
    claims="$(jwt "$(client_token "$client")")"
    check "$client: partner-integration, org_id, aud partner-api" "$claims" \
        "(.groups|index(\"partner-integration\")) and .org_id==\"$org\" and (.aud|index(\"partner-api\"))"
done

echo "== the portal client refuses the password grant"
status="$(curl -sS -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=marketplace-portal \
    -d client_secret=portal-secret -d username=gina@globex.example -d password=demo "$TOK")"
if [[ "$status" == 400 ]]; then
    pass "marketplace-portal password grant -> 400"
else
    fail "marketplace-portal password grant -> $status"
fi

echo "== account REST API cannot change org_id"
at="$(password_token gina@globex.example)"
account="$KC/realms/marketplace/account"
body="$(curl -sS -H "Authorization: Bearer $at" -H 'Accept: application/json' "$account" \
    | jq -c "{username,email,firstName,lastName,attributes:{org_id:[\"$ACME\"]}}")"
status="$(curl -sS -o "$work/acc.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $at" \
    -H 'Content-Type: application/json' -d "$body" "$account")"
if [[ "$status" == 4* ]]; then
    pass "POST account with another org_id -> $status $(jq -r .errorMessage "$work/acc.json")"
else
    fail "POST account with another org_id -> $status"
fi
check "gina's org_id unchanged in a new token" "$(jwt "$(password_token gina@globex.example)")" ".org_id==\"$GLOBEX\""

echo "== browser login through marketplace-portal"
for spec in "gina@globex.example buyer $GLOBEX" "alice@acme.example buyer $ACME" "bob@acme.example approver $ACME"; do
    read -r user role org <<<"$spec"
    if tokens="$(browser_login "$user")" && [[ -n "$tokens" ]]; then
        check "$user: code flow ends at the redirect URI; ID token $role, org_id" "$(jwt "$(jq -r .id_token <<<"$tokens")")" \
            "(.groups|index(\"$role\")) and .org_id==\"$org\" and .email==\"$user\""
        check "$user: access token aud partner-api, org_id" "$(jwt "$(jq -r .access_token <<<"$tokens")")" \
            "(.aud|index(\"partner-api\")) and .org_id==\"$org\""
    else
        fail "$user: login did not end at $REDIRECT with a code"
    fi
done

echo
if ((fails)); then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
