import HummingbirdCore
import Logging
import NIOCore

/// A server child channel that puts a ``RequestHeadGuard`` in front of another one's pipeline (Heed's HTTP/1 with
/// WebSocket upgrade), so every connection gets the head size and time limits before HTTP parsing starts.
struct GuardedHTTPChannel<Base: ServerChildChannel>: ServerChildChannel {
    typealias Value = Base.Value
    let base: Base
    let limits: RequestHeadGuard.Limits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(RequestHeadGuard(limits: limits), position: .first)
        }.flatMap { base.setup(channel: channel, logger: logger) }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}
