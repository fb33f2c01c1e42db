import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird
import HummingbirdWebSocket
import Logging
import ServiceLifecycle

/// Heed's version, reported by the OpenAPI document and the CLI.
public let heedVersion = "0.1.0"

/// Builds the Heed server from its configuration: opens the store, registers routes and middleware, and runs
/// migrations (and the demo seeding, when asked) before the server starts. Tests call this too.
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
    let opened = try await StoreOpener.open(location, logger: logger)
    let store = opened.store
    let ai = try AIServices.make(store: store, configuration: configuration, clock: clock, logger: logger)
    let router = buildRouter(store: store, ai: ai, configuration: configuration, clock: clock)
    router.addRoutes(WebController(assets: try WebAssets(developmentFolder: configuration.webRoot)).publicEndpoints)
    var services: [any Service] = []
    if let service = opened.service { services.append(service) }
    services.append(SLAMonitor(store: store, events: ai.events, clock: clock, logger: logger))
    services.append(StoreCloser(store: store))
    let sockets = buildWebSocketRouter(store: store, ai: ai, configuration: configuration, clock: clock)
    var app = Application(
        router: router,
        server: .http1WebSocketUpgrade(webSocketRouter: sockets),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "heed"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
    app.beforeServerStarts {
        try await Migrator(engine: store.engine, logger: logger).migrate()
        logger.info("Store ready", metadata: ["store.location": "\(location)"])
        if configuration.seedDemo {
            let result = try await DemoSeeder(store: store, clock: clock, logger: logger)
                .seedIfNeeded(
                    adminSecret: configuration.demoAdminKey,
                    agentPassword: (configuration.demoAgentPassword, PasswordHasher(cost: configuration.passwordHashCost)))
            if configuration.announceDemo { DemoAnnouncement.print(result, configuration: configuration) }
        }
        try await ai.applyWorkspaceProviders(from: store)
        try await ai.applyRoutingModels(from: store, clock: clock)
        let indexed = try await ai.indexAllArticles(from: store)
        logger.info("Knowledge indexed", metadata: ["knowledge.articles": "\(indexed)"])
    }
    return app
}

/// Builds the router with every route and middleware; the OpenAPI test inspects it.
func buildRouter(store: any SupportStore, ai: AIServices, configuration: AppConfiguration, clock: any WallClock)
    -> Router<HeedRequestContext>
{
    let router = Router(context: HeedRequestContext.self)
    // Outermost, so error responses carry the CORS headers too. The widget runs on the company's own site and calls Heed from there. No credentials are allowed cross-origin:
    // the widget sends its token in a header, and the console's cookie is SameSite=Strict.
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.accept, .authorization, .contentType, .origin],
            allowMethods: [.get, .post, .put, .patch, .delete, .options], maxAge: .seconds(600)))
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    let body = JSONBodyReader(maxBodyBytes: configuration.maxBodyBytes)
    router.addRoutes(HealthController(store: store).publicEndpoints)
    router.addRoutes(OpenAPIController(document: OpenAPIDocument.build(version: heedVersion)).publicEndpoints)

    let workspaces = WorkspaceController(
        store: store, clock: clock, body: body, bootstrapToken: configuration.bootstrapToken)
    router.group("api/v1").addRoutes(workspaces.publicEndpoints)

    let passwords = PasswordHasher(cost: configuration.passwordHashCost)
    let consoleSessions = ConsoleSessions(store: store, passwords: passwords, clock: clock)
    let console = ConsoleSessionController(sessions: consoleSessions, body: body, secureCookie: configuration.secureCookies)
    router.group("api/v1").addRoutes(console.publicEndpoints)
    let api = router.group("api/v1").add(middleware: RequestAuthenticator(store: store, sessions: consoleSessions))
    let signedIn = api.group(context: SignedInContext.self)
    let admin = api.group(context: AdminContext.self)
    signedIn.addRoutes(workspaces.endpoints)
    admin.addRoutes(workspaces.adminEndpoints)
    let agents = AgentController(store: store, passwords: passwords, clock: clock, body: body)
    signedIn.addRoutes(agents.endpoints)
    admin.addRoutes(agents.adminEndpoints)
    admin.addRoutes(APIKeyController(store: store, clock: clock, body: body).adminEndpoints)
    let teams = TeamController(store: store, clock: clock, body: body)
    signedIn.addRoutes(teams.endpoints)
    admin.addRoutes(teams.adminEndpoints)
    signedIn.addRoutes(CustomerController(store: store, clock: clock, body: body).endpoints)
    ConversationController(
        store: store, desk: ConversationDesk(store: store, events: ai.events, clock: clock), pipeline: ai.pipeline,
        handoff: HandoffPackageBuilder(knowledge: ai.knowledge, summarizers: ai.summarizers, logger: ai.logger), body: body
    ).addRoutes(to: api)
    let policy = PolicyController(store: store, clock: clock, body: body)
    signedIn.addRoutes(policy.endpoints)
    admin.addRoutes(policy.adminEndpoints)
    let routing = RoutingExamplesController(store: store, learnedRouting: ai.learnedRouting, clock: clock, body: body)
    signedIn.addRoutes(routing.endpoints)
    admin.addRoutes(routing.adminEndpoints)
    EmailChannelController(store: store, pipeline: ai.pipeline, clock: clock, body: body).addRoutes(to: api)
    signedIn.addRoutes(EventStreamController(events: ai.events).endpoints)
    widgetController(store: store, ai: ai, configuration: configuration, clock: clock).addRoutes(to: router.group("api/v1"))
    signedIn.addRoutes(ArticleController(store: store, knowledge: ai.knowledge, clock: clock, body: body).endpoints)
    admin.addRoutes(AuditController(store: store).adminEndpoints)
    FeedbackController(store: store, desk: FeedbackDesk(store: store, clock: clock), body: body).addRoutes(to: api)
    signedIn.addRoutes(KnowledgeSearchController(knowledge: ai.knowledge).endpoints)
    let modelProvider = ModelProviderController(store: store, ai: ai, clock: clock, body: body)
    signedIn.addRoutes(modelProvider.endpoints)
    admin.addRoutes(modelProvider.adminEndpoints)
    return router
}

func widgetController(store: any SupportStore, ai: AIServices, configuration: AppConfiguration, clock: any WallClock)
    -> WidgetController
{
    WidgetController(
        store: store, sessions: WidgetSessions(store: store, clock: clock), pipeline: ai.pipeline,
        feedback: FeedbackDesk(store: store, clock: clock), clock: clock,
        body: JSONBodyReader(maxBodyBytes: configuration.maxBodyBytes))
}

/// The WebSocket routes (the chat widget's live channel).
func buildWebSocketRouter(store: any SupportStore, ai: AIServices, configuration: AppConfiguration, clock: any WallClock)
    -> Router<BasicWebSocketRequestContext>
{
    let router = Router(context: BasicWebSocketRequestContext.self)
    WidgetSocket(
        store: store, sessions: WidgetSessions(store: store, clock: clock),
        widget: widgetController(store: store, ai: ai, configuration: configuration, clock: clock),
        pipeline: ai.pipeline, events: ai.events
    ).addRoutes(to: router)
    return router
}

/// Closes the store's connections when the application shuts down.
struct StoreCloser: Service {
    let store: any SupportStore

    func run() async throws {
        try? await gracefulShutdown()
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
}
