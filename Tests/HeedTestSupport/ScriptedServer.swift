import Foundation
import Hummingbird
import Logging

/// Runs a test's scripted HTTP server on 127.0.0.1 (ephemeral port) for the duration of a body.
public enum ScriptedServer {
    /// Serves `router` while `body` runs, passing it the port.
    public static func serve(_ router: Router<BasicRequestContext>, _ body: @Sendable (Int) async throws -> Void)
        async throws
    {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "scripted-server")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            do {
                try await body(port)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }
}
