import ArgumentParser
import Foundation
import HeedActions
import HeedCore
import HeedServer
import Logging

/// `heed eval tools --tasks FILE`: replays each task's ground-truth actions through Heed's tools on a fresh copy
/// of the retail data and checks the results and the stored end state.
struct ToolsEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools", abstract: "Replay tool tasks on fresh copies of the retail data and check the end state.")

    @Option(help: "The tasks file (a JSON list of tasks with user_id, actions and outputs).")
    var tasks: String

    @Option(help: "The folder with users.json, products.json and orders.json (default ../shared/data/tau_bench_retail).")
    var data: String = RetailDemoSeeder.defaultDataFolder

    @Option(name: .customLong("state-out"), help: "Write each task's final users.json and orders.json into DIR/<task index>/.")
    var stateOut: String?

    @Flag(help: "Print {\"passed\",\"total\",\"failures\"} as JSON.")
    var json = false

    func run() async throws {
        let started = Date()
        let (dataset, taskList): (RetailDataset, [ToolTask])
        do {
            dataset = try RetailDataset.load(from: URL(fileURLWithPath: data))
            taskList = try ToolTask.load(from: URL(fileURLWithPath: tasks))
        } catch let error as HeedError {
            throw ValidationError(error.message)
        }
        var logger = Logger(label: "heed.eval")
        logger.logLevel = .warning
        let snapshot = try await RetailSnapshot.make(dataset, logger: logger)
        defer { snapshot.remove() }
        let bar = ProgressBox(TerminalProgress(label: "tasks", total: taskList.count))
        let report = try await ToolEvaluation(snapshot: snapshot, logger: logger)
            .run(taskList, stateFolder: stateOut.map { URL(fileURLWithPath: $0) }) { done, total in
                bar.update(done, detail: "\(done)/\(total)")
            }
        bar.finish()
        if json {
            let data = try HeedJSON.makeEncoder().encode(report)
            print(String(decoding: data, as: UTF8.self))
        } else {
            for failure in report.failures {
                print("FAIL task \(failure.task) (\(failure.userID)):")
                for reason in failure.reasons { print("  \(reason)") }
            }
            let seconds = Date().timeIntervalSince(started)
            print("tasks passed: \(report.passed) / \(report.total) (\(String(format: "%.1f", seconds)) s)")
        }
    }
}
