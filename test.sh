#!/usr/bin/env bash
# Runs the whole test suite: the web UI's vitest tests, unit tests, end-to-end tests against the
# real server on SQLite and on PostgreSQL, and the third-party cs client. Installs what it needs
# (npm ci, NuGet restore, Debian's postgresql and python3-cs packages). Ends with a line
# "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh || exit 1
SHARPSTACK_TEST_POSTGRES=$(scripts/test-postgres.sh start) || exit 1
export SHARPSTACK_TEST_POSTGRES
trap 'scripts/test-postgres.sh stop >/dev/null 2>&1' EXIT

rm -rf .test-results
mkdir -p .test-results

# The web UI's unit and component tests (vitest, JUnit report beside the TRX files).
if command -v npm >/dev/null 2>&1; then
  (cd src/SharpStack.Ui && npm ci --no-audit --no-fund && npx vitest run --reporter=default --reporter=junit --outputFile=../../.test-results/ui-junit.xml)
  ui_status=$?
else
  echo "npm not found: the web UI tests (src/SharpStack.Ui) need Node.js 20.19+ and npm" >&2
  ui_status=1
fi

dotnet test SharpStack.slnx -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory .test-results
status=$?

summary=$(scripts/summarize-tests.sh .test-results)
echo
echo "$summary"
if [ "$status" -ne 0 ] || [ "$ui_status" -ne 0 ] || [[ "$summary" != *" 0 failed" ]] || [[ "$summary" == "0 passed"* ]]; then
  exit 1
fi
