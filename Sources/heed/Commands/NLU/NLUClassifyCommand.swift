import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu classify`: the top labels of one text with their calibrated confidences.
struct NLUClassifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: "Classify one text with a trained model.")

    @Option(name: .long, help: "Model file written by `nlu train`.") var model: String
    @Option(name: .customLong("top-k"), help: "How many labels to show.") var topK = 3
    @Flag(name: .long, help: "Print one JSON object.") var json = false
    @Argument(help: "The text to classify.") var text: String

    func run() async throws {
        let (classifier, encoder) = try loadTrainedClassifier(at: model)
        let result = try classifier.predict([text], encoder: encoder, topK: topK)[0]
        if json {
            try printJSON([
                "label": result.label ?? NSNull(),
                "out_of_scope": result.isOutOfScope,
                "ranked": result.ranked.map { ["label": $0.label, "confidence": Double($0.probability)] },
            ])
        } else {
            if result.isOutOfScope { print("out of scope" + (result.label.map { " (\($0))" } ?? "")) }
            for score in result.ranked {
                print(String(format: "%.3f  ", score.probability) + score.label)
            }
        }
    }
}
