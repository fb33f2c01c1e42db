import ArgumentParser
import Foundation
import HeedKnowledge

/// `heed kb search "query"`: the passages hybrid retrieval finds.
struct KnowledgeSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the knowledge base.")

    @Argument(help: "What to look for.")
    var query: String

    @OptionGroup var base: KnowledgeBaseOptions

    @Option(help: "How many passages to show.")
    var limit = 5

    @Option(help: "Only passages in this language (repeatable).")
    var language: [String] = []

    @Flag(help: "Search as staff (internal documents included) instead of as a customer.")
    var staff = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let knowledge = try await StoreKnowledgeBase.load(base)
        let started = ContinuousClock.now
        let hits = knowledge.search(
            query, audience: staff ? .staff : .customer, languages: language.isEmpty ? nil : Set(language), limit: limit)
        let elapsed = ContinuousClock.now - started
        if json {
            try printJSON([
                "query": query, "retrieval": knowledge.retrieval, "took_us": Int(elapsed / .microseconds(1)),
                "hits": hits.map { hit -> [String: Any] in
                    [
                        "document_id": hit.passage.documentID, "passage_id": hit.passage.id, "title": hit.passage.title,
                        "heading": hit.passage.heading ?? NSNull(), "text": hit.passage.text, "language": hit.passage.language,
                        "score": hit.score, "confidence": hit.confidence, "source_url": hit.passage.sourceURL ?? NSNull(),
                    ]
                },
            ])
            return
        }
        print("\(knowledge.retrieval) retrieval")
        if hits.isEmpty { print("no results") }
        for (rank, hit) in hits.enumerated() {
            let heading = hit.passage.heading.map { " › \($0)" } ?? ""
            print("\(rank + 1). \(hit.passage.title)\(heading)  [\(hit.passage.id), confidence \(String(format: "%.2f", hit.confidence)), score \(String(format: "%.3f", hit.score))]")
            print("   " + String(hit.passage.text.replacingOccurrences(of: "\n", with: " ").prefix(200)))
        }
    }
}
