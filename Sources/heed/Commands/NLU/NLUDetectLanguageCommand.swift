import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu detect-language`: identifies the language of a text, or measures accuracy on a labelled CSV.
struct NLUDetectLanguageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect-language",
        abstract: "Identify the language of a text (ISO 639-1), or evaluate on a text,label CSV with --eval."
    )

    @Argument(help: "The text to identify.")
    var text: String?

    @Option(help: "A text,label CSV to evaluate on (labels are ISO 639-1 codes).")
    var eval: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "A model file to use instead of the bundled one.")
    var model: String?

    func validate() throws {
        if (text == nil) == (eval == nil) { throw ValidationError("give either a text or --eval FILE") }
    }

    func run() async throws {
        let identifier = try model.map { try LanguageIdentifier(modelData: Data(contentsOf: URL(fileURLWithPath: $0))) }
            ?? LanguageIdentifier.bundled()
        if let eval {
            let examples = try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: eval))
            let result = LanguageIdentificationEvaluation.evaluate(identifier, on: examples)
            if json {
                print(try JSONOutput.string(["n": .int(result.count), "accuracy": .double(result.accuracy)]))
            } else {
                print(String(format: "n=%d accuracy=%.4f", result.count, result.accuracy))
                for confusion in result.topConfusions.prefix(10) { print("  \(confusion.pair)  \(confusion.count)") }
            }
            return
        }
        let guess = identifier.identify(text ?? "")
        if json {
            print(try JSONOutput.encode(guess))
        } else {
            print("\(guess.code)\t\(guess.languageName)\t" + String(format: "%.3f", guess.confidence))
            for candidate in guess.alternatives.dropFirst() {
                print("  \(candidate.code)\t\(LanguageNames.name(for: candidate.code))\t"
                    + String(format: "%.3f", candidate.probability))
            }
        }
    }
}
