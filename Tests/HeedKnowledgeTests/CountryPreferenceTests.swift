import Testing
@testable import HeedKnowledge

@Suite("Country preference in retrieval")
struct CountryPreferenceTests {
    static let workspace = "countries"

    static func index() -> KnowledgeIndex {
        var index = KnowledgeIndex()
        index.upsert(KnowledgeDocument(
            id: "delivery", workspaceID: workspace, title: "Delivery times",
            body: """
            ## Latvia

            Delivery takes 2–4 business days and costs 4.90 €.

            ## Malaysia

            Delivery takes 3–5 business days and costs RM 15.

            ## Tracking

            Delivery updates appear on the tracking page.
            """))
        return index
    }

    static func best(_ text: String, market: String? = nil) -> KnowledgeSearchHit? {
        index().search(KnowledgeQuery(
            text: text, workspaceID: workspace, audience: .customer, oneResultPerDocument: true, market: market)).first
    }

    @Test("a city in the question picks its country's section over another country's")
    func cityPicksSection() throws {
        let hit = try #require(Self.best("How many business days does delivery take to Penang?"))
        #expect(hit.passage.heading == "Malaysia")
        // Without a country the sections tie and the first one wins: the preference is what moved it.
        #expect(Self.best("How many business days does delivery take?")?.passage.heading == "Latvia")
    }

    @Test("the customer's market decides when the question names no country; a named country beats it")
    func marketPrior() {
        #expect(Self.best("How many business days does delivery take?", market: "MY")?.passage.heading == "Malaysia")
        #expect(Self.best("How many business days does delivery take to Riga?", market: "MY")?.passage.heading == "Latvia")
    }

    @Test("a passage about another country loses confidence; the right one gains none")
    func confidenceNeverRaised() throws {
        let plain = try #require(Self.best("How many business days does delivery take?"))
        let other = Self.index().search(KnowledgeQuery(
            text: "How many business days does delivery take to Penang?", workspaceID: Self.workspace,
            audience: .customer, limit: 10)).first { $0.passage.heading == "Latvia" }
        let right = try #require(Self.best("How many business days does delivery take to Penang?"))
        #expect(right.confidence <= plain.confidence + 1e-9)
        #expect(try #require(other).confidence < right.confidence)
    }
}
