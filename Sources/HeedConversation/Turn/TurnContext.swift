import Foundation
import HeedCore
import HeedStore

/// What a turn reads before it starts, in one session under the conversation's lock: the workspace and its
/// policy, the conversation, its customer and team, the latest messages, and the original message when the turn's
/// client message id was seen before.
struct TurnContext: Sendable {
    let workspace: Workspace
    let conversation: Conversation
    let customer: Customer
    let team: Team?
    /// The latest messages, oldest first (the whole conversation when it is short).
    let history: [Message]
    /// The message stored earlier with this turn's client message id: the turn is a replay.
    let replayed: Message?
    /// What is remembered of the customer from earlier conversations (``CustomerMemory``), oldest first.
    var notes: [CustomerNote] = []
    /// The customer's latest orders, newest first (read only when the workspace personalises by purchases).
    var orders: [Order] = []
    /// The customer's behaviour events of the last day, newest first (read only when the workspace personalises by
    /// behaviour).
    var recentEvents: [CustomerEvent] = []

    /// How many of the customer's orders a turn reads.
    static let orderWindow = 20
    /// How far back a turn looks at the customer's behaviour.
    static let behaviourWindow: TimeInterval = 86_400

    /// How many recent messages a turn reads.
    static let historyWindow = 30

    /// Whether `history` holds every message of the conversation.
    var isWholeConversation: Bool { history.count >= conversation.messageCount }

    /// Whether the AI has not written in this conversation yet (its first reply says it is an AI).
    var awaitsFirstAIReply: Bool { isWholeConversation && !history.contains { $0.author == .ai } }

    /// The customer's latest messages, oldest first.
    func recentCustomerMessages(_ count: Int) -> [String] {
        history.filter { $0.author == .customer }.suffix(count).map(\.body)
    }

    static func load(
        conversationID: UUID, workspaceID: UUID, clientMessageID: String?, reader: any StoreReader, now: Date = Date()
    ) async throws -> TurnContext
    {
        guard let workspace = try await reader.workspace(id: workspaceID) else { throw HeedError.notFound("Workspace") }
        guard let conversation = try await reader.conversation(id: conversationID, workspaceID: workspaceID)
        else { throw HeedError.notFound("Conversation") }
        guard let customer = try await reader.customer(id: conversation.customerID, workspaceID: workspaceID)
        else { throw HeedError.notFound("Customer") }
        let team = try await conversation.teamID.asyncFlatMap { try await reader.team(id: $0, workspaceID: workspaceID) }
        let history = try await reader.latestMessages(
            conversationID: conversationID, workspaceID: workspaceID, limit: historyWindow)
        let replayed = try await clientMessageID.asyncFlatMap {
            try await reader.message(clientMessageID: $0, conversationID: conversationID, workspaceID: workspaceID)
        }
        var context = TurnContext(
            workspace: workspace, conversation: conversation, customer: customer, team: team, history: history,
            replayed: replayed, notes: try await reader.notes(customerID: customer.id, workspaceID: workspaceID))
        let personalization = workspace.policy.personalization
        if personalization.attributes {
            context.orders = try await reader.orders(customerID: customer.id, workspaceID: workspaceID, limit: 200)
                .suffix(orderWindow).reversed()
        }
        if personalization.behaviour {
            context.recentEvents = try await reader.recentCustomerEvents(
                customerID: customer.id, workspaceID: workspaceID, since: now.addingTimeInterval(-behaviourWindow),
                limit: 50)
        }
        return context
    }
}
