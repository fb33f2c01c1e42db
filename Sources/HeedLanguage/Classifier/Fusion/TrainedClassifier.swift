import Foundation

/// A classifier model file of either kind: lexical only (``TextClassifier``) or fused with the sentence encoder
/// (``FusedTextClassifier``). The commands that read model files load them through this.
public enum TrainedClassifier: Sendable {
    case lexical(TextClassifier)
    case fused(FusedTextClassifier)

    /// Reads the model at `url`, whichever kind it is.
    /// - Throws: ``ModelFileError`` as the kind's own loader does.
    public static func load(from url: URL) throws -> TrainedClassifier {
        try load(modelData: try Data(contentsOf: url))
    }

    /// Reads a model from its file bytes, whichever kind it is.
    public static func load(modelData: Data) throws -> TrainedClassifier {
        if FusedTextClassifier.hasMagic([UInt8](modelData.prefix(FusedTextClassifier.fileMagic.count))) {
            return .fused(try FusedTextClassifier.load(modelData: modelData))
        }
        return .lexical(try TextClassifier.load(modelData: modelData))
    }

    /// The labels, in model order.
    public var labels: [String] {
        switch self {
        case .lexical(let model): model.labels
        case .fused(let model): model.labels
        }
    }

    /// The label that marks out-of-scope texts, if any.
    public var outOfScopeLabel: String? {
        switch self {
        case .lexical(let model): model.outOfScopeLabel
        case .fused(let model): model.outOfScopeLabel
        }
    }

    /// The encoder the model needs, if it is fused.
    public var encoderIdentifier: String? {
        if case .fused(let model) = self { return model.encoderIdentifier }
        return nil
    }

    /// Classifies `texts`. A fused model embeds them with `encoder`, a batch at a time.
    /// - Throws: ``FusedClassifierError`` when a fused model has no encoder or another one.
    public func predict(_ texts: [String], encoder: (any SentenceEncoder)?, topK: Int = 3) throws -> [ClassificationResult] {
        switch self {
        case .lexical(let model):
            return texts.map { model.predict($0, topK: topK) }
        case .fused(let model):
            guard let encoder else { throw FusedClassifierError.encoderRequired(model.encoderIdentifier) }
            var results: [ClassificationResult] = []
            results.reserveCapacity(texts.count)
            var start = 0
            while start < texts.count {
                let end = min(start + FusedTextClassifier.embeddingChunk, texts.count)
                results += try model.predict(Array(texts[start..<end]), encoder: encoder, topK: topK)
                start = end
            }
            return results
        }
    }
}
