import Foundation
import HeedCore

/// Heed's storage: reads in a session, writes in one transaction. Every query takes the workspace, so one
/// workspace can never read or change another's records.
public protocol SupportStore: Sendable {
    /// Checks that the database answers.
    func ping() async throws

    /// Runs reads in one session.
    func read<T: Sendable>(_ body: @Sendable (any StoreReader) async throws -> T) async throws -> T

    /// Runs reads and writes in one transaction: all of them happen, or none.
    func write<T: Sendable>(_ body: @Sendable (any StoreWriter) async throws -> T) async throws -> T

    /// Closes the store's connections.
    func shutdown() async throws
}

/// Filters for listing conversations; nil means "any".
public struct ConversationFilter: Sendable, Hashable {
    public var status: ConversationStatus?
    public var handler: ConversationHandler?
    public var teamID: UUID?
    public var assigneeID: UUID?
    public var priority: Priority?
    public var customerID: UUID?
    /// Only conversations nobody is assigned to.
    public var unassigned: Bool

    public init(
        status: ConversationStatus? = nil, handler: ConversationHandler? = nil, teamID: UUID? = nil,
        assigneeID: UUID? = nil, priority: Priority? = nil, customerID: UUID? = nil, unassigned: Bool = false
    ) {
        self.unassigned = unassigned
        self.status = status
        self.handler = handler
        self.teamID = teamID
        self.assigneeID = assigneeID
        self.priority = priority
        self.customerID = customerID
    }
}

/// Ways to look customers up; nil means "any".
public struct CustomerQuery: Sendable, Hashable {
    /// Exact e-mail address, case-insensitive.
    public var email: String?
    /// Exact external id.
    public var externalID: String?
    /// Exact full name, case-insensitive.
    public var name: String?

    public init(email: String? = nil, externalID: String? = nil, name: String? = nil) {
        self.email = email
        self.externalID = externalID
        self.name = name
    }
}

/// Filters for listing articles; nil means "any".
public struct ArticleFilter: Sendable, Hashable {
    public var language: String?
    public var visibility: ArticleVisibility?

    public init(language: String? = nil, visibility: ArticleVisibility? = nil) {
        self.language = language
        self.visibility = visibility
    }
}

/// Reads of every kind of record. Lookups by id always name the workspace.
public protocol StoreReader:
    CommerceReader, DialogueReader, RuleReader, MacroReader, BehaviourReader, ReportEventReader, DeclaredToolReader,
    CampaignReader
{
    func workspace(id: UUID) async throws -> Workspace?
    func workspace(publicKey: String) async throws -> Workspace?
    func workspaceCount() async throws -> Int
    /// Every workspace's id (for start-up work such as indexing knowledge).
    func workspaceIDs() async throws -> [UUID]

    func apiKey(secretHash: String) async throws -> APIKey?
    func apiKeys(workspaceID: UUID, page: PageRequest) async throws -> Page<APIKey>
    func apiKey(id: UUID, workspaceID: UUID) async throws -> APIKey?

    func agent(id: UUID, workspaceID: UUID) async throws -> Agent?
    func agents(workspaceID: UUID, page: PageRequest) async throws -> Page<Agent>

    func team(id: UUID, workspaceID: UUID) async throws -> Team?
    func teams(workspaceID: UUID, page: PageRequest) async throws -> Page<Team>

    func customer(id: UUID, workspaceID: UUID) async throws -> Customer?
    func customers(workspaceID: UUID, query: CustomerQuery, page: PageRequest) async throws -> Page<Customer>

    func conversation(id: UUID, workspaceID: UUID) async throws -> Conversation?
    func conversations(workspaceID: UUID, filter: ConversationFilter, page: PageRequest) async throws
        -> Page<Conversation>
    /// The conversation of an e-mail thread or other external thread id.
    func conversation(externalThreadID: String, workspaceID: UUID) async throws -> Conversation?

    func messages(conversationID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<Message>
    func message(id: UUID, workspaceID: UUID) async throws -> Message?
    func message(clientMessageID: String, conversationID: UUID, workspaceID: UUID) async throws -> Message?
    /// The conversation's last `limit` messages, oldest first.
    func latestMessages(conversationID: UUID, workspaceID: UUID, limit: Int) async throws -> [Message]

    func article(id: UUID, workspaceID: UUID) async throws -> Article?
    func article(externalID: String, workspaceID: UUID) async throws -> Article?
    func articles(workspaceID: UUID, filter: ArticleFilter, page: PageRequest) async throws -> Page<Article>

    func auditEvents(workspaceID: UUID, page: PageRequest) async throws -> Page<AuditEvent>
    /// The audit events about one subject (a customer, a conversation), newest first.
    func auditEvents(subjectID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<AuditEvent>

    /// The widget session with this token hash, in any workspace (the token says which).
    func widgetSession(tokenHash: String) async throws -> WidgetSession?

    func agentCredential(agentID: UUID, workspaceID: UUID) async throws -> AgentCredential?
    /// The credentials of every agent with this e-mail address, in any workspace (sign-in says which).
    func agentCredentials(email: String) async throws -> [AgentCredential]
    /// The console session with this token hash, in any workspace.
    func consoleSession(tokenHash: String) async throws -> ConsoleSession?

    /// A conversation's feedback, oldest first.
    func feedback(conversationID: UUID, workspaceID: UUID) async throws -> [Feedback]
    /// A lead's correction of a conversation's quality review, if any.
    func qualityOverride(conversationID: UUID, workspaceID: UUID) async throws -> QualityOverride?

    /// A workspace's feedback of one kind, newest first, a page at a time (the review queue).
    func feedback(workspaceID: UUID, kind: FeedbackKind, page: PageRequest) async throws -> Page<Feedback>

    /// The workspace's learned routing model, if it trained one.
    func routingModel(workspaceID: UUID) async throws -> RoutingModel?
}

/// Writes, available inside ``SupportStore/write(_:)``'s transaction. Unique values already taken throw a
/// `conflict` ``HeedError``.
public protocol StoreWriter:
    StoreReader, CommerceWriter, DialogueWriter, RuleWriter, MacroWriter, BehaviourWriter, ReportEventWriter,
    DeclaredToolWriter, CampaignWriter
{
    func insert(_ workspace: Workspace) async throws
    func update(_ workspace: Workspace) async throws

    func insert(_ key: APIKey) async throws
    func update(_ key: APIKey) async throws

    func insert(_ agent: Agent) async throws
    func update(_ agent: Agent) async throws
    func deleteAgent(id: UUID, workspaceID: UUID) async throws

    func insert(_ team: Team) async throws
    func update(_ team: Team) async throws
    func deleteTeam(id: UUID, workspaceID: UUID) async throws

    func insert(_ customer: Customer) async throws
    func update(_ customer: Customer) async throws
    func deleteCustomer(id: UUID, workspaceID: UUID) async throws

    func insert(_ conversation: Conversation, externalThreadID: String?) async throws
    func update(_ conversation: Conversation) async throws
    /// Deletes a conversation with its messages, ratings and flags.
    func deleteConversation(id: UUID, workspaceID: UUID) async throws
    /// Replaces a stored message's annotations (its text and place never change).
    func updateAnnotations(of message: Message) async throws
    /// Reads the conversation and keeps other writers of it out until this transaction ends (on PostgreSQL a row
    /// lock every node's writers wait on), so a change is made to what the previous writer committed, never to a
    /// stale copy.
    func lockConversation(id: UUID, workspaceID: UUID) async throws -> Conversation?

    /// Stores a message idempotently: when the conversation already has a message with the same client message
    /// id, nothing is written and that message is returned with `created == false`. Assigns the next sequence
    /// number; appends to one conversation are serialised.
    func append(_ message: Message) async throws -> (message: Message, created: Bool)

    func insert(_ article: Article) async throws
    func update(_ article: Article) async throws
    func deleteArticle(id: UUID, workspaceID: UUID) async throws

    func insert(_ event: AuditEvent) async throws

    func insert(_ session: WidgetSession) async throws

    /// Stores an agent's password hash, replacing the one there was.
    func save(_ credential: AgentCredential) async throws
    func insert(_ session: ConsoleSession) async throws
    func deleteConsoleSession(id: UUID, workspaceID: UUID) async throws

    /// Stores a quality override, replacing the conversation's earlier one.
    func save(_ override: QualityOverride) async throws

    func insert(_ feedback: Feedback) async throws
    func update(_ feedback: Feedback) async throws

    /// Stores the workspace's routing model, replacing the one there was.
    func save(_ model: RoutingModel) async throws
    /// Removes the workspace's routing model; false when there was none.
    func deleteRoutingModel(workspaceID: UUID) async throws -> Bool
}
