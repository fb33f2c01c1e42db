import ArgumentParser
import Foundation
import HeedLanguage

/// `heed bench nlu`: trains and measures Heed's text classifier, runs the scikit-learn TF-IDF + logistic
/// regression peer on the same data in the same run, and prints both with their ratios.
struct BenchNLUCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nlu",
        abstract: "Benchmark the text classifier against a scikit-learn TF-IDF + LogisticRegression peer.")

    @Option(name: .long, help: "Data set folder name under --data-root (uses its train.csv and dev.csv).")
    var dataset = "banking77"
    @Option(name: .customLong("data-root"), help: "Folder holding the data sets (relative to the current directory).")
    var dataRoot = "../shared/data"
    @Option(name: .long, help: "Training CSV (overrides --dataset).") var train: String?
    @Option(name: .long, help: "Dev CSV (overrides --dataset).") var dev: String?
    @Option(name: .customLong("latency-samples"), help: "Single-message predictions to time.") var latencySamples = 5000
    @Option(name: .customLong("peer-python"), help: "Python of the peer's virtual environment (made by Benchmarks/nlu/setup-peer.sh).")
    var peerPython = ".venv-bench/bin/python"
    @Option(name: .customLong("peer-script"), help: "The peer script.") var peerScript = "Benchmarks/nlu/sklearn_peer.py"
    @Option(name: .customLong("peer-c"), help: "Inverse regularisation C of the peer's LogisticRegression.") var peerC = 10.0
    @Flag(name: .customLong("no-peer"), help: "Skip the scikit-learn peer.") var noPeer = false
    @Option(help: "Also measure the classifier fused with the pretrained sentence encoder: auto (when its weights are fetched), on or off.")
    var encoder: EncoderChoice = .auto
    @OptionGroup var flags: ClassifierTrainingFlags
    @OptionGroup var vectorCache: VectorCacheOption

    func run() async throws {
        let trainPath = try existingFile(train ?? "\(dataRoot)/\(dataset)/train.csv", what: "training data")
        let devPath = try existingFile(dev ?? "\(dataRoot)/\(dataset)/dev.csv", what: "dev data")
        let trainExamples = try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: trainPath))
        let devExamples = try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: devPath))
        print("data: \(trainPath) (\(trainExamples.count)) → \(devPath) (\(devExamples.count))")

        let sentenceEncoder = try encoder.load(vectorCache: vectorCache.path)
        let (heed, lexical) = try measureHeed(train: trainExamples, dev: devExamples)
        print("")
        print("Heed TextClassifier")
        print(String(format: "  training time        %.3f s", heed.trainSeconds))
        print(String(format: "  model size           %.2f MB (%d features × %d labels)", Double(heed.modelBytes) / 1_048_576,
                     heed.featureCount, heed.labelCount))
        print(String(format: "  classify latency     p50 %.1f µs, p99 %.1f µs", heed.p50Microseconds, heed.p99Microseconds))
        print(String(format: "  classify CPU time    p50 %.1f µs, p99 %.1f µs (this thread's CPU time: excludes waiting for a shared core)",
                     heed.cpuP50Microseconds, heed.cpuP99Microseconds))
        print(String(format: "  throughput           %.0f messages/s (one core, wall clock)", heed.messagesPerSecond))
        print("  peak memory (VmHWM)  \(heed.peakMemoryKB.map { "\($0 / 1024) MB" } ?? "unknown")")
        print("  " + heed.evaluation.summary(prefix: "dev"))
        if let sentenceEncoder {
            try measureFused(lexical, lexicalAccuracy: heed.evaluation.accuracy, encoder: sentenceEncoder,
                             train: trainExamples, dev: devExamples)
        }

        guard !noPeer else { return }
        print("")
        guard let peer = runPeer(trainPath: trainPath, devPath: devPath) else { return }
        let double = { (key: String) in (peer[key] as? NSNumber)?.doubleValue ?? .nan }
        print("Peer: \(peer["peer"] as? String ?? "scikit-learn")")
        print(String(format: "  training time        %.3f s", double("train_seconds")))
        print(String(format: "  predict latency      p50 %.1f µs, p99 %.1f µs", double("predict_p50_us"), double("predict_p99_us")))
        print(String(format: "  throughput           %.0f messages/s single-message (%.0f/s batched)",
                     double("messages_per_second"), double("batch_messages_per_second")))
        print(String(format: "  dev: accuracy=%.4f macro_f1=%.4f", double("dev_accuracy"), double("dev_macro_f1")))
        print("")
        print("Heed vs peer")
        print(String(format: "  throughput           %.0f× (single-message)", heed.messagesPerSecond / double("messages_per_second")))
        print(String(format: "  latency              %.0f× lower at p50, %.0f× lower at p99",
                     double("predict_p50_us") / heed.p50Microseconds, double("predict_p99_us") / heed.p99Microseconds))
        print(String(format: "  training time        %.1f× faster", double("train_seconds") / heed.trainSeconds))
        print(String(format: "  accuracy delta       %+.4f (macro-F1 %+.4f)", heed.evaluation.accuracy - double("dev_accuracy"),
                     heed.evaluation.macroF1 - double("dev_macro_f1")))
    }

    /// Heed's figures.
    struct HeedFigures {
        var trainSeconds: Double
        var modelBytes: Int
        var featureCount: Int
        var labelCount: Int
        var p50Microseconds: Double
        var p99Microseconds: Double
        var cpuP50Microseconds: Double
        var cpuP99Microseconds: Double
        var messagesPerSecond: Double
        var peakMemoryKB: Int?
        var evaluation: ClassificationEvaluation
    }

    /// Mixes the sentence encoder into `lexical` and prints the mixture's training time, accuracy and latency.
    private func measureFused(_ lexical: TextClassifier, lexicalAccuracy: Double, encoder: any SentenceEncoder,
                              train: [LabeledText], dev: [LabeledText]) throws {
        let options = try flags.resolvedOptions(for: train)
        let progress = TrainingProgressDisplay()
        let start = ContinuousClock.now
        let fused = FusedTextClassifier.fusing(
            lexical, examples: train, options: options, devExamples: dev, encoder: encoder, progress: progress.update)
        let trainSeconds = (ContinuousClock.now - start).seconds
        progress.finish()
        let batchStart = ContinuousClock.now
        let results = try TrainedClassifier.fused(fused).predict(dev.map(\.text), encoder: encoder, topK: 1)
        let batchSeconds = (ContinuousClock.now - batchStart).seconds
        let evaluation = ClassificationEvaluation.evaluate(results: results, examples: dev, outOfScopeLabel: fused.outOfScopeLabel)
        try saveVectorCache(encoder, to: vectorCache.path)
        var latencies: [Double] = []
        for text in dev.prefix(300).map(\.text) {
            let before = ContinuousClock.now
            _ = try fused.predict([text], encoder: encoder, topK: 3)
            latencies.append((ContinuousClock.now - before).seconds * 1e6)
        }
        latencies.sort()
        print("")
        print("Heed TextClassifier fused with the sentence encoder \(fused.encoderIdentifier)")
        print(String(format: "  training time        %.3f s more (embedding %d texts, dense softmax, mixture on dev)",
                     trainSeconds, train.count + dev.count))
        print(String(format: "  dense share          %.2f", fused.denseShare))
        print(String(format: "  classify latency     p50 %.0f µs, p99 %.0f µs (one message, encoder included)",
                     percentile(latencies, 50), percentile(latencies, 99)))
        print(String(format: "  throughput           %.0f messages/s (batches of %d)", Double(dev.count) / batchSeconds,
                     FusedTextClassifier.embeddingChunk))
        print("  " + evaluation.summary(prefix: "dev"))
        print(String(format: "  accuracy delta       %+.4f over the lexical model alone", evaluation.accuracy - lexicalAccuracy))
    }

    private func measureHeed(train: [LabeledText], dev: [LabeledText]) throws -> (HeedFigures, TextClassifier) {
        let progress = TrainingProgressDisplay()
        let start = ContinuousClock.now  // with --char-scope auto, the cross-validation counts as training time
        let options = try flags.resolvedOptions(for: train)
        let classifier = try TextClassifier.train(examples: train, options: options, devExamples: dev, progress: progress.update)
        let trainSeconds = (ContinuousClock.now - start).seconds
        progress.finish()

        let modelURL = FileManager.default.temporaryDirectory.appendingPathComponent("heed-bench-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: modelURL) }
        try classifier.save(to: modelURL)
        let modelBytes = (try FileManager.default.attributesOfItem(atPath: modelURL.path)[.size] as? Int) ?? 0

        let evaluation = ClassificationEvaluation.evaluate(classifier, on: dev)
        let texts = dev.map(\.text)
        for text in texts.prefix(200) { _ = classifier.predict(text, topK: 3) }  // warm-up
        var latencies: [Double] = []
        var cpuLatencies: [Double] = []
        latencies.reserveCapacity(latencySamples)
        cpuLatencies.reserveCapacity(latencySamples)
        var checksum: Float = 0
        let clock = ContinuousClock()
        for i in 0..<max(1, latencySamples) {
            let text = texts[i % texts.count]
            let cpuBefore = Self.threadCPUMicroseconds()
            let before = clock.now
            let result = classifier.predict(text, topK: 3)
            latencies.append((clock.now - before).seconds * 1e6)
            cpuLatencies.append(Self.threadCPUMicroseconds() - cpuBefore)
            checksum += result.top?.probability ?? 0
        }
        precondition(checksum >= 0)
        latencies.sort()
        cpuLatencies.sort()
        let total = latencies.reduce(0, +)
        let figures = HeedFigures(
            trainSeconds: trainSeconds, modelBytes: modelBytes, featureCount: classifier.featureCount,
            labelCount: classifier.labels.count, p50Microseconds: percentile(latencies, 50),
            p99Microseconds: percentile(latencies, 99), cpuP50Microseconds: percentile(cpuLatencies, 50),
            cpuP99Microseconds: percentile(cpuLatencies, 99), messagesPerSecond: Double(latencies.count) / (total / 1e6),
            peakMemoryKB: Self.peakResidentKilobytes(), evaluation: evaluation)
        return (figures, classifier)
    }

    /// Runs the scikit-learn peer; prints why and returns nil when it cannot.
    private func runPeer(trainPath: String, devPath: String) -> [String: Any]? {
        let unavailable = "peer unavailable: run Benchmarks/nlu/setup-peer.sh (creates .venv-bench with scikit-learn)"
        guard FileManager.default.isExecutableFile(atPath: peerPython) else {
            print("\(unavailable); no Python at \(peerPython)")
            return nil
        }
        guard FileManager.default.fileExists(atPath: peerScript) else {
            print("peer unavailable: no peer script at \(peerScript) (use --peer-script)")
            return nil
        }
        printError("running the scikit-learn peer (this takes a while)…")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: peerPython)
        process.arguments = [peerScript, "--train", trainPath, "--dev", devPath, "--C", String(peerC)]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            print("\(unavailable); \(error)")
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            print("\(unavailable); the peer exited with status \(process.terminationStatus)")
            return nil
        }
        return json
    }

    private func existingFile(_ path: String, what: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(what) not found at \(path) (relative to \(FileManager.default.currentDirectoryPath))")
        }
        return path
    }

    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))]
    }

    /// CPU time consumed by the calling thread, in microseconds.
    static func threadCPUMicroseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    /// Peak resident set size of this process (VmHWM in /proc/self/status), in kilobytes.
    static func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
