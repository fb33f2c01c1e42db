import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Every record of a new demo workspace, made from the bundled content, and saved in one write. Each record gets
/// its own millisecond after the start, so lists have a stable, meaningful order.
struct DemoRecords: Sendable {
    /// A past conversation with its messages.
    struct PastConversation: Sendable {
        let conversation: Conversation
        let messages: [Message]
    }

    /// Hands out the records' times: one millisecond apart, after the start.
    private struct Timeline {
        let start: Date
        var tick = 0

        mutating func next() -> Date {
            tick += 1
            return start.addingTimeInterval(Double(tick) / 1000)
        }
    }

    let workspace: Workspace
    let teams: [Team]
    let agents: [Agent]
    let adminKey: APIKey
    let customers: [Customer]
    let articles: [Article]
    let conversations: [PastConversation]
    /// The weeks before the start (``DemoHistory``): conversations, ratings and their reporting events.
    let history: DemoHistory.Records
    let start: Date

    init(
        _ content: DemoContent, publicKey: String, adminSecret: String, start: Date, historyConversations: Int = 0
    ) throws {
        self.start = start
        var timeline = Timeline(start: start)
        var workspace = Workspace(name: content.workspace.name, publicKey: publicKey, createdAt: start)
        workspace.identitySecret = APIKeySecret.generate()
        self.workspace = workspace
        let workspaceID = workspace.id
        teams = content.workspace.teams.map {
            Team(workspaceID: workspaceID, name: $0.name, description: $0.description, intents: $0.intents, createdAt: timeline.next())
        }
        let teamIDs = Dictionary(uniqueKeysWithValues: teams.map { ($0.name, $0.id) })
        agents = content.workspace.agents.map {
            Agent(
                workspaceID: workspaceID, name: $0.name, email: $0.email, role: $0.role,
                teamIDs: $0.teams.compactMap { teamIDs[$0] }, capacity: $0.capacity, languages: $0.languages,
                createdAt: timeline.next())
        }
        let admin = agents.first { $0.role == .admin } ?? agents[0]
        adminKey = APIKey(
            workspaceID: workspaceID, agentID: admin.id, name: "Demo admin key", role: .admin,
            prefix: APIKeySecret.prefix(of: adminSecret), secretHash: APIKeySecret.hash(adminSecret), createdAt: start)
        customers = try content.customers.map { try $0.makeCustomer(workspaceID: workspaceID, now: timeline.next()) }
        let customersByID = Dictionary(uniqueKeysWithValues: customers.compactMap { c in c.externalID.map { ($0, c) } })
        articles = content.articles.map { ArticleImporter.article($0, workspaceID: workspaceID, now: timeline.next()) }
        let serviceLevels = workspace.policy.serviceLevels
        conversations = content.conversations.compactMap { entry in
            customersByID[entry.customerExternalID].map {
                Self.conversation(entry, customer: $0, admin: admin, serviceLevels: serviceLevels, timeline: &timeline)
            }
        }
        let material = DemoHistory.Material(
            workspace: workspace, customers: customers, teams: teams, agents: agents, articles: articles,
            questions: content.routingExamples)
        history = DemoHistory(material: material).records(count: historyConversations, before: start, seed: 2026)
    }

    /// A past conversation as the content tells it. The admin answers as the agent: once they do, the
    /// conversation is theirs (assignee, and their team when it has none) and a human's, with its priority and
    /// SLA clocks as any human takeover sets them.
    private static func conversation(
        _ entry: DemoContent.ConversationEntry, customer: Customer, admin: Agent, serviceLevels: ServiceLevelPolicy,
        timeline: inout Timeline
    ) -> PastConversation {
        let workspaceID = customer.workspaceID
        let adminID = admin.id
        var conversation = Conversation(
            workspaceID: workspaceID, customerID: customer.id,
            channel: entry.channel == "email" ? .email : .widget, subject: entry.subject, status: .open,
            createdAt: timeline.next())
        var messages: [Message] = []
        for (index, item) in entry.messages.enumerated() {
            let at = timeline.next()
            let message = Message(
                workspaceID: workspaceID, conversationID: conversation.id, sequence: index + 1,
                author: item.author, authorID: item.author == .agent ? adminID : nil, body: item.body,
                createdAt: at)
            conversation.record(message, at: at)
            if item.author == .agent, conversation.handler == .ai {
                conversation.startHumanHandling(at: at, customerTier: customer.tier, serviceLevels: serviceLevels)
                conversation.assigneeID = conversation.assigneeID ?? adminID
                conversation.teamID = conversation.teamID ?? admin.teamIDs.first
            }
            messages.append(message)
        }
        conversation.status = entry.status
        if entry.status == .resolved { conversation.resolvedAt = conversation.lastMessageAt }
        return PastConversation(conversation: conversation, messages: messages)
    }

    /// Saves every record, and the workspace's creation on the audit log, in one write.
    func save(to store: any SupportStore) async throws {
        try await store.write { writer in
            try await writer.insert(workspace)
            for team in teams { try await writer.insert(team) }
            for agent in agents { try await writer.insert(agent) }
            try await writer.insert(adminKey)
            for customer in customers { try await writer.insert(customer) }
            for article in articles { try await writer.insert(article) }
            for past in conversations + history.conversations {
                try await writer.insert(past.conversation, externalThreadID: nil)
                for message in past.messages { _ = try await writer.append(message) }
            }
            for rating in history.feedback { try await writer.insert(rating) }
            try await writer.insert(reportEvents: history.events)
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspace.id, actor: .system, action: "workspace.created", subjectType: "workspace",
                    subjectID: workspace.id, reason: "demo", createdAt: start))
        }
    }
}
