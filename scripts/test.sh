#!/usr/bin/env bash
# `npm test`: every unit and integration test, against the real PostgreSQL (TEST_DATABASE_URL,
# default postgres://postgres@127.0.0.1:5432/postgres) and a real Kafka broker. If KAFKA_BROKERS
# is not set, a local broker is started with scripts/kafka.sh and stopped again afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
started_kafka=0
if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  if ! bash scripts/kafka.sh status | grep -q '^running'; then
    bash scripts/kafka.sh start
    started_kafka=1
  fi
  export KAFKA_BROKERS="127.0.0.1:${KAFKA_PORT:-9092}"
fi
cleanup() { if [[ $started_kafka == 1 ]]; then bash scripts/kafka.sh stop; fi; }
trap cleanup EXIT

# The services of the e2e suite log here at debug level; the logs are checked for personal data
# once the tests have run.
export E2E_LOG_DIR="${E2E_LOG_DIR:-$PWD/.data/e2e-logs}"
rm -rf "$E2E_LOG_DIR"

report="$(mktemp)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
npx tsx --conditions=source scripts/src/check-e2e-logs.ts "$E2E_LOG_DIR" || status=1
# One plain summary line that any CI log reader understands.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || true
rm -f "$report"
exit $status
