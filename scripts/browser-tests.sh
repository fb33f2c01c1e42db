#!/usr/bin/env bash
# Browser tests of the chat widget and the agent console: starts Heed (demo data, SQLite in a temporary folder) on
# a free port and drives headless Chromium with selenium (Tests/Browser/run_browser_tests.py). Installs Chromium and
# its driver from Debian packages, and selenium into .venv-browser, when they are missing. Screenshots go to
# test-output/browser/. Fails (never skips) when the browser cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

chromium=$(command -v chromium || true)
driver=$(command -v chromedriver || true)
if [ -z "$chromium" ] || [ -z "$driver" ]; then
  log "Installing Chromium and its driver from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  chromium=$(command -v chromium)
  driver=$(command -v chromedriver)
fi

venv=.venv-browser
if ! "$venv/bin/python" -c 'import selenium' 2>/dev/null; then
  log "Installing selenium into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q 'selenium>=4.20,<5'
fi

# shellcheck disable=SC2086
swift build --product heed ${SWIFT_BUILD_FLAGS:-} >/dev/null
# shellcheck disable=SC2086
heed="$(swift build --show-bin-path ${SWIFT_BUILD_FLAGS:-})/heed"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
data=$(mktemp -d /tmp/heed-browser.XXXXXX)
output=test-output/browser
rm -rf "$output" && mkdir -p "$output"
admin_key="browser-admin-key-0001"
bootstrap="browser-bootstrap-token-0001"

"$heed" serve --demo --admin-key "$admin_key" --bootstrap-token "$bootstrap" --data-dir "$data" --port "$port" \
  >"$output/server.log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop_server EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$output/server.log" >&2; echo "Heed did not start." >&2; exit 1; }
  sleep 0.5
done

log "Browser tests (Chromium: $("$chromium" --version 2>/dev/null | head -1))"
HEED_URL="http://127.0.0.1:$port" HEED_ADMIN_KEY="$admin_key" HEED_BOOTSTRAP_TOKEN="$bootstrap" \
  HEED_BROWSER_OUTPUT="$output" HEED_CHROMIUM="$chromium" HEED_CHROMEDRIVER="$driver" \
  "$venv/bin/python" Tests/Browser/run_browser_tests.py || { log "Server log: $output/server.log"; exit 1; }
