import Foundation

/// k-fold cross-validation of ``TextClassifier`` training options on the training examples alone, so settings
/// can be chosen without looking at dev or test data.
public enum CrossValidation {
    /// The figures of one run: the mean over folds and each fold's evaluation.
    public struct Result: Sendable {
        /// Each fold's evaluation (trained on the other folds).
        public let folds: [ClassificationEvaluation]
        /// Mean accuracy over folds.
        public var accuracy: Double { folds.map(\.accuracy).reduce(0, +) / Double(max(1, folds.count)) }
        /// Mean macro-F1 over folds.
        public var macroF1: Double { folds.map(\.macroF1).reduce(0, +) / Double(max(1, folds.count)) }
    }

    /// Splits `examples` into `k` folds, stratified by label: within each label, examples are ordered by a
    /// hash of their text and dealt round-robin, so the folds are deterministic and keep the label proportions.
    public static func folds(of examples: [LabeledText], k: Int) -> [[Int]] {
        let k = max(2, k)
        var byLabel: [String: [Int]] = [:]
        for (index, example) in examples.enumerated() { byLabel[example.label, default: []].append(index) }
        var folds = [[Int]](repeating: [], count: k)
        var next = 0
        for label in byLabel.keys.sorted() {
            let ordered = byLabel[label]!.sorted {
                let a = FeatureHashing.hash(examples[$0].text, seed: 0xF01D), b = FeatureHashing.hash(examples[$1].text, seed: 0xF01D)
                return a != b ? a < b : $0 < $1
            }
            for index in ordered {
                folds[next].append(index)
                next = (next + 1) % k
            }
        }
        return folds.map { $0.sorted() }
    }

    /// Trains on k − 1 folds and evaluates on the remaining one, for every fold.
    public static func evaluate(examples: [LabeledText], options: TrainingOptions, k: Int = 5) throws -> Result {
        let folds = folds(of: examples, k: k)
        var evaluations: [ClassificationEvaluation] = []
        for held in folds.indices {
            let heldOut = Set(folds[held])
            let train = examples.indices.filter { !heldOut.contains($0) }.map { examples[$0] }
            let test = folds[held].map { examples[$0] }
            let classifier = try TextClassifier.train(examples: train, options: options)
            evaluations.append(ClassificationEvaluation.evaluate(classifier, on: test, outOfScopeLabel: options.outOfScopeLabel))
        }
        return Result(folds: evaluations)
    }
}

extension CrossValidation {
    /// The candidate with the best mean of accuracy and macro-F1 in `k`-fold cross-validation on `examples`
    /// (the first one on ties), and every candidate's result in order.
    public static func best(of candidates: [TrainingOptions], examples: [LabeledText],
                            k: Int = 3) throws -> (options: TrainingOptions, results: [Result]) {
        precondition(!candidates.isEmpty, "no candidate settings")
        let results = try candidates.map { try evaluate(examples: examples, options: $0, k: k) }
        let scores = results.map { ($0.accuracy + $0.macroF1) / 2 }
        let index = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
        return (candidates[index], results)
    }
}
