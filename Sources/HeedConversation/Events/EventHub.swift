import Foundation

/// Fans events out to every live subscriber of a workspace (agents' streams, the customer widget). Slow
/// subscribers lose the oldest buffered events rather than slowing the pipeline down.
public actor EventHub<Event: Sendable> {
    private var subscribers: [UUID: [UUID: AsyncStream<Event>.Continuation]] = [:]
    private let bufferSize: Int

    public init(bufferSize: Int = 256) {
        self.bufferSize = bufferSize
    }

    /// A stream of the events published for `topic` from now on; it ends when the consumer stops iterating.
    public func subscribe(_ topic: UUID) -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        let id = UUID()
        subscribers[topic, default: [:]][id] = continuation
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.remove(topic, id) }
        }
        return stream
    }

    /// Delivers `event` to every subscriber of `topic`.
    public func publish(_ event: Event, to topic: UUID) {
        for continuation in subscribers[topic]?.values ?? [:].values {
            continuation.yield(event)
        }
    }

    /// The number of live subscribers of every topic.
    public var subscriberTotal: Int { subscribers.values.reduce(0) { $0 + $1.count } }

    /// The number of live subscribers of `topic`.
    public func subscriberCount(_ topic: UUID) -> Int {
        subscribers[topic]?.count ?? 0
    }

    private func remove(_ topic: UUID, _ id: UUID) {
        subscribers[topic]?[id] = nil
        if subscribers[topic]?.isEmpty == true { subscribers[topic] = nil }
    }
}
