#!/usr/bin/env bash
# Runs the cloud: the management server on the embedded SQLite database in ./data, with the API
# at http://127.0.0.1:8080/client/api and the web UI at http://127.0.0.1:8080/client/. Builds the
# UI first when Node.js and npm are there. Extra arguments go to the server (see README).
set -euo pipefail
cd "$(dirname "$0")"

ui=src/SharpStack.Ui
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  echo "Building the web UI ($ui)..." >&2
  if [ ! -d "$ui/node_modules" ]; then
    (cd "$ui" && npm ci --no-audit --no-fund) >&2
  fi
  (cd "$ui" && npm run build) >&2
else
  echo "node/npm not found: the web UI is not built (install Node.js 20.19+ and npm for it); starting the API only" >&2
fi

exec dotnet run -c Release --project src/SharpStack.Server -- --data-dir "${SHARPSTACK_DATA_DIR:-data}" --demo "$@"
