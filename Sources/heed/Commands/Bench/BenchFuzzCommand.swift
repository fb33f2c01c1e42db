import ArgumentParser
import Foundation
import HeedKnowledge
import HeedLanguage
import HeedServer

/// `heed bench fuzz`: feeds every parser Heed owns — knowledge importers, the message scanners, the API's request
/// bodies and the widget's frames — with malformed variations of valid inputs for a while, round robin, and prints
/// how many inputs each took and how fast. A parser that traps ends the run with a crash (and the seed to replay).
struct BenchFuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz", abstract: "Fuzz every parser Heed owns for a while; print inputs per parser (crashes end the run).")

    @Option(help: "How long to fuzz, in seconds.")
    var seconds = 60.0

    @Option(help: "Random seed (print it with a crash to replay).")
    var seed: UInt64 = 0x4845_4544

    @Option(help: "Only the targets whose name contains this text.")
    var only: String?

    func run() throws {
        let targets = (ParserFuzzTargets.all + RequestFuzzTargets.all).filter { only.map($0.name.contains) ?? true }
        guard !targets.isEmpty else { throw ValidationError("No fuzz target matches '\(only ?? "")'.") }
        print("Heed fuzzing: \(targets.count) parsers, \(Int(seconds)) s, seed \(seed) (no peer: crashes must be 0)")
        var counts = [Int](repeating: 0, count: targets.count)
        var spent = [TimeInterval](repeating: 0, count: targets.count)
        let started = Date()
        var round: UInt64 = 0
        var lastReport = started
        while Date().timeIntervalSince(started) < seconds {
            for (index, target) in targets.enumerated() {
                let start = Date()
                target.fuzz(count: 200, seed: seed &+ round &* 1_000_003 &+ UInt64(index))
                spent[index] += Date().timeIntervalSince(start)
                counts[index] += 200
            }
            round += 1
            if Date().timeIntervalSince(lastReport) >= 10 {
                lastReport = Date()
                print(String(format: "  … %.0f s, %d inputs", lastReport.timeIntervalSince(started), counts.reduce(0, +)))
            }
        }
        let elapsed = Date().timeIntervalSince(started)
        for (index, target) in targets.enumerated() {
            let rate = Int(Double(counts[index]) / max(spent[index], 0.001))
            print("  \(target.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(counts[index]) inputs  \(rate) inputs/s")
        }
        print("  total            \(counts.reduce(0, +)) inputs in \(String(format: "%.1f", elapsed)) s, crashes 0")
    }
}
