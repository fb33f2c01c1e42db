import Foundation

/// One event on the cluster's bus: what happened (`kind`), in which workspace, about which records, and a small JSON
/// payload. Stored in the event log under a global, increasing ``sequence`` before any node sees it.
public struct BusEvent: Sendable, Hashable {
    /// The position in the event log (0 until published); every node sees events in this order, each once.
    public var sequence: Int64
    /// The node that published it (``EventBus/nodeID``), so a node can skip work it has already done.
    public var origin: UUID
    /// What happened, e.g. `message.created` or `knowledge.changed`.
    public var kind: String
    public var workspaceID: UUID
    public var conversationID: UUID?
    public var customerID: UUID?
    /// The record the event is about besides the conversation (a message, an article).
    public var subjectID: UUID?
    /// The rest of the event as JSON text (small: ids, a changed field, the event document).
    public var payload: String
    public var createdAt: Date

    /// An event to publish; the bus assigns its sequence and origin.
    public init(
        kind: String, workspaceID: UUID, conversationID: UUID? = nil, customerID: UUID? = nil, subjectID: UUID? = nil,
        payload: String = "{}", createdAt: Date
    ) {
        self.sequence = 0
        self.origin = UUID()
        self.kind = kind
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.customerID = customerID
        self.subjectID = subjectID
        self.payload = payload
        self.createdAt = createdAt
    }
}

/// Something that hears every event of the bus on this node, in sequence order, each once. It runs on the bus's
/// delivery path: it must be quick and must not publish on the bus itself.
public typealias BusEventHandler = @Sendable (BusEvent) async -> Void
