import Foundation
import HeedCore

/// Where conversation events go: agents see everything in their workspace; a customer sees what happens in their
/// own conversations (never internal notes).
public struct ConversationEvents: Sendable {
    /// Topic: the workspace id.
    public let agents: EventHub<AgentEvent>
    /// Topic: the customer id.
    public let customers: EventHub<AgentEvent>
    let clock: any WallClock

    public init(clock: any WallClock, agents: EventHub<AgentEvent> = EventHub(), customers: EventHub<AgentEvent> = EventHub()) {
        self.agents = agents
        self.customers = customers
        self.clock = clock
    }

    /// Publishes an event about `conversation` to its workspace's agents and, unless it is internal, to its customer.
    public func publish(
        _ kind: AgentEvent.Kind, _ conversation: Conversation, message: Message? = nil,
        details: [String: JSONValue] = [:]
    ) async {
        let event = AgentEvent(
            kind, workspaceID: conversation.workspaceID, conversation: conversation, message: message, details: details,
            at: clock.now())
        await agents.publish(event, to: conversation.workspaceID)
        let customerFacing: Set<AgentEvent.Kind> = [.messageCreated, .handoff, .conversationUpdated]
        if customerFacing.contains(kind), message?.isInternalNote != true {
            await customers.publish(event, to: conversation.customerID)
        }
    }

    /// Tells the conversation's customer a piece of the AI's answer to `replyTo` as it is produced. Agents get the
    /// stored reply only.
    public func publishReplyDelta(_ text: String, replyTo: UUID, in conversation: Conversation) async {
        let event = AgentEvent(
            .replyDelta, workspaceID: conversation.workspaceID, conversation: conversation,
            details: ["text": .string(text), "reply_to": .string(replyTo.uuidString)], at: clock.now())
        await customers.publish(event, to: conversation.customerID)
    }
}
