import Foundation
import Synchronization

/// The bus of a single node (the SQLite engine): events are numbered in memory and handed straight to this node's
/// handlers; nothing is stored, since no other process needs to read them.
public final class InProcessEventBus: EventBus {
    public let nodeID = UUID()
    private let feed = EventFeed()
    private let numbering = AsyncLock()
    private let counter = Counter()

    public init() {
        feed.start(after: 0)
    }

    @discardableResult
    public func publish(_ event: BusEvent) async throws(EventBusError) -> BusEvent {
        var numbered = event
        numbered.origin = nodeID
        do {
            // Numbering and delivery under one lock: handlers hear events in the order they were numbered.
            return try await numbering.withLock {
                numbered.sequence = counter.next()
                await feed.deliverInOrder(numbered)
                return numbered
            }
        } catch {
            throw .logUnavailable("\(error)")
        }
    }

    /// Nothing to do: the feed of a single node starts with the bus.
    public func startFeed() async throws(EventBusError) {}

    public func addHandler(_ handler: @escaping BusEventHandler) {
        feed.addHandler(handler)
    }
}

/// A thread-safe increasing number.
private final class Counter: Sendable {
    private let value = Mutex<Int64>(0)

    func next() -> Int64 {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}
