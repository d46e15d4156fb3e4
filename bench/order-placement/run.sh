#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# bench/order-placement: placing orders. POST /api/v1/orders over HTTP with a JWT and a fresh Idempotency-Key
# per order at CLIENTS concurrent clients (default 32), against raw JDBC doing the same row writes (the key,
# conditional stock updates and catalog changes, order, purchase orders, lines, ledger events, outbox rows)
# at CLIENTS connections — same MariaDB, same machine, same run. Orders have 2–3 lines from two suppliers.
#
#   bench/order-placement/run.sh     writes bench/results/order-placement-<date>-<host>.md
#
# The servers are the test stack's on the bench's own ports (MariaDB 53306, Keycloak 58180, Payara 58080,
# upstream partner 58090); the demo network is loaded through the API first. Do not run it while
# `mvn verify` or bench/catalog-search runs in the same checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source bin/lib/common.sh
source bin/lib/payara.sh

CLIENTS="${CLIENTS:-32}"
WARMUP="${WARMUP:-10}"
SECONDS_PER_PHASE="${SECONDS_PER_PHASE:-30}"
RETRIES="${RETRIES:-200}"
export TEST_STACK_DB_PORT=53306 TEST_STACK_KEYCLOAK_PORT=58180 TEST_STACK_KEYCLOAK_MGMT_PORT=59000 TEST_STACK_PORTBASE=58000
# the Connector/J settings the application's pool adds (MarketplaceDataSource.withRoundTripSavers): the raw
# baseline gets the same driver, the same settings and the same isolation (RawOrderWriter)
JDBC="jdbc:mysql://127.0.0.1:53306/marketplace?useSSL=false&allowPublicKeyRetrieval=true&useLocalSessionState=true&useLocalTransactionState=true&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&cacheServerConfiguration=true&rewriteBatchedStatements=true&maintainTimeStats=false"
API="http://localhost:58080/api/v1"
TOKEN_URL="http://localhost:58180/realms/marketplace/protocol/openid-connect/token"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/order-placement-$(date +%F)-$(hostname -s).md"
LOG="$ROOT/target/bench-order-placement"
mkdir -p "$RESULTS" "$LOG"

stamp() { printf '[%(%T)T] %s\n' -1 "$*"; }
cleanup() { bash bin/lib/test-stack.sh stop "$ROOT" >/dev/null 2>&1 || true; }
trap cleanup EXIT

stamp "building the application and the benchmark"
mvn -o -q -DskipTests -DskipITs install
mvn -o -q -f bench/pom.xml package
CP="bench/target/marketplace-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"

stamp "starting MariaDB, Keycloak, the upstream partner and a fresh Payara domain (bench ports)"
bash bin/lib/test-stack.sh start "$ROOT" 0
PAYARA_HOME="$ROOT/target/test-stack/payara6"
payara_start "$PAYARA_HOME" marketplace-test "$LOG/payara.log"
stamp "deploying the marketplace (Flyway creates the schema)"
payara_deploy "$PAYARA_HOME" 58048 marketplace "$ROOT/marketplace-ear/target/marketplace.ear" "$LOG/deploy.log"
payara_wait_health 58080 180

stamp "loading the demo network through the API (suppliers, 2,000+ listings, Globex and its buyers)"
OLGA="$(curl -s -d 'client_id=marketplace-cli&grant_type=password&username=olga%40marketplace.example&password=demo' "$TOKEN_URL" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $OLGA" "$API/demo-network"
deadline=$((SECONDS + 300))
until curl -s -H "Authorization: Bearer $OLGA" "$API/demo-network" | grep -q '"state":"DONE"'; do
  if curl -s -H "Authorization: Bearer $OLGA" "$API/demo-network" | grep -q '"state":"FAILED"' || ((SECONDS > deadline)); then
    echo "the demo network did not load (failed, or not done within 300 s)" >&2
    exit 1
  fi
  sleep 2
done

# what the figures depend on: Payara's HTTP worker threads and the application's connection pool
ASADMIN=("$PAYARA_HOME/bin/asadmin" --port 58048)
HTTP_THREADS="$("${ASADMIN[@]}" get 'configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size' 2>/dev/null | sed -n 's/.*=//p')"
PAYARA_PID="$(payara_pid "$PAYARA_HOME" marketplace-test)"
MARIADB_PID="$(tr -dc '0-9' <"$ROOT/target/test-stack/mariadb/pid")"

stamp "measuring ($CLIENTS clients, ${WARMUP} s warm-up, ${SECONDS_PER_PHASE} s per path, $RETRIES retried keys)"
java -Xmx1g -cp "$CP" org.extranet.marketplace.bench.OrderPlacementBench measure "$JDBC" mkt mkt "$API" "$TOKEN_URL" \
  "$CLIENTS" "$WARMUP" "$SECONDS_PER_PHASE" "$RETRIES" "$LOG/figures.md" "$PAYARA_PID" "$MARIADB_PID"

{
  echo "# bench/order-placement — $(date +%F) on $(hostname -s)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}')."
  echo "Command: \`bench/order-placement/run.sh\` (CLIENTS=$CLIENTS WARMUP=$WARMUP SECONDS_PER_PHASE=$SECONDS_PER_PHASE RETRIES=$RETRIES)."
  echo "Payara: http-thread-pool max ${HTTP_THREADS:-?} threads; the application's JDBC pool max 32 connections (glassfish-resources.xml)."
  echo
  cat "$LOG/figures.md"
  echo
  echo "Both paths ran in this one run on this machine against the same database (the demo network, stock raised"
  echo "beforehand so no order runs short). The API path adds HTTP, the JWT check, reading the key, the buyer's"
  echo "products, contracts and the ACTIVE suppliers, pricing, the spending limit, JPA, and a flush per ledger step;"
  echo "the outbox worker delivers purchase orders meanwhile. The client shares the machine's cores with Payara and MariaDB."
} >"$OUT"
stamp "wrote $OUT"
cat "$OUT"
