#!/usr/bin/env bash
# Runs the SharpStack API benchmark (see bench/README.md); options go to the bench, e.g. --seconds 5.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/SharpStack.Bench -- "$@"
