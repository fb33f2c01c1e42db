import Foundation

extension TextClassifier {
    /// Why training could not start.
    public enum TrainingError: Error, CustomStringConvertible, Equatable {
        /// No training examples were given.
        case noExamples
        /// All examples carry one label; a classifier needs at least two.
        case singleLabel(String)

        /// A readable explanation.
        public var description: String {
            switch self {
            case .noExamples: "no training examples"
            case .singleLabel(let label): "every training example has the label '\(label)'; at least two labels are needed"
            }
        }
    }

    /// Trains a classifier on `examples`. When `devExamples` are given they are used only for calibration:
    /// the softmax temperature (minimum negative log-likelihood) and, when they contain the out-of-scope label,
    /// the out-of-scope threshold (maximum in-scope accuracy + out-of-scope recall). They are never trained on.
    public static func train(
        examples: [LabeledText],
        options: TrainingOptions = TrainingOptions(),
        devExamples: [LabeledText] = [],
        progress: ((TrainingProgress) -> Void)? = nil
    ) throws -> TextClassifier {
        guard !examples.isEmpty else { throw TrainingError.noExamples }
        let labels = Array(Set(examples.map(\.label))).sorted()
        guard labels.count >= 2 else { throw TrainingError.singleLabel(labels[0]) }
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })

        let (vectorizer, vectors) = FeatureVectorizer.fit(texts: examples.map(\.text), options: options.features) { done in
            progress?(TrainingProgress(phase: .featurizing, completed: done, total: examples.count))
        }
        let outOfScopeIndex = options.outOfScopeLabel.flatMap { labelIndex[$0] }
        let labelIndices = examples.map { labelIndex[$0.label]! }
        let weights: [Float], bias: [Float]
        switch options.model {
        case .softmaxRegression:
            let trainer = SoftmaxRegressionTrainer(
                classCount: labels.count, rowCount: vectorizer.rowCount, options: options, outOfScopeIndex: outOfScopeIndex)
            (weights, bias) = trainer.train(vectors: vectors, labels: labelIndices) { epoch in
                progress?(TrainingProgress(phase: .fitting, completed: epoch, total: options.epochs))
            }
        case .linearSVM:
            let trainer = LinearSVMTrainer(
                classCount: labels.count, rowCount: vectorizer.rowCount, options: options, outOfScopeIndex: outOfScopeIndex)
            (weights, bias) = trainer.train(vectors: vectors, labels: labelIndices) { done in
                progress?(TrainingProgress(phase: .fitting, completed: done, total: labels.count))
            }
        }
        let uncalibrated = TextClassifier(
            labels: labels, outOfScopeLabel: options.outOfScopeLabel, outOfScopeThreshold: options.outOfScopeThreshold ?? 0,
            temperature: 1, vectorizer: vectorizer, weights: weights, bias: bias)
        guard !devExamples.isEmpty else { return uncalibrated }
        progress?(TrainingProgress(phase: .calibrating, completed: 0, total: 2))
        let temperature = uncalibrated.fittedTemperature(on: devExamples, labelIndex: labelIndex)
        let calibrated = uncalibrated.with(temperature: temperature, threshold: uncalibrated.outOfScopeThreshold)
        var threshold = calibrated.outOfScopeThreshold
        if options.outOfScopeThreshold == nil, let oosLabel = options.outOfScopeLabel,
           devExamples.contains(where: { $0.label == oosLabel }) {
            threshold = calibrated.tunedOutOfScopeThreshold(
                on: devExamples, outOfScopeLabel: oosLabel, recallTarget: options.outOfScopeRecallTarget)
        }
        progress?(TrainingProgress(phase: .calibrating, completed: 2, total: 2))
        return calibrated.with(temperature: temperature, threshold: threshold)
    }

    /// A copy with another temperature and out-of-scope threshold.
    func with(temperature: Float, threshold: Float) -> TextClassifier {
        TextClassifier(labels: labels, outOfScopeLabel: outOfScopeLabel, outOfScopeThreshold: threshold,
                       temperature: temperature, vectorizer: vectorizer, weights: weights, bias: bias)
    }

    /// The temperature minimising the negative log-likelihood of the dev examples with known labels.
    func fittedTemperature(on dev: [LabeledText], labelIndex: [String: Int]) -> Float {
        var logits: [[Float]] = []
        var gold: [Int] = []
        var scratch = FeatureHasher.Scratch()
        var buffer = [Float](repeating: 0, count: labels.count)
        for example in dev {
            guard let index = labelIndex[example.label] else { continue }
            buffer.withUnsafeMutableBufferPointer { scores(of: example.text, scratch: &scratch, into: $0) }
            logits.append(buffer)
            gold.append(index)
        }
        guard !gold.isEmpty else { return 1 }
        func negativeLogLikelihood(_ t: Float) -> Double {
            var total = 0.0
            for (row, y) in zip(logits, gold) {
                let maximum = row.max() ?? 0
                var sum: Double = 0
                for v in row { sum += Double(expf((v - maximum) / t)) }
                total += log(sum) - Double((row[y] - maximum) / t)
            }
            return total
        }
        var best: (t: Float, loss: Double) = (1, negativeLogLikelihood(1))
        for step in 0...80 {
            let t = Float(exp(log(0.01) + Double(step) / 80 * (log(10.0) - log(0.01))))
            let loss = negativeLogLikelihood(t)
            if loss < best.loss { best = (t, loss) }
        }
        return best.t
    }

    /// The threshold on the best in-scope probability maximising in-scope accuracy + out-of-scope recall on `dev`,
    /// or, with a recall target, the best in-scope accuracy among thresholds reaching that recall
    /// (the lowest threshold reaching the highest recall when none does).
    func tunedOutOfScopeThreshold(on dev: [LabeledText], outOfScopeLabel: String, recallTarget: Float? = nil) -> Float {
        var rows: [(probabilities: [Float], isOOS: Bool, gold: String)] = []
        for example in dev {
            rows.append((probabilities(for: example.text), example.label == outOfScopeLabel, example.label))
        }
        var best: (threshold: Float, score: Double) = (0, -1)
        for step in 0..<200 {
            let threshold = Float(step) / 200
            var inScopeCorrect = 0, inScopeTotal = 0, oosCaught = 0, oosTotal = 0
            for row in rows {
                let flagged = row.probabilities.withUnsafeBufferPointer { isOutOfScope($0, threshold: threshold) }
                if row.isOOS {
                    oosTotal += 1
                    if flagged { oosCaught += 1 }
                } else {
                    inScopeTotal += 1
                    if !flagged, let top = row.probabilities.indices.max(by: { row.probabilities[$0] < row.probabilities[$1] }),
                       labels[top] == row.gold {
                        inScopeCorrect += 1
                    }
                }
            }
            let accuracy = Double(inScopeCorrect) / Double(max(1, inScopeTotal))
            let recall = Double(oosCaught) / Double(max(1, oosTotal))
            let score: Double
            if let recallTarget {
                // Thresholds reaching the target rank above all others, then by in-scope accuracy.
                score = recall + 1e-9 >= Double(recallTarget) ? 10 + accuracy : recall
            } else {
                score = accuracy + recall
            }
            if score > best.score { best = (threshold, score) }
        }
        return best.threshold
    }
}
