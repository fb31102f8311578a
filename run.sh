#!/usr/bin/env bash
# Runs the cloud: the management server on the embedded SQLite database in ./data, with the API
# at http://127.0.0.1:8080/client/api. Extra arguments go to the server (see README).
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run -c Release --project src/SharpStack.Server -- --data-dir "${SHARPSTACK_DATA_DIR:-data}" --demo "$@"
