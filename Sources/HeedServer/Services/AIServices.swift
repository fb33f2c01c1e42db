import AsyncHTTPClient
import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Logging

/// The AI side of the server: the knowledge index, the turn pipeline and the agents' event stream.
struct AIServices: Sendable {
    let knowledge: WorkspaceKnowledge
    let pipeline: TurnPipeline
    let events: ConversationEvents

    static func make(
        store: any SupportStore, configuration: AppConfiguration, clock: any WallClock, logger: Logger
    ) throws -> AIServices {
        let engine: any AnswerEngine =
            if let llm = configuration.llm {
                OpenAICompatibleAnswerEngine(configuration: llm, httpClient: .shared, logger: logger)
            } else {
                EmbeddedAnswerEngine()
            }
        let knowledge = WorkspaceKnowledge(assistant: KnowledgeAssistant(engine: engine, logger: logger))
        let events = ConversationEvents(clock: clock)
        let pipeline = TurnPipeline(
            store: store, analyzer: try MessageAnalyzer(), knowledge: knowledge, events: events, clock: clock,
            logger: logger, observer: configuration.turnObserver)
        return AIServices(knowledge: knowledge, pipeline: pipeline, events: events)
    }

    /// Indexes every workspace's articles (at start).
    func indexAllArticles(from store: any SupportStore) async throws -> Int {
        var count = 0
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            var cursor: String?
            repeat {
                let page = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
                let articles = try await store.read {
                    try await $0.articles(workspaceID: workspaceID, filter: ArticleFilter(), page: page)
                }
                knowledge.upsert(articles.items)
                count += articles.items.count
                cursor = articles.nextCursor
            } while cursor != nil
        }
        return count
    }
}
