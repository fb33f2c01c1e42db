import Foundation
import HeedKnowledge

/// FAQ retrieval evaluation: every FAQ entry (question + answer) is one document, optional training queries are
/// attached as learned questions of their FAQ, and each query hits when its `faq_id` is ranked.
struct FAQEvaluation {
    struct Query {
        var text: String
        var faqID: String
    }

    struct Result {
        var count: Int
        var recallAt1: Double
        var recallAt5: Double
        var meanReciprocalRank: Double
        var p50Microseconds: Double
        var p99Microseconds: Double
        var buildMilliseconds: Double
        var passages: Int
        /// Share of queries whose best hit reaches the groundedness guard's retrieval confidence (would be answered).
        var answeredShare: Double
        /// recall@1 among those answered queries.
        var answeredPrecision: Double

        var json: [String: Any] {
            [
                "n": count, "recall@1": recallAt1, "recall@5": recallAt5, "mrr": meanReciprocalRank,
                "p50_us": p50Microseconds, "p99_us": p99Microseconds, "build_ms": buildMilliseconds, "passages": passages,
                "answered_share": answeredShare, "answered_precision@1": answeredPrecision,
            ]
        }
    }

    static let workspace = "eval"

    /// Reads `{"query", "faq_id"}` lines.
    static func readQueries(_ path: String) throws -> [Query] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").enumerated().compactMap { offset, line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let query = object["query"] as? String, let faqID = object["faq_id"] as? String
            else { throw KnowledgeCommandError(message: "\(path):\(offset + 1): expected {\"query\", \"faq_id\"}") }
            return Query(text: query, faqID: faqID)
        }
    }

    /// Builds the index from the FAQ file and learned queries; returns it with the build time.
    /// With `encoder`, every passage is embedded (in one batch, timed with the build) for dense-first retrieval.
    static func buildIndex(
        faqPath: String, learned: [Query], tuning: RetrievalTuning = RetrievalTuning(), encoder: PassageEncoder? = nil
    ) throws -> (KnowledgeIndex, Double) {
        let loader = KnowledgeFileLoader(workspaceID: workspace)
        let documents = try loader.documents(fromFile: faqPath, contents: String(contentsOfFile: faqPath, encoding: .utf8), idBase: "faq")
        let learnedByFAQ = Dictionary(grouping: learned, by: \.faqID)
        let started = ContinuousClock.now
        var index = KnowledgeIndex(tuning: tuning)
        let prepared = documents.map { document in
            var document = document
            document.learnedQuestions = learnedByFAQ[document.id]?.map(\.text) ?? []
            return document
        }
        let passages = prepared.map { index.passages(of: $0) }
        var vectors = encoder?.embed(passages.flatMap { $0 })[...]
        for (document, documentPassages) in zip(prepared, passages) {
            let embeddings = vectors.map { Array($0.prefix(documentPassages.count)) }
            vectors = vectors?.dropFirst(documentPassages.count)
            index.upsert(document, embeddings: embeddings)
        }
        return (index, (ContinuousClock.now - started) / .microseconds(1) / 1_000)
    }

    /// Ranks every query and measures recall@1, recall@5, MRR and latency.
    /// With `queryVector`, each query is embedded first (its time counts in the latency).
    static func evaluate(
        index: KnowledgeIndex, queries: [Query], buildMilliseconds: Double,
        threshold: Double = GroundednessGuard().minimumRetrievalConfidence, queryVector: ((String) -> [Float])? = nil
    ) -> Result {
        var hitsAt1 = 0, hitsAt5 = 0
        var reciprocalRanks = 0.0
        var latencies: [Double] = []
        var answered = 0, answeredCorrect = 0
        for query in queries {
            let started = ContinuousClock.now
            let hits = index.search(KnowledgeQuery(
                text: query.text, workspaceID: workspace, audience: .staff, limit: 100, oneResultPerDocument: true,
                embedding: queryVector?(query.text)))
            latencies.append((ContinuousClock.now - started) / .nanoseconds(1) / 1_000)
            if let top = hits.first, top.confidence >= threshold {
                answered += 1
                if top.passage.documentID == query.faqID { answeredCorrect += 1 }
            }
            if let rank = hits.firstIndex(where: { $0.passage.documentID == query.faqID }) {
                if rank == 0 { hitsAt1 += 1 }
                if rank < 5 { hitsAt5 += 1 }
                reciprocalRanks += 1 / Double(rank + 1)
            }
        }
        let n = Double(max(queries.count, 1))
        return Result(
            count: queries.count, recallAt1: Double(hitsAt1) / n, recallAt5: Double(hitsAt5) / n,
            meanReciprocalRank: reciprocalRanks / n, p50Microseconds: percentile(latencies, 0.5),
            p99Microseconds: percentile(latencies, 0.99), buildMilliseconds: buildMilliseconds, passages: index.passageCount,
            answeredShare: Double(answered) / n, answeredPrecision: Double(answeredCorrect) / Double(max(answered, 1)))
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let position = Int((Double(sorted.count - 1) * fraction).rounded())
        return sorted[position]
    }
}

/// A command failure with a message for people (printed without the usage text).
struct KnowledgeCommandError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
