import Foundation
import Synchronization

/// A node's one feed: delivers events to its handlers in sequence order and never twice, however often and from
/// wherever (a publish, a notification, a catch-up after a reconnect) the same events are offered.
final class EventFeed: Sendable {
    private let handlers = Mutex<[BusEventHandler]>([])
    /// The last sequence delivered; nil until the feed knows where "now" is.
    private let lastDelivered = Mutex<Int64?>(nil)
    /// One delivery at a time, so handlers hear events in order.
    private let delivery = AsyncLock()

    func addHandler(_ handler: @escaping BusEventHandler) {
        handlers.withLock { $0.append(handler) }
    }

    /// The last sequence delivered, if the feed has started.
    var last: Int64? { lastDelivered.withLock { $0 } }

    /// Starts the feed after `sequence` unless it already started (events up to it are history, not news).
    func start(after sequence: Int64) {
        lastDelivered.withLock { if $0 == nil { $0 = sequence } }
    }

    /// Delivers, in order, the events `read(after:)` returns that are newer than the last one delivered; reads
    /// again until nothing new comes back.
    func catchUp(read: @Sendable (Int64) async throws -> [BusEvent]) async throws {
        try await delivery.withLock {
            while let last = self.last {
                let batch = try await read(last).filter { $0.sequence > last }.sorted { $0.sequence < $1.sequence }
                guard !batch.isEmpty else { return }
                for event in batch { await deliver(event) }
            }
        }
    }

    /// Delivers one event if it is the newest so far (in-process buses number events themselves).
    func deliverInOrder(_ event: BusEvent) async {
        await deliver(event)
    }

    private func deliver(_ event: BusEvent) async {
        let isNew = lastDelivered.withLock { last in
            guard event.sequence > (last ?? Int64.min) else { return false }
            last = event.sequence
            return true
        }
        guard isNew else { return }
        for handler in handlers.withLock({ $0 }) { await handler(event) }
    }
}
