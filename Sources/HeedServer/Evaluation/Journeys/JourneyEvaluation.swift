import AsyncHTTPClient
import Foundation
import HeedCore
import Logging

/// Runs a ``JourneySet`` against a Heed server started in this process on a fresh copy of the set's company (the
/// bundled demo, or the set's folder seeded the way the demo is), over the HTTP API, and scores every case.
public struct JourneyEvaluation: Sendable {
    let logger: Logger
    /// Load the pretrained sentence encoder (dense-first retrieval), as `heed serve` does.
    let encoder: Bool

    public init(logger: Logger, encoder: Bool) {
        self.logger = logger
        self.encoder = encoder
    }

    /// Runs every case of `set` (those whose id starts with `only`, when given), `progress` told after each.
    public func run(_ set: JourneySet, only: String? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil)
        async throws -> JourneyReport
    {
        let cases = set.cases.filter { only == nil || $0.id.hasPrefix(only!) }
        let started = ContinuousClock.now
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-journeys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let adminKey = "eval-journeys-admin-key-0001"
        var configuration = AppConfiguration(port: 0, dataDirectory: folder.path, logLevel: .error, demoAdminKey: adminKey)
        configuration.announceDemo = false
        configuration.loadSentenceEncoder = encoder
        configuration.passwordHashCost = 4
        if let company = set.workspaceFolder {
            configuration.companyFolder = company.path
        } else {
            configuration.seedDemo = true
        }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = try await buildApplication(configuration, logger: logger) { port in portContinuation.yield(port) }
        var report = try await withThrowingTaskGroup(of: JourneyReport?.self) { group in
            group.addTask {
                try await app.runService(gracefulShutdownSignals: [])
                return nil
            }
            defer { group.cancelAll() }
            var ports = portStream.makeAsyncIterator()
            guard let port = await ports.next() else { throw AttackEvaluationError.serverDidNotStart }
            let api = EvaluationAPI(client: HTTPClient.shared, base: "http://127.0.0.1:\(port)", key: adminKey)
            if encoder { try await waitForDenseRetrieval(api) }
            let run = JourneyCaseRun(api: api)
            var report = JourneyReport()
            for (index, journey) in cases.enumerated() {
                report.add(try await run.run(journey, number: index))
                progress?(index + 1, cases.count)
            }
            return report
        }
        report.name = set.name
        report.engine = encoder ? "embedded (encoder)" : "embedded (lexical)"
        let elapsed = ContinuousClock.now - started
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report.finish()
        return report
    }

    /// Waits until the server has embedded the passages, so the run measures dense retrieval.
    private func waitForDenseRetrieval(_ api: EvaluationAPI) async throws {
        let deadline = ContinuousClock.now + .seconds(900)
        while ContinuousClock.now < deadline {
            let (_, status) = try await api.call(.GET, "/readyz")
            switch status["retrieval"] as? String {
            case "dense": return
            case "lexical": throw JourneySetError("The encoder did not load: the server retrieves lexically.")
            default: try await Task.sleep(for: .milliseconds(200))
            }
        }
        throw JourneySetError("The passages were not embedded within 15 minutes.")
    }
}
