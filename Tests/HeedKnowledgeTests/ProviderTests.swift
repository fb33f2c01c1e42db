import AsyncHTTPClient
import Foundation
import HeedTestSupport
import Logging
import Testing
@testable import HeedKnowledge

/// The OpenAI-compatible engine against a scripted provider over real HTTP on 127.0.0.1.
@Suite("OpenAI-compatible provider")
struct ProviderTests {
    static let groundedReply = "Open Settings, choose Security and press Reset password [1]. We send a link to your e-mail address [1]."

    private func request(_ question: String = "How do I reset my password?", customer: CustomerContext = CustomerContext(name: "Anna")) -> AnswerRequest {
        let hits = Fixtures.index().search(KnowledgeQuery(text: question, workspaceID: Fixtures.workspace, audience: .customer))
        return AnswerRequest(question: question, customer: customer, hits: hits)
    }

    /// Runs `body` with an assistant whose engine talks to a scripted provider (a generous timeout: a loaded 2-core CI
    /// machine running the whole suite in parallel can take seconds to answer on loopback).
    private func withAssistant(
        _ replies: [ScriptedProvider.Reply], timeout: Duration = .seconds(60), retries: Int = 2,
        _ body: @Sendable (KnowledgeAssistant, ScriptedProvider) async throws -> Void
    ) async throws {
        let provider = ScriptedProvider(replies)
        try await provider.serve { port in
            let configuration = LLMProviderConfiguration(
                baseURL: "http://127.0.0.1:\(port)", model: "test-model", apiKey: "sk-test", requestTimeout: timeout,
                maximumRetries: retries, initialBackoff: .milliseconds(10))
            let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
            let logger = Logger(label: "test")
            let engine = OpenAICompatibleAnswerEngine(configuration: configuration, httpClient: httpClient, logger: logger)
            do {
                try await body(KnowledgeAssistant(engine: engine, logger: logger), provider)
            } catch {
                try await httpClient.shutdown()
                throw error
            }
            try await httpClient.shutdown()
        }
    }

    @Test("A normal reply becomes a grounded answer citing the passage")
    func normal() async throws {
        try await withAssistant([ScriptedProvider.completion(Self.groundedReply)]) { assistant, provider in
            let answer = await assistant.answer(request())
            #expect(answer.engine == "openai-compatible")
            #expect(answer.verdict == .grounded)
            #expect(answer.citations.map(\.documentID) == ["reset-password"])
            #expect(answer.text.hasPrefix("Hi Anna,"))
            #expect(answer.text.contains("Open Settings, choose Security and press Reset password."))
            #expect(!answer.text.contains("[1]"))
            let body = try #require(await provider.requestBodies.first)
            #expect(body.contains("\"model\":\"test-model\""))
            #expect(body.contains("[1] How to reset your password"))
        }
    }

    @Test("A streamed reply arrives as verified deltas and completes grounded")
    func streamed() async throws {
        let pieces = ["Open Settings, choose ", "Security and press Reset ", "password [1]. We send a link ", "to your e-mail address [1]."]
        try await withAssistant([ScriptedProvider.streamed(pieces)]) { assistant, provider in
            var deltas: [String] = []
            var final: KnowledgeAnswer?
            for await event in assistant.streamAnswer(request()) {
                switch event {
                case let .delta(text): deltas.append(text)
                case let .completed(answer): final = answer
                }
            }
            let answer = try #require(final)
            #expect(answer.engine == "openai-compatible")
            #expect(answer.verdict == .grounded)
            #expect(deltas.count >= 2)
            #expect(deltas.joined().contains("Open Settings, choose Security and press Reset password."))
            #expect(await provider.requestBodies.first?.contains("\"stream\":true") == true)
        }
    }

    @Test("429 with Retry-After is retried, then the answer comes from the provider")
    func rateLimitedThenSuccess() async throws {
        let replies: [ScriptedProvider.Reply] = [
            .json(status: 429, body: #"{"error":{"message":"slow down"}}"#, retryAfter: "0"),
            ScriptedProvider.completion(Self.groundedReply),
        ]
        try await withAssistant(replies) { assistant, provider in
            let answer = await assistant.answer(request())
            #expect(answer.engine == "openai-compatible")
            #expect(answer.verdict == .grounded)
            #expect(await provider.requestBodies.count == 2)
        }
    }

    @Test("Persistent 500s fall back to the embedded engine after the retries")
    func serverErrorFallsBack() async throws {
        try await withAssistant([.json(status: 500, body: #"{"error":{"message":"boom"}}"#)], retries: 2) { assistant, provider in
            let answer = await assistant.answer(request())
            #expect(answer.engine == "embedded (fallback)")
            #expect(answer.verdict == .grounded)
            #expect(answer.citations.first?.documentID == "reset-password")
            #expect(await provider.requestBodies.count == 3)
        }
    }

    @Test("A provider that does not answer in time falls back to the embedded engine")
    func timeoutFallsBack() async throws {
        // Three 300 ms attempts with back-off take about 1.7 s; the stall lasts 150 s. Finishing well before the
        // stall ends shows the timeout worked, with room for a loaded CI machine (where the whole suite shares two
        // cores with the encoder's tests, this test has taken over a minute).
        try await withAssistant([.stall(seconds: 150)], timeout: .milliseconds(300)) { assistant, _ in
            let started = ContinuousClock.now
            let answer = await assistant.answer(request())
            #expect(answer.engine == "embedded (fallback)")
            #expect(answer.verdict == .grounded)
            #expect(ContinuousClock.now - started < .seconds(140))
        }
    }

    @Test("Malformed JSON falls back to the embedded engine")
    func malformedFallsBack() async throws {
        try await withAssistant([.json(status: 200, body: "{\"choices\": [oops")]) { assistant, provider in
            let answer = await assistant.answer(request())
            #expect(answer.engine == "embedded (fallback)")
            #expect(answer.verdict == .grounded)
            #expect(await provider.requestBodies.count == 1)
        }
    }

    @Test("An unsupported provider answer becomes an abstention flagged for handoff")
    func unsupportedAnswerAbstains() async throws {
        let invented = "You will get a refund of 500 euros within 60 days from Amazon [1]."
        try await withAssistant([ScriptedProvider.completion(invented)]) { assistant, _ in
            let answer = await assistant.answer(request())
            #expect(answer.verdict == .abstained(.unsupportedClaims))
            #expect(answer.needsHandoff)
            #expect(answer.text == "Hi Anna, I'm not sure about this one — let me get a colleague who can help.")
        }
    }

    @Test("An unsupported streamed sentence stops the stream and abstains")
    func unsupportedStreamAbstains() async throws {
        try await withAssistant([ScriptedProvider.streamed(["Call our hotline at 555 0199 [1]. ", "Then wait."])]) { assistant, _ in
            var deltas: [String] = []
            var final: KnowledgeAnswer?
            for await event in assistant.streamAnswer(request()) {
                if case let .delta(text) = event { deltas.append(text) }
                if case let .completed(answer) = event { final = answer }
            }
            #expect(deltas.isEmpty)
            #expect(final?.verdict == .abstained(.unsupportedClaims))
        }
    }

    @Test("No raw PII or customer name reaches the provider")
    func noRawPII() async throws {
        let customer = CustomerContext(
            name: "Anna Bērziņa", language: "en", sentiment: .negative, emotion: "frustrated",
            recentMessages: ["My card 4111 1111 1111 1111 was charged twice", "Call me on +371 2612 3456"])
        let question = "This is Anna Bērziņa. I can't reset my password, write to anna.berzina@example.com please"
        try await withAssistant([ScriptedProvider.completion(Self.groundedReply)]) { assistant, provider in
            // Retrieval ran on the cleaned question; the raw one (with the PII) is what the engine receives.
            var raw = request(customer: customer)
            raw.question = question
            _ = await assistant.answer(raw)
            let bodies = await provider.requestBodies
            #expect(bodies.count == 1)
            for body in bodies {
                let decoded = try #require(String(data: JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(body.utf8))), encoding: .utf8))
                for secret in ["anna.berzina@example.com", "4111 1111 1111 1111", "2612 3456", "Anna", "Bērziņa", "Berzina"] {
                    #expect(!body.contains(secret), "request contains \(secret)")
                    #expect(!decoded.contains(secret), "request contains \(secret)")
                }
                #expect(body.contains("frustrated"))
            }
        }
    }

    @Test("The embeddings client returns one vector per input, in order")
    func embeddings() async throws {
        let reply = #"{"object":"list","data":[{"index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0]}],"model":"e"}"#
        let provider = ScriptedProvider([.json(status: 503, body: "busy"), .json(status: 200, body: reply)])
        try await provider.serve { port in
            // A generous timeout, like the other provider tests: the whole suite shares two cores, and a request that
            // waits its turn must not read as a provider that never answered.
            let configuration = LLMProviderConfiguration(
                baseURL: "http://127.0.0.1:\(port)/v1", model: "m", embeddingModel: "e", requestTimeout: .seconds(120),
                initialBackoff: .milliseconds(10))
            let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
            let client = EmbeddingsClient(configuration: configuration, httpClient: httpClient, logger: Logger(label: "test"))
            let vectors = try? await client.embed(["first", "second"])
            try await httpClient.shutdown()
            #expect(vectors == [[1, 0], [0, 1]])
            #expect(await provider.requestBodies.last?.contains("\"model\":\"e\"") == true)
        }
    }

    @Test("Configuration comes from flags first, then HEED_LLM_* variables")
    func configuration() {
        let environment = ["HEED_LLM_BASE_URL": "http://env", "HEED_LLM_MODEL": "env-model", "HEED_LLM_API_KEY": "k"]
        let fromEnvironment = LLMProviderConfiguration.resolve(environment: environment)
        #expect(fromEnvironment?.model == "env-model")
        #expect(fromEnvironment?.url("chat/completions") == "http://env/v1/chat/completions")
        #expect(LLMProviderConfiguration.resolve(model: "flag-model", environment: environment)?.model == "flag-model")
        #expect(LLMProviderConfiguration.resolve(environment: [:]) == nil)
    }
}
