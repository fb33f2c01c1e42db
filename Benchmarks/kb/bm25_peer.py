#!/usr/bin/env python3
"""The rank_bm25 peer of `heed bench kb`: the same StackFAQ evaluation as `heed kb eval`.

Each FAQ entry (question + answer, plus the training queries of that entry when --learned is given) is one
document; documents are tokenised by lower-casing and splitting on non-word characters; BM25Okapi ranks all
documents for each query. Prints one JSON object: n, recall@1, recall@5, mrr, p50_us, p99_us, build_ms.
"""
import argparse
import json
import re
import time
from collections import defaultdict

from rank_bm25 import BM25Okapi

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return TOKEN.findall(text.lower())


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[int(round((len(ordered) - 1) * fraction))] if ordered else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--learned")
    args = parser.parse_args()

    faq = read_jsonl(args.faq)
    learned = defaultdict(list)
    if args.learned:
        for row in read_jsonl(args.learned):
            learned[row["faq_id"]].append(row["query"])
    started = time.perf_counter()
    ids = [entry["id"] for entry in faq]
    corpus = [tokens(" ".join([entry["question"], entry["answer"]] + learned[entry["id"]])) for entry in faq]
    bm25 = BM25Okapi(corpus)
    build_ms = (time.perf_counter() - started) * 1000

    queries = read_jsonl(args.queries)
    hits1 = hits5 = 0
    reciprocal = 0.0
    latencies = []
    for query in queries:
        begin = time.perf_counter()
        scores = bm25.get_scores(tokens(query["query"]))
        ranking = sorted(range(len(ids)), key=lambda i: -scores[i])
        latencies.append((time.perf_counter() - begin) * 1e6)
        rank = next(r for r, i in enumerate(ranking) if ids[i] == query["faq_id"])
        hits1 += rank == 0
        hits5 += rank < 5
        reciprocal += 1.0 / (rank + 1)
    n = max(len(queries), 1)
    print(json.dumps({
        "n": len(queries), "recall@1": hits1 / n, "recall@5": hits5 / n, "mrr": reciprocal / n,
        "p50_us": percentile(latencies, 0.5), "p99_us": percentile(latencies, 0.99), "build_ms": build_ms,
        "peer": "rank_bm25.BM25Okapi",
    }, sort_keys=True))


if __name__ == "__main__":
    main()
