import AsyncHTTPClient
import Foundation
import HeedActions
import HeedAutomation
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle

/// Heed's version, reported by the OpenAPI document and the CLI.
public let heedVersion = "0.1.0"

/// Builds the Heed server from its configuration: opens the store, creates every long-lived client and model once
/// (the model providers' HTTP client, the language models, the knowledge index), registers routes and middleware,
/// and runs migrations (and the demo seeding, when asked) before the server and the background services start.
/// Everything it opened is closed when the application stops. Tests call this too.
public func buildApplication(
    _ configuration: AppConfiguration, logger: Logger? = nil, clock: any WallClock = SystemWallClock(),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let logger = {
        var logger = logger ?? Logger(label: "heed")
        logger.logLevel = configuration.logLevel
        return logger
    }()
    let location = try DatabaseLocation.resolve(
        databaseURL: configuration.databaseURL, dataDirectory: configuration.dataDirectory)
    let started = StartGate()
    let opened = try await StoreOpener.open(location, logger: logger, startGate: started)
    let store = opened.store
    let metrics = ServerMetrics(jobs: store.jobs)
    let configuration = configuration.observingTurns(into: metrics)
    let (httpClient, toolHTTPClient) = (ModelProviders.makeHTTPClient(), WorkspaceTools.makeHTTPClient())
    let conversations: ConversationServices
    do {
        conversations = try makeConversationServices(
            store: store, httpClient: httpClient, configuration: configuration, clock: clock, logger: logger,
            bus: opened.bus, toolHTTPClient: toolHTTPClient)
    } catch {
        for client in [httpClient, toolHTTPClient] { try? await client.shutdown() }
        try? await store.shutdown()
        throw error
    }
    let widgetLimits = WidgetRateLimits(limits: configuration.widgetLimits, clock: clock)
    let router = buildRouter(
        conversations, configuration: configuration, clock: clock, widgetLimits: widgetLimits, metrics: metrics)
    router.addRoutes(WebController(assets: try WebAssets(developmentFolder: configuration.webRoot)).publicEndpoints)
    var services: [any Service] = []
    if let service = opened.service { services.append(service) }
    // After the pool it listens through, so it stops first.
    if let busService = opened.busService { services.append(busService) }
    services.append(
        clusterJobRunner(store, conversations, smtp: configuration.smtp, clock: clock, logger: logger, startGate: started))
    services.append(ResourceCloser(store: store, httpClients: [httpClient, toolHTTPClient]))
    var app = Application(
        router: router,
        server: guardedServer(
            webSocketRouter: buildWebSocketRouter(
                conversations, configuration: configuration, clock: clock, widgetLimits: widgetLimits),
            configuration: configuration),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "heed"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
    app.beforeServerStarts {
        try await Migrator(engine: store.engine, logger: logger).migrate()
        logger.info("Store ready", metadata: ["store.location": "\(location)"])
        // Before the caches load: a change another node makes from here on reaches this node's caches.
        try await opened.bus.startFeed()
        conversations.knowledge.deferDenseRetrieval()
        try await prepare(conversations, configuration: configuration, clock: clock, logger: logger)
        await started.open()
        embedPassagesInBackground(conversations, logger: logger)
    }
    return app
}

/// The cluster's jobs over `store`: the sweeps, the SLA monitor, the conversation timers and, with an `smtp` server,
/// the survey e-mails and the outbox — whose schedulers are attached to the node's events here (timers and mail are
/// queued where the event happens, and run once by whichever node claims them).
func clusterJobRunner(
    _ store: SQLSupportStore, _ conversations: ConversationServices, smtp: SMTPSettings?, clock: any WallClock,
    logger: Logger, startGate: StartGate
) -> ClusterJobRunner {
    let timers = TimerScheduler(store: store, queue: store.jobs, logger: logger)
    timers.attach(to: conversations.events)
    var handlers: [any JobHandler] = [
        UnansweredMessagesSweep(store: store, pipeline: conversations.pipeline),
        TimerSweep(store: store, scheduler: timers),
        RetentionSweeper(store: store, clock: clock, logger: logger),
        SLAMonitor(store: store, events: conversations.events, clock: clock, logger: logger),
        CustomerSilenceTimer(store: store, recorder: conversations.recorder, events: conversations.events),
        AutoResolveTimer(store: store, desk: conversations.desk),
        AbandonmentWatch(store: store, recorder: conversations.recorder, events: conversations.events, clock: clock),
        CampaignJob(
            evaluator: CampaignEvaluator(store: store, assessor: ChurnRiskAssessor(store: store, clock: clock), logger: logger),
            clock: clock),
    ]
    if let smtp {
        let mailer = SMTPMailSender(settings: smtp)
        let surveys = CSATSurveyMailer(store: store, mailer: mailer)
        surveys.attach(to: conversations.events, queue: store.jobs, logger: logger)
        let reminders = AssigneeReminders(queue: store.jobs, fromAddress: smtp.fromAddress)
        handlers += [
            SLAWarningTimer(store: store, events: conversations.events, reminders: reminders), surveys,
            MailOutbox(mailer: mailer),
        ]
    } else {
        handlers.append(SLAWarningTimer(store: store, events: conversations.events))
    }
    return ClusterJobRunner(queue: store.jobs, handlers: handlers, clock: clock, logger: logger, startGate: startGate)
}

extension AppConfiguration {
    /// The configuration with each turn's duration also recorded in `metrics`.
    func observingTurns(into metrics: ServerMetrics) -> AppConfiguration {
        var configuration = self
        let observer = turnObserver
        configuration.turnObserver = { duration in
            metrics.recordTurn(duration)
            observer?(duration)
        }
        return configuration
    }
}

/// The conversation layer over `store`, with the bundled language models loaded once and the automation rules
/// attached to its events; `toolHTTPClient` calls workspaces' declared tools (none without it).
func makeConversationServices(
    store: any SupportStore, httpClient: HTTPClient, configuration: AppConfiguration, clock: any WallClock,
    logger: Logger, bus: any EventBus = InProcessEventBus(), toolHTTPClient: HTTPClient? = nil
) throws -> ConversationServices {
    let providers = ModelProviders(
        httpClient: httpClient, server: configuration.llm, summaryTimeout: configuration.handoffSummaryTimeout,
        logger: logger)
    let conversations = ConversationServices(
        store: store, analyzer: try MessageAnalyzer(), providers: providers, clock: clock, logger: logger, bus: bus,
        turnObserver: configuration.turnObserver,
        turnActor: ModelToolActor(
            store: store, httpClient: httpClient, server: configuration.llm,
            tools: WorkspaceTools(httpClient: toolHTTPClient), clock: clock, logger: logger),
        encoder: configuration.loadSentenceEncoder ? loadSentenceEncoder(logger: logger) : nil)
    // Rules run on the node where each event happens, right after it is stored.
    RuleEngine(
        store: store,
        runner: RuleActionRunner(
            desk: conversations.desk, recorder: conversations.recorder,
            // The outgoing client (no redirects) when there is one: a webhook must not be bounced inward.
            webhooks: HTTPWebhookSender(client: toolHTTPClient ?? httpClient),
            clock: clock),
        clock: clock, logger: logger, cache: RuleCache(bus: bus)
    ).attach(to: conversations.events)
    return conversations
}

/// The pretrained sentence encoder, loaded once; `nil` (and one log line saying why) when its weights are absent.
func loadSentenceEncoder(logger: Logger) -> PassageEncoder? {
    let started = ContinuousClock.now
    let outcome = SentenceEncoderLocation.load(threads: ProcessInfo.processInfo.activeProcessorCount)
    guard let encoder = outcome.encoder else {
        logger.notice("Sentence encoder not loaded: lexical retrieval only", metadata: ["encoder.detail": "\(outcome.summary)"])
        return nil
    }
    logger.info(
        "Sentence encoder loaded: dense-first retrieval",
        metadata: ["encoder.detail": "\(outcome.summary)", "encoder.load_ms": "\((ContinuousClock.now - started) / .milliseconds(1))"])
    return PassageEncoder(encoder)
}

/// What runs before the server starts, once the store is migrated: the demo (when asked), then the workspaces'
/// providers, routing models and knowledge.
func prepare(
    _ conversations: ConversationServices, configuration: AppConfiguration, clock: any WallClock, logger: Logger
) async throws {
    let store = conversations.store
    if configuration.seedDemo {
        let result = try await DemoSeeder(
            store: store, clock: clock, logger: logger, historyConversations: configuration.demoHistoryConversations
        ).seedIfNeeded(
                adminSecret: configuration.demoAdminKey,
                agentPassword: (configuration.demoAgentPassword, PasswordHasher(cost: configuration.passwordHashCost)))
        if configuration.announceDemo { DemoAnnouncement.print(result, configuration: configuration) }
        if result.created { await announceSeeded(result.workspace.id, conversations) }
    }
    if let folder = configuration.companyFolder {
        let result = try await DemoSeeder(
            store: store, clock: clock, logger: logger, folder: URL(fileURLWithPath: folder),
            publicKey: configuration.companyFolderPublicKey
        ).seedIfNeeded(
            adminSecret: configuration.demoAdminKey,
            agentPassword: (configuration.demoAgentPassword, PasswordHasher(cost: configuration.passwordHashCost)))
        if result.created { await announceSeeded(result.workspace.id, conversations) }
    }
    if let folder = configuration.retailDemoDataFolder {
        let result = try await RetailDemoSeeder(store: store, clock: clock, logger: logger)
            .seedIfNeeded(dataFolder: folder, adminSecret: configuration.seedDemo ? nil : configuration.demoAdminKey)
        if configuration.announceDemo { DemoAnnouncement.printRetail(result, configuration: configuration) }
        if result.created { await announceSeeded(result.workspace.id, conversations) }
    }
    let indexed = try await conversations.warmUp()
    logger.info("Knowledge indexed", metadata: ["knowledge.articles": "\(indexed)"])
}

/// Tells nodes already running that a seeded workspace has knowledge and a routing model to load.
private func announceSeeded(_ workspaceID: UUID, _ conversations: ConversationServices) async {
    await conversations.cacheChanges.announce(.knowledge, workspaceID: workspaceID)
    await conversations.cacheChanges.announce(.routingModel, workspaceID: workspaceID)
}

/// Closes the store's connections and the HTTP clients (model providers, declared tools) when the application
/// shuts down.
struct ResourceCloser: Service {
    let store: any SupportStore
    let httpClients: [HTTPClient]

    func run() async throws {
        try? await gracefulShutdown()
        for client in httpClients { try? await client.shutdown() }
        try await store.shutdown()
    }
}

/// Tells the person who started `heed serve --demo` where to go and which key to use.
enum DemoAnnouncement {
    static func print(_ result: DemoSeedResult, configuration: AppConfiguration) {
        let url = "http://\(configuration.host):\(configuration.port)"
        var lines = [
            "",
            "Heed demo workspace \"\(result.workspace.name)\" is \(result.created ? "ready" : "already there").",
            "  URL:            \(url)",
            "  Demo shop:      \(url)/demo/  (the chat widget)",
            "  Agent console:  \(url)/console/  (e.g. yen.le@voltra.example, password \(configuration.demoAgentPassword))",
            "  API:            \(url)/api/v1  (OpenAPI: \(url)/openapi.json)",
            "  Widget key:     \(result.workspace.publicKey)",
        ]
        if let secret = result.adminSecret {
            lines.append("  Admin API key:  \(secret)")
            lines.append("  Try:            curl -H 'Authorization: Bearer \(secret)' \(url)/api/v1/conversations")
        } else {
            lines.append("  Admin API key:  shown when the demo was created; pass --admin-key KEY to set a known one.")
        }
        lines.append("")
        Swift.print(lines.joined(separator: "\n"))
    }

    /// Tells where the retail demo is and which key to use.
    static func printRetail(_ result: DemoSeedResult, configuration: AppConfiguration) {
        let url = "http://\(configuration.host):\(configuration.port)"
        var lines = [
            "",
            "Heed retail demo workspace \"\(result.workspace.name)\" is \(result.created ? "ready" : "already there").",
            "  API:            \(url)/api/v1",
            "  Widget key:     \(result.workspace.publicKey)",
        ]
        lines.append("  Admin API key:  \(result.adminSecret ?? "shown when the retail demo was created")")
        lines.append("")
        Swift.print(lines.joined(separator: "\n"))
    }
}

/// HTTP/1 with WebSocket upgrade behind the connection limits: the first request's head must arrive within
/// `requestHeadTimeout` and fit in `maxRequestHeadBytes`; idle keep-alive connections close after `idleTimeout`.
func guardedServer<WSRouter: HTTPResponderBuilder>(
    webSocketRouter: WSRouter, configuration: AppConfiguration
) -> HTTPServerBuilder where WSRouter.Responder.Context: WebSocketRequestContext {
    let webSocketResponder = webSocketRouter.buildResponder()
    let limits = RequestHeadGuard.Limits(
        maxHeadBytes: configuration.maxRequestHeadBytes, headTimeout: TimeAmount(configuration.requestHeadTimeout))
    let channel = HTTP1WebSocketUpgradeChannel.Configuration(
        http1: .init(idleTimeout: TimeAmount(configuration.idleTimeout)), ws: .init())
    return HTTPServerBuilder { responder in
        GuardedHTTPChannel(
            base: HTTP1WebSocketUpgradeChannel(
                responder: responder, webSocketResponder: webSocketResponder, configuration: channel),
            limits: limits)
    }
}

/// Answers are lexical for the moment it takes to embed the passages; the server does not wait for it.
private func embedPassagesInBackground(_ conversations: ConversationServices, logger: Logger) {
    Task.detached(priority: .utility) {
        do {
            try await conversations.enableDenseRetrievalInBackground()
        } catch {
            logger.warning("Passages not embedded: lexical retrieval only", metadata: ["error.type": "\(type(of: error))"])
        }
    }
}
