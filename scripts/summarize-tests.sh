#!/usr/bin/env bash
# Adds up the counters of every TRX file under the given folder and prints "N passed, M failed".
set -euo pipefail
dir="${1:-.test-results}"
passed=0
failed=0
total=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  total=$((total + ${t:-0}))
done
# Tests that did not finish (a crashed run) count as failed.
unfinished=$((total - passed - failed))
if [ "$unfinished" -gt 0 ]; then
  failed=$((failed + unfinished))
fi
echo "${passed} passed, ${failed} failed"
