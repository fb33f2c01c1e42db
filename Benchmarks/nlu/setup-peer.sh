#!/usr/bin/env bash
# Creates the Python virtual environment used by `heed bench nlu` for its scikit-learn peer.
# Usage: Benchmarks/nlu/setup-peer.sh [VENV_DIR]   (default: .venv-bench in the current directory)
set -euo pipefail
VENV_DIR="${1:-.venv-bench}"
if [ ! -x "$VENV_DIR/bin/python" ]; then
    python3 -m venv "$VENV_DIR"
fi
"$VENV_DIR/bin/python" -m pip install --quiet --upgrade pip
"$VENV_DIR/bin/python" -m pip install --quiet scikit-learn
"$VENV_DIR/bin/python" -c "import sklearn; print('scikit-learn', sklearn.__version__, 'ready in $VENV_DIR')"
