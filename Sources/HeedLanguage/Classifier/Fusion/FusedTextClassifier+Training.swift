import Foundation

extension FusedTextClassifier {
    /// Texts embedded per encoder call (one progress step each while training).
    public static let embeddingChunk = 64

    /// Trains the lexical model on `examples` (as ``TextClassifier/train(examples:options:devExamples:progress:)``
    /// does), a softmax over `encoder`'s vectors of the same examples, and mixes them.
    ///
    /// The dev examples choose the dense model's temperature, its share of the mixture (the best dev accuracy, or
    /// with out-of-scope data the best in-scope accuracy + out-of-scope recall), the mixture's temperature and its
    /// out-of-scope rule; they are never trained on. Without dev examples the share is ½ and temperatures are 1.
    public static func train(
        examples: [LabeledText], options: TrainingOptions = TrainingOptions(), devExamples: [LabeledText] = [],
        encoder: any SentenceEncoder, progress: ((TrainingProgress) -> Void)? = nil
    ) throws -> FusedTextClassifier {
        let lexical = try TextClassifier.train(examples: examples, options: options, devExamples: devExamples, progress: progress)
        return fusing(lexical, examples: examples, options: options, devExamples: devExamples, encoder: encoder, progress: progress)
    }

    /// Mixes an already trained lexical model (trained on `examples` with `options` and calibrated on
    /// `devExamples`) with a softmax over `encoder`'s vectors, as ``train(examples:options:devExamples:encoder:progress:)``.
    public static func fusing(
        _ lexical: TextClassifier, examples: [LabeledText], options: TrainingOptions = TrainingOptions(),
        devExamples: [LabeledText] = [], encoder: any SentenceEncoder, progress: ((TrainingProgress) -> Void)? = nil
    ) -> FusedTextClassifier {
        let labelIndex = Dictionary(uniqueKeysWithValues: lexical.labels.enumerated().map { ($1, $0) })
        let texts = examples.map(\.text) + devExamples.map(\.text)
        let vectors = embed(texts, encoder: encoder, progress: progress)
        let trainVectors = Array(vectors.prefix(examples.count)), devVectors = Array(vectors.dropFirst(examples.count))

        let epochs = options.dense.epochs
        let dense = EmbeddingSoftmax.train(
            vectors: trainVectors, labels: examples.map { labelIndex[$0.label]! }, classCount: lexical.labels.count,
            options: options.dense, classBalancePower: options.dense.classBalancePower ?? options.classBalancePower, seed: options.seed) { epoch in
                progress?(TrainingProgress(phase: .fitting, completed: epoch, total: epochs))
            }
        let untuned = FusedTextClassifier(
            lexical: lexical, dense: dense, denseTemperature: 1, denseShare: 0.5, encoderIdentifier: encoder.modelIdentifier,
            temperature: 1, outOfScopeThreshold: lexical.outOfScopeThreshold, outOfScopeScore: lexical.outOfScopeScore)
        guard !devExamples.isEmpty else { return untuned }
        progress?(TrainingProgress(phase: .calibrating, completed: 0, total: 1))
        let tuned = untuned.calibrated(on: devExamples, vectors: devVectors, labelIndex: labelIndex, options: options)
        progress?(TrainingProgress(phase: .calibrating, completed: 1, total: 1))
        return tuned
    }

    /// Query vectors of `texts`, embedded a chunk at a time with progress.
    static func embed(_ texts: [String], encoder: any SentenceEncoder,
                      progress: ((TrainingProgress) -> Void)?) -> [[Float]] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        var start = 0
        progress?(TrainingProgress(phase: .embedding, completed: 0, total: texts.count))
        while start < texts.count {
            let end = min(start + embeddingChunk, texts.count)
            vectors += encoder.embedQueries(Array(texts[start..<end]))
            start = end
            progress?(TrainingProgress(phase: .embedding, completed: end, total: texts.count))
        }
        return vectors
    }

    /// A copy whose dense temperature, share, mixture temperature and out-of-scope rule are chosen on `dev`.
    func calibrated(on dev: [LabeledText], vectors: [[Float]], labelIndex: [String: Int],
                    options: TrainingOptions) -> FusedTextClassifier {
        let lexicalProbabilities = dev.map { lexical.probabilities(for: $0.text) }
        let denseScores = vectors.map { dense.scores(of: $0) }
        let known = dev.indices.filter { labelIndex[dev[$0].label] != nil }
        let gold = known.map { labelIndex[dev[$0].label]! }
        let denseTemperature = TextClassifier.fittedTemperature(logits: known.map { denseScores[$0] }, gold: gold)
        let oosLabel = options.outOfScopeThreshold == nil ? options.outOfScopeLabel : nil
        let tunesOutOfScope = oosLabel.map { label in dev.contains { $0.label == label } } ?? false

        var best: (candidate: FusedTextClassifier, rank: Double)?
        for step in 0...20 {
            let share = Float(step) / 20
            let logits = dev.indices.map {
                Self.mixedLogits(lexical: lexicalProbabilities[$0], denseScores: denseScores[$0],
                                 denseTemperature: denseTemperature, denseShare: share)
            }
            let temperature = TextClassifier.fittedTemperature(logits: known.map { logits[$0] }, gold: gold)
            let probabilities = logits.map { row in
                var p = row
                p.withUnsafeMutableBufferPointer { LinearScorer.softmax($0, temperature: temperature) }
                return p
            }
            var candidate = FusedTextClassifier(
                lexical: lexical, dense: dense, denseTemperature: denseTemperature, denseShare: share,
                encoderIdentifier: encoderIdentifier, temperature: temperature,
                outOfScopeThreshold: lexical.outOfScopeThreshold, outOfScopeScore: lexical.outOfScopeScore)
            let rank: Double
            if tunesOutOfScope, let oosLabel {
                let rule = candidate.decision.tunedOutOfScopeRule(
                    on: dev, probabilities: probabilities, outOfScopeLabel: oosLabel,
                    recallTarget: options.outOfScopeRecallTarget, scores: options.outOfScopeScores)
                candidate = FusedTextClassifier(
                    lexical: lexical, dense: dense, denseTemperature: denseTemperature, denseShare: share,
                    encoderIdentifier: encoderIdentifier, temperature: temperature,
                    outOfScopeThreshold: rule.threshold, outOfScopeScore: rule.score)
                rank = rule.rank
            } else {
                let results = probabilities.map { p in p.withUnsafeBufferPointer { candidate.decision.result(from: $0, topK: 1) } }
                rank = ClassificationEvaluation.evaluate(results: results, examples: dev, outOfScopeLabel: outOfScopeLabel).accuracy
            }
            // Ties keep the smaller share: the lexical model is the cheaper half to trust.
            if best == nil || rank > best!.rank + 1e-9 { best = (candidate, rank) }
        }
        return best!.candidate
    }
}
