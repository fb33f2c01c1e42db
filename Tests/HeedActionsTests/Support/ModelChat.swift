import AsyncHTTPClient
import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedStore
import HeedTestSupport

/// A conversation on the retail fixture talked to through the ``ModelToolActor`` with a scripted
/// OpenAI-compatible provider, as the turn pipeline would: each reply's records are committed with it.
struct ModelChat: Sendable {
    let dialogue: DialogueFixture
    let httpClient: HTTPClient
    let provider: LLMProviderConfiguration
    var maximumRounds = 5

    /// Runs `body` with a conversation as `externalID` (nil: an anonymous visitor) and a provider that replies
    /// from `script`.
    static func run(
        _ loaded: RetailFixture.Loaded, as externalID: String?, script: [ScriptedProvider.Reply],
        _ body: @Sendable (ModelChat, ScriptedProvider) async throws -> Void
    ) async throws {
        let scripted = ScriptedProvider(script)
        let dialogue = try await DialogueFixture.start(loaded, as: externalID)
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await scripted.serve { port in
                let provider = LLMProviderConfiguration(
                    baseURL: "http://127.0.0.1:\(port)", model: "scripted", apiKey: "sk-test", maximumRetries: 0)
                try await body(ModelChat(dialogue: dialogue, httpClient: httpClient, provider: provider), scripted)
            }
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
        try await httpClient.shutdown()
    }

    /// The actor's reply to `text`; a new actor each time, so only the stored state carries the dialogue.
    func say(_ text: String, language: String = "en") async throws -> TurnAction? {
        let loaded = dialogue.loaded
        let actor = ModelToolActor(
            store: loaded.store, httpClient: httpClient, server: provider, clock: FixedClock(instant: RetailFixture.now),
            logger: RetailFixture.logger, maximumRounds: maximumRounds)
        let message = Message(
            workspaceID: loaded.workspace.id, conversationID: dialogue.conversation.id, author: .customer, body: text,
            language: language, createdAt: RetailFixture.now)
        let action = try await actor.act(
            on: TurnActionRequest(
                workspaceID: loaded.workspace.id, conversation: dialogue.conversation, customer: dialogue.customer,
                message: message, text: text, language: language))
        if let action { try await loaded.store.write { try await action.commit($0) } }
        return action
    }
}
