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
        // Fitting progress counts SVM labels, then softmax epochs, over whichever models are trained.
        let svmUnits = options.model == .softmaxRegression ? 0 : labels.count
        let fittingUnits = svmUnits + (options.model == .linearSVM ? 0 : options.epochs)
        func fitSoftmax() -> (weights: [Float], bias: [Float]) {
            let trainer = SoftmaxRegressionTrainer(
                classCount: labels.count, rowCount: vectorizer.rowCount, options: options, outOfScopeIndex: outOfScopeIndex)
            return trainer.train(vectors: vectors, labels: labelIndices) { epoch in
                progress?(TrainingProgress(phase: .fitting, completed: svmUnits + epoch, total: fittingUnits))
            }
        }
        func fitSVM() -> (weights: [Float], bias: [Float]) {
            let trainer = LinearSVMTrainer(
                classCount: labels.count, rowCount: vectorizer.rowCount, options: options, outOfScopeIndex: outOfScopeIndex)
            return trainer.train(vectors: vectors, labels: labelIndices) { done in
                progress?(TrainingProgress(phase: .fitting, completed: done, total: fittingUnits))
            }
        }
        var weights: [Float], bias: [Float]
        switch options.model {
        case .softmaxRegression:
            (weights, bias) = fitSoftmax()
        case .linearSVM:
            (weights, bias) = fitSVM()
        case .ensemble:
            let svm = fitSVM(), softmax = fitSoftmax()
            let svmScale = 1 / scoreSpread(weights: svm.weights, bias: svm.bias, vectors: vectors, classCount: labels.count)
            let softmaxScale = 1 / scoreSpread(weights: softmax.weights, bias: softmax.bias, vectors: vectors, classCount: labels.count)
            weights = zip(svm.weights, softmax.weights).map { $0 * svmScale + $1 * softmaxScale }
            bias = zip(svm.bias, softmax.bias).map { $0 * svmScale + $1 * softmaxScale }
        }
        if options.weightPruning > 0 { prune(&weights, classCount: labels.count, below: options.weightPruning) }
        let uncalibrated = TextClassifier(
            labels: labels, outOfScopeLabel: options.outOfScopeLabel, outOfScopeThreshold: options.outOfScopeThreshold ?? 0,
            temperature: 1, vectorizer: vectorizer, weights: weights, bias: bias)
        guard !devExamples.isEmpty else { return uncalibrated }
        progress?(TrainingProgress(phase: .calibrating, completed: 0, total: 2))
        let temperature = uncalibrated.fittedTemperature(on: devExamples, labelIndex: labelIndex)
        let calibrated = uncalibrated.with(temperature: temperature, threshold: uncalibrated.outOfScopeThreshold)
        var threshold = calibrated.outOfScopeThreshold
        var score = OutOfScopeScore.topProbability
        if options.outOfScopeThreshold == nil, let oosLabel = options.outOfScopeLabel,
           devExamples.contains(where: { $0.label == oosLabel }) {
            (score, threshold) = calibrated.tunedOutOfScopeRule(
                on: devExamples, outOfScopeLabel: oosLabel, recallTarget: options.outOfScopeRecallTarget,
                scores: options.outOfScopeScores)
        }
        progress?(TrainingProgress(phase: .calibrating, completed: 2, total: 2))
        return calibrated.with(temperature: temperature, threshold: threshold, score: score)
    }

    /// The root-mean-square deviation of a linear model's scores from each text's mean score, over `vectors`:
    /// how spread out the model's scores are, so models with different scales can be added fairly.
    static func scoreSpread(weights: [Float], bias: [Float], vectors: [SparseVector], classCount: Int) -> Float {
        var total: Double = 0
        var scores = [Float](repeating: 0, count: classCount)
        weights.withUnsafeBufferPointer { w in
            bias.withUnsafeBufferPointer { b in
                scores.withUnsafeMutableBufferPointer { s in
                    for vector in vectors {
                        LinearScorer.scores(rows: vector.rows, values: vector.values, weights: w, bias: b, classCount: classCount, into: s)
                        let mean = s.reduce(0, +) / Float(classCount)
                        for value in s { total += Double((value - mean) * (value - mean)) }
                    }
                }
            }
        }
        let spread = Float((total / Double(max(1, vectors.count * classCount))).squareRoot())
        return spread > 0 ? spread : 1
    }

    /// Zeroes the rows whose largest absolute weight is below `fraction` of the largest weight overall.
    static func prune(_ weights: inout [Float], classCount: Int, below fraction: Float) {
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let limit = largest * fraction
        for base in stride(from: 0, to: weights.count, by: classCount) {
            var rowLargest: Float = 0
            for c in 0..<classCount { rowLargest = max(rowLargest, abs(weights[base + c])) }
            if rowLargest < limit { for c in 0..<classCount { weights[base + c] = 0 } }
        }
    }

    /// A copy with another temperature and out-of-scope threshold (and score, if given).
    func with(temperature: Float, threshold: Float, score: OutOfScopeScore? = nil) -> TextClassifier {
        TextClassifier(labels: labels, outOfScopeLabel: outOfScopeLabel, outOfScopeThreshold: threshold,
                       temperature: temperature, vectorizer: vectorizer, weights: weights, bias: bias,
                       outOfScopeScore: score ?? outOfScopeScore)
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
        return Self.fittedTemperature(logits: logits, gold: gold)
    }

    /// The temperature minimising the negative log-likelihood of the gold labels under `logits` (1 when there are
    /// none): searched on a log grid from 0.01 to 10.
    static func fittedTemperature(logits: [[Float]], gold: [Int]) -> Float {
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

    /// The out-of-scope score and threshold maximising in-scope accuracy + out-of-scope recall on `dev`, or, with a
    /// recall target, the best in-scope accuracy among rules reaching that recall (the highest recall when none
    /// does). Every score in `scores` is tried (the log odds only when the model has an out-of-scope label); the
    /// threshold is placed halfway between two neighbouring dev scores.
    func tunedOutOfScopeRule(on dev: [LabeledText], outOfScopeLabel: String, recallTarget: Float? = nil,
                             scores kinds: [OutOfScopeScore] = [.topProbability]) -> (score: OutOfScopeScore, threshold: Float) {
        let rule = tunedOutOfScopeRule(on: dev, probabilities: dev.map { self.probabilities(for: $0.text) },
                                       outOfScopeLabel: outOfScopeLabel, recallTarget: recallTarget, scores: kinds)
        return (rule.score, rule.threshold)
    }

    /// ``tunedOutOfScopeRule(on:outOfScopeLabel:recallTarget:scores:)`` over given probabilities of the dev
    /// examples (in ``labels`` order), with the rule's rank: in-scope accuracy + out-of-scope recall, or with a recall
    /// target 10 + in-scope accuracy when the target is reached (the recall when not).
    func tunedOutOfScopeRule(on dev: [LabeledText], probabilities devProbabilities: [[Float]], outOfScopeLabel: String,
                             recallTarget: Float? = nil, scores kinds: [OutOfScopeScore] = [.topProbability])
        -> (score: OutOfScopeScore, threshold: Float, rank: Double) {
        var best: (score: OutOfScopeScore, threshold: Float, rank: Double) = (.topProbability, 0, -1)
        for kind in kinds where kind == .topProbability || outOfScopeIndex != nil {
            let (threshold, rank) = tunedThreshold(dev: dev, probabilities: devProbabilities, outOfScopeLabel: outOfScopeLabel,
                                                   recallTarget: recallTarget, kind: kind)
            if rank > best.rank { best = (kind, threshold, rank) }
        }
        return best
    }

    /// The best threshold for one kind of score, and its rank (see ``tunedOutOfScopeRule(on:outOfScopeLabel:recallTarget:scores:)``).
    private func tunedThreshold(dev: [LabeledText], probabilities: [[Float]], outOfScopeLabel: String, recallTarget: Float?,
                                kind: OutOfScopeScore) -> (threshold: Float, rank: Double) {
        struct Row {
            var score: Float
            var isOOS: Bool
            var alwaysFlagged: Bool
            var correctIfKept: Bool
        }
        var rows: [Row] = []
        for (example, p) in zip(dev, probabilities) {
            let (score, outOfScopeWins) = p.withUnsafeBufferPointer { inScopeScore($0, kind: kind) }
            var topInScope = -1
            for index in p.indices where index != outOfScopeIndex && (topInScope < 0 || p[index] > p[topInScope]) {
                topInScope = index
            }
            rows.append(Row(score: score.isNaN ? -.infinity : score, isOOS: example.label == outOfScopeLabel,
                            alwaysFlagged: outOfScopeWins, correctIfKept: topInScope >= 0 && labels[topInScope] == example.label))
        }
        rows.sort { $0.score < $1.score }
        let inScopeTotal = Double(max(1, rows.count { !$0.isOOS }))
        let oosTotal = Double(max(1, rows.count { $0.isOOS }))
        // Threshold below every score: only rows where the out-of-scope label wins are flagged.
        var caught = rows.count { $0.isOOS && $0.alwaysFlagged }
        var kept = rows.count { !$0.isOOS && !$0.alwaysFlagged && $0.correctIfKept }
        func rank(caught: Int, kept: Int) -> Double {
            let accuracy = Double(kept) / inScopeTotal, recall = Double(caught) / oosTotal
            guard let recallTarget else { return accuracy + recall }
            // Rules reaching the target rank above all others, then by in-scope accuracy.
            return recall + 1e-9 >= Double(recallTarget) ? 10 + accuracy : recall
        }
        let lowest = rows.first?.score ?? 0
        var best = (threshold: kind == .topProbability ? Float(0) : (lowest.isFinite ? lowest - 1 : -Float.greatestFiniteMagnitude),
                    rank: rank(caught: caught, kept: kept))
        var i = 0
        while i < rows.count {
            // Flag every row with this score.
            let score = rows[i].score
            while i < rows.count, rows[i].score == score {
                if !rows[i].alwaysFlagged {
                    if rows[i].isOOS { caught += 1 } else if rows[i].correctIfKept { kept -= 1 }
                }
                i += 1
            }
            let next = i < rows.count ? rows[i].score : score + max(abs(score) * 0.01, 0.01)
            let threshold = score.isFinite && next.isFinite ? (score + next) / 2 : next
            let r = rank(caught: caught, kept: kept)
            if r > best.rank { best = (threshold, r) }
        }
        return best
    }
}
