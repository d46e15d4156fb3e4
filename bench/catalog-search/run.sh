#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# bench/catalog-search: catalog search at scale. Loads LISTINGS listings (default 1,000,000) from
# SUPPLIERS ACTIVE suppliers (default 1,000) into a private MariaDB, deploys the marketplace on it, and runs
# one query mix (keyword; keyword + category facet; category browse) three ways in the same run:
#   - through the REST API (GET /api/v1/products) at CLIENTS concurrent clients (default 8),
#   - straight against the application's own Lucene index class, built in the benchmark's JVM ("raw"),
#   - as the naive SQL LIKE scan (SqlCatalogSearch), fewer queries since each is a full scan.
#
#   bench/catalog-search/run.sh     writes bench/results/catalog-search-<date>-<host>.md
#
# The servers are the test stack's (bin/lib/test-stack.sh) on ports of their own (MariaDB 53306, Keycloak
# 58180, Payara 58080: never the tests' 13306/28xxx nor -Pstack-b/-Pstack-c's), in this checkout's
# target/test-stack: do not run it while `mvn verify` runs in the same checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source bin/lib/common.sh
source bin/lib/payara.sh

LISTINGS="${LISTINGS:-1000000}"
SUPPLIERS="${SUPPLIERS:-1000}"
CLIENTS="${CLIENTS:-8}"
PER_KIND="${PER_KIND:-100}"
LIKE_PER_KIND="${LIKE_PER_KIND:-1}"
export TEST_STACK_DB_PORT=53306 TEST_STACK_KEYCLOAK_PORT=58180 TEST_STACK_KEYCLOAK_MGMT_PORT=59000 TEST_STACK_PORTBASE=58000
JDBC="jdbc:mysql://127.0.0.1:53306/marketplace?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
API="http://localhost:58080/api/v1"
RESULTS="$ROOT/bench/results"
OUT="$RESULTS/catalog-search-$(date +%F)-$(hostname -s).md"
LOG="$ROOT/target/bench-catalog-search"
mkdir -p "$RESULTS" "$LOG"

stamp() { printf '[%(%T)T] %s\n' -1 "$*"; }
secs_since() { echo $((SECONDS - $1)); }
cleanup() { bash bin/lib/test-stack.sh stop "$ROOT" >/dev/null 2>&1 || true; }
trap cleanup EXIT

stamp "building the application and the benchmark"
mvn -q -DskipTests -DskipITs install
mvn -q -f bench/pom.xml package
CP="bench/target/marketplace-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"

stamp "starting MariaDB, Keycloak and a fresh Payara domain (bench ports)"
bash bin/lib/test-stack.sh start "$ROOT" 0
PAYARA_HOME="$ROOT/target/test-stack/payara6"
payara_start "$PAYARA_HOME" marketplace-test "$LOG/payara.log"
stamp "deploying the marketplace (Flyway creates the schema)"
payara_deploy "$PAYARA_HOME" 58048 marketplace "$ROOT/marketplace-ear/target/marketplace.ear" "$LOG/deploy.log"
payara_wait_health 58080 180

t=$SECONDS
stamp "loading $LISTINGS listings from $SUPPLIERS suppliers"
java -cp "$CP" org.extranet.marketplace.bench.CatalogSearchBench load "$JDBC" mkt mkt "$LISTINGS" "$SUPPLIERS"
LOAD_S=$(secs_since $t)

t=$SECONDS
stamp "restarting Payara: the instance builds its index from the database at start"
payara_stop "$PAYARA_HOME" marketplace-test 60
payara_start "$PAYARA_HOME" marketplace-test "$LOG/payara.log"
payara_wait_health 58080 300
until curl -s http://localhost:58080/health/ready | grep -q '"index":"ready"'; do sleep 2; done
INDEX_S=$(secs_since $t)
stamp "index ready after $INDEX_S s (Payara start included)"

stamp "measuring ($CLIENTS clients, $PER_KIND queries per kind per client; LIKE: $LIKE_PER_KIND per kind)"
java -Xmx2g -cp "$CP" org.extranet.marketplace.bench.CatalogSearchBench measure "$JDBC" mkt mkt "$API" \
  http://localhost:58180/realms/marketplace/protocol/openid-connect/token \
  "$CLIENTS" "$PER_KIND" "$LIKE_PER_KIND" "$LOG/figures.md"

{
  echo "# bench/catalog-search — $(date +%F) on $(hostname -s)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}')."
  echo "Command: \`bench/catalog-search/run.sh\` (LISTINGS=$LISTINGS SUPPLIERS=$SUPPLIERS CLIENTS=$CLIENTS PER_KIND=$PER_KIND LIKE_PER_KIND=$LIKE_PER_KIND)."
  echo "Load: $LOAD_S s (batched JDBC). Index at start: ready $INDEX_S s after the restart began (Payara start included)."
  echo
  cat "$LOG/figures.md"
  echo
  echo "Every figure above comes from this one run on this machine: the REST API and the raw index answered the same"
  echo "queries on the same database; the API path adds HTTP, the JWT check, the ACTIVE-supplier read, loading the page's"
  echo "20 listings with JPA and pricing them for the caller. The benchmark client shares the machine's cores with"
  echo "Payara and MariaDB."
} >"$OUT"
stamp "wrote $OUT"
cat "$OUT"
