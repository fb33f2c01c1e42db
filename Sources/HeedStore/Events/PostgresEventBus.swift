import Foundation
import HeedCore
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// The bus of several nodes on one PostgreSQL: events are stored in the event log, announced with `NOTIFY`
/// (payload: the sequence only), and each node's feed reads the rows after the last one it delivered.
///
/// ``run()`` keeps one dedicated connection `LISTEN`ing. When it drops, the bus reconnects and catches up by
/// sequence: no event is lost, none is delivered twice. A node publishing delivers to its own handlers at once.
public final class PostgresEventBus: EventBus, Service {
    public let nodeID = UUID()
    private let engine: PostgresEngine
    private let log: EventLog
    private let feed = EventFeed()
    private let logger: Logger
    private let listener = Mutex<Int32?>(nil)
    private let retryDelay: Duration
    private let startGate: StartGate?
    /// How long events stay in the log; every ``pruneEvery``th event removes older ones.
    static let retention: TimeInterval = 24 * 60 * 60
    static let pruneEvery: Int64 = 1_000

    /// A bus over `engine`'s database that starts listening once `startGate` opens (after the migrations);
    /// `retryDelay` is the pause before reconnecting a dropped listener.
    public init(
        engine: PostgresEngine, logger: Logger, startGate: StartGate? = nil, retryDelay: Duration = .milliseconds(250)
    ) {
        self.engine = engine
        self.log = EventLog(engine: engine)
        self.logger = logger
        self.startGate = startGate
        self.retryDelay = retryDelay
    }

    /// The server process id of the listening connection while it is connected (tests drop it on purpose).
    public var listenerProcessID: Int32? { listener.withLock { $0 } }

    @discardableResult
    public func publish(_ event: BusEvent) async throws(EventBusError) -> BusEvent {
        var stored = event
        stored.origin = nodeID
        do {
            stored.sequence = try await log.append(stored)
        } catch let error as EventBusError {
            throw error
        } catch {
            throw .logUnavailable(String(describing: type(of: error)))
        }
        // A node that has not listened yet starts its feed just before its first own event.
        feed.start(after: stored.sequence - 1)
        do {
            try await feed.catchUp(read: log.events(after:))
        } catch {
            // The event is stored: the listener delivers it when it reads the log again. Not thrown, or the caller
            // would deliver it a second time.
            logger.warning("Event stored but not yet delivered here", metadata: ["event.sequence": "\(stored.sequence)"])
        }
        if stored.sequence % Self.pruneEvery == 0 {
            // Housekeeping: the event is out either way.
            try? await log.prune(before: stored.createdAt.addingTimeInterval(-Self.retention))
        }
        return stored
    }

    public func startFeed() async throws(EventBusError) {
        do {
            feed.start(after: try await log.latestSequence())
        } catch {
            throw .logUnavailable(String(describing: type(of: error)))
        }
    }

    public func addHandler(_ handler: @escaping BusEventHandler) {
        feed.addHandler(handler)
    }

    /// Listens until cancelled, reconnecting after each drop.
    public func run() async throws {
        if let startGate {
            try? await cancelWhenGracefulShutdown { await startGate.wait() }
        }
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await listenOnce()
            } catch {
                if Task.isCancelled || Task.isShuttingDownGracefully { break }
                logger.warning("Event bus listener dropped; reconnecting", metadata: ["error.type": "\(type(of: error))"])
            }
            listener.withLock { $0 = nil }
            try? await Task.sleep(for: retryDelay)
        }
    }

    /// One connection's life: LISTEN, catch up on what was missed, then read on every notification.
    private func listenOnce() async throws {
        try await cancelWhenGracefulShutdown {
            try await self.engine.withDedicatedConnection { connection in
                let rows = try await connection.query(
                    "SELECT pg_backend_pid() AS pid, 'heed_events_' || current_schema() AS channel", logger: self.logger)
                var identity: (Int32, String)?
                for try await (pid, channel) in rows.decode((Int32, String).self) { identity = (pid, channel) }
                guard let (pid, channel) = identity else { return }
                try await connection.listen(on: channel) { notifications in
                    self.feed.start(after: try await self.log.latestSequence())
                    try await self.feed.catchUp(read: self.log.events(after:))
                    // Listening and caught up: from here on no event is missed.
                    self.listener.withLock { $0 = pid }
                    for try await _ in notifications {
                        try await self.feed.catchUp(read: self.log.events(after:))
                    }
                }
            }
        }
    }
}
