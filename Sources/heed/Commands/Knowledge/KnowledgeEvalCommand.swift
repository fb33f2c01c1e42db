import ArgumentParser
import Foundation
import HeedKnowledge
import HeedLanguage

/// `heed kb eval --faq FAQ.jsonl --queries QUERIES.jsonl [--learned TRAIN.jsonl]`: FAQ retrieval quality and speed.
struct KnowledgeEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Evaluate FAQ retrieval (recall@1/@5, MRR, latency).")

    @Option(help: "FAQ file: JSONL of {\"id\", \"question\", \"answer\"} (or CSV).")
    var faq: String

    @Option(help: "Evaluation queries: JSONL of {\"query\", \"faq_id\"}.")
    var queries: String

    @Option(help: "Training queries attached as learned questions of their faq_id.")
    var learned: String?

    @Option(help: ArgumentHelp("Retrieval knobs, e.g. k1=1.2,b=0.75,rrfK=60,fuzzyWeight=1 (for tuning).", visibility: .hidden))
    var tuning: String?

    @Option(help: "Retrieval confidence below which the assistant abstains (for the answered share).")
    var threshold = GroundednessGuard().minimumRetrievalConfidence

    @Flag(help: "Rank dense-first with the pretrained sentence encoder (scripts/fetch-models.sh fetches it).")
    var encoder = false

    @Option(help: ArgumentHelp("Dense-first knobs: lexicalWeight=0.01,floor=0.78,ceiling=0.93 (for tuning).", visibility: .hidden))
    var denseTuning: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let evaluationQueries = try FAQEvaluation.readQueries(queries)
        let learnedQueries = try learned.map(FAQEvaluation.readQueries) ?? []
        let passageEncoder = try encoder ? Self.loadEncoder() : nil
        var (index, buildMilliseconds) = try FAQEvaluation.buildIndex(
            faqPath: faq, learned: learnedQueries, tuning: try Self.tuning(tuning), encoder: passageEncoder)
        guard let passageEncoder else {
            report(FAQEvaluation.evaluate(
                index: index, queries: evaluationQueries, buildMilliseconds: buildMilliseconds, threshold: threshold))
            return
        }
        // Several dense knob sets (separated by ";") share one index and one embedding of each query; the first
        // set's latency includes embedding the query.
        var vectors: [String: [Float]] = [:]
        for (offset, knobs) in (denseTuning ?? "").split(separator: ";", omittingEmptySubsequences: false).enumerated() {
            index.denseTuning = try Self.denseTuning(String(knobs))
            if offset > 0 { print("dense knobs: \(knobs)") }
            report(FAQEvaluation.evaluate(
                index: index, queries: evaluationQueries, buildMilliseconds: buildMilliseconds, threshold: threshold,
                queryVector: { text in
                    if let vector = vectors[text] { return vector }
                    let vector = passageEncoder.embedQuery(text)
                    vectors[text] = vector
                    return vector
                }))
        }
    }

    private func report(_ result: FAQEvaluation.Result) {
        if json {
            try? printJSON(result.json)
        } else {
            print(String(
                format: "n=%d recall@1=%.3f recall@5=%.3f mrr=%.3f p50=%.0fµs p99=%.0fµs build=%.0fms answered=%.3f (precision@1 %.3f)",
                result.count, result.recallAt1, result.recallAt5, result.meanReciprocalRank,
                result.p50Microseconds, result.p99Microseconds, result.buildMilliseconds, result.answeredShare, result.answeredPrecision))
        }
    }

    /// The pretrained encoder, or a failure saying how to fetch it.
    static func loadEncoder() throws -> PassageEncoder {
        let outcome = SentenceEncoderLocation.load(threads: ProcessInfo.processInfo.activeProcessorCount)
        guard let encoder = outcome.encoder else { throw KnowledgeCommandError(message: outcome.summary) }
        printError(outcome.summary)
        return PassageEncoder(encoder)
    }

    /// Parses `key=value` pairs over the default dense-first tuning.
    static func denseTuning(_ text: String?) throws -> DenseRetrievalTuning {
        var tuning = DenseRetrievalTuning()
        for pair in (text ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else { throw ValidationError("bad tuning pair \(pair)") }
            switch parts[0] {
            case "lexicalWeight": tuning.lexicalWeight = value
            case "floor": tuning.confidenceFloor = value
            case "ceiling": tuning.confidenceCeiling = value
            default: throw ValidationError("unknown dense tuning key \(parts[0])")
            }
        }
        return tuning
    }

    /// Parses `key=value` pairs over the default tuning.
    static func tuning(_ text: String?) throws -> RetrievalTuning {
        var tuning = RetrievalTuning()
        for pair in (text ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else { throw ValidationError("bad tuning pair \(pair)") }
            switch parts[0] {
            case "k1": tuning.k1 = Float(value)
            case "b": tuning.b = Float(value)
            case "rrfK": tuning.rrfK = value
            case "lexicalWeight": tuning.lexicalWeight = value
            case "fuzzyWeight": tuning.fuzzyWeight = value
            case "questionBoost": tuning.questionBoost = Float(value)
            case "minimumSpellingSimilarity": tuning.minimumSpellingSimilarity = Float(value)
            case "spellingVariants": tuning.spellingVariants = Int(value)
            default: throw ValidationError("unknown tuning key \(parts[0])")
            }
        }
        return tuning
    }
}
