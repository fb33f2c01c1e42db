import Foundation
import HeedCore
import HeedStore
import Logging

/// Where conversation events go: agents see everything in their workspace; a customer sees what happens in their
/// own conversations (never internal notes).
///
/// Every event goes through the cluster's ``EventBus`` (stored and numbered on PostgreSQL), and this node's one
/// feed fans what any node published out to its local subscribers: an agent's reply posted on one node reaches
/// the customer's widget socket on another.
public struct ConversationEvents: Sendable {
    /// Topic: the workspace id.
    public let agents: EventHub<AgentEvent>
    /// Topic: the customer id.
    public let customers: EventHub<AgentEvent>
    /// The bus every node's events travel on.
    public let bus: any EventBus
    /// What this node does after publishing an event (the automation rules).
    public let reactions: EventReactions
    let clock: any WallClock
    let logger: Logger

    /// Events over `bus` (in-process by default), fanned out to this node's `agents` and `customers` hubs.
    public init(
        clock: any WallClock, logger: Logger, bus: any EventBus = InProcessEventBus(),
        agents: EventHub<AgentEvent> = EventHub(), customers: EventHub<AgentEvent> = EventHub()
    ) {
        self.agents = agents
        self.customers = customers
        self.bus = bus
        self.reactions = EventReactions()
        self.clock = clock
        self.logger = logger
        bus.addHandler { [agents, customers, logger] event in
            guard AgentEvent.Kind(rawValue: event.kind) != nil else { return }
            // Most nodes serve few of a workspace's people: decode only what someone here listens to.
            var listeners = await agents.subscriberCount(event.workspaceID)
            if let customerID = event.customerID { listeners += await customers.subscriberCount(customerID) }
            guard listeners > 0 else { return }
            do {
                let decoded = try HeedJSON.makeDecoder().decode(AgentEvent.self, from: Data(event.payload.utf8))
                await Self.fanOut(decoded, agents: agents, customers: customers)
            } catch {
                logger.error("Unreadable event on the bus", metadata: ["event.sequence": "\(event.sequence)"])
            }
        }
    }

    /// Publishes an event about `conversation` to its workspace's agents and, unless it is internal, to its customer
    /// — on every node — then runs this node's ``reactions`` on it. Returns true when a reaction changed something
    /// (the conversation may then differ from `conversation`).
    @discardableResult
    public func publish(
        _ kind: AgentEvent.Kind, _ conversation: Conversation, message: Message? = nil,
        details: [String: JSONValue] = [:]
    ) async -> Bool {
        let event = AgentEvent(
            kind, workspaceID: conversation.workspaceID, conversation: conversation, message: message, details: details,
            at: clock.now())
        do {
            let payload = String(decoding: try HeedJSON.makeEncoder().encode(event), as: UTF8.self)
            try await bus.publish(
                BusEvent(
                    kind: kind.rawValue, workspaceID: conversation.workspaceID, conversationID: conversation.id,
                    customerID: conversation.customerID, subjectID: message?.id, payload: payload,
                    createdAt: event.at))
        } catch {
            // What was stored stays stored; at least this node's subscribers hear of it.
            logger.warning("Event not published on the bus", metadata: ["event.type": "\(kind.rawValue)"])
            await Self.fanOut(event, agents: agents, customers: customers)
        }
        return await reactions.react(to: event)
    }

    /// Tells the conversation's customer a piece of the AI's answer to `replyTo` as it is produced. Agents get the
    /// stored reply only. Pieces stay on this node: the socket that asked is served by the node answering it.
    public func publishReplyDelta(_ text: String, replyTo: UUID, in conversation: Conversation) async {
        let event = AgentEvent(
            .replyDelta, workspaceID: conversation.workspaceID, conversation: conversation,
            details: ["text": .string(text), "reply_to": .string(replyTo.uuidString)], at: clock.now())
        await customers.publish(event, to: conversation.customerID)
    }

    /// Hands an event to this node's subscribers: the workspace's agents and, if it is for them, the customer.
    static func fanOut(_ event: AgentEvent, agents: EventHub<AgentEvent>, customers: EventHub<AgentEvent>) async {
        await agents.publish(event, to: event.workspaceID)
        let customerFacing: Set<AgentEvent.Kind> = [.messageCreated, .handoff, .conversationUpdated]
        if customerFacing.contains(event.type), event.message?.isInternalNote != true,
            let customerID = event.conversation?.customerID
        {
            await customers.publish(event, to: customerID)
        }
    }
}
