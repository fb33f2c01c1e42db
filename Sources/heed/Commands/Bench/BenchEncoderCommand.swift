import ArgumentParser
import Foundation
import HeedLanguage

/// `heed bench encoder`: load time, memory and throughput of the pretrained sentence encoder (multilingual-e5-small,
/// plain Swift), one sentence at a time and in batches, on StackFAQ's dev queries.
struct BenchEncoderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encoder", abstract: "Benchmark the sentence encoder: load time, memory, sentences per second.")

    @Option(name: .customLong("data-root"), help: "Folder holding the data sets (uses stackfaq/queries_dev.jsonl).")
    var dataRoot = "../shared/data"
    @Option(help: "Sentences to encode.") var sentences = 64
    @Option(name: .customLong("batch-size"), help: "Sentences per batch in the batched run.") var batchSize = 32
    @Option(help: "Threads one forward pass may use.") var threads = 1

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
    }

    /// The first `count` dev queries of StackFAQ (repeated if there are fewer).
    static func sentences(dataRoot: String, count: Int) throws -> [String] {
        let path = (dataRoot as NSString).appendingPathComponent("stackfaq/queries_dev.jsonl")
        let queries = try FAQEvaluation.readQueries(path).map(\.text)
        guard !queries.isEmpty else { throw KnowledgeCommandError(message: "\(path) has no queries") }
        return (0..<max(count, 1)).map { queries[$0 % queries.count] }
    }
}
