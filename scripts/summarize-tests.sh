#!/usr/bin/env bash
# Adds up the counters of every TRX file (dotnet test) and every JUnit XML file (the web UI's
# vitest run) under the given folder and prints "N passed, M failed".
set -euo pipefail
dir="${1:-.test-results}"
passed=0
failed=0
total=0
attr() { sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }
shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(attr passed "$counters")
  f=$(attr failed "$counters")
  t=$(attr total "$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  total=$((total + ${t:-0}))
done
# JUnit: <testsuites tests="N" failures="F" errors="E" [skipped="S"]>; when the root has no
# skipped count, add up the skipped counts of its <testsuite> elements.
for xml in "$dir"/*.xml; do
  root=$(grep -o '<testsuites[[:space:]][^>]*>' "$xml" | head -n 1) || true
  [ -n "$root" ] || continue
  t=$(attr tests "$root")
  f=$(attr failures "$root")
  e=$(attr errors "$root")
  s=$(attr skipped "$root")
  if [ -z "$s" ]; then
    s=0
    while read -r n; do s=$((s + ${n:-0})); done < <(grep -o '<testsuite[[:space:]][^>]*>' "$xml" | sed -n 's/.*[[:space:]]skipped="\([0-9]*\)".*/\1/p')
  fi
  t=${t:-0}; f=${f:-0}; e=${e:-0}; s=${s:-0}
  passed=$((passed + t - f - e - s))
  failed=$((failed + f + e))
  total=$((total + t - s))
done
# Tests that did not finish (a crashed run) count as failed.
unfinished=$((total - passed - failed))
if [ "$unfinished" -gt 0 ]; then
  failed=$((failed + unfinished))
fi
echo "${passed} passed, ${failed} failed"
