/// The tokenizer's normaliser as a table: each listed codepoint is replaced by zero or more codepoints (the
/// model's precompiled SentencePiece NFKC-style map; 4,837 entries for multilingual-e5-small).
struct CodepointNormalization: Sendable {
    private let replacements: [UInt32: [UInt32]]

    var count: Int { replacements.count }

    init(reading cursor: inout BlobCursor) throws(EncoderModelError) {
        let count = try cursor.int32()
        let byteLength = Int(try cursor.uint32())
        let end = cursor.offset + byteLength
        var replacements: [UInt32: [UInt32]] = [:]
        replacements.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            let codepoint = try cursor.uint32()
            let outputs = Int(try cursor.uint8())
            replacements[codepoint] = try cursor.uint32s(outputs)
        }
        guard cursor.offset == end else { throw .truncated(section: "normalisation map") }
        self.replacements = replacements
    }

    /// `scalars` with every mapped codepoint replaced.
    func apply(_ scalars: String.UnicodeScalarView) -> [UInt32] {
        var output: [UInt32] = []
        output.reserveCapacity(scalars.count)
        for scalar in scalars {
            if let replacement = replacements[scalar.value] {
                output.append(contentsOf: replacement)
            } else {
                output.append(scalar.value)
            }
        }
        return output
    }
}
