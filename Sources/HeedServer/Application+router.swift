import HeedActions
import HeedAutomation
import HeedConversation
import HeedCore
import HeedInsights
import HeedStore
import Hummingbird
import HummingbirdWebSocket

/// Builds the router with every route and middleware over the conversation layer; the OpenAPI test inspects it.
/// `widgetLimits` is shared with ``buildWebSocketRouter(_:configuration:clock:widgetLimits:)``; `metrics` counts its
/// requests and serves `/metrics`.
func buildRouter(
    _ conversations: ConversationServices, configuration: AppConfiguration, clock: any WallClock,
    widgetLimits: WidgetRateLimits? = nil, metrics: ServerMetrics = ServerMetrics()
) -> Router<HeedRequestContext> {
    let store = conversations.store
    let router = Router(context: HeedRequestContext.self)
    // Outermost, so error responses carry the CORS headers too. The widget runs on the company's own site and calls
    // Heed from there. No credentials are allowed cross-origin: the widget sends its token in a header, and the
    // console's cookie is SameSite=Strict.
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.accept, .authorization, .contentType, .origin],
            allowMethods: [.get, .post, .put, .patch, .delete, .options], maxAge: .seconds(600)))
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware())
    if !configuration.trustedProxies.isEmpty {
        router.add(middleware: ClientAddressMiddleware(proxies: configuration.trustedProxies))
    }
    router.add(middleware: LogRequestsMiddleware(.debug))
    let body = JSONBodyReader(maxBodyBytes: configuration.maxBodyBytes)
    router.addRoutes(HealthController(store: store, knowledge: conversations.knowledge).publicEndpoints)
    router.addRoutes(OpenAPIController(document: OpenAPIDocument.build(version: heedVersion)).publicEndpoints)
    router.addRoutes(
        MetricsController(
            metrics: metrics, conversations: conversations, token: configuration.metricsToken, clock: clock
        ).publicEndpoints)

    let workspaces = WorkspaceController(
        store: store, clock: clock, body: body, bootstrapToken: configuration.bootstrapToken)
    router.group("api/v1").addRoutes(workspaces.publicEndpoints)
    let passwords = PasswordHasher(cost: configuration.passwordHashCost)
    let consoleSessions = ConsoleSessions(store: store, passwords: passwords, clock: clock)
    let console = ConsoleSessionController(
        sessions: consoleSessions, throttle: SignInThrottle(clock: clock), body: body,
        secureCookie: configuration.secureCookies)
    router.group("api/v1").addRoutes(console.publicEndpoints)
    let api = router.group("api/v1").add(middleware: RequestAuthenticator(store: store, sessions: consoleSessions))
    addSignedInRoutes(
        conversations, workspaces: workspaces, passwords: passwords, body: body, clock: clock,
        signedIn: api.group(context: SignedInContext.self), admin: api.group(context: AdminContext.self))

    let limits = widgetLimits ?? WidgetRateLimits(limits: configuration.widgetLimits, clock: clock)
    let widget = widgetController(conversations, configuration: configuration, clock: clock, limits: limits)
    let behaviour = CustomerEventController(
        log: BehaviourLog(store: store, clock: clock), limits: limits, body: body)
    api.group(context: SignedInContext.self).addRoutes(behaviour.endpoints)
    router.group("api/v1").addRoutes(widget.publicEndpoints)
    let widgetRoutes = router.group("api/v1").add(middleware: WidgetAuthenticator(sessions: widget.sessions))
        .group(context: WidgetContext.self)
    widgetRoutes.addRoutes(widget.endpoints)
    widgetRoutes.addRoutes(behaviour.widgetEndpoints)
    widgetRoutes.addRoutes(CampaignMessageController(inbox: CampaignInbox(store: store, clock: clock)).widgetEndpoints)
    return router
}

/// The routes for signed-in agents and admins, in the order the API document lists them.
private func addSignedInRoutes(
    _ conversations: ConversationServices, workspaces: WorkspaceController, passwords: PasswordHasher,
    body: JSONBodyReader, clock: any WallClock, signedIn: RouterGroup<SignedInContext>, admin: RouterGroup<AdminContext>
) {
    let store = conversations.store
    signedIn.addRoutes(workspaces.endpoints)
    admin.addRoutes(workspaces.adminEndpoints)
    let agents = AgentController(store: store, passwords: passwords, clock: clock, body: body)
    signedIn.addRoutes(agents.endpoints)
    admin.addRoutes(agents.adminEndpoints)
    admin.addRoutes(APIKeyController(store: store, clock: clock, body: body).adminEndpoints)
    let teams = TeamController(store: store, clock: clock, body: body)
    signedIn.addRoutes(teams.endpoints)
    admin.addRoutes(teams.adminEndpoints)
    signedIn.addRoutes(ChurnRiskController(assessor: ChurnRiskAssessor(store: store, clock: clock)).endpoints)
    signedIn.addRoutes(CustomerController(store: store, clock: clock, body: body).endpoints)
    signedIn.addRoutes(CustomerNoteController(memory: CustomerMemory(store: store, clock: clock), body: body).endpoints)
    signedIn.addRoutes(
        ConversationController(
            store: store, desk: conversations.desk, pipeline: conversations.pipeline,
            handoff: conversations.handoffPackages, body: body
        ).endpoints)
    let policy = PolicyController(store: store, clock: clock, body: body)
    signedIn.addRoutes(policy.endpoints)
    admin.addRoutes(policy.adminEndpoints)
    let routing = RoutingExamplesController(
        store: store, learnedRouting: conversations.learnedRouting, cacheChanges: conversations.cacheChanges,
        clock: clock, body: body)
    signedIn.addRoutes(routing.endpoints)
    admin.addRoutes(routing.adminEndpoints)
    signedIn.addRoutes(
        EmailChannelController(
            desk: conversations.desk, pipeline: conversations.pipeline, feedback: conversations.feedback,
            store: conversations.store, body: body
        ).endpoints)
    signedIn.addRoutes(EventStreamController(events: conversations.events).endpoints)
    signedIn.addRoutes(
        ArticleController(
            store: store, knowledge: conversations.knowledge, importer: conversations.articles,
            cacheChanges: conversations.cacheChanges,
            languageIdentifier: conversations.analyzer.languageIdentifier, clock: clock, body: body
        ).endpoints)
    admin.addRoutes(AuditController(store: store).adminEndpoints)
    addLearningRoutes(conversations, body: body, clock: clock, signedIn: signedIn, admin: admin)
    let modelProvider = ModelProviderController(store: store, conversations: conversations, clock: clock, body: body)
    signedIn.addRoutes(modelProvider.endpoints)
    admin.addRoutes(modelProvider.adminEndpoints)
    let rules = RuleController(
        store: store, book: RuleBook(store: store, clock: clock, cacheChanges: conversations.cacheChanges), body: body)
    signedIn.addRoutes(rules.endpoints)
    admin.addRoutes(rules.adminEndpoints)
    let campaigns = CampaignController(store: store, book: CampaignBook(store: store, clock: clock), body: body)
    signedIn.addRoutes(campaigns.endpoints)
    admin.addRoutes(campaigns.adminEndpoints)
    let macros = MacroController(store: store, book: MacroBook(store: store, clock: clock), body: body)
    signedIn.addRoutes(macros.endpoints)
    admin.addRoutes(macros.adminEndpoints)
    admin.addRoutes(ToolController(store: store, book: DeclaredToolBook(store: store, clock: clock), body: body).adminEndpoints)
    signedIn.addRoutes(
        ToolCallController(
            log: ToolCallLog(store: store), runner: AgentToolRunner(store: store, clock: clock), body: body
        ).endpoints)
}

/// The chat widget's HTTP routes.
func widgetController(
    _ conversations: ConversationServices, configuration: AppConfiguration, clock: any WallClock,
    limits: WidgetRateLimits
) -> WidgetController {
    WidgetController(
        store: conversations.store, sessions: WidgetSessions(store: conversations.store, clock: clock),
        desk: conversations.desk, pipeline: conversations.pipeline, feedback: conversations.feedback, limits: limits,
        body: JSONBodyReader(maxBodyBytes: configuration.maxBodyBytes), clock: clock)
}

/// The WebSocket routes (the chat widget's live channel).
func buildWebSocketRouter(
    _ conversations: ConversationServices, configuration: AppConfiguration, clock: any WallClock,
    widgetLimits: WidgetRateLimits
) -> Router<BasicWebSocketRequestContext> {
    let router = Router(context: BasicWebSocketRequestContext.self)
    let widget = widgetController(conversations, configuration: configuration, clock: clock, limits: widgetLimits)
    WidgetSocket(
        store: conversations.store, sessions: widget.sessions, widget: widget, pipeline: conversations.pipeline,
        events: conversations.events
    ).addRoutes(to: router)
    return router
}

/// Reports, quality review, feedback, the review queue and knowledge search: how support is doing and how it learns.
private func addLearningRoutes(
    _ conversations: ConversationServices, body: JSONBodyReader, clock: any WallClock,
    signedIn: RouterGroup<SignedInContext>, admin: RouterGroup<AdminContext>
) {
    let store = conversations.store
    let reports = Reports(store: store, clock: clock)
    signedIn.addRoutes(ReportController(reports: reports, clock: clock).endpoints)
    let quality = QualityController(
        reviews: QualityReviews(store: store, reports: reports, clock: clock), reports: reports, clock: clock, body: body)
    signedIn.addRoutes(quality.endpoints)
    admin.addRoutes(quality.adminEndpoints)
    signedIn.addRoutes(FeedbackController(store: store, desk: conversations.feedback, body: body).endpoints)
    signedIn.addRoutes(
        ReviewQueueController(
            queue: ReviewQueue(
                store: store, knowledge: conversations.knowledge, cacheChanges: conversations.cacheChanges, clock: clock),
            body: body
        ).endpoints)
    signedIn.addRoutes(KnowledgeSearchController(knowledge: conversations.knowledge).endpoints)
}
