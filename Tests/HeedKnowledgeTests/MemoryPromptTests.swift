import Testing
@testable import HeedKnowledge

@Suite("Memory notes in the provider prompt")
struct MemoryPromptTests {
    @Test("The provider is given the customer's notes, redacted, and none when there are none")
    func notesReachThePrompt() {
        let hits = Fixtures.index().search(
            KnowledgeQuery(text: "reset password", workspaceID: Fixtures.workspace, audience: .customer))
        var request = AnswerRequest(
            question: "How do I reset my password?",
            customer: CustomerContext(
                name: "Anna", notes: ["preference: only e-mail anna.berzina@example.com, never phone"]),
            hits: hits)

        let withNotes = GroundedPrompt.messages(for: request, redactor: LanguagePIIRedactor())[1].content
        request.customer.notes = []
        let without = GroundedPrompt.messages(for: request, redactor: LanguagePIIRedactor())[1].content

        #expect(withNotes.contains("Remembered from earlier conversations"))
        #expect(withNotes.contains("preference: only e-mail"))
        #expect(!withNotes.contains("anna.berzina@example.com"))
        #expect(!without.contains("Remembered"))
    }
}
