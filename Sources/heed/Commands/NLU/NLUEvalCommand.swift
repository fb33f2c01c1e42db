import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu eval`: accuracy, macro-F1 and (with out-of-scope data) in-scope accuracy and out-of-scope recall.
struct NLUEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Evaluate a text classifier on a text,label CSV file.")

    @Option(name: .long, help: "Model file written by `nlu train`.") var model: String
    @Option(name: .long, help: "Test CSV (text,label).") var data: String
    @Option(name: .customLong("oos-label"), help: "Gold label of out-of-scope examples (default: the model's).")
    var outOfScopeLabel: String?
    @Flag(name: .long, help: "Print one JSON object.") var json = false
    @Option(name: .customLong("min-accuracy"), help: "Exit with status 1 when the accuracy is below this (0–1): a regression gate.")
    var minimumAccuracy: Double?
    @Option(name: .customLong("min-in-scope-accuracy"), help: "Exit with status 1 when the in-scope accuracy is below this (0–1).")
    var minimumInScopeAccuracy: Double?
    @OptionGroup var vectorCache: VectorCacheOption

    func run() async throws {
        let (classifier, encoder) = try loadTrainedClassifier(at: model, vectorCache: vectorCache.path)
        let examples = try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: data))
        let results = try classifier.predict(examples.map(\.text), encoder: encoder, topK: 1)
        try saveVectorCache(encoder, to: vectorCache.path)
        let evaluation = ClassificationEvaluation.evaluate(
            results: results, examples: examples, outOfScopeLabel: outOfScopeLabel ?? classifier.outOfScopeLabel)
        if json {
            try printJSON(evaluation.jsonObject)
        } else {
            print(evaluation.summary(prefix: data))
        }
        var failures: [String] = []
        if let minimumAccuracy, evaluation.accuracy < minimumAccuracy {
            failures.append(String(format: "accuracy %.4f is below %.4f", evaluation.accuracy, minimumAccuracy))
        }
        if let minimumInScopeAccuracy, (evaluation.inScopeAccuracy ?? 0) < minimumInScopeAccuracy {
            failures.append(String(format: "in-scope accuracy %.4f is below %.4f", evaluation.inScopeAccuracy ?? 0, minimumInScopeAccuracy))
        }
        guard failures.isEmpty else {
            printError("nlu eval: " + failures.joined(separator: "; "))
            throw ExitCode(1)
        }
    }
}
