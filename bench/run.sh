#!/usr/bin/env bash
# Runs the SharpStack benchmarks (see bench/README.md): no mode or "accounts" for listAccounts
# against a bare endpoint, "hosts" for simulated hosts at scale, "deploy" for instances at scale;
# e.g. bench/run.sh hosts --counts 1000, bench/run.sh deploy --instances 200 --hosts 20 --list-counts 2000.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/SharpStack.Bench -- "$@"
