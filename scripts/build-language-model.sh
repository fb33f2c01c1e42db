#!/usr/bin/env bash
# Regenerates the language-understanding models shipped in Sources/HeedLanguage/Resources/
# from the evaluation data (default: ../shared/data beside the repository). Usage: scripts/build-language-model.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
swift build -c release --product heed
.build/release/heed nlu build-language-model \
    --leipzig "$DATA/langid_leipzig" \
    --lexicons "$DATA/sentiment_lexicons" \
    --ltec "$DATA/ltec_lv_sentiment" \
    --smsa "$DATA/indonlu_smsa" \
    --emot "$DATA/indonlu_emot" \
    --out Sources/HeedLanguage/Resources \
    --report
