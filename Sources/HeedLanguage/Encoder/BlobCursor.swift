/// Reads little-endian values one after another from a mapped model file, checking every read against its end.
struct BlobCursor {
    private let file: MappedFile
    /// The byte offset of the next read.
    private(set) var offset: Int
    /// What is being read, for the truncation error.
    var section = "header"

    init(_ file: MappedFile, offset: Int = 0) {
        self.file = file
        self.offset = offset
    }

    /// The offset after `length` more bytes, or a truncation error when the file ends first.
    private func end(after length: Int) throws(EncoderModelError) -> Int {
        guard length >= 0, offset <= file.count - length else { throw .truncated(section: section) }
        return offset + length
    }

    mutating func skip(_ length: Int) throws(EncoderModelError) { offset = try end(after: length) }

    /// The raw bytes of the next `length` bytes, as an offset into the file, then skips them.
    mutating func span(_ length: Int) throws(EncoderModelError) -> Int {
        let start = offset
        offset = try end(after: length)
        return start
    }

    mutating func bytes(_ length: Int) throws(EncoderModelError) -> [UInt8] {
        let start = try span(length)
        return Array(UnsafeRawBufferPointer(start: file.base + start, count: length))
    }

    mutating func uint8() throws(EncoderModelError) -> UInt8 { try bytes(1)[0] }

    mutating func uint16() throws(EncoderModelError) -> UInt16 {
        UInt16(littleEndian: file.base.loadUnaligned(fromByteOffset: try span(2), as: UInt16.self))
    }

    mutating func uint32() throws(EncoderModelError) -> UInt32 {
        UInt32(littleEndian: file.base.loadUnaligned(fromByteOffset: try span(4), as: UInt32.self))
    }

    mutating func int32() throws(EncoderModelError) -> Int { Int(Int32(bitPattern: try uint32())) }

    mutating func uint64() throws(EncoderModelError) -> UInt64 {
        UInt64(littleEndian: file.base.loadUnaligned(fromByteOffset: try span(8), as: UInt64.self))
    }

    mutating func float32() throws(EncoderModelError) -> Float { Float(bitPattern: try uint32()) }

    /// `count` consecutive little-endian UInt32 values.
    mutating func uint32s(_ count: Int) throws(EncoderModelError) -> [UInt32] {
        let start = try span(count * 4)
        return (0..<count).map { UInt32(littleEndian: file.base.loadUnaligned(fromByteOffset: start + $0 * 4, as: UInt32.self)) }
    }
}
