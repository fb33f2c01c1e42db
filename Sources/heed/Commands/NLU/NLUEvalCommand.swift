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

    func run() async throws {
        let classifier = try TextClassifier.load(from: URL(fileURLWithPath: model))
        let examples = try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: data))
        let evaluation = ClassificationEvaluation.evaluate(classifier, on: examples, outOfScopeLabel: outOfScopeLabel)
        if json {
            try printJSON(evaluation.jsonObject)
        } else {
            print(evaluation.summary(prefix: data))
        }
    }
}
