import Foundation

/// A text classifier for intents, topics, sentiment or complaint reasons: hashed word and character n-grams,
/// TF-IDF weighting, a linear model (by default one-vs-rest SVMs and multinomial logistic regression added into one)
/// with temperature-calibrated probabilities, and
/// out-of-scope detection (an explicit out-of-scope label and/or a threshold on the top probability).
///
/// Train with ``train(examples:options:devExamples:progress:)``, persist with ``save(to:)`` and
/// ``load(from:)``. Prediction is thread-safe (the classifier is an immutable value).
public struct TextClassifier: Sendable {
    /// The labels, in model order.
    public let labels: [String]
    /// The label that marks out-of-scope texts, if the model was trained with one.
    public let outOfScopeLabel: String?
    /// Texts whose ``outOfScopeScore`` is below this are out of scope (with ``OutOfScopeScore/topProbability``,
    /// 0 = off).
    public let outOfScopeThreshold: Float
    /// What the out-of-scope threshold is compared with.
    public let outOfScopeScore: OutOfScopeScore
    /// Softmax temperature fitted on dev data (1 when none was given).
    public let temperature: Float

    let vectorizer: FeatureVectorizer
    /// `weights[row * labels.count + class]`.
    let weights: [Float]
    let bias: [Float]
    /// `weights` as 8-bit integers, for prediction.
    let quantized: QuantizedWeights
    let scratchPool = ScratchPool()

    init(labels: [String], outOfScopeLabel: String?, outOfScopeThreshold: Float, temperature: Float,
         vectorizer: FeatureVectorizer, weights: [Float], bias: [Float], outOfScopeScore: OutOfScopeScore = .topProbability) {
        self.outOfScopeScore = outOfScopeScore
        self.labels = labels
        self.outOfScopeLabel = outOfScopeLabel
        self.outOfScopeThreshold = outOfScopeThreshold
        self.temperature = temperature
        self.vectorizer = vectorizer
        self.weights = weights
        self.bias = bias
        self.quantized = QuantizedWeights(weights: weights, classCount: labels.count)
    }

    /// The feature settings the model was trained with.
    public var featureOptions: FeatureOptions { vectorizer.options }

    /// Number of feature rows kept from training.
    public var featureCount: Int { vectorizer.rowCount }

    var outOfScopeIndex: Int? { outOfScopeLabel.flatMap { labels.firstIndex(of: $0) } }

    /// Classifies `text`: the `topK` most probable labels with calibrated probabilities, and whether it is out of scope.
    public func predict(_ text: String, topK: Int = 3) -> ClassificationResult {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: labels.count) { probabilities in
            scratchPool.withScratch { self.probabilities(of: text, scratch: &$0, into: probabilities) }
            return result(from: UnsafeBufferPointer(probabilities), topK: topK)
        }
    }

    /// The calibrated probability of every label for `text`, in ``labels`` order.
    public func probabilities(for text: String) -> [Float] {
        [Float](unsafeUninitializedCapacity: labels.count) { buffer, count in
            scratchPool.withScratch { probabilities(of: text, scratch: &$0, into: buffer) }
            count = labels.count
        }
    }

    /// The calibrated probability of each label for `text`, keyed by label.
    public func probabilitiesByLabel(for text: String) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(labels, probabilities(for: text).map(Double.init)))
    }

    /// Raw linear scores (logits before temperature) of `text`, written into `out`.
    func scores(of text: String, scratch: inout FeatureHasher.Scratch, into out: UnsafeMutableBufferPointer<Float>) {
        vectorizer.fillVector(for: text, scratch: &scratch)
        scratch.vector.rows.withUnsafeBufferPointer { rows in
            scratch.vector.values.withUnsafeBufferPointer { values in
                bias.withUnsafeBufferPointer { b in
                    quantized.scores(rows: rows, values: values, bias: b, into: out)
                }
            }
        }
    }

    func probabilities(of text: String, scratch: inout FeatureHasher.Scratch, into out: UnsafeMutableBufferPointer<Float>) {
        scores(of: text, scratch: &scratch, into: out)
        LinearScorer.softmax(out, temperature: temperature)
    }

    /// Ranks the probabilities and applies out-of-scope detection.
    func result(from probabilities: UnsafeBufferPointer<Float>, topK: Int) -> ClassificationResult {
        let k = min(max(topK, 1), labels.count)
        var top: [(index: Int, probability: Float)] = []
        top.reserveCapacity(k + 1)
        for (index, p) in probabilities.enumerated() {
            if top.count == k, let last = top.last, p <= last.probability { continue }
            let position = top.firstIndex { p > $0.probability } ?? top.count
            top.insert((index, p), at: position)
            if top.count > k { top.removeLast() }
        }
        let outOfScope = isOutOfScope(probabilities)
        let ranked = top.map { LabelScore(label: labels[$0.index], probability: $0.probability) }
        let label = outOfScope ? outOfScopeLabel : ranked.first?.label
        return ClassificationResult(ranked: ranked, isOutOfScope: outOfScope, label: label)
    }

    /// Out of scope when the out-of-scope label wins, or the in-scope score is below the threshold.
    func isOutOfScope(_ probabilities: UnsafeBufferPointer<Float>, threshold: Float? = nil,
                      score kind: OutOfScopeScore? = nil) -> Bool {
        let (score, outOfScopeWins) = inScopeScore(probabilities, kind: kind ?? outOfScopeScore)
        return outOfScopeWins || score < (threshold ?? outOfScopeThreshold)
    }

    /// The score compared with the out-of-scope threshold, and whether the out-of-scope label is the most probable.
    func inScopeScore(_ probabilities: UnsafeBufferPointer<Float>, kind: OutOfScopeScore) -> (score: Float, outOfScopeWins: Bool) {
        let oos = outOfScopeIndex
        var best = -1
        var bestInScope: Float = -1
        for (index, p) in probabilities.enumerated() {
            if best < 0 || p > probabilities[best] { best = index }
            if index != oos, p > bestInScope { bestInScope = p }
        }
        let outOfScopeWins = oos != nil && best == oos
        switch kind {
        case .topProbability:
            return (bestInScope, outOfScopeWins)
        case .logOddsAgainstOutOfScope:
            guard let oos else { return (bestInScope, outOfScopeWins) }
            return (log(bestInScope) - log(probabilities[oos]), outOfScopeWins)
        }
    }
}

/// What a classifier compares with its out-of-scope threshold.
public enum OutOfScopeScore: UInt8, Sendable, Hashable {
    /// The best in-scope label's probability.
    case topProbability = 0
    /// The log of the best in-scope label's probability over the out-of-scope label's probability (needs an
    /// out-of-scope label): uses what the model learned about out-of-scope texts, not only how sure it is.
    case logOddsAgainstOutOfScope = 1
}
