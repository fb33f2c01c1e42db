import Foundation
import HeedLanguage
import Testing
@testable import HeedKnowledge

@Suite("Dense-first retrieval with a sentence encoder")
struct DenseRetrievalTests {
    static let workspace = "dense"

    static let documents = [
        KnowledgeDocument(
            id: "shipping", workspaceID: workspace, title: "Shipping times",
            body: "Orders are delivered within 2-4 business days, depending on the city."),
        KnowledgeDocument(
            id: "refunds", workspaceID: workspace, title: "Refunds",
            body: "How long until my card gets the money? Refunds are paid to the original card within 5 days."),
    ]

    static func index(encoder: PassageEncoder?) -> KnowledgeIndex {
        var index = KnowledgeIndex()
        if encoder != nil { index.denseTuning = DenseRetrievalTuning() }
        for document in documents {
            index.upsert(document, embeddings: encoder.map { $0.embed(index.passages(of: document)) })
        }
        return index
    }

    static func query(_ text: String, encoder: PassageEncoder?) -> KnowledgeQuery {
        KnowledgeQuery(
            text: text, workspaceID: workspace, audience: .customer, oneResultPerDocument: true,
            embedding: encoder?.embedQuery(text))
    }

    @Test("the encoder's meaning outranks shared filler words")
    func meaningBeatsFillerWords() {
        let encoder = PassageEncoder(TopicEncoder())
        let index = Self.index(encoder: encoder)

        let dense = index.search(Self.query("how long until my parcel arrives", encoder: encoder))
        let lexical = index.search(Self.query("how long until my parcel arrives", encoder: nil))

        #expect(dense.first?.passage.documentID == "shipping")
        #expect(lexical.first?.passage.documentID == "refunds")
    }

    @Test("confidence rescales the cosine between the tuned floor and ceiling")
    func confidenceFromCosine() {
        let tuning = DenseRetrievalTuning()

        #expect(tuning.confidence(cosine: tuning.confidenceFloor - 0.1) == 0)
        #expect(tuning.confidence(cosine: tuning.confidenceCeiling + 0.1) == 1)
        #expect(abs(tuning.confidence(cosine: (tuning.confidenceFloor + tuning.confidenceCeiling) / 2) - 0.5) < 1e-9)
    }

    @Test("without an encoder, ranking is exactly the lexical one")
    func noEncoderIsLexical() {
        let plain = Self.index(encoder: nil)
        var withVectors = Self.index(encoder: PassageEncoder(TopicEncoder()))
        withVectors.denseTuning?.lexicalWeight = 0.5

        let question = "refund card days"
        let expected = plain.search(Self.query(question, encoder: nil))
        let actual = withVectors.search(Self.query(question, encoder: nil))

        #expect(actual == expected)
    }

    @Test("re-embedding a changed document computes only the passages whose text changed")
    func unchangedPassagesReuseTheirVectors() {
        let topics = TopicEncoder()
        let encoder = PassageEncoder(topics)
        let splitter = PassageSplitter()
        let original = KnowledgeDocument(
            id: "guide", workspaceID: Self.workspace, title: "Guide",
            body: "# Delivery\nParcels arrive in 2 days.\n\n# Refunds\nMoney back within 5 days.")
        var changed = original
        changed.body = "# Delivery\nParcels arrive in 2 days.\n\n# Refunds\nMoney back within 7 days."

        _ = encoder.embed(splitter.passages(of: original))
        let before = topics.passagesEmbedded
        _ = encoder.embed(splitter.passages(of: changed))

        #expect(splitter.passages(of: original).count == 2)
        #expect(topics.passagesEmbedded - before == 1)
    }
}
