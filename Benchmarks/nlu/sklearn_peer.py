#!/usr/bin/env python3
"""scikit-learn peer for `heed bench nlu`: TF-IDF (word 1-2 + char_wb 2-5, sublinear tf) + LogisticRegression.

Trains on --train, evaluates on --dev, times single-message prediction, prints one JSON object.
"""
import argparse
import csv
import json
import statistics
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.svm import LinearSVC


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--dev", required=True)
    parser.add_argument("--C", type=float, default=10.0)
    parser.add_argument("--model", choices=["lr", "svm"], default="lr")
    parser.add_argument("--latency-samples", type=int, default=300)
    args = parser.parse_args()

    train_x, train_y = read(args.train)
    dev_x, dev_y = read(args.dev)
    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
    ])
    classifier = LogisticRegression(C=args.C, max_iter=2000) if args.model == "lr" else LinearSVC(C=args.C)
    pipeline = make_pipeline(features, classifier)

    start = time.perf_counter()
    pipeline.fit(train_x, train_y)
    train_seconds = time.perf_counter() - start

    start = time.perf_counter()
    predicted = pipeline.predict(dev_x)
    batch_seconds = time.perf_counter() - start

    samples = [dev_x[i % len(dev_x)] for i in range(args.latency_samples)]
    latencies = []
    for text in samples:
        t0 = time.perf_counter()
        pipeline.predict([text])
        latencies.append((time.perf_counter() - t0) * 1e6)
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))]

    print(json.dumps({
        "peer": f"scikit-learn TF-IDF(word 1-2 + char_wb 2-5) + {'LogisticRegression' if args.model == 'lr' else 'LinearSVC'}(C={args.C})",
        "train_seconds": train_seconds,
        "dev_accuracy": accuracy_score(dev_y, predicted),
        "dev_macro_f1": f1_score(dev_y, predicted, average="macro"),
        "predict_p50_us": percentile(50),
        "predict_p99_us": percentile(99),
        "messages_per_second": len(latencies) / (sum(latencies) / 1e6),
        "batch_messages_per_second": len(dev_x) / batch_seconds,
        "n_train": len(train_x),
        "n_dev": len(dev_x),
    }))


if __name__ == "__main__":
    sys.exit(main())
