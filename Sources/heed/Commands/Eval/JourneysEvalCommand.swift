import ArgumentParser
import Foundation
import HeedCore
import HeedLanguage
import HeedServer
import Logging
import Synchronization

/// `heed eval journeys FILE`: runs a journey set (a company and its customers' conversations, see
/// `docs/journeys.md`) against a fresh Heed in this process and prints resolution, wrong answers, hand-off and team
/// correctness, language and latency, per language and kind — for the lexical engine and the encoder side by side.
/// With thresholds, exits with failure when a figure falls below (or, for wrong answers, above) them.
struct JourneysEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeys",
        abstract: "Run a journey set: resolution, wrong answers, hand-offs, teams and language per language and kind.")

    enum Engine: String, ExpressibleByArgument, CaseIterable, Sendable {
        case lexical, encoder
    }

    @Argument(help: "Journey set files (JSON, see docs/journeys.md).")
    var files: [String]

    @Option(help: "Engines to run: lexical, encoder (default: both; encoder only when its weights are fetched).")
    var engine: [Engine] = Engine.allCases

    @Option(help: "Only the cases whose id starts with this.")
    var only: String?

    @Flag(name: .customLong("no-failures"), help: "Do not list the cases that went wrong.")
    var noFailures = false

    @Flag(help: "Print the reports as JSON.")
    var json = false

    @Option(name: .customLong("min-resolution"), help: "Fail when a run's resolution rate is below this (0–1).")
    var minResolution: Double?

    @Option(name: .customLong("max-wrong"), help: "Fail when a run's wrong-answer rate is above this (0–1).")
    var maxWrong: Double?

    @Option(name: .customLong("min-handoff"), help: "Fail when a run's hand-off correctness is below this (0–1).")
    var minHandoff: Double?

    func run() async throws {
        var logger = Logger(label: "heed.eval")
        logger.logLevel = .error
        var engines = engine
        if engines.contains(.encoder), !SentenceEncoderLocation.candidates().contains(where: FileManager.default.fileExists) {
            printError("The encoder's weights are not fetched (./scripts/fetch-models.sh): running the lexical engine only.")
            engines.removeAll { $0 == .encoder }
        }
        var reports: [JourneyReport] = []
        for file in files {
            let set: JourneySet
            do {
                set = try JourneySet.load(URL(fileURLWithPath: file))
            } catch let error as JourneySetError {
                throw ValidationError(error.description)
            }
            for engine in engines {
                let bar = Mutex(TerminalProgress(label: "\(set.name) (\(engine.rawValue))", total: set.cases.count))
                let report = try await JourneyEvaluation(logger: logger, encoder: engine == .encoder)
                    .run(set, only: only) { done, total in bar.withLock { $0.update(done, detail: "\(done)/\(total)") } }
                bar.withLock { $0.finish() }
                if !json { print(report.rendered(showFailures: !noFailures) + "\n") }
                reports.append(report)
            }
        }
        if json { print(String(decoding: try HeedJSON.makeEncoder().encode(reports), as: UTF8.self)) }
        var failed: [String] = []
        for report in reports {
            let figures = report.overall
            if let minResolution, figures.resolutionRate < minResolution {
                failed.append("\(report.name) (\(report.engine)): resolution \(figures.resolutionRate) < \(minResolution)")
            }
            if let maxWrong, figures.wrongRate > maxWrong {
                failed.append("\(report.name) (\(report.engine)): wrong answers \(figures.wrongRate) > \(maxWrong)")
            }
            if let minHandoff, figures.handoffCorrectness < minHandoff {
                failed.append("\(report.name) (\(report.engine)): hand-off correctness \(figures.handoffCorrectness) < \(minHandoff)")
            }
        }
        for line in failed { printError("Below the gate: \(line)") }
        if !failed.isEmpty { throw ExitCode.failure }
    }
}
