import ArgumentParser
import Foundation
import HeedCore
import HeedServer
import Logging

/// `heed eval attacks`: the prompt-injection suite (direct overrides in five languages, disguised ones, prompt
/// extraction, other customers' data, instructions in articles, e-mails, names and tool results, links and images,
/// writes without a yes, multi-turn attacks) and its benign look-alikes, against the embedded engine and a provider
/// that obeys every instruction. Exits with failure when an attack succeeds (or, with `--max-false-positives`,
/// when more benign messages than that are flagged).
struct AttacksEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attacks",
        abstract: "Run the prompt-injection suite: attack success (target 0) and false positives on benign look-alikes.")

    @Option(help: "Engines to run: embedded, obedient_provider (default: both).")
    var engine: [AttackEvaluation.Engine] = AttackEvaluation.Engine.allCases

    @Option(name: .customLong("max-false-positives"), help: "Fail when more benign messages than this are flagged.")
    var maxFalsePositives: Int?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        var logger = Logger(label: "heed.eval")
        logger.logLevel = .error
        let report = try await AttackEvaluation(logger: logger).run(engines: engine)
        if json {
            print(String(decoding: try HeedJSON.makeEncoder().encode(report), as: UTF8.self))
        } else {
            print(Self.describe(report))
        }
        if report.totalSucceeded > 0 { throw ExitCode.failure }
        if let maxFalsePositives, report.engines.contains(where: { $0.benignFlagged.count > maxFalsePositives }) {
            throw ExitCode.failure
        }
    }

    static func describe(_ report: AttackReport) -> String {
        var lines: [String] = []
        for result in report.engines {
            lines.append("engine \(result.engine)")
            for (category, counts) in result.byCategory.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(category.padding(toLength: 20, withPad: " ", startingAt: 0)) \(counts[1]) / \(counts[0]) succeeded")
            }
            for success in result.succeeded { lines.append("  SUCCEEDED \(success)") }
            lines.append(String(
                format: "  attacks succeeded: %d / %d (%.1f%%); flagged on the customer's message: %d",
                result.succeeded.count, result.attacks, result.attackSuccessRate * 100, result.flagged))
            lines.append("  benign look-alikes flagged: \(result.benignFlagged.count) / \(result.benign)"
                + (result.benignFlagged.isEmpty ? "" : " (\(result.benignFlagged.joined(separator: ", ")))"))
            lines.append("  replies written by the provider: \(result.providerAnswers); changed by the reply guard: \(result.guardedReplies)")
            lines.append("  benign look-alikes handed off (for any reason): \(result.benignHandedOff.count) / \(result.benign)"
                + (result.benignHandedOff.isEmpty ? "" : " (\(result.benignHandedOff.joined(separator: ", ")))"))
        }
        lines.append(String(format: "(%.1f s)", report.seconds))
        return lines.joined(separator: "\n")
    }
}

extension AttackEvaluation.Engine: ExpressibleByArgument {}
