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
    /// Every workspace's routing model learned from labelled examples.
    let learnedRouting: LearnedRouting
    /// Model-written hand-off summaries, per workspace provider.
    let summarizers: HandoffSummarizers
    /// Longest wait for one model-written summary.
    let summaryTimeout: Duration
    /// The server-wide provider (`--llm-base-url`…), nil for the embedded engine.
    let serverProvider: LLMProviderConfiguration?
    let logger: Logger

    static func make(
        store: any SupportStore, configuration: AppConfiguration, clock: any WallClock, logger: Logger
    ) throws -> AIServices {
        let engine: any AnswerEngine =
            if let llm = configuration.llm {
                OpenAICompatibleAnswerEngine(configuration: llm, httpClient: Self.providerClient, logger: logger)
            } else {
                EmbeddedAnswerEngine()
            }
        let knowledge = WorkspaceKnowledge(assistant: KnowledgeAssistant(engine: engine, logger: logger))
        let events = ConversationEvents(clock: clock)
        let learnedRouting = LearnedRouting()
        let pipeline = TurnPipeline(
            store: store, analyzer: try MessageAnalyzer(), knowledge: knowledge, events: events,
            learnedRouting: learnedRouting, clock: clock, logger: logger, observer: configuration.turnObserver)
        let timeout = configuration.handoffSummaryTimeout
        let summarizers = HandoffSummarizers(
            server: configuration.llm.map { summarizer(for: $0, timeout: timeout, logger: logger) })
        return AIServices(
            knowledge: knowledge, pipeline: pipeline, events: events, learnedRouting: learnedRouting,
            summarizers: summarizers, summaryTimeout: timeout, serverProvider: configuration.llm, logger: logger)
    }

    /// The HTTP client model providers are called with, for the life of the process. A provider that refuses
    /// connections fails at once (and the embedded engine answers) instead of being retried until the deadline.
    static let providerClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    /// A hand-off summarizer on `provider`: one attempt within `timeout`, no retries (the agent is waiting, and the
    /// extractive summary is always there).
    static func summarizer(for provider: LLMProviderConfiguration, timeout: Duration, logger: Logger)
        -> ModelHandoffSummarizer
    {
        var configuration = provider
        configuration.requestTimeout = timeout
        configuration.maximumRetries = 0
        configuration.temperature = 0.2
        return ModelHandoffSummarizer(
            client: ChatCompletionsClient(configuration: configuration, httpClient: providerClient, logger: logger))
    }

    /// Makes a workspace answer (and summarise hand-offs) with its own model provider, or (nil) with the server's
    /// again.
    func useProvider(_ settings: ModelProviderSettings?, workspaceID: UUID) {
        summarizers.use(
            settings.map {
                Self.summarizer(
                    for: LLMProviderConfiguration(baseURL: $0.baseURL, model: $0.model, apiKey: $0.apiKey),
                    timeout: summaryTimeout, logger: logger)
            }, for: workspaceID)
        let assistant = settings.map { settings in
            KnowledgeAssistant(
                engine: OpenAICompatibleAnswerEngine(
                    configuration: LLMProviderConfiguration(
                        baseURL: settings.baseURL, model: settings.model, apiKey: settings.apiKey),
                    httpClient: Self.providerClient, logger: logger),
                logger: logger)
        }
        knowledge.useAssistant(assistant, for: workspaceID)
    }

    /// Applies every workspace's own model provider (at start).
    func applyWorkspaceProviders(from store: any SupportStore) async throws {
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            if let settings = try await store.read({ try await $0.workspace(id: workspaceID) })?.modelProvider {
                useProvider(settings, workspaceID: workspaceID)
            }
        }
    }

    /// Loads every workspace's learned routing model (at start). A model this build cannot read (an older or newer
    /// file format) is trained again from its stored examples.
    func applyRoutingModels(from store: any SupportStore, clock: any WallClock) async throws {
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            guard let model = try await store.read({ try await $0.routingModel(workspaceID: workspaceID) }) else { continue }
            do {
                try learnedRouting.use(model, for: workspaceID)
            } catch {
                logger.warning(
                    "Routing model unreadable; training it again from its examples",
                    metadata: ["workspace.id": "\(workspaceID)", "error.type": "\(type(of: error))"])
                let teams = try await store.read {
                    try await $0.teams(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)).items
                }
                guard let retrained = try? LearnedRouting.train(
                    model.examples, teams: teams, workspaceID: workspaceID, now: clock.now())
                else { continue }
                try await store.write { try await $0.save(retrained) }
                try learnedRouting.use(retrained, for: workspaceID)
            }
        }
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
