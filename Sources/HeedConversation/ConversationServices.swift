import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Logging

/// The conversation layer, built once by the application and handed to its adapters: the AI's turn pipeline, the
/// desk for people and channels, feedback, hand-off packages, the knowledge index, learned routing, model
/// providers and the event stream — all over one store and one ordering of each conversation's messages.
public struct ConversationServices: Sendable {
    public let store: any SupportStore
    public let events: ConversationEvents
    public let knowledge: WorkspaceKnowledge
    public let learnedRouting: LearnedRouting
    public let providers: ModelProviders
    /// The language analysis every message goes through (its language model is loaded once, here).
    public let analyzer: MessageAnalyzer
    /// The one path by which messages enter conversations.
    public let recorder: MessageRecorder
    public let pipeline: TurnPipeline
    public let desk: ConversationDesk
    public let feedback: FeedbackDesk
    public let handoffPackages: HandoffPackageBuilder
    public let articles: ArticleImporter
    /// Tells the other nodes when a cached piece (knowledge, provider settings, routing model) changed.
    public let cacheChanges: CacheChanges
    let clock: any WallClock
    let logger: Logger

    /// Builds the layer over the nodes' event `bus` (in-process by default); `turnObserver` hears how long each AI
    /// turn took; `turnActor` may claim customer messages it can act on (the order dialogue); `encoder`, when
    /// given, makes knowledge retrieval dense-first.
    public init(
        store: any SupportStore, analyzer: MessageAnalyzer, providers: ModelProviders, clock: any WallClock,
        logger: Logger, bus: any EventBus = InProcessEventBus(), turnObserver: (@Sendable (Duration) -> Void)? = nil,
        turnActor: (any TurnActor)? = nil, encoder: PassageEncoder? = nil
    ) {
        let events = ConversationEvents(clock: clock, logger: logger, bus: bus)
        let cacheChanges = CacheChanges(bus: bus, clock: clock, logger: logger)
        let knowledge = WorkspaceKnowledge(assistant: providers.serverAssistant(), encoder: encoder)
        let learnedRouting = LearnedRouting(encoder: encoder)
        let recorder = MessageRecorder(store: store, events: events, locks: ConversationLocks())
        self.store = store
        self.events = events
        self.knowledge = knowledge
        self.learnedRouting = learnedRouting
        self.providers = providers
        self.analyzer = analyzer
        self.recorder = recorder
        self.pipeline = TurnPipeline(
            store: store, recorder: recorder, analyzer: analyzer, knowledge: knowledge, events: events,
            learnedRouting: learnedRouting, clock: clock, logger: logger, observer: turnObserver,
            actor: turnActor)
        self.desk = ConversationDesk(store: store, recorder: recorder, events: events, clock: clock)
        self.feedback = FeedbackDesk(store: store, clock: clock, events: events)
        self.handoffPackages = HandoffPackageBuilder(knowledge: knowledge, summarizers: providers.summarizers, logger: logger)
        self.articles = ArticleImporter(store: store, knowledge: knowledge, cacheChanges: cacheChanges, clock: clock)
        self.cacheChanges = cacheChanges
        self.clock = clock
        self.logger = logger
        bus.addHandler { [self] event in await self.refreshCache(on: event) }
    }

    /// Makes a workspace answer (and summarise hand-offs) with its own model provider, or (nil) with the server's.
    public func useProvider(_ settings: ModelProviderSettings?, workspaceID: UUID) {
        providers.use(settings, workspaceID: workspaceID, knowledge: knowledge)
    }
}
