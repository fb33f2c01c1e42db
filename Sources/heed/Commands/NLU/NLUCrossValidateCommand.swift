import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu cross-validate`: k-fold cross-validation on training data, to compare training settings without
/// touching dev or test data.
struct NLUCrossValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cross-validate",
        abstract: "k-fold cross-validation of the training settings on a text,label CSV file (no dev data used).")

    @Option(name: .long, help: "Training CSV (text,label); repeat to combine files.") var data: [String]
    @Option(name: .long, help: "Number of folds.") var folds = 5
    @Flag(name: .long, help: "Print one JSON object.") var json = false
    @OptionGroup var flags: ClassifierTrainingFlags

    func run() async throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data file") }
        guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
        let examples = try data.flatMap { try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: $0)) }
        let start = ContinuousClock.now
        let result = try CrossValidation.evaluate(examples: examples, options: flags.options, k: folds)
        let seconds = (ContinuousClock.now - start).seconds
        if json {
            try printJSON(["n": examples.count, "folds": folds, "accuracy": result.accuracy, "macro_f1": result.macroF1,
                           "fold_accuracy": result.folds.map(\.accuracy), "seconds": seconds])
        } else {
            print(String(format: "%d-fold CV on %d examples: accuracy=%.4f macro_f1=%.4f (folds: %@) in %.1f s", folds,
                         examples.count, result.accuracy, result.macroF1,
                         result.folds.map { String(format: "%.4f", $0.accuracy) }.joined(separator: " "), seconds))
        }
    }
}
