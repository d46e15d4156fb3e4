#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# bench/startup: how long `bin/marketplace start` takes, against its raw baseline measured in the same
# run on the same machine: a bare Payara domain start + a bare Keycloak start (no realm, no app).
#
#   bench/startup/run.sh            writes bench/results/startup-<date>-<host>.md and .json
#
# cold = var/ removed except var/dist (the downloaded zips): unpack, domain creation, realm import,
#        first deploy, Flyway on an empty H2, demo data. warm = stop, then start again (all kept).
# Uses the demo's ports (8080, 8048, 18080, 19000) and scratch ports 38000 / 38180 for the baseline.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source bin/lib/common.sh
source bin/lib/payara.sh
source bin/lib/keycloak.sh

SCRATCH="$ROOT/target/bench-startup"
RESULTS="$ROOT/bench/results"
mkdir -p "$SCRATCH" "$RESULTS"

now() { date +%s.%N; }
# wait_for <url> <seconds>: until the URL answers at all (any HTTP status), bounded.
wait_for() {
  local deadline=$((SECONDS + $2))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" != 000 ]]; do
    ((SECONDS < deadline)) || { echo "timed out waiting for $1" >&2; exit 1; }
    sleep 0.2
  done
}
secs() { python3 -c "print(round($2 - $1, 1))"; }

bin/marketplace stop >/dev/null 2>&1 || true
mvn -q -DskipTests -DskipITs package
payara_zip="$(ls var/dist/payara-*.zip 2>/dev/null | head -1 || true)"
kc_zip="$(ls var/dist/keycloak-quarkus-dist-*.zip 2>/dev/null | head -1 || true)"
if [[ -z "$payara_zip" || -z "$kc_zip" ]]; then
  bin/marketplace start >/dev/null && bin/marketplace stop >/dev/null
  payara_zip="$(ls var/dist/payara-*.zip | head -1)"; kc_zip="$(ls var/dist/keycloak-quarkus-dist-*.zip | head -1)"
fi

echo "== baseline: bare Payara (empty domain, start until HTTP answers)"
rm -rf "$SCRATCH/payara6" && unzip -q "$payara_zip" -d "$SCRATCH"
"$SCRATCH/payara6/bin/asadmin" create-domain --nopassword --portbase 38000 bare >/dev/null
t0=$(now)
"$SCRATCH/payara6/bin/asadmin" start-domain bare >/dev/null
wait_for http://localhost:38080/ 300
t1=$(now)
"$SCRATCH/payara6/bin/asadmin" stop-domain bare >/dev/null
payara_bare=$(secs "$t0" "$t1")

echo "== baseline: bare Keycloak (start-dev, dev-mem, no import, to /health/ready)"
rm -rf "$SCRATCH/keycloak" && kc_install "$kc_zip" "$SCRATCH/keycloak"
"$SCRATCH/keycloak/bin/kc.sh" build --db=dev-mem >/dev/null 2>&1 || true   # augmentation is not start time
t0=$(now)
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin setsid -f "$SCRATCH/keycloak/bin/kc.sh" start-dev \
  --db=dev-mem --http-port 38180 --http-management-port 39180 --health-enabled=true >"$SCRATCH/kc.log" 2>&1
wait_for http://localhost:39180/health/ready 300
for _ in $(seq 1 1500); do curl -sf -o /dev/null http://localhost:39180/health/ready && break; sleep 0.2; done
t1=$(now)
pkill -f "kc.home.dir=$SCRATCH/keycloak" || true
keycloak_bare=$(secs "$t0" "$t1")

echo "== bin/marketplace start, cold (var/ removed except var/dist)"
find var -mindepth 1 -maxdepth 1 ! -name dist -exec rm -rf {} +
t0=$(now); bin/marketplace start >"$SCRATCH/cold.log" 2>&1; t1=$(now)
cold=$(secs "$t0" "$t1")
bin/marketplace stop >/dev/null

echo "== bin/marketplace start, warm"
t0=$(now); bin/marketplace start >"$SCRATCH/warm.log" 2>&1; t1=$(now)
warm=$(secs "$t0" "$t1")
bin/marketplace stop >/dev/null

baseline=$(python3 -c "print(round($payara_bare + $keycloak_bare, 1))")
cold_ratio=$(python3 -c "print(round($cold / $baseline, 2))")
warm_ratio=$(python3 -c "print(round($warm / $baseline, 2))")
day=$(date +%F); host=$(hostname)
cpus=$(nproc); mem=$(free -g | awk '/Mem:/{print $2}'); java=$(java -version 2>&1 | head -1)
out="$RESULTS/startup-$day-$host"
cat >"$out.json" <<JSON
{"date": "$day", "host": "$host", "cpus": $cpus, "memoryGiB": $mem, "java": "${java//\"/}",
 "payaraBareSeconds": $payara_bare, "keycloakBareSeconds": $keycloak_bare, "baselineSeconds": $baseline,
 "coldStartSeconds": $cold, "warmStartSeconds": $warm, "coldRatio": $cold_ratio, "warmRatio": $warm_ratio}
JSON
cat >"$out.md" <<MD
# bench/startup — $day on $host ($cpus cores, $mem GiB, $java)

| run | seconds | ÷ baseline |
|---|---:|---:|
| bare Payara start (empty domain, until HTTP answers) | $payara_bare | |
| bare Keycloak start-dev (dev-mem, no import → /health/ready) | $keycloak_bare | |
| **baseline** = both, one after the other | $baseline | 1.00 |
| \`bin/marketplace start\` cold (var/ gone except downloads) | $cold | $cold_ratio |
| \`bin/marketplace start\` warm (stop, start) | $warm | $warm_ratio |

Cold includes unpacking both servers, creating the domain, importing both realms, deploying the EAR,
Flyway on an empty H2 and loading the demo network; warm re-deploys and re-checks the demo network.
The launcher starts Keycloak and Payara one after the other (Payara's JWT verification needs the realm
keys at deploy time), so the baseline is their sum.
Warm can beat the baseline: the bare Keycloak runs on dev-mem and builds its database at every start,
while the launcher's Keycloak (dev-file) keeps its database and realms in var/keycloak; and the launcher
starts Keycloak in the background while it checks and prepares Payara.
MD
cat "$out.md"
