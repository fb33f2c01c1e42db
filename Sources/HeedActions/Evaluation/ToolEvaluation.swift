import Foundation
import HeedCore
import HeedStore
import Logging

/// A failed task of a tool evaluation.
public struct ToolTaskFailure: Sendable, Hashable, Codable {
    /// The task's position in the file, from 0.
    public var task: Int
    public var userID: String
    public var reasons: [String]

    enum CodingKeys: String, CodingKey {
        case task, reasons
        case userID = "user_id"
    }
}

/// The figures of a tool evaluation: `{"passed","total","failures":[…]}`.
public struct ToolEvaluationReport: Sendable, Hashable, Codable {
    public var passed: Int
    public var total: Int
    public var failures: [ToolTaskFailure]
}

/// Replays every task on its own fresh copy of a retail data set and reports which passed.
public struct ToolEvaluation: Sendable {
    let snapshot: RetailSnapshot
    let logger: Logger

    public init(snapshot: RetailSnapshot, logger: Logger) {
        self.snapshot = snapshot
        self.logger = logger
    }

    /// Runs `tasks`; with `stateFolder`, writes each task's final `users.json` and `orders.json` into
    /// `stateFolder/<task index>/`. `progress(done, total)` is told after each task.
    public func run(
        _ tasks: [ToolTask], stateFolder: URL? = nil, progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> ToolEvaluationReport {
        var failures: [ToolTaskFailure] = []
        for (index, task) in tasks.enumerated() {
            let logger = self.logger
            let result = try await snapshot.withFreshCopy { store, workspaceID in
                let result = try await ToolTaskReplayer(store: store, workspaceID: workspaceID, logger: logger)
                    .replay(task)
                if let stateFolder {
                    let state = try await store.read { try await RetailStateExporter.export(workspaceID: workspaceID, from: $0) }
                    try state.write(to: stateFolder.appendingPathComponent("\(index)"))
                }
                return result
            }
            if !result.passed {
                failures.append(ToolTaskFailure(task: index, userID: task.userID, reasons: result.failures))
            }
            progress(index + 1, tasks.count)
        }
        return ToolEvaluationReport(passed: tasks.count - failures.count, total: tasks.count, failures: failures)
    }
}
