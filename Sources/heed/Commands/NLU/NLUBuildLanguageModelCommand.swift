import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu build-language-model`: generates the language-identification model shipped in
/// `Sources/HeedLanguage/Resources/` from the Leipzig (and optionally UDHR) training files.
struct NLUBuildLanguageModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-language-model",
        abstract: "Build the bundled language-identification model from langid_leipzig (and langid_udhr)."
    )

    @Option(help: "Folder of langid_leipzig (train.csv, labels.txt; dev_*.csv are used for the report).")
    var leipzig: String

    @Option(help: "Folder of langid_udhr (train.csv); only the Leipzig languages are used.")
    var udhr: String?

    @Option(help: "Folder of sentiment_lexicons (vader_en.csv, emoji_sentiment_ranking_v1.0.csv): writes the English and emoji sentiment lexicon resources too.")
    var lexicons: String?

    @Option(help: "Folder of ltec_lv_sentiment (train.csv, dev.csv): trains the Latvian sentiment model.")
    var ltec: String?

    @Option(help: "Folder of indonlu_smsa (train.csv, dev.csv): trains the Indonesian/Malay sentiment model.")
    var smsa: String?

    @Option(help: "Folder of indonlu_emot (train.csv, dev.csv): trains the Indonesian/Malay emotion model.")
    var emot: String?

    @Option(help: "Output folder (the HeedLanguage Resources folder) or a .hlid file path.")
    var out: String

    @Flag(help: "Evaluate the new model on the Leipzig dev files and print accuracies.")
    var report = false

    @Option(help: ArgumentHelp("Features kept per language and order: words,1-gram,…,5-gram (comma-separated).", visibility: .hidden))
    var featuresPerLanguage: String?

    @Option(help: ArgumentHelp("Report only: order weights words,1…5 (comma-separated).", visibility: .hidden))
    var orderWeights: String?

    @Option(help: ArgumentHelp("Report only: pseudo-count of unseen features.", visibility: .hidden))
    var pseudoCount: Float?

    @Option(help: ArgumentHelp("Report only: softmax temperature per character position.", visibility: .hidden))
    var temperature: Float?

    func run() async throws {
        let leipzigFolder = URL(fileURLWithPath: leipzig)
        let labels = try String(contentsOf: leipzigFolder.appendingPathComponent("labels.txt"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).map(String.init)
        var examples = try LabeledTextCSV.read(contentsOf: leipzigFolder.appendingPathComponent("train.csv"))
        if let udhr {
            examples += try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: udhr).appendingPathComponent("train.csv"))
        }
        let started = Date()
        var trainer = LanguageModelTrainer()
        if let featuresPerLanguage {
            trainer.featuresPerLanguage = featuresPerLanguage.split(separator: ",").compactMap { Int($0) }
        }
        let data = trainer.modelData(examples, languages: labels)
        var outURL = URL(fileURLWithPath: out)
        if outURL.pathExtension != "hlid" {
            outURL.appendPathComponent(LanguageIdentifier.bundledModelFileName)
        }
        try data.write(to: outURL)
        print("wrote \(outURL.path): \(labels.count) languages, \(data.count) bytes, \(examples.count) texts, "
            + String(format: "%.1f s", Date().timeIntervalSince(started)))
        let resources = outURL.deletingLastPathComponent()
        if let lexicons {
            let folder = URL(fileURLWithPath: lexicons)
            try writeEnglishLexicon(from: folder.appendingPathComponent("vader_en.csv"), to: resources)
            try writeEmojiLexicon(from: folder.appendingPathComponent("emoji_sentiment_ranking_v1.0.csv"), to: resources)
        }
        for (code, folder) in [("lv", ltec), ("id", smsa)] {
            guard let folder else { continue }
            try writeClassifier(kind: "sentiment", code: code, from: URL(fileURLWithPath: folder),
                                to: resources.appendingPathComponent(SentimentModels.fileName(for: code)))
        }
        if let emot {
            try writeClassifier(kind: "emotion", code: "id", from: URL(fileURLWithPath: emot),
                                to: resources.appendingPathComponent(EmotionModels.fileName(for: "id")))
        }
        guard report else { return }
        var identifier = try LanguageIdentifier(modelData: data)
        if let orderWeights { identifier.orderWeights = orderWeights.split(separator: ",").compactMap { Float($0) } }
        if let pseudoCount { identifier.unseenPseudoCount = pseudoCount }
        if let temperature { identifier.temperaturePerPosition = temperature }
        for split in ["dev_sentences", "dev_word_pairs", "dev_words"] {
            let url = leipzigFolder.appendingPathComponent("\(split).csv")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let result = LanguageIdentificationEvaluation.evaluate(identifier, on: try LabeledTextCSV.read(contentsOf: url))
            print(String(format: "%@: n=%d accuracy=%.4f confidence=%.3f", split, result.count, result.accuracy,
                         result.meanConfidence)
                + "  " + result.topConfusions.prefix(8).map { "\($0.pair) \($0.count)" }.joined(separator: ", "))
        }
    }

    /// Keeps `token<TAB>mean_valence` of the VADER lexicon (MIT), words only, one decimal.
    private func writeEnglishLexicon(from csv: URL, to folder: URL) throws {
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst()
        var output = ""
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 2, let valence = Double(fields[fields.count - 2]) else { continue }
            let token = fields.dropLast(2).joined(separator: ",")
            guard token.contains(where: \.isLetter), !token.contains("\t"), abs(valence) >= 0.5 else { continue }
            output += "\(token)\t" + String(format: "%.1f", valence) + "\n"
        }
        let url = folder.appendingPathComponent(SignalResources.englishLexiconFileName)
        try output.write(to: url, atomically: true, encoding: .utf8)
        print("wrote \(url.path): \(output.utf8.count) bytes")
    }

    /// Keeps `emoji<TAB>valence` of the Emoji Sentiment Ranking for emoji seen at least 30 times: valence is the
    /// share of positive minus the share of negative tweets, each add-one smoothed as in the ranking's paper,
    /// times 3 (near VADER's scale), where at least ±0.5.
    private func writeEmojiLexicon(from csv: URL, to folder: URL) throws {
        var output = ""
        var seen: Set<String> = []
        for line in try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 7, let occurrences = Double(fields[2]), occurrences >= 30,
                  let negative = Double(fields[4]), let positive = Double(fields[6]),
                  let key = SignalResources.emojiLexiconKey(String(fields[0])), seen.insert(key).inserted else { continue }
            let valence = 3 * ((positive + 1) - (negative + 1)) / (occurrences + 3)
            guard abs(valence) >= 0.5 else { continue }
            output += "\(key)\t" + String(format: "%.1f", valence) + "\n"
        }
        let url = folder.appendingPathComponent(SignalResources.emojiLexiconFileName)
        try output.write(to: url, atomically: true, encoding: .utf8)
        print("wrote \(url.path): \(seen.count) emoji seen at least 30 times, \(output.split(separator: "\n").count) kept")
    }

    /// Trains a classifier on the folder's train.csv (its dev.csv used only for calibration) and reports dev accuracy.
    /// Character n-grams per word or across the text, whichever does better in 3-fold cross-validation on train.
    private func writeClassifier(kind: String, code: String, from folder: URL, to url: URL) throws {
        let train = try LabeledTextCSV.read(contentsOf: folder.appendingPathComponent("train.csv"))
        let dev = try LabeledTextCSV.read(contentsOf: folder.appendingPathComponent("dev.csv"))
        var words = TrainingOptions()
        words.features.hashBits = 16
        var text = words
        text.features.charNGramsAcrossWords = true
        let (options, _) = try CrossValidation.best(of: [words, text], examples: train)
        print("\(code) \(kind): character n-grams \(options.features.charNGramsAcrossWords ? "across the text" : "per word") (3-fold CV on train)")
        let classifier = try TextClassifier.train(examples: train, options: options, devExamples: dev)
        try classifier.save(to: url)
        let evaluation = ClassificationEvaluation.evaluate(classifier, on: dev, outOfScopeLabel: nil)
        let size = try Data(contentsOf: url).count
        print(String(format: "wrote %@: %d bytes, dev accuracy %.4f macro-F1 %.4f", url.path, size,
                     evaluation.accuracy, evaluation.macroF1))
    }
}
