import Foundation

/// A ``TextClassifier`` fused with a classifier over the pretrained sentence encoder's vectors: the two models'
/// log-probabilities are mixed (``denseShare`` of the dense one's), re-normalised with a temperature, and the
/// out-of-scope rule is applied to the mixture.
///
/// The lexical model sees words and spellings; the encoder knows paraphrases and other languages. Their mixture
/// is more accurate than either (Banking77, CLINC150, airline sentiment: see `docs/nlu.md`). Prediction needs the
/// encoder the model was trained with (``encoderIdentifier``); texts are embedded as queries, in batches.
/// Train with ``train(examples:options:devExamples:encoder:progress:)``, persist with ``save(to:)``.
public struct FusedTextClassifier: Sendable {
    /// The lexical model (its own temperature applies to its half of the mixture).
    public let lexical: TextClassifier
    /// The classifier over sentence vectors.
    let dense: EmbeddingSoftmax
    /// Temperature of the dense model's scores, fitted on dev.
    let denseTemperature: Float
    /// The dense model's share of the mixed log-probabilities, 0…1, chosen on dev.
    public let denseShare: Float
    /// The ``SentenceEncoder/modelIdentifier`` of the encoder whose vectors the dense model reads.
    public let encoderIdentifier: String
    /// The mixture's temperature, out-of-scope threshold and score, on a copy of the lexical model.
    let decision: TextClassifier

    init(lexical: TextClassifier, dense: EmbeddingSoftmax, denseTemperature: Float, denseShare: Float,
         encoderIdentifier: String, temperature: Float, outOfScopeThreshold: Float, outOfScopeScore: OutOfScopeScore) {
        self.lexical = lexical
        self.dense = dense
        self.denseTemperature = denseTemperature
        self.denseShare = denseShare
        self.encoderIdentifier = encoderIdentifier
        decision = lexical.with(temperature: temperature, threshold: outOfScopeThreshold, score: outOfScopeScore)
    }

    /// The labels, in model order.
    public var labels: [String] { lexical.labels }
    /// The label that marks out-of-scope texts, if any.
    public var outOfScopeLabel: String? { lexical.outOfScopeLabel }
    /// The mixture's temperature.
    public var temperature: Float { decision.temperature }
    /// The mixture's out-of-scope threshold.
    public var outOfScopeThreshold: Float { decision.outOfScopeThreshold }
    /// What the out-of-scope threshold is compared with.
    public var outOfScopeScore: OutOfScopeScore { decision.outOfScopeScore }

    /// Classifies `texts` (embedded with `encoder` in one batched call): for each, the `topK` most probable labels
    /// and whether it is out of scope.
    /// - Throws: ``FusedClassifierError/wrongEncoder(expected:found:)`` when `encoder` is not the training one.
    public func predict(_ texts: [String], encoder: any SentenceEncoder, topK: Int = 3) throws -> [ClassificationResult] {
        try probabilities(for: texts, encoder: encoder).map { p in
            p.withUnsafeBufferPointer { decision.result(from: $0, topK: topK) }
        }
    }

    /// The mixture's probability of every label for each of `texts`, in ``labels`` order.
    public func probabilities(for texts: [String], encoder: any SentenceEncoder) throws -> [[Float]] {
        guard encoder.modelIdentifier == encoderIdentifier, encoder.dimension == dense.dimension else {
            throw FusedClassifierError.wrongEncoder(expected: encoderIdentifier, found: encoder.modelIdentifier)
        }
        let vectors = encoder.embedQueries(texts)
        return zip(texts, vectors).map { text, vector in
            Self.mixture(lexical: lexical.probabilities(for: text), denseScores: dense.scores(of: vector),
                         denseTemperature: denseTemperature, denseShare: denseShare, temperature: decision.temperature)
        }
    }

    /// The dense model's own results for `texts` (the encoder alone, at its dev-fitted temperature; no
    /// out-of-scope rule), for comparing the two halves.
    public func encoderOnlyPredictions(_ texts: [String], encoder: any SentenceEncoder, topK: Int = 1) throws -> [ClassificationResult] {
        guard encoder.modelIdentifier == encoderIdentifier, encoder.dimension == dense.dimension else {
            throw FusedClassifierError.wrongEncoder(expected: encoderIdentifier, found: encoder.modelIdentifier)
        }
        let plain = lexical.with(temperature: 1, threshold: 0, score: .topProbability)
        return encoder.embedQueries(texts).map { vector in
            var p = dense.scores(of: vector)
            p.withUnsafeMutableBufferPointer { LinearScorer.softmax($0, temperature: denseTemperature) }
            return p.withUnsafeBufferPointer { plain.result(from: $0, topK: topK) }
        }
    }

    /// Mixes one text's lexical probabilities with its dense scores into calibrated probabilities.
    static func mixture(lexical: [Float], denseScores: [Float], denseTemperature: Float, denseShare: Float,
                        temperature: Float) -> [Float] {
        var logits = mixedLogits(lexical: lexical, denseScores: denseScores, denseTemperature: denseTemperature,
                                 denseShare: denseShare)
        logits.withUnsafeMutableBufferPointer { LinearScorer.softmax($0, temperature: temperature) }
        return logits
    }

    /// `(1 − share)·log p_lexical + share·log p_dense`, the mixture before its temperature.
    static func mixedLogits(lexical: [Float], denseScores: [Float], denseTemperature: Float, denseShare: Float) -> [Float] {
        var dense = denseScores
        dense.withUnsafeMutableBufferPointer { LinearScorer.softmax($0, temperature: denseTemperature) }
        let floor: Float = 1e-12
        return zip(lexical, dense).map { l, d in (1 - denseShare) * logf(max(l, floor)) + denseShare * logf(max(d, floor)) }
    }
}

/// Why a fused classifier cannot classify.
public enum FusedClassifierError: Error, CustomStringConvertible, Equatable {
    /// The model needs the sentence encoder and none is loaded.
    case encoderRequired(String)
    /// The encoder given is not the one the model was trained with.
    case wrongEncoder(expected: String, found: String)

    public var description: String {
        switch self {
        case .encoderRequired(let identifier):
            "this model mixes in the sentence encoder \(identifier), whose weights are not here: run "
                + "scripts/fetch-models.sh (or set HEED_MODEL_DIR), or retrain with --encoder off"
        case .wrongEncoder(let expected, let found):
            "this model was trained with the sentence encoder \(expected), not \(found)"
        }
    }
}
