import Foundation

/// The bundled model file: `HLID`, format version, then little-endian arrays (see `encoded()`).
extension LanguageModel {
    static let magic: [UInt8] = Array("HLID".utf8)
    static let formatVersion: UInt16 = 1

    /// Errors reading a model file.
    enum FormatError: Error, CustomStringConvertible {
        case notALanguageModel
        case unsupportedVersion(UInt16)
        case truncated

        var description: String {
            switch self {
            case .notALanguageModel: "not a Heed language model file"
            case .unsupportedVersion(let version): "unsupported language model version \(version)"
            case .truncated: "language model file is truncated"
            }
        }
    }

    /// Layout: magic, version (u16), language count (u16), codes (u8 length + UTF-8), order and script counts (u8),
    /// log totals (f32 × languages × orders), script shares (u8 × languages × scripts), key count (u32),
    /// keys (ascending, as LEB128 deltas), entry counts (u8 per key), entries (u16).
    func encoded() -> Data {
        let sortedKeys = index.keys.sorted()
        let entryCounts = sortedKeys.map { UInt8(truncatingIfNeeded: index[$0] ?? 0) }
        var writer = BinaryWriter()
        writer.bytes(Self.magic)
        writer.integer(Self.formatVersion)
        writer.integer(UInt16(languages.count))
        for code in languages {
            let utf8 = Array(code.utf8)
            writer.integer(UInt8(utf8.count))
            writer.bytes(utf8)
        }
        writer.integer(UInt8(Self.orderCount))
        writer.integer(UInt8(Self.scriptCount))
        for value in logTotals { writer.integer(value.bitPattern) }
        writer.bytes(scriptShares)
        writer.integer(UInt32(sortedKeys.count))
        var previous: UInt32 = 0
        for key in sortedKeys {
            writer.varint(key - previous)
            previous = key
        }
        writer.bytes(entryCounts)
        for entry in entries { writer.integer(entry) }
        return writer.data
    }

    /// Reads a model written by `encoded()`.
    init(data: Data) throws {
        var reader = BinaryReader(bytes: [UInt8](data))
        guard try reader.bytes(4) == Self.magic else { throw FormatError.notALanguageModel }
        let version: UInt16 = try reader.integer()
        guard version == Self.formatVersion else { throw FormatError.unsupportedVersion(version) }
        let languageCount = Int(try reader.integer() as UInt16)
        var languages: [String] = []
        for _ in 0..<languageCount {
            let length = Int(try reader.integer() as UInt8)
            languages.append(String(decoding: try reader.bytes(length), as: UTF8.self))
        }
        let orders = Int(try reader.integer() as UInt8)
        let scripts = Int(try reader.integer() as UInt8)
        guard orders == Self.orderCount, scripts == Self.scriptCount else { throw FormatError.notALanguageModel }
        var logTotals: [Float] = []
        for _ in 0..<(languageCount * orders) { logTotals.append(Float(bitPattern: try reader.integer())) }
        let shares = try reader.bytes(languageCount * scripts)
        let keyCount = Int(try reader.integer() as UInt32)
        var keys: [UInt32] = []
        keys.reserveCapacity(keyCount)
        var previous: UInt32 = 0
        for _ in 0..<keyCount {
            previous &+= try reader.varint()
            keys.append(previous)
        }
        let counts = try reader.bytes(keyCount)
        let entryCount = counts.reduce(0) { $0 + Int($1) }
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount { entries.append(try reader.integer()) }
        self.init(languages: languages, logTotals: logTotals, scriptShares: shares, sortedKeys: keys,
                  entryCounts: counts, entries: entries)
    }
}

/// Appends little-endian integers to a byte buffer.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func bytes(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// LEB128: seven bits per byte, high bit set on all but the last.
    mutating func varint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            data.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        data.append(UInt8(rest))
    }
}

/// Reads little-endian integers from a byte buffer, throwing when it runs out.
struct BinaryReader {
    let bytes: [UInt8]
    private(set) var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, offset + count <= bytes.count else { throw LanguageModel.FormatError.truncated }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func integer<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw LanguageModel.FormatError.truncated }
        var value: T = 0
        for byteIndex in 0..<size {
            value |= T(truncatingIfNeeded: bytes[offset + byteIndex]) << (8 * byteIndex)
        }
        offset += size
        return value
    }

    mutating func varint() throws -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            guard offset < bytes.count, shift < 35 else { throw LanguageModel.FormatError.truncated }
            let byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
