import AsyncHTTPClient
import Logging

/// Answers with an OpenAI-compatible chat model, grounded on the retrieved passages (numbered, to be cited as
/// `[n]`). The customer's messages are PII-redacted and their name is never sent. Pair it with
/// ``KnowledgeAssistant`` for the fallback to the embedded engine and the groundedness guard.
public struct OpenAICompatibleAnswerEngine: StreamingAnswerEngine {
    public let name = "openai-compatible"
    private let client: ChatCompletionsClient
    private let redactor: any PIIRedacting

    /// Creates the engine; `httpClient` is owned (and shut down) by the caller.
    public init(configuration: LLMProviderConfiguration, httpClient: HTTPClient, redactor: any PIIRedacting = LanguagePIIRedactor(), logger: Logger) {
        client = ChatCompletionsClient(configuration: configuration, httpClient: httpClient, logger: logger)
        self.redactor = redactor
    }

    public func answer(_ request: AnswerRequest) async throws -> KnowledgeAnswer {
        let reply = try await client.complete(GroundedPrompt.messages(for: request, redactor: redactor))
        return finish(reply, request: request)
    }

    public func streamAnswer(_ request: AnswerRequest) -> AsyncThrowingStream<String, any Error> {
        client.stream(GroundedPrompt.messages(for: request, redactor: redactor))
    }

    public func finish(_ reply: String, request: AnswerRequest) -> KnowledgeAnswer {
        let trimmed = reply.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.contains(GroundedPrompt.noAnswerMarker) {
            return GroundednessGuard.abstention(for: request, reason: .engineDeclined, engine: name)
        }
        let citations = CitationMarkers.numbers(in: trimmed).compactMap { number -> Citation? in
            guard number >= 1, number <= request.hits.count else { return nil }
            return Citation(number: number, passage: request.hits[number - 1].passage)
        }
        let body = CitationMarkers.strip(trimmed)
        let source = citations.compactMap(\.sourceURL).first
        return KnowledgeAnswer(
            text: EmbeddedAnswerEngine.wrap(body, request: request, sourceURL: source), claims: trimmed, citations: citations,
            confidence: request.retrievalConfidence, verdict: .grounded, engine: name,
            language: EmbeddedAnswerEngine.replyLanguage(request.customer.language))
    }
}
