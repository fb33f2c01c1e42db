import Logging
import Testing
@testable import HeedKnowledge

@Suite("Embedded engine and groundedness guard")
struct AnswerEngineTests {
    let index = Fixtures.index()
    let assistant = KnowledgeAssistant(logger: Logger(label: "test"))

    private func request(_ question: String, customer: CustomerContext) -> AnswerRequest {
        AnswerRequest(question: question, customer: customer, hits: index.search(KnowledgeQuery(text: question, workspaceID: Fixtures.workspace, audience: .customer)))
    }

    @Test("The embedded engine greets by name, answers from the passage, links the source and offers a human")
    func englishReply() async throws {
        let answer = await assistant.answer(request("How do I reset my password?", customer: CustomerContext(name: "Sam")))
        #expect(answer.verdict == .grounded)
        #expect(answer.engine == "embedded")
        #expect(answer.text.hasPrefix("Hi Sam,"))
        #expect(answer.text.contains("press Reset password"))
        #expect(answer.text.contains("https://help.acme.test/reset-password"))
        #expect(answer.text.contains("bring in a colleague"))
        #expect(answer.citations.first?.passageID == "reset-password#0")
        #expect(!answer.text.contains("sorry"))
    }

    @Test("A message asking two things gets one paragraph per part, each from its own passage, both cited")
    func twoParts() async throws {
        let password = try #require(index.search(KnowledgeQuery(
            text: "reset my password", workspaceID: Fixtures.workspace, audience: .customer)).first)
        let shipping = try #require(index.search(KnowledgeQuery(
            text: "how long do orders take to arrive", workspaceID: Fixtures.workspace, audience: .customer)).first)
        var request = AnswerRequest(
            question: "How do I reset my password, and how long do orders take to arrive?", hits: [password, shipping],
            parts: [
                AnswerPart(question: "How do I reset my password", hit: password),
                AnswerPart(question: "how long do orders take to arrive", hit: shipping),
            ])
        request.hits = request.hits.map { var hit = $0; hit.confidence = 0.9; return hit }
        let answer = await assistant.answer(request)
        #expect(answer.verdict == .grounded)
        #expect(answer.claims.contains("press Reset password") && answer.claims.contains("3 to 5 working days"))
        #expect(answer.claims.contains("24 hours.\n\nOrders inside the EU"), "one paragraph per part: \(answer.claims)")
        #expect(answer.citations.map(\.passageID) == ["reset-password#0", "shipping-times#0"])
    }

    @Test("A negative customer gets an empathetic opening in their language", arguments: [
        ("vi", "Rất tiếc"), ("ms", "mohon maaf"), ("lv", "žēl"), ("en", "I'm sorry"),
    ])
    func empathy(language: String, expected: String) async {
        let answer = await assistant.answer(request("doi mat khau", customer: CustomerContext(name: "Linh", language: language, sentiment: .negative)))
        #expect(answer.text.contains(expected))
        #expect(answer.language == language)
    }

    @Test("An unrelated question is an abstention in the customer's language, flagged for handoff")
    func abstainsWhenRetrievalIsWeak() async {
        let answer = await assistant.answer(request("Kāds ir laikapstākļu prognozes modelis Jupiterā?", customer: CustomerContext(language: "lv")))
        #expect(answer.verdict == .abstained(.lowRetrievalConfidence))
        #expect(answer.needsHandoff)
        #expect(answer.text.contains("pieaicināšu kolēģi"))
    }

    @Test("The guard rejects invented numbers, names and unsupported sentences, and accepts quoted ones")
    func guardSentences() {
        let support = SupportVocabulary(passages: index.indexedPassages(documentID: "reset-password", workspaceID: Fixtures.workspace), extractor: TermExtractor())
        let guardrail = GroundednessGuard()
        #expect(guardrail.isSupported("We send a link to your e-mail address.", by: support))
        #expect(guardrail.isSupported("The link is valid for 24 hours.", by: support))
        #expect(!guardrail.isSupported("The link is valid for 48 hours.", by: support))
        #expect(!guardrail.isSupported("Ask Microsoft to send the link.", by: support))
        #expect(!guardrail.isSupported("Our warehouse ships parcels overnight by courier.", by: support))
    }

    @Test("Internal passages never reach a customer's answer")
    func internalNotCited() async {
        let answer = await assistant.answer(request("can agents approve a refund of 200 euros for a lost parcel", customer: CustomerContext()))
        #expect(!answer.citations.contains { $0.documentID == "refund-exceptions" })
        #expect(!answer.text.contains("200 euros"))
    }
}
