import ArgumentParser
import Foundation
import HeedAutomation
import HeedCore
import HeedStore
import Logging

/// `heed bench campaigns`: how many customers per second the campaign job evaluates — a warranty reminder and a
/// new-country login message over the synthetic shop of ``CampaignWorkload`` — on the run that sends, and on a
/// run with nothing left to send (the steady state of a job that runs every minute).
struct BenchCampaignsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaigns", abstract: "Benchmark proactive campaigns: customers evaluated per second.")

    @Option(help: "Customers in the synthetic shop.") var customers = 10_000
    @Option(name: .customLong("database-url"), help: "Store to measure on (default: a temporary SQLite file).")
    var databaseURL: String?

    func run() async throws {
        let logger = {
            var logger = Logger(label: "heed.bench.campaigns")
            logger.logLevel = .error
            return logger
        }()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-campaigns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try DatabaseLocation.resolve(databaseURL: databaseURL, dataDirectory: folder.path)
        let workload = CampaignWorkload(customers: customers)
        let morning = workload.start.addingTimeInterval(10 * 3600)
        let engineName = if case .postgres = location { "PostgreSQL" } else { "SQLite" }
        try await StoreOpener.withStore(location, logger: logger) { store in
            try await workload.seed(store)
            let evaluator = CampaignEvaluator(
                store: store, assessor: ChurnRiskAssessor(store: store, clock: SystemWallClock()), logger: logger)
            let (sending, sendingSeconds) = try await Self.timed { try await evaluator.evaluate(workspaceID: workload.workspace.id, now: morning) }
            let (steady, steadySeconds) = try await Self.timed {
                try await evaluator.evaluate(workspaceID: workload.workspace.id, now: morning.addingTimeInterval(60))
            }
            print("campaigns (\(engineName)): \(customers) customers, 2 active campaigns (warranty reminder, new-country login)")
            print(String(format: "  sending run: %.0f customers evaluated/s (%.2f s, %d messages sent)",
                         Double(sending.customersEvaluated) / sendingSeconds, sendingSeconds, sending.sent))
            print(String(format: "  steady run:  %.0f customers evaluated/s (%.2f s, %d messages sent)",
                         Double(steady.customersEvaluated) / steadySeconds, steadySeconds, steady.sent))
        }
    }

    static func timed<T>(_ body: () async throws -> T) async throws -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        let elapsed = clock.now - start
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
