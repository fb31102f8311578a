#!/usr/bin/env bash
# Runs the whole test suite: the web UI's vitest tests, unit tests, end-to-end tests against the
# real server on SQLite and on PostgreSQL, the third-party cs client, and the web UI's browser
# tests (headless Debian Chromium against the real server). Installs what it needs (npm ci, NuGet
# restore, Debian's postgresql, python3-cs and chromium packages). Ends with a line
# "N passed, M failed"; browser screenshots are in .test-results/ui-screenshots/.
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

# One Release build of everything (the browser tests below also need the server and the bench).
dotnet build SharpStack.slnx -c Release && \
  dotnet test SharpStack.slnx -c Release --no-build --logger "trx" --logger "console;verbosity=minimal" --results-directory .test-results
status=$?

# The web UI's browser tests (src/SharpStack.Ui/e2e): they need the Release build that dotnet test
# just made (server and bench). At most 15 minutes; a run that writes no report counts as a failure.
browser_report=.test-results/ui-browser-junit.xml
if command -v npm >/dev/null 2>&1; then
  (cd src/SharpStack.Ui && npm run build && timeout -k 30 900 node_modules/.bin/vitest run --config vitest.browser.config.ts \
      --reporter=default --reporter=junit --outputFile=../../$browser_report)
  browser_status=$?
else
  browser_status=1
fi
if [ ! -s "$browser_report" ]; then
  echo "the browser tests wrote no report (exit code $browser_status)" >&2
  cat >"$browser_report" <<'XML'
<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="browser tests" tests="1" failures="1" errors="0">
  <testsuite name="e2e" tests="1" failures="1" errors="0" skipped="0">
    <testcase classname="e2e" name="the browser tests ran"><failure message="no report: see the output above"/></testcase>
  </testsuite>
</testsuites>
XML
fi

summary=$(scripts/summarize-tests.sh .test-results)
echo
echo "$summary"
if [ "$status" -ne 0 ] || [ "$ui_status" -ne 0 ] || [ "$browser_status" -ne 0 ] || [[ "$summary" != *" 0 failed" ]] || [[ "$summary" == "0 passed"* ]]; then
  exit 1
fi
