import ArgumentParser
import Foundation
import HeedCore
import HeedInsights
import HeedStore
import Logging

/// `heed bench reports`: generated histories (100,000 conversations, about a million reporting events, over eight
/// weeks by default) written to a fresh workspace of a fresh SQLite file or of `--database-url`, then each report
/// timed: its first run (which derives the stored facts of the period's conversations from their events) and
/// `--runs` runs after it, p50 and p99 in milliseconds.
struct BenchReportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Seed conversations' reporting events, time every report (p50, p99).")

    @Option(help: "Conversations to generate.") var conversations = 100_000
    @Option(help: "Days the conversations are spread over, ending now.") var days = 56
    @Option(help: "Timed runs of each report (after its first run, timed apart).") var runs = 30
    @Option(name: .customLong("database-url"), help: "postgres://… to run against PostgreSQL (default: a fresh SQLite file). Use a scratch database: the bench workspace stays in it.")
    var databaseURL: String?

    func validate() throws {
        guard conversations > 0, days > 7, runs > 0 else {
            throw ValidationError("--conversations and --runs must be positive, --days more than 7.")
        }
    }

    func run() async throws {
        var logger = Logger(label: "heed.bench")
        logger.logLevel = .error
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try DatabaseLocation.resolve(databaseURL: databaseURL, dataDirectory: folder.path)
        try await StoreOpener.withStore(location, logger: logger) { store in
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let clock = ContinuousClock()
            let started = clock.now
            let (workspaceID, events) = try await seed(store, now: now)
            let seedSeconds = (clock.now - started).milliseconds / 1_000
            print(String(format: "engine: %@; seeded %d conversations, %d reporting events over %d days in %.1f s",
                         "\(location)".hasPrefix("postgres") ? "PostgreSQL" : "SQLite", conversations, events, days,
                         seedSeconds))
            let reports = Reports(store: store, clock: FixedWallClock(instant: now))
            let week = ReportPeriod(start: now.addingTimeInterval(-7 * 86_400), end: now)
            let readOnly: (String, @Sendable () async throws -> Void) = ("(of which: reading 7 days of facts rows)", {
                _ = try await store.read { try await $0.reportFacts(workspaceID: workspaceID, createdFrom: week.start, to: week.end) }
            })
            print("first = the first run after seeding, which derives the period's facts from the events")
            for (name, report) in timedReports(reports, workspaceID: workspaceID, now: now) + [readOnly] {
                var timings: [Double] = []
                var first = 0.0
                for run in 0...runs {
                    let begin = clock.now
                    try await report()
                    if run > 0 { timings.append((clock.now - begin).milliseconds) } else { first = (clock.now - begin).milliseconds }
                }
                timings.sort()
                print(String(format: "%-44@ first %8.1f ms   p50 %7.1f ms   p99 %7.1f ms", name as NSString, first,
                             Self.percentile(timings, 0.5), Self.percentile(timings, 0.99)))
            }
        }
    }

    /// A workspace with three teams and eight agents, and the generated events, 2,000 conversations a transaction.
    private func seed(_ store: any SupportStore, now: Date) async throws -> (UUID, Int) {
        let workspace = Workspace(name: "Bench reports", publicKey: "pk_bench_\(UUID().uuidString)", createdAt: now)
        try await store.write { try await $0.insert(workspace) }
        let history = SyntheticHistory(
            workspaceID: workspace.id, teamIDs: (0..<3).map { _ in UUID() }, agentIDs: (0..<8).map { _ in UUID() },
            intents: ["order_status", "refund", "delivery", "billing", "returns", "warranty", "account", "payment"])
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        let perChunk = 2_000
        var written = 0
        for chunk in 0..<((conversations + perChunk - 1) / perChunk) {
            let events = history.events(
                count: min(perChunk, conversations - chunk * perChunk), from: start, to: now, seed: 16 + UInt64(chunk))
            try await store.write { try await $0.insert(reportEvents: events) }
            written += events.count
        }
        return (workspace.id, written)
    }

    /// Every report the API serves, on the last 7 days (the summary also on the last 28).
    private func timedReports(_ reports: Reports, workspaceID: UUID, now: Date)
        -> [(String, @Sendable () async throws -> Void)]
    {
        let week = ReportPeriod(start: now.addingTimeInterval(-7 * 86_400), end: now)
        let month = ReportPeriod(start: now.addingTimeInterval(-28 * 86_400), end: now)
        return [
            ("summary, 7 days (+ previous 7)", { _ = try await reports.summary(workspaceID: workspaceID, period: week) }),
            ("breakdown by team, 7 days (+ previous 7)", {
                _ = try await reports.breakdown(workspaceID: workspaceID, period: week, by: .team)
            }),
            ("breakdown by intent, 7 days (+ previous 7)", {
                _ = try await reports.breakdown(workspaceID: workspaceID, period: week, by: .intent)
            }),
            ("timeseries csat by day, 7 days", {
                _ = try await reports.timeSeries(workspaceID: workspaceID, period: week, metric: .csat, interval: .day)
            }),
            ("CSV export, 7 days", { _ = try await reports.export(workspaceID: workspaceID, period: week) }),
            ("summary, 28 days (+ previous 28)", { _ = try await reports.summary(workspaceID: workspaceID, period: month) }),
        ]
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded(.up)))]
    }
}

/// A clock stopped at the end of the generated history.
private struct FixedWallClock: WallClock {
    let instant: Date
    func now() -> Date { instant }
}
