#!/bin/sh
# Creates the Python environment for the rank_bm25 peer of `heed bench kb` (run from the repository root).
set -eu
VENV="${VENV:-.venv-bench}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "rank_bm25==0.2.2"
"$VENV/bin/python" -c "import rank_bm25; print('rank_bm25 ready in $VENV')" >&2
