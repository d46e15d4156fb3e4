#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# bench/metrics: the order-cost dashboard endpoint (GET /api/v1/metrics/order-cost?groupBy=channel|month|buyer|supplier
# over a year, HTTP, the operator's JWT) against the raw aggregate SQL computing the same totals straight from the
# ledger — same MariaDB, same data, same machine, same run. ORDERS (default 1,000,000) orders are written into the
# ledger tables first, with the cost facts the application keeps per step (setup, not measured).
#
#   bench/metrics/run.sh     writes bench/results/metrics-<date>-<host>.md
#
# The servers are the test stack's on the bench's own ports (MariaDB 53306, Keycloak 58180, Payara 58080,
# upstream partner 58090). Do not run it while `mvn verify` or another benchmark runs in the same checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source bin/lib/common.sh
source bin/lib/payara.sh

ORDERS="${ORDERS:-1000000}"
THREADS="${THREADS:-2}"
REPETITIONS="${REPETITIONS:-5}"
export TEST_STACK_DB_PORT=53306 TEST_STACK_KEYCLOAK_PORT=58180 TEST_STACK_KEYCLOAK_MGMT_PORT=59000 TEST_STACK_PORTBASE=58000
JDBC="jdbc:mysql://127.0.0.1:53306/marketplace?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&cachePrepStmts=true"
API="http://localhost:58080/api/v1"
TOKEN_URL="http://localhost:58180/realms/marketplace/protocol/openid-connect/token"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/metrics-$(date +%F)-$(hostname -s).md"
LOG="$ROOT/target/bench-metrics"
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

stamp "loading the demo network through the API (its year of history runs through the use cases)"
OLGA="$(curl -s -d 'client_id=marketplace-cli&grant_type=password&username=olga%40marketplace.example&password=demo' "$TOKEN_URL" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $OLGA" "$API/demo-network"
deadline=$((SECONDS + 600))
until curl -s -H "Authorization: Bearer $OLGA" "$API/demo-network" | grep -q '"state":"DONE"'; do
  if curl -s -H "Authorization: Bearer $OLGA" "$API/demo-network" | grep -q '"state":"FAILED"' || ((SECONDS > deadline)); then
    echo "the demo network did not load (failed, or not done within 600 s)" >&2
    exit 1
  fi
  sleep 2
done

stamp "writing $ORDERS orders into the ledger with their cost facts ($THREADS connections)"
GENERATED="$(java -Xmx1g -cp "$CP" org.extranet.marketplace.bench.MetricsBench generate "$JDBC" mkt mkt "$ORDERS" "$THREADS")"
echo "$GENERATED"
/usr/bin/mariadb -h127.0.0.1 -P53306 -umkt -pmkt marketplace -e "ANALYZE TABLE customer_order, purchase_order, order_event, order_cost_order, order_cost_fact" >/dev/null

stamp "measuring ($REPETITIONS repetitions per grouping after a warm-up)"
java -Xmx1g -cp "$CP" org.extranet.marketplace.bench.MetricsBench measure "$JDBC" mkt mkt "$API" "$TOKEN_URL" "$REPETITIONS" "$LOG/figures.md"

{
  echo "# bench/metrics — $(date +%F) on $(hostname -s)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}')."
  echo "Command: \`bench/metrics/run.sh\` (ORDERS=$ORDERS THREADS=$THREADS REPETITIONS=$REPETITIONS). Setup: $GENERATED."
  echo
  cat "$LOG/figures.md"
  echo
  echo "Both paths ran in this one run on this machine against the same database: the demo network (its year of"
  echo "history through the use cases) plus the generated orders. API: \`GET /api/v1/metrics/order-cost\` for the whole"
  echo "year as the operator — HTTP, the JWT check, the endpoint summing the cost facts kept per ledger step"
  echo "(\`order_cost_fact\`, \`order_cost_order\`) and pricing the sums with the cost model in force. Raw SQL: one"
  echo "query per grouping over the ledger itself (\`order_event\` with \`customer_order\` and, by supplier,"
  echo "\`purchase_order\`) pricing every step in SQL with the same model's figures (\`RawOrderCost\`). Totals are"
  echo "compared group by group (cents of rounding apart: the endpoint rounds each group once)."
} >"$OUT"
stamp "wrote $OUT"
cat "$OUT"
