#!/usr/bin/env bash
# Runs Heed with the demo workspace: fetches the pretrained sentence encoder once (scripts/fetch-models.sh), then
# `swift run heed serve --demo --admin-key demo-admin-key-0001` with any extra arguments given here. Without the
# weights (e.g. offline) Heed still starts, on its lexical engine, and says so in its log.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/fetch-models.sh >/dev/null || echo "==> The sentence encoder could not be fetched: Heed runs on its lexical engine." >&2
exec swift run heed serve --demo --admin-key demo-admin-key-0001 "$@"
