import Foundation

/// Appends little-endian values to a byte buffer (model files).
struct ModelFileWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write(_ string: String) {
        write(UInt32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }

    /// Writes an array's raw memory (the platforms Heed runs on are little-endian).
    mutating func writeArray<T: BitwiseCopyable>(_ values: [T]) {
        write(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
}

/// Reads little-endian values written by ``ModelFileWriter``, throwing ``ModelFileError/truncated`` past the end.
struct ModelFileReader {
    let bytes: [UInt8]
    private(set) var offset: Int

    init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var remaining: Int { bytes.count - offset }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw ModelFileError.truncated }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)]))
            }
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard remaining >= count else { throw ModelFileError.truncated }
        let string = String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
        offset += count
        return string
    }

    mutating func readArray<T: BitwiseCopyable>(of _: T.Type) throws -> [T] {
        let count = try read(UInt64.self)
        let stride = MemoryLayout<T>.stride
        guard count <= UInt64(remaining / stride) else { throw ModelFileError.truncated }
        let n = Int(count)
        let array = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + n * stride)]))
            }
            initialized = n
        }
        offset += n * stride
        return array
    }
}

/// FNV-1a 64-bit checksum of model file contents, eight bytes at a time.
enum ModelChecksum {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
            }
            for i in (words * 8)..<raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
            }
        }
        return h
    }
}
