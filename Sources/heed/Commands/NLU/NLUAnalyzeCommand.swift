import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu analyze`: language, sentiment and escalation signals, personal data and redacted text of a message.
struct NLUAnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a customer message: language, signals with evidence, PII and redacted text."
    )

    @Argument(help: "The customer message.")
    var text: String?

    @Option(help: "Evaluate the sentiment signal on a text,label CSV (negative/neutral/positive) instead.")
    var evalSentiment: String?

    @Option(help: ArgumentHelp(
        "Evaluate the anger and gratitude signals on a text,label CSV of emotions instead: anger → anger, happy or love → gratitude, any other label → neither; a signal counts as found at --threshold.",
        valueName: "file"))
    var evalEmotion: String?

    @Flag(help: "With --eval-emotion: cue phrases and lexicons only, without the learned emotion models (for comparison).")
    var withoutLearnedEmotion = false

    @Option(help: "With --eval-sentiment or --eval-emotion: the texts' language (default: identified per text).")
    var language: String?

    @Option(name: .customLong("previous"), help: "An earlier customer message of the conversation (repeatable).")
    var previousMessages: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "Only list signals at least this strong (0…1).")
    var threshold: Double = 0.3

    func validate() throws {
        if [text, evalSentiment, evalEmotion].compactMap({ $0 }).count != 1 {
            throw ValidationError("give one of: a text, --eval-sentiment FILE or --eval-emotion FILE")
        }
    }

    func run() async throws {
        if let evalSentiment { return try evaluateSentiment(URL(fileURLWithPath: evalSentiment)) }
        if let evalEmotion { return try evaluateEmotion(URL(fileURLWithPath: evalEmotion)) }
        let analysis = try MessageAnalyzer().analyze(text ?? "", previousCustomerMessages: previousMessages)
        if json {
            print(try JSONOutput.encode(AnalysisJSON(analysis)))
            return
        }
        let language = analysis.language
        print("language:  \(language.code) (\(language.languageName)) " + String(format: "%.3f", language.confidence))
        let sentiment = analysis.signals.sentiment
        print("sentiment: \(sentiment.label.rawValue) " + String(format: "%.2f (polarity %+.2f)", sentiment.score, sentiment.polarity)
            + (sentiment.evidence.isEmpty ? "" : "  ← " + sentiment.evidence.joined(separator: ", ")))
        let present = analysis.signals.present(threshold: threshold)
        print("signals:   " + (present.isEmpty ? "none" : ""))
        for signal in present {
            print("  \(signal.kind.rawValue) " + String(format: "%.2f", signal.score) + "  ← " + signal.evidence.joined(separator: ", "))
        }
        print("pii:       " + (analysis.pii.isEmpty ? "none" : analysis.pii.map { "\($0.kind.rawValue) \"\($0.text)\"" }.joined(separator: ", ")))
        print("redacted:  \(analysis.redacted.text)")
    }
}

extension NLUAnalyzeCommand {
    private func evaluateSentiment(_ url: URL) throws {
        let examples = try LabeledTextCSV.read(contentsOf: url)
        let identifier = try LanguageIdentifier.bundled()
        let detector = SignalDetector()
        let predicted = examples.map { example in
            let code = language ?? identifier.identify(example.text).code
            return detector.detect(example.text, language: code).sentiment.label.rawValue
        }
        let result = ClassificationEvaluation.evaluate(gold: examples.map(\.label), predicted: predicted, outOfScopeLabel: nil)
        if json {
            print(try JSONOutput.string(["n": .int(result.count), "accuracy": .double(result.accuracy),
                                         "macro_f1": .double(result.macroF1)]))
        } else {
            print(String(format: "n=%d accuracy=%.4f macro_f1=%.4f", result.count, result.accuracy, result.macroF1))
        }
    }
}

extension NLUAnalyzeCommand {
    /// Precision and recall of the anger and gratitude signals against emotion labels.
    private func evaluateEmotion(_ url: URL) throws {
        let examples = try LabeledTextCSV.read(contentsOf: url)
        let identifier = try LanguageIdentifier.bundled()
        let detector = withoutLearnedEmotion ? SignalDetector(sentimentModels: .bundled, emotionModels: .none) : SignalDetector()
        let expected = Dictionary(uniqueKeysWithValues: EmotionModels.labelsOfSignal.flatMap { signal in
            signal.labels.map { ($0, signal.kind) }
        })
        var figures: [String: JSONOutput.Value] = ["n": .int(examples.count)]
        var counts: [SignalKind: (truePositives: Int, found: Int, relevant: Int)] = [:]
        for example in examples {
            let signals = detector.detect(example.text, language: language ?? identifier.identify(example.text).code)
            for kind in [SignalKind.anger, .gratitude] {
                let found = signals[kind].score >= threshold, relevant = expected[example.label] == kind
                var count = counts[kind] ?? (0, 0, 0)
                count.found += found ? 1 : 0
                count.relevant += relevant ? 1 : 0
                count.truePositives += found && relevant ? 1 : 0
                counts[kind] = count
            }
        }
        var lines = ["n=\(examples.count) threshold=\(threshold)"]
        for kind in [SignalKind.anger, .gratitude] {
            let count = counts[kind] ?? (0, 0, 0)
            let precision = count.found == 0 ? 0 : Double(count.truePositives) / Double(count.found)
            let recall = count.relevant == 0 ? 0 : Double(count.truePositives) / Double(count.relevant)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            figures[kind.rawValue] = .object(["precision": .double(precision), "recall": .double(recall), "f1": .double(f1),
                                              "found": .int(count.found), "relevant": .int(count.relevant)])
            lines.append(String(format: "%@: precision %.4f recall %.4f F1 %.4f (found %d, labelled %d)", kind.rawValue,
                                precision, recall, f1, count.found, count.relevant))
        }
        print(json ? try JSONOutput.string(figures) : lines.joined(separator: "\n"))
    }
}

/// The `--json` shape of `heed nlu analyze`.
private struct AnalysisJSON: Encodable {
    struct PII: Encodable {
        let kind: String
        let text: String
        let start: Int
        let end: Int
        let placeholder: String?
    }

    let language: LanguageGuess
    let sentiment: Sentiment
    let signals: [Signal]
    let pii: [PII]
    let redacted: String
    let redactionMap: [String: String]

    init(_ analysis: MessageAnalysis) {
        language = analysis.language
        sentiment = analysis.signals.sentiment
        signals = analysis.signals.signals
        let placeholders = Dictionary(analysis.redacted.map.originals.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        pii = analysis.pii.map {
            PII(kind: $0.kind.rawValue, text: $0.text, start: $0.utf8Offsets.lowerBound, end: $0.utf8Offsets.upperBound,
                placeholder: placeholders[$0.text])
        }
        redacted = analysis.redacted.text
        redactionMap = analysis.redacted.map.originals
    }
}
