import Logging
import Testing
@testable import HeedKnowledge

@Suite("Reply tone")
struct ReplyToneTests {
    let index = Fixtures.index()
    let assistant = KnowledgeAssistant(logger: Logger(label: "test"))

    private func answer(_ question: String, language: String, tone: ReplyTone) async -> KnowledgeAnswer {
        let hits = index.search(KnowledgeQuery(text: question, workspaceID: Fixtures.workspace, audience: .customer))
        return await assistant.answer(AnswerRequest(
            question: question, customer: CustomerContext(name: "Linh", language: language, tone: tone), hits: hits))
    }

    static let apologies = ["sorry", "Rất tiếc", "maaf", "žēl"]

    @Test("A neutral question gets no apology, in every language with templates", arguments: ["en", "vi", "ms", "id", "lv"])
    func neutralHasNoApology(language: String) async {
        let reply = await answer("How do I reset my password?", language: language, tone: .neutral)

        #expect(reply.verdict == .grounded)
        #expect(!Self.apologies.contains { reply.text.contains($0) }, "\(reply.text)")
        #expect(reply.text.contains(ReplyTemplates.forLanguage(language).offerHuman))
    }

    @Test("An unhappy customer's reply opens with an apology", arguments: ["en", "vi", "ms", "id", "lv"])
    func empatheticApologises(language: String) async {
        let reply = await answer("How do I reset my password?", language: language, tone: .empathetic)

        #expect(reply.text.contains(ReplyTemplates.forLanguage(language).empathy))
    }

    @Test("Indonesian replies are worded in Indonesian, not in English")
    func indonesianTemplates() async {
        let reply = await answer("How do I reset my password?", language: "id", tone: .neutral)

        #expect(reply.text.hasPrefix("Halo Linh,"))
        #expect(reply.language == "id")
    }

    @Test("An angry customer gets a calm acknowledgement, two sentences at most, and a brief offer of a person")
    func calmIsBrief() async {
        let calm = await answer("How do I reset my password?", language: "en", tone: .calm)

        #expect(calm.verdict == .grounded)
        #expect(calm.text.hasPrefix("Hi Linh, I understand."))
        #expect(SentenceSplitter.sentences(in: calm.claims).count <= 2)
        #expect(calm.text.contains("Say the word and a colleague takes over."))
        #expect(!calm.text.contains("sorry"))
        #expect(!calm.text.contains(ReplyTemplates.english.offerHuman))
    }

    @Test("An angry customer's answer quotes two sentences of a long article where a neutral one quotes more")
    func calmQuotesLess() async {
        var longIndex = KnowledgeIndex()
        longIndex.upsert(KnowledgeDocument(
            id: "returns", workspaceID: Fixtures.workspace, title: "Returning an item",
            body: "You can return any item within 30 days of delivery. Pack the item in its original box with all accessories. Print the return label from your account page and stick it on the box. Drop the parcel at any post office; the return is free of charge. We refund the purchase price within 5 working days after the item reaches our warehouse, to the card you paid with."))
        let question = "How do I return an item and get my refund?"
        let hits = longIndex.search(KnowledgeQuery(text: question, workspaceID: Fixtures.workspace, audience: .customer))
        func reply(_ tone: ReplyTone) async -> KnowledgeAnswer {
            await assistant.answer(AnswerRequest(question: question, customer: CustomerContext(tone: tone), hits: hits))
        }

        let neutral = await reply(.neutral)
        let calm = await reply(.calm)

        #expect(SentenceSplitter.sentences(in: neutral.claims).count > 2)
        #expect(SentenceSplitter.sentences(in: calm.claims).count == 2)
        #expect(calm.verdict == .grounded)
    }

    @Test("A confused customer gets the answer as numbered steps and is asked which step is unclear", arguments: [
        ("en", "Here it is, step by step:"), ("lv", "Lūk, soli pa solim:"), ("vi", "từng bước"),
    ])
    func confusedGetsSteps(language: String, introduction: String) async {
        let reply = await answer("How do I reset my password?", language: language, tone: .stepByStep)

        #expect(reply.text.contains(introduction))
        #expect(reply.text.contains("\n1. Open Settings"))
        #expect(reply.text.contains("\n2. "))
        #expect(reply.text.contains(ReplyTemplates.forLanguage(language).stepsClosing))
    }

    @Test("Without a tone, the sentiment decides: an apology only for a negative customer")
    func sentimentDefault() {
        #expect(CustomerContext(sentiment: .negative).tone == .empathetic)
        #expect(CustomerContext(sentiment: .neutral).tone == .neutral)
        #expect(CustomerContext(sentiment: .positive).tone == .neutral)
    }

    @Test("The provider is told the tone, and not to apologise for a neutral question")
    func promptCarriesTone() {
        let request = AnswerRequest(
            question: "How do I reset my password?", customer: CustomerContext(language: "en", tone: .neutral),
            hits: index.search(KnowledgeQuery(text: "reset password", workspaceID: Fixtures.workspace, audience: .customer)))
        let neutral = GroundedPrompt.messages(for: request, redactor: LanguagePIIRedactor())
        var angry = request
        angry.customer.tone = .calm
        let calm = GroundedPrompt.messages(for: angry, redactor: LanguagePIIRedactor())

        #expect(neutral[1].content.contains("do not apologise"))
        #expect(calm[1].content.contains("at most two sentences"))
    }
}
