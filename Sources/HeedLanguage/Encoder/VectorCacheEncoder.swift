import Foundation
import Synchronization

/// A ``SentenceEncoder`` that remembers the vectors of texts it has embedded and can keep them in a file, so that
/// retraining or re-evaluating on the same texts does not run the model again.
///
/// The file holds the model identifier, then one record per text (a 64-bit hash of the prefixed text and its
/// vector); a file of another model or dimension is ignored. Writes are atomic.
public final class VectorCacheEncoder: SentenceEncoder {
    private static let magic: [UInt8] = Array("HEEDVEC1".utf8)
    public let base: any SentenceEncoder
    public var dimension: Int { base.dimension }
    public var modelIdentifier: String { base.modelIdentifier }
    private let vectors = Mutex<[UInt64: [Float]]>([:])

    /// Wraps `base`, starting with the vectors in `file` when it exists and belongs to `base`'s model.
    public init(_ base: any SentenceEncoder, file: URL? = nil) {
        self.base = base
        if let file, let data = try? Data(contentsOf: file) { load([UInt8](data)) }
    }

    /// How many vectors are cached.
    public var count: Int { vectors.withLock { $0.count } }

    public func embedQueries(_ texts: [String]) -> [[Float]] {
        embed(texts, kind: "query: ") { base.embedQueries($0) }
    }

    public func embedPassages(_ texts: [String]) -> [[Float]] {
        embed(texts, kind: "passage: ") { base.embedPassages($0) }
    }

    private func embed(_ texts: [String], kind: String, with compute: ([String]) -> [[Float]]) -> [[Float]] {
        let keys = texts.map { Self.key(kind + $0) }
        let known = vectors.withLock { cache in keys.map { cache[$0] } }
        let missing = texts.indices.filter { known[$0] == nil }
        guard !missing.isEmpty else { return known.map { $0! } }
        let computed = compute(missing.map { texts[$0] })
        var result = known
        vectors.withLock { cache in
            for (index, vector) in zip(missing, computed) {
                result[index] = vector
                cache[keys[index]] = vector
            }
        }
        return result.map { $0! }
    }

    /// Writes every cached vector to `file` (atomically).
    public func save(to file: URL) throws {
        var writer = ModelFileWriter()
        writer.append(Self.magic)
        writer.write(modelIdentifier)
        writer.write(UInt32(dimension))
        let entries = vectors.withLock { $0 }
        writer.write(UInt64(entries.count))
        for (key, vector) in entries {
            writer.write(key)
            for value in vector { writer.write(value) }
        }
        try Data(writer.bytes).write(to: file, options: .atomic)
    }

    private func load(_ bytes: [UInt8]) {
        guard bytes.count > Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else { return }
        var reader = ModelFileReader(bytes: bytes, offset: Self.magic.count)
        guard let identifier = try? reader.readString(), identifier == modelIdentifier,
              let storedDimension = try? reader.read(UInt32.self), Int(storedDimension) == dimension,
              let count = try? reader.read(UInt64.self), count <= UInt64(reader.remaining / (8 + 4 * dimension)) else { return }
        var loaded: [UInt64: [Float]] = [:]
        loaded.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let key = try? reader.read(UInt64.self) else { return }
            var vector = [Float](repeating: 0, count: dimension)
            for d in 0..<dimension {
                guard let value = try? reader.readFloat() else { return }
                vector[d] = value
            }
            loaded[key] = vector
        }
        vectors.withLock { $0 = loaded }
    }

    /// FNV-1a of the text's UTF-8 bytes.
    private static func key(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
