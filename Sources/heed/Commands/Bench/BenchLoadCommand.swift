import ArgumentParser
import AsyncHTTPClient
import Foundation
import HeedCore
import HeedServer
import HummingbirdWSClient
import Logging
import NIOCore
import Synchronization

/// `heed bench load`: many simulated customers chatting with the AI over the widget's WebSocket on loopback, against a
/// Heed server started in this process on a fresh demo workspace (SQLite by default, PostgreSQL with
/// `--database-url`). Prints concurrency held, turns per second, server-side turn latency, errors and memory.
struct BenchLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Simulated customers over WebSocket: concurrency, turns/s, latency, errors.")

    @Option(help: "Simulated customers, each with its own conversation and socket.")
    var customers = 1000

    @Option(help: "Messages each customer sends.")
    var messages = 3

    @Option(name: .customLong("think-ms"), help: "Mean pause between a reply and the customer's next message (±50%).")
    var thinkMilliseconds = 3000

    @Option(name: .customLong("ramp-seconds"), help: "Customers arrive spread over this many seconds.")
    var rampSeconds = 10.0

    @Option(name: .customLong("database-url"), help: "postgres://… to run against PostgreSQL (default: a fresh SQLite file).")
    var databaseURL: String?

    func validate() throws {
        guard customers > 0, messages > 0, thinkMilliseconds >= 0, rampSeconds >= 0 else {
            throw ValidationError("--customers and --messages must be positive; --think-ms and --ramp-seconds not negative.")
        }
    }

    /// The parts of a socket frame the simulated customer looks at.
    struct FrameSummary: Decodable {
        struct Author: Decodable { let author: String? }
        struct Decision: Decodable { let decision: TurnDecision.Kind? }
        let type: String
        let message: Author?
        let reply: Decision?
    }

    /// Figures gathered during the run.
    final class Tally: Sendable {
        private let state = Mutex(State())
        struct State {
            var serverTurns: [Double] = []
            var clientTurns: [Double] = []
            var errors: [String: Int] = [:]
            var open = 0
            var maxOpen = 0
            var handoffs = 0
        }

        func handoff() { state.withLock { $0.handoffs += 1 } }

        func serverTurn(_ duration: Duration) { state.withLock { $0.serverTurns.append(duration.milliseconds) } }
        func clientTurn(_ duration: Duration) { state.withLock { $0.clientTurns.append(duration.milliseconds) } }
        func error(_ kind: String) { state.withLock { $0.errors[kind, default: 0] += 1 } }
        func opened() { state.withLock { $0.open += 1; $0.maxOpen = max($0.maxOpen, $0.open) } }
        func closed() { state.withLock { $0.open -= 1 } }
        var snapshot: State { state.withLock { $0 } }
    }

    func run() async throws {
        var logger = Logger(label: "heed.bench")
        logger.logLevel = .error
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tally = Tally()
        let adminKey = "bench-admin-key-000001"
        var configuration = AppConfiguration(
            port: 0, dataDirectory: folder.path, databaseURL: databaseURL, logLevel: .error, seedDemo: true,
            demoAdminKey: adminKey)
        configuration.announceDemo = false
        configuration.turnObserver = { tally.serverTurn($0) }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = try await buildApplication(configuration, logger: logger) { port in portContinuation.yield(port) }
        print("Heed load benchmark: \(customers) customers × \(messages) messages, think \(thinkMilliseconds) ms, "
            + "store \(databaseURL == nil ? "SQLite" : "PostgreSQL"), server and clients in this process on loopback")
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var ports = portStream.makeAsyncIterator()
            guard let port = await ports.next() else { throw ValidationError("The server did not start.") }
            let load = ContinuousClock.now
            try await simulate(port: port, tally: tally, logger: logger)
            let elapsed = ContinuousClock.now - load
            report(tally.snapshot, elapsed: elapsed, startup: load - started)
            group.cancelAll()
        }
    }

    private func simulate(port: Int, tally: Tally, logger: Logger) async throws {
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<customers {
                let delay = customers > 1 ? rampSeconds * Double(index) / Double(customers - 1) : 0
                group.addTask {
                    try? await Task.sleep(for: .seconds(delay))
                    await withDeadline(seconds: deadlineSeconds, tally: tally) {
                        await customer(index, port: port, tally: tally, logger: logger)
                    }
                }
            }
        }
    }

    /// Longest a customer's whole chat may take before it counts as an error.
    var deadlineSeconds: Double { 60 + Double(messages) * Double(thinkMilliseconds) * 1.5 / 1000 }

    private func withDeadline(seconds: Double, tally: Tally, _ body: @escaping @Sendable () async -> Void) async {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await body()
                return true
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return false
            }
            if await group.next() == false { tally.error("timeout") }
            group.cancelAll()
        }
    }

    /// A widget session for simulated visitor `index`; nil when the server refuses it.
    private func openSession(_ index: Int, port: Int) async throws -> String? {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/widget/sessions")
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        let visitor = String(format: "bench-visitor-%08d", index)
        request.body = .bytes(ByteBuffer(string: #"{"workspace_key":"pk_demo_voltra","visitor_id":"\#(visitor)"}"#))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .created else { return nil }
        return try HeedJSON.makeDecoder().decode(JSONValue.self, from: Data(buffer: body))["token"]?.stringValue
    }

    private func customer(_ index: Int, port: Int, tally: Tally, logger: Logger) async {
        let questions = [
            "How long does delivery take?", "How do I return my headphones?", "I was charged twice for my order",
            "How do I reset my password?", "Bao lâu thì tôi nhận được hàng?", "My phone won't charge",
        ]
        do {
            guard let token = try await openSession(index, port: port) else {
                tally.error("session")
                return
            }
            try await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(port)/api/v1/widget/ws?token=\(token)", logger: logger
            ) { inbound, outbound, _ in
                tally.opened()
                defer { tally.closed() }
                // One task keeps reading the socket, also while the customer "thinks": that is what answers the
                // server's keep-alive pings (a socket nobody reads looks dead and is closed).
                let (texts, sink) = AsyncStream<String>.makeStream()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await frame in inbound.messages(maxSize: 1 << 20) {
                            if case .text(let text) = frame { sink.yield(text) }
                        }
                        sink.finish()
                    }
                    var frames = texts.makeAsyncIterator()
                    for turn in 0..<messages {
                        let question = questions[(index + turn) % questions.count]
                        let sent = ContinuousClock.now
                        try await outbound.write(.text(#"{"type":"message","body":"\#(question)","client_message_id":"m\#(turn)"}"#))
                        var decision: TurnDecision.Kind?
                        while let text = await frames.next() {
                            let seen = try JSONDecoder().decode(FrameSummary.self, from: Data(text.utf8))
                            if seen.type == "error" { tally.error("turn"); break }
                            if seen.type == "message", seen.message?.author == "ai" {
                                decision = seen.reply?.decision ?? .answer
                                break
                            }
                        }
                        guard let decision else { tally.error("no reply"); break }
                        tally.clientTurn(ContinuousClock.now - sent)
                        // A human answers a handed-off conversation, not the AI: this customer's chat with the AI is over.
                        if decision == .handoff { tally.handoff(); break }
                        if turn + 1 < messages {
                            let pause = Double(thinkMilliseconds) * Double.random(in: 0.5...1.5)
                            try await Task.sleep(for: .milliseconds(pause))
                        }
                    }
                    try await outbound.close(.normalClosure, reason: nil)
                    group.cancelAll()
                }
            }
        } catch {
            tally.error(String(describing: type(of: error)))
        }
    }

    private func report(_ state: Tally.State, elapsed: Duration, startup: Duration) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let errors = state.errors.values.reduce(0, +)
        func line(_ label: String, _ value: String) { print("  \(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(value)") }
        line("server start", String(format: "%.0f ms (migrations, demo data, knowledge index)", startup.milliseconds))
        line("concurrent conversations held", "\(state.maxOpen) sockets")
        line("turns completed", "\(state.serverTurns.count) in \(String(format: "%.1f", seconds)) s")
        line("turns/s", String(format: "%.1f", Double(state.serverTurns.count) / max(seconds, 0.001)))
        line("server turn latency p50 / p99", String(format: "%.2f / %.2f ms", percentile(state.serverTurns, 0.5), percentile(state.serverTurns, 0.99)))
        line("client round trip p50 / p99", String(format: "%.2f / %.2f ms", percentile(state.clientTurns, 0.5), percentile(state.clientTurns, 0.99)))
        line("hand-offs (chat ends there)", "\(state.handoffs)")
        line("errors", errors == 0 ? "0" : "\(errors) \(state.errors)")
        line("peak memory (VmHWM, whole process)", peakMemory())
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * p).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    private func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return "unknown" }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
