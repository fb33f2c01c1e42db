import ArgumentParser
import Foundation
import HeedCore
import HeedServer
import Logging

/// `heed eval orders`: the scripted order journeys (status, cancel, return, address change, verification, attacks)
/// in en, vi, ms, id and lv, run by the embedded order dialogue on fresh copies of the demo shop.
struct OrderJourneysEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "Run the scripted order journeys on the demo: resolved, writes without a yes, other customers' data.")

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let started = Date()
        var logger = Logger(label: "heed.eval")
        logger.logLevel = .warning
        let report = try await OrderJourneyEvaluation(logger: logger).run()
        if json {
            print(String(decoding: try HeedJSON.makeEncoder().encode(report), as: UTF8.self))
            return
        }
        for failure in report.failures { print("FAIL \(failure)") }
        for (language, counts) in report.byLanguage.sorted(by: { $0.key < $1.key }) {
            print("  \(language): \(counts[0]) / \(counts[1])")
        }
        print("journeys resolved: \(report.resolved) / \(report.total) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
        print("writes without an explicit yes: \(report.writesWithoutYes)")
        print("actions on other customers' data: \(report.otherCustomersActions)")
    }
}
