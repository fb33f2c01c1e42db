import ArgumentParser
import Foundation
import HeedLanguage

/// `--encoder auto|on|off`: whether a command mixes the pretrained sentence encoder into the text classifier.
enum EncoderChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Use the encoder when its weights are in the model cache; say so either way.
    case auto
    /// Require the encoder; fail with the way to fetch it when absent.
    case on
    /// Lexical model only.
    case off

    /// The encoder to use under this choice, loaded from the model cache (a line on stderr says which).
    /// - Throws: `ValidationError` with `on` when the weights are absent or unusable.
    func load(vectorCache: String? = nil) throws -> (any SentenceEncoder)? {
        guard self != .off else { return nil }
        let outcome = SentenceEncoderLocation.load(threads: ProcessInfo.processInfo.activeProcessorCount)
        if let encoder = outcome.encoder {
            printError(outcome.summary)
            return withVectorCache(encoder, at: vectorCache)
        }
        if self == .on { throw ValidationError(outcome.summary) }
        printError(outcome.summary)
        return nil
    }
}

/// Loads a model file of either kind and, for a fused model, the encoder it needs.
/// - Throws: when a fused model's encoder is absent, with the way to fetch it.
func loadTrainedClassifier(at path: String, vectorCache: String? = nil) throws
    -> (model: TrainedClassifier, encoder: (any SentenceEncoder)?) {
    let model = try TrainedClassifier.load(from: URL(fileURLWithPath: path))
    guard let identifier = model.encoderIdentifier else { return (model, nil) }
    let outcome = SentenceEncoderLocation.load(threads: ProcessInfo.processInfo.activeProcessorCount)
    guard let encoder = outcome.encoder else {
        throw ValidationError("\(FusedClassifierError.encoderRequired(identifier)) (\(outcome.summary))")
    }
    return (model, withVectorCache(encoder, at: vectorCache))
}

/// `encoder` wrapped in a ``VectorCacheEncoder`` reading `path` when a path is given.
private func withVectorCache(_ encoder: any SentenceEncoder, at path: String?) -> any SentenceEncoder {
    guard let path else { return encoder }
    let cache = VectorCacheEncoder(encoder, file: URL(fileURLWithPath: path))
    printError("vector cache \(path): \(cache.count) vectors")
    return cache
}

/// Writes the vectors `encoder` embedded to `path`, when it is a cache and a path is given.
func saveVectorCache(_ encoder: (any SentenceEncoder)?, to path: String?) throws {
    guard let path, let cache = encoder as? VectorCacheEncoder else { return }
    try cache.save(to: URL(fileURLWithPath: path))
    printError("vector cache \(path): \(cache.count) vectors saved")
}

/// `--vector-cache FILE`, shared by the commands that embed texts for the classifier.
struct VectorCacheOption: ParsableArguments {
    @Option(name: .customLong("vector-cache"),
            help: "File keeping the sentence encoder's vectors of the texts seen, so that a rerun on the same texts skips the encoder.")
    var path: String?
}
