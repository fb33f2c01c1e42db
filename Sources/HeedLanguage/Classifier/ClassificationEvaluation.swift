/// Accuracy figures of a classifier on labelled examples.
public struct ClassificationEvaluation: Sendable, Hashable {
    /// Number of examples.
    public let count: Int
    /// Share of examples whose predicted label (the out-of-scope label when flagged) equals the gold label.
    public let accuracy: Double
    /// Unweighted mean F1 over every label seen in gold or predictions.
    public let macroF1: Double
    /// CLINC150 in-scope accuracy: over in-scope examples, predicting out-of-scope counts as wrong.
    /// `nil` when the data has no out-of-scope examples.
    public let inScopeAccuracy: Double?
    /// Share of out-of-scope examples predicted out of scope; `nil` when there are none.
    public let outOfScopeRecall: Double?

    /// Evaluates `classifier` on `examples`. `outOfScopeLabel` (default: the model's) names the gold label of
    /// out-of-scope examples.
    public static func evaluate(_ classifier: TextClassifier, on examples: [LabeledText],
                                outOfScopeLabel: String? = nil) -> ClassificationEvaluation {
        evaluate(results: examples.map { classifier.predict($0.text, topK: 1) }, examples: examples,
                 outOfScopeLabel: outOfScopeLabel ?? classifier.outOfScopeLabel)
    }

    /// The figures of a classifier's `results` on `examples` (one result per example, in order).
    /// `outOfScopeLabel` names the gold label of out-of-scope examples.
    public static func evaluate(results: [ClassificationResult], examples: [LabeledText],
                                outOfScopeLabel: String?) -> ClassificationEvaluation {
        let predictions = results.map { result -> String in
            if result.isOutOfScope { return outOfScopeLabel ?? result.label ?? "" }
            return result.top?.label ?? ""
        }
        return evaluate(gold: examples.map(\.label), predicted: predictions, outOfScopeLabel: outOfScopeLabel)
    }

    /// Computes the figures from gold and predicted labels.
    public static func evaluate(gold: [String], predicted: [String], outOfScopeLabel: String?) -> ClassificationEvaluation {
        var truePositives: [String: Int] = [:], goldCounts: [String: Int] = [:], predictedCounts: [String: Int] = [:]
        var correct = 0, inScopeCorrect = 0, inScopeTotal = 0, oosCaught = 0, oosTotal = 0
        for (g, p) in zip(gold, predicted) {
            goldCounts[g, default: 0] += 1
            predictedCounts[p, default: 0] += 1
            if g == p {
                correct += 1
                truePositives[g, default: 0] += 1
            }
            if let oos = outOfScopeLabel {
                if g == oos {
                    oosTotal += 1
                    if p == oos { oosCaught += 1 }
                } else {
                    inScopeTotal += 1
                    if g == p { inScopeCorrect += 1 }
                }
            }
        }
        let allLabels = Set(goldCounts.keys).union(predictedCounts.keys)
        var f1Sum = 0.0
        for label in allLabels {
            let tp = Double(truePositives[label] ?? 0)
            let denominator = Double(goldCounts[label] ?? 0) + Double(predictedCounts[label] ?? 0)
            f1Sum += denominator > 0 ? 2 * tp / denominator : 0
        }
        let n = gold.count
        return ClassificationEvaluation(
            count: n,
            accuracy: n > 0 ? Double(correct) / Double(n) : 0,
            macroF1: allLabels.isEmpty ? 0 : f1Sum / Double(allLabels.count),
            inScopeAccuracy: oosTotal > 0 ? Double(inScopeCorrect) / Double(max(1, inScopeTotal)) : nil,
            outOfScopeRecall: oosTotal > 0 ? Double(oosCaught) / Double(oosTotal) : nil)
    }
}
