import Foundation

/// A SentencePiece Unigram vocabulary read from an `E5S1` file: each piece's UTF-8 bytes and log-probability score,
/// with an open-addressing hash table from a piece's bytes to its id (ids are the model's: `<s>` 0, `<pad>` 1,
/// `</s>` 2, `<unk>` 3, as the file's header declares).
struct UnigramVocabulary: Sendable {
    let file: MappedFile
    /// Byte offset of the pieces' concatenated bytes in the file.
    private let bytesOffset: Int
    /// `pieceCount + 1` offsets into those bytes.
    private let offsets: [UInt32]
    let scores: [Float]
    let beginOfSentence: Int, endOfSentence: Int, padding: Int, unknown: Int
    /// The score of an unknown character: the lowest piece score minus 10 (as e5.c).
    let unknownScore: Float
    let longestPieceBytes: Int
    private let table: [Int32]
    private let tableMask: Int

    var count: Int { scores.count }

    init(reading cursor: inout BlobCursor, file: MappedFile) throws(EncoderModelError) {
        let count = try cursor.int32()
        guard count > 4 else { throw .unsupportedShape("vocabulary of \(count) pieces") }
        beginOfSentence = try cursor.int32()
        endOfSentence = try cursor.int32()
        padding = try cursor.int32()
        unknown = try cursor.int32()
        let byteLength = Int(try cursor.uint64())
        offsets = try cursor.uint32s(count + 1)
        scores = try cursor.uint32s(count).map { Float(bitPattern: $0) }
        bytesOffset = try cursor.span(byteLength)
        guard offsets.last.map({ Int($0) <= byteLength }) == true,
            [beginOfSentence, endOfSentence, padding, unknown].allSatisfy({ (0..<count).contains($0) })
        else { throw .truncated(section: "vocabulary") }
        self.file = file
        unknownScore = (scores.min() ?? 0) - 10
        longestPieceBytes = zip(offsets.dropFirst(), offsets).map { Int($0 - $1) }.max() ?? 1
        (table, tableMask) = Self.buildTable(offsets: offsets, base: file.base + bytesOffset)
    }

    private static func buildTable(offsets: [UInt32], base: UnsafeRawPointer) -> ([Int32], Int) {
        let count = offsets.count - 1
        var size = 2
        while size < count * 2 { size <<= 1 }
        var table = [Int32](repeating: 0, count: size)
        for piece in 0..<count {
            let start = Int(offsets[piece]), length = Int(offsets[piece + 1]) - start
            guard length > 0 else { continue }
            var slot = Int(truncatingIfNeeded: fnv1a(base + start, length)) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(piece + 1)
        }
        return (table, size - 1)
    }

    @inline(__always)
    private static func fnv1a(_ bytes: UnsafeRawPointer, _ length: Int) -> UInt64 {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for i in 0..<length {
            hash ^= UInt64(bytes.load(fromByteOffset: i, as: UInt8.self))
            hash = hash &* 1_099_511_628_211
        }
        return hash
    }

    /// The id of the piece spelled by `bytes[0..<length]`, if the vocabulary has it.
    func pieceID(_ bytes: UnsafeRawPointer, _ length: Int) -> Int? {
        let base = file.base + bytesOffset
        var slot = Int(truncatingIfNeeded: Self.fnv1a(bytes, length)) & tableMask
        while true {
            let entry = Int(table[slot])
            if entry == 0 { return nil }
            let piece = entry - 1
            let start = Int(offsets[piece])
            if Int(offsets[piece + 1]) - start == length, memcmp(base + start, bytes, length) == 0 { return piece }
            slot = (slot + 1) & tableMask
        }
    }

    /// The text of piece `id` (for diagnostics and tests).
    func piece(_ id: Int) -> String {
        let start = Int(offsets[id])
        return String(decoding: UnsafeRawBufferPointer(
            start: file.base + bytesOffset + start, count: Int(offsets[id + 1]) - start), as: UTF8.self)
    }
}
