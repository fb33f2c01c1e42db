import ArgumentParser
import Foundation
import HeedKnowledge

/// `heed bench kb`: retrieval latency at 1k/10k/100k passages generated from the shared text files, index build
/// time and peak memory, then the StackFAQ evaluation next to the `rank_bm25` PyPI package run on the same data.
struct BenchKnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kb", abstract: "Benchmark knowledge retrieval (and rank_bm25 on StackFAQ).")

    @Option(help: "The shared data folder.")
    var data = "../shared/data"

    @Option(help: "Passage counts to measure, comma-separated.")
    var sizes = "1000,10000,100000"

    @Option(help: "Number of timed queries per size.")
    var queries = 1_000

    @Option(help: "Python with rank_bm25 (default: .venv-bench/bin/python, created by Benchmarks/kb/setup-peer.sh).")
    var peerPython = ".venv-bench/bin/python"

    @Flag(help: "Skip the rank_bm25 peer.")
    var noPeer = false

    @Flag(help: "Print the figures as JSON.")
    var json = false

    /// Indexes `documents` and times `queries` on them: build time, latency and CPU percentiles, memory.
    func measure(documents: [KnowledgeDocument], queries: [KnowledgeQuery]) -> (KnowledgeIndex, [String: Any]) {
        let progress = TerminalProgress(label: "indexing \(documents.count)", total: documents.count)
        let started = ContinuousClock.now
        var index = KnowledgeIndex()
        for (done, document) in documents.enumerated() {
            index.upsert(document)
            if done % 1_000 == 0 { progress.update(done) }
        }
        let buildSeconds = (ContinuousClock.now - started) / .seconds(1)
        progress.finish()
        for query in queries.prefix(100) { _ = index.search(query) }  // warm-up
        var latencies: [Double] = []
        var cpuTimes: [Double] = []
        var found = 0
        for query in queries {
            let cpuBegin = Self.threadCPUMicroseconds()
            let begin = ContinuousClock.now
            let hits = index.search(query)
            latencies.append((ContinuousClock.now - begin) / .nanoseconds(1) / 1_000)
            cpuTimes.append(Self.threadCPUMicroseconds() - cpuBegin)
            if !hits.isEmpty { found += 1 }
        }
        return (index, [
            "passages": index.passageCount, "documents": documents.count, "build_s": buildSeconds,
            "p50_us": FAQEvaluation.percentile(latencies, 0.5), "p99_us": FAQEvaluation.percentile(latencies, 0.99),
            "mean_us": latencies.reduce(0, +) / Double(max(latencies.count, 1)), "queries": latencies.count,
            "cpu_p50_us": FAQEvaluation.percentile(cpuTimes, 0.5), "cpu_p99_us": FAQEvaluation.percentile(cpuTimes, 0.99),
            "queries_with_results": found, "vm_hwm_mb": Self.memory("VmHWM"), "vm_rss_mb": Self.memory("VmRSS"),
        ])
    }

    /// Restart cost: save the snapshot, load it back (postings are rebuilt from the stored passages).
    func measureSnapshot(of index: KnowledgeIndex) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-kb-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = KnowledgeIndexSnapshot(directory: folder)
        let saveStarted = ContinuousClock.now
        try snapshot.save(index)
        let saveSeconds = (ContinuousClock.now - saveStarted) / .seconds(1)
        let loadStarted = ContinuousClock.now
        let loaded = try snapshot.load()
        let loadSeconds = (ContinuousClock.now - loadStarted) / .seconds(1)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: snapshot.fileURL.path)[.size] as? Int) ?? 0
        if !json {
            print(String(format: "         snapshot: save %.2f s, load %.2f s (%d passages), %.1f MB", saveSeconds, loadSeconds, loaded.passageCount, Double(bytes) / 1_048_576))
        }
        return ["snapshot_save_s": saveSeconds, "snapshot_load_s": loadSeconds, "snapshot_mb": Double(bytes) / 1_048_576]
    }

    func run() async throws {
        let corpus = try BenchCorpus(dataFolder: data)
        let passageCounts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let largest = passageCounts.max() ?? 0
        let documents = corpus.documents(count: largest, seed: 7)
        let benchQueries = corpus.queries(count: queries, from: Array(documents.prefix(passageCounts.min() ?? 0)), seed: 11)
        var scale: [[String: Any]] = []
        for count in passageCounts {
            let (index, row) = measure(documents: Array(documents.prefix(count)), queries: benchQueries)
            var row2 = row
            if count == largest { row2.merge(try measureSnapshot(of: index)) { $1 } }
            scale.append(row2)
            if !json {
                print(String(
                    format: "%7d passages: build %.2f s, p50 %.0f µs, p99 %.0f µs, mean %.0f µs (thread CPU p50 %.0f µs, p99 %.0f µs), peak memory (VmHWM) %.0f MB",
                    row["passages"] as! Int, row["build_s"] as! Double, row["p50_us"] as! Double, row["p99_us"] as! Double,
                    row["mean_us"] as! Double, row["cpu_p50_us"] as! Double, row["cpu_p99_us"] as! Double, row["vm_hwm_mb"] as! Double))
            }
        }
        let stackFAQ = try stackFAQComparison()
        if json {
            try printJSON(["scale": scale, "stackfaq": stackFAQ])
        }
    }

    /// Heed and rank_bm25 on StackFAQ dev (learned questions from train), with ratios.
    private func stackFAQComparison() throws -> [String: Any] {
        let folder = (data as NSString).appendingPathComponent("stackfaq")
        let faq = (folder as NSString).appendingPathComponent("faq.jsonl")
        let dev = (folder as NSString).appendingPathComponent("queries_dev.jsonl")
        let train = (folder as NSString).appendingPathComponent("queries_train.jsonl")
        let (index, build) = try FAQEvaluation.buildIndex(faqPath: faq, learned: FAQEvaluation.readQueries(train))
        let heed = FAQEvaluation.evaluate(index: index, queries: try FAQEvaluation.readQueries(dev), buildMilliseconds: build)
        var result: [String: Any] = ["heed": heed.json]
        if !json {
            print(String(
                format: "StackFAQ dev, heed:      n=%d recall@1=%.3f recall@5=%.3f mrr=%.3f p50=%.0f µs p99=%.0f µs",
                heed.count, heed.recallAt1, heed.recallAt5, heed.meanReciprocalRank, heed.p50Microseconds, heed.p99Microseconds))
        }
        guard !noPeer else { return result }
        guard let peer = try runPeer(faq: faq, queries: dev, learned: train) else { return result }
        result["rank_bm25"] = peer
        func number(_ key: String) -> Double { (peer[key] as? Double) ?? (peer[key] as? Int).map(Double.init) ?? .nan }
        let ratios: [String: Double] = [
            "recall@1": heed.recallAt1 / number("recall@1"), "recall@5": heed.recallAt5 / number("recall@5"),
            "mrr": heed.meanReciprocalRank / number("mrr"), "p50_speedup": number("p50_us") / heed.p50Microseconds,
            "p99_speedup": number("p99_us") / heed.p99Microseconds,
        ]
        result["heed_over_rank_bm25"] = ratios
        if !json {
            print(String(
                format: "StackFAQ dev, rank_bm25: n=%d recall@1=%.3f recall@5=%.3f mrr=%.3f p50=%.0f µs p99=%.0f µs",
                Int(number("n")), number("recall@1"), number("recall@5"), number("mrr"), number("p50_us"), number("p99_us")))
            print(String(
                format: "heed / rank_bm25: recall@1 ×%.2f, recall@5 ×%.2f, mrr ×%.2f; latency p50 %.1f× faster, p99 %.1f× faster",
                ratios["recall@1"]!, ratios["recall@5"]!, ratios["mrr"]!, ratios["p50_speedup"]!, ratios["p99_speedup"]!))
        }
        return result
    }

    /// Runs `Benchmarks/kb/bm25_peer.py` (setting up its venv first when missing); `nil` when it cannot run.
    private func runPeer(faq: String, queries: String, learned: String) throws -> [String: Any]? {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: peerPython), fileManager.fileExists(atPath: "Benchmarks/kb/setup-peer.sh") {
            printError("setting up the rank_bm25 peer (Benchmarks/kb/setup-peer.sh)…")
            _ = try Self.run("/bin/sh", ["Benchmarks/kb/setup-peer.sh"])
        }
        guard fileManager.fileExists(atPath: peerPython) else {
            printError("rank_bm25 peer skipped: \(peerPython) not found (run Benchmarks/kb/setup-peer.sh)")
            return nil
        }
        let output = try Self.run(peerPython, ["Benchmarks/kb/bm25_peer.py", "--faq", faq, "--queries", queries, "--learned", learned])
        guard let object = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            printError("rank_bm25 peer printed no JSON")
            return nil
        }
        return object
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// CPU time used by the calling thread, in microseconds (not inflated by other processes' use of the cores).
    static func threadCPUMicroseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    /// A `/proc/self/status` figure in MB.
    static func memory(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") })
        else { return 0 }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
        return kilobytes / 1_024
    }
}
