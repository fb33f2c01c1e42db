import Foundation

/// How events reach every node: each published event is numbered, every node's one feed hears all of them in order,
/// exactly once, and fans them out to its local handlers (widget sockets, the console stream, caches).
///
/// ``InProcessEventBus`` serves one node (SQLite); ``PostgresEventBus`` serves several nodes on one PostgreSQL.
public protocol EventBus: Sendable {
    /// This node's id, the ``BusEvent/origin`` of what it publishes.
    var nodeID: UUID { get }

    /// Publishes `event`: numbered (and on PostgreSQL stored and announced to the other nodes), then delivered to
    /// this node's handlers before it returns. Returns the event with its sequence.
    @discardableResult
    func publish(_ event: BusEvent) async throws(EventBusError) -> BusEvent

    /// Fixes where this node's feed starts: every event published after this call is delivered, also those that
    /// come before the listener connects. Call it before loading what the caches hold, so no change falls between.
    func startFeed() async throws(EventBusError)

    /// Adds a handler that hears every event from now on, for the life of the bus.
    func addHandler(_ handler: @escaping BusEventHandler)
}

/// Why an event could not be published.
public enum EventBusError: Error, CustomStringConvertible, Sendable {
    /// The event log could not be written (the database is unreachable).
    case logUnavailable(String)

    public var description: String {
        switch self {
        case .logUnavailable(let reason): "The event log could not be written: \(reason)"
        }
    }
}
