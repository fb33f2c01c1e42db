import Foundation
import HeedCore
import SQLKit

/// ``StoreReader`` and ``StoreWriter`` over one SQL session (inside a transaction for writes).
struct SQLStoreSession: StoreWriter {
    let documents: SQLDocumentSession

    init(database: any SQLDatabase, dialect: SQLDialectKind) {
        self.documents = SQLDocumentSession(database: database, dialect: dialect)
    }

    private var database: any SQLDatabase { documents.database }

    // MARK: Workspaces

    func workspace(id: UUID) async throws -> Workspace? {
        try await workspace(where: "id", equals: id.uuidString)
    }

    func workspace(publicKey: String) async throws -> Workspace? {
        try await workspace(where: "public_key", equals: publicKey)
    }

    private func workspace(where column: String, equals value: String) async throws -> Workspace? {
        guard
            let row = try await database.select().column("doc").from("workspaces")
                .where(SQLIdentifier(column), .equal, SQLBind(value)).first()
        else { return nil }
        return try documents.decode(Workspace.self, from: row)
    }

    func workspaceCount() async throws -> Int {
        let row = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("workspaces").first()
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    func workspaceIDs() async throws -> [UUID] {
        try await database.select().column("id").from("workspaces").orderBy("created_at").all()
            .compactMap { UUID(uuidString: try $0.decode(column: "id", as: String.self)) }
    }

    func insert(_ workspace: Workspace) async throws {
        let doc = try documents.encode(workspace)
        try await documents.mappingConflicts("Workspace") {
            try await database.insert(into: "workspaces").columns("id", "public_key", "created_at", "doc")
                .values(
                    SQLBind(workspace.id.uuidString), SQLBind(workspace.publicKey),
                    SQLBind(Timestamp.microseconds(workspace.createdAt)), SQLBind(doc)
                ).run()
        }
    }

    func update(_ workspace: Workspace) async throws {
        let doc = try documents.encode(workspace)
        try await documents.mappingConflicts("Workspace") {
            try await database.update("workspaces").set("doc", to: SQLBind(doc))
                .set("public_key", to: SQLBind(workspace.publicKey))
                .where("id", .equal, SQLBind(workspace.id.uuidString)).run()
        }
    }

    // MARK: API keys

    func apiKey(secretHash: String) async throws -> APIKey? {
        try await documents.fetchOne(APIKey.self, workspaceID: nil, where: [("secret_hash", .text(secretHash))])
    }

    func apiKeys(workspaceID: UUID, page: PageRequest) async throws -> Page<APIKey> {
        try await documents.list(APIKey.self, workspaceID: workspaceID, where: [], page: page)
    }

    func apiKey(id: UUID, workspaceID: UUID) async throws -> APIKey? {
        try await documents.fetch(APIKey.self, id: id, workspaceID: workspaceID)
    }

    func insert(_ key: APIKey) async throws { try await documents.insert(key) }
    func update(_ key: APIKey) async throws { try await documents.update(key) }

    // MARK: Agents and teams

    func agent(id: UUID, workspaceID: UUID) async throws -> Agent? {
        try await documents.fetch(Agent.self, id: id, workspaceID: workspaceID)
    }

    func agents(workspaceID: UUID, page: PageRequest) async throws -> Page<Agent> {
        try await documents.list(Agent.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ agent: Agent) async throws { try await documents.insert(agent) }
    func update(_ agent: Agent) async throws { try await documents.update(agent) }

    func deleteAgent(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Agent.self, id: id, workspaceID: workspaceID)
    }

    func team(id: UUID, workspaceID: UUID) async throws -> Team? {
        try await documents.fetch(Team.self, id: id, workspaceID: workspaceID)
    }

    func teams(workspaceID: UUID, page: PageRequest) async throws -> Page<Team> {
        try await documents.list(Team.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ team: Team) async throws { try await documents.insert(team) }
    func update(_ team: Team) async throws { try await documents.update(team) }

    func deleteTeam(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Team.self, id: id, workspaceID: workspaceID)
    }

    // MARK: Customers

    func customer(id: UUID, workspaceID: UUID) async throws -> Customer? {
        try await documents.fetch(Customer.self, id: id, workspaceID: workspaceID)
    }

    func customers(workspaceID: UUID, query: CustomerQuery, page: PageRequest) async throws -> Page<Customer> {
        var conditions: [(String, ColumnValue)] = []
        if let email = query.email { conditions.append(("email_key", .text(email.lowercased()))) }
        if let externalID = query.externalID { conditions.append(("external_id", .text(externalID))) }
        if let name = query.name { conditions.append(("name_key", .text(name.lowercased()))) }
        return try await documents.list(Customer.self, workspaceID: workspaceID, where: conditions, page: page)
    }

    func insert(_ customer: Customer) async throws { try await documents.insert(customer) }
    func update(_ customer: Customer) async throws { try await documents.update(customer) }

    func deleteCustomer(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Customer.self, id: id, workspaceID: workspaceID)
    }

    // MARK: Conversations and messages

    func conversation(id: UUID, workspaceID: UUID) async throws -> Conversation? {
        try await documents.fetch(Conversation.self, id: id, workspaceID: workspaceID)
    }

    func conversation(externalThreadID: String, workspaceID: UUID) async throws -> Conversation? {
        try await documents.fetchOne(
            Conversation.self, workspaceID: workspaceID, where: [("external_thread_id", .text(externalThreadID))])
    }

    func conversations(workspaceID: UUID, filter: ConversationFilter, page: PageRequest) async throws
        -> Page<Conversation>
    {
        var conditions: [(String, ColumnValue)] = []
        if let status = filter.status { conditions.append(("status", .text(status.rawValue))) }
        if let handler = filter.handler { conditions.append(("handler", .text(handler.rawValue))) }
        if let team = filter.teamID { conditions.append(("team_id", .text(team.uuidString))) }
        if let assignee = filter.assigneeID { conditions.append(("assignee_id", .text(assignee.uuidString))) }
        if let priority = filter.priority { conditions.append(("priority", .text(priority.rawValue))) }
        if let customer = filter.customerID { conditions.append(("customer_id", .text(customer.uuidString))) }
        if filter.unassigned { conditions.append(("assignee_id", .text(nil))) }
        return try await documents.list(Conversation.self, workspaceID: workspaceID, where: conditions, page: page)
    }

    func insert(_ conversation: Conversation, externalThreadID: String?) async throws {
        try await documents.insert(conversation)
        if let externalThreadID {
            try await documents.mappingConflicts("Conversation thread") {
                try await database.update(Conversation.table)
                    .set("external_thread_id", to: SQLBind(externalThreadID))
                    .where("id", .equal, SQLBind(conversation.id.uuidString)).run()
            }
        }
    }

    func update(_ conversation: Conversation) async throws { try await documents.update(conversation) }

    func updateAnnotations(of message: Message) async throws {
        guard var stored = try await documents.fetch(Message.self, id: message.id, workspaceID: message.workspaceID) else {
            throw HeedError.notFound("Message")
        }
        stored.annotations = message.annotations
        try await documents.update(stored)
    }

    func deleteConversation(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Conversation.self, id: id, workspaceID: workspaceID)
    }

    func messages(conversationID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<Message> {
        try await documents.list(
            Message.self, workspaceID: workspaceID, where: [("conversation_id", .text(conversationID.uuidString))],
            page: page, newestFirst: false)
    }

    func latestMessages(conversationID: UUID, workspaceID: UUID, limit: Int) async throws -> [Message] {
        try await documents.list(
            Message.self, workspaceID: workspaceID, where: [("conversation_id", .text(conversationID.uuidString))],
            page: PageRequest(limit: limit), newestFirst: true
        ).items.reversed()
    }

    func message(id: UUID, workspaceID: UUID) async throws -> Message? {
        try await documents.fetch(Message.self, id: id, workspaceID: workspaceID)
    }

    func message(clientMessageID: String, conversationID: UUID, workspaceID: UUID) async throws -> Message? {
        try await documents.fetchOne(
            Message.self, workspaceID: workspaceID,
            where: [
                ("conversation_id", .text(conversationID.uuidString)), ("client_message_id", .text(clientMessageID)),
            ])
    }

    func append(_ message: Message) async throws -> (message: Message, created: Bool) {
        // Lock the conversation row so concurrent appends (from several nodes) take sequence numbers in turn.
        var lock = database.select().column("id").from(Conversation.table)
            .where("id", .equal, SQLBind(message.conversationID.uuidString))
            .where("workspace_id", .equal, SQLBind(message.workspaceID.uuidString))
        if documents.dialect == .postgres {
            lock = lock.lockingClause(SQLLockingClause.update)
        }
        guard try await lock.first() != nil else { throw HeedError.notFound("Conversation") }
        if let clientID = message.clientMessageID,
            let existing = try await self.message(
                clientMessageID: clientID, conversationID: message.conversationID, workspaceID: message.workspaceID)
        {
            return (existing, false)
        }
        let row = try await database.select()
            .column(SQLFunction("MAX", args: SQLIdentifier("sequence")), as: "last")
            .from(Message.table).where("conversation_id", .equal, SQLBind(message.conversationID.uuidString))
            .first()
        let last = try row?.decodeNil(column: "last") == false ? try row?.decode(column: "last", as: Int64.self) : nil
        var stored = message
        stored.sequence = Int(last ?? 0) + 1
        try await documents.insert(stored)
        return (stored, true)
    }

    // MARK: Articles

    func article(id: UUID, workspaceID: UUID) async throws -> Article? {
        try await documents.fetch(Article.self, id: id, workspaceID: workspaceID)
    }

    func article(externalID: String, workspaceID: UUID) async throws -> Article? {
        try await documents.fetchOne(Article.self, workspaceID: workspaceID, where: [("external_id", .text(externalID))])
    }

    func articles(workspaceID: UUID, filter: ArticleFilter, page: PageRequest) async throws -> Page<Article> {
        var conditions: [(String, ColumnValue)] = []
        if let language = filter.language { conditions.append(("language", .text(language))) }
        if let visibility = filter.visibility { conditions.append(("visibility", .text(visibility.rawValue))) }
        return try await documents.list(Article.self, workspaceID: workspaceID, where: conditions, page: page)
    }

    func insert(_ article: Article) async throws { try await documents.insert(article) }
    func update(_ article: Article) async throws { try await documents.update(article) }

    func deleteArticle(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Article.self, id: id, workspaceID: workspaceID)
    }

    // MARK: Audit

    func auditEvents(workspaceID: UUID, page: PageRequest) async throws -> Page<AuditEvent> {
        try await documents.list(AuditEvent.self, workspaceID: workspaceID, where: [], page: page)
    }

    func auditEvents(subjectID: UUID, workspaceID: UUID, page: PageRequest) async throws -> Page<AuditEvent> {
        try await documents.list(
            AuditEvent.self, workspaceID: workspaceID, where: [("subject_id", .text(subjectID.uuidString))], page: page)
    }

    func insert(_ event: AuditEvent) async throws { try await documents.insert(event) }

    // MARK: Widget sessions

    func widgetSession(tokenHash: String) async throws -> WidgetSession? {
        try await documents.fetchOne(WidgetSession.self, workspaceID: nil, where: [("token_hash", .text(tokenHash))])
    }

    func insert(_ session: WidgetSession) async throws { try await documents.insert(session) }

    // MARK: Console sign-in

    func agentCredential(agentID: UUID, workspaceID: UUID) async throws -> AgentCredential? {
        try await documents.fetch(AgentCredential.self, id: agentID, workspaceID: workspaceID)
    }

    func agentCredentials(email: String) async throws -> [AgentCredential] {
        try await documents.fetchAll(
            AgentCredential.self, workspaceID: nil, where: [("email_key", .text(email.lowercased()))], limit: 50)
    }

    func save(_ credential: AgentCredential) async throws {
        if try await agentCredential(agentID: credential.id, workspaceID: credential.workspaceID) == nil {
            try await documents.insert(credential)
        } else {
            try await documents.update(credential)
        }
    }

    func consoleSession(tokenHash: String) async throws -> ConsoleSession? {
        try await documents.fetchOne(ConsoleSession.self, workspaceID: nil, where: [("token_hash", .text(tokenHash))])
    }

    func insert(_ session: ConsoleSession) async throws { try await documents.insert(session) }

    func deleteConsoleSession(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(ConsoleSession.self, id: id, workspaceID: workspaceID)
    }

    // MARK: Feedback

    func feedback(conversationID: UUID, workspaceID: UUID) async throws -> [Feedback] {
        try await documents.fetchAll(
            Feedback.self, workspaceID: workspaceID, where: [("conversation_id", .text(conversationID.uuidString))],
            limit: 1000)
    }

    func qualityOverride(conversationID: UUID, workspaceID: UUID) async throws -> QualityOverride? {
        try await documents.fetchOne(
            QualityOverride.self, workspaceID: workspaceID, where: [("conversation_id", .text(conversationID.uuidString))])
    }

    func save(_ override: QualityOverride) async throws {
        if var earlier = try await qualityOverride(conversationID: override.conversationID, workspaceID: override.workspaceID) {
            earlier.scores = override.scores
            earlier.note = override.note
            earlier.reviewerID = override.reviewerID
            earlier.updatedAt = override.createdAt
            try await documents.update(earlier)
        } else {
            try await documents.insert(override)
        }
    }

    func feedback(workspaceID: UUID, kind: FeedbackKind, page: PageRequest) async throws -> Page<Feedback> {
        try await documents.list(
            Feedback.self, workspaceID: workspaceID, where: [("kind", .text(kind.rawValue))], page: page)
    }

    func insert(_ feedback: Feedback) async throws { try await documents.insert(feedback) }
    func update(_ feedback: Feedback) async throws { try await documents.update(feedback) }

    // MARK: Learned routing

    func routingModel(workspaceID: UUID) async throws -> RoutingModel? {
        try await documents.fetch(RoutingModel.self, id: workspaceID, workspaceID: workspaceID)
    }

    func save(_ model: RoutingModel) async throws {
        if let existing = try await routingModel(workspaceID: model.workspaceID) {
            var replacement = model
            replacement.createdAt = existing.createdAt
            try await documents.update(replacement)
        } else {
            try await documents.insert(model)
        }
    }

    func deleteRoutingModel(workspaceID: UUID) async throws -> Bool {
        guard try await routingModel(workspaceID: workspaceID) != nil else { return false }
        try await documents.delete(RoutingModel.self, id: workspaceID, workspaceID: workspaceID)
        return true
    }
}
