import Foundation

/// Saves and loads a ``KnowledgeIndex`` as one versioned file in a directory the caller chooses:
/// a JSON header (format version, documents, their passages) followed by the passages' embeddings as raw
/// little-endian `Float32`, so a restart neither re-splits nor re-embeds. Writes are atomic (temporary file, rename).
public struct KnowledgeIndexSnapshot: Sendable {
    /// The snapshot file's name inside the directory.
    public static let fileName = "knowledge-index.snapshot"
    private static let magic = Array("HEEDKB".utf8)

    /// The directory holding the snapshot.
    public let directory: URL

    /// Errors reading or writing a snapshot.
    public enum SnapshotError: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case unsupportedVersion(path: String, found: Int)
        case corrupt(path: String, reason: String)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): "\(path): cannot read or write the knowledge snapshot (\(reason))"
            case let .unsupportedVersion(path, found):
                "\(path): knowledge snapshot format \(found) is not supported (expected \(HeedKnowledge.snapshotFormatVersion))"
            case let .corrupt(path, reason): "\(path): knowledge snapshot is damaged (\(reason))"
            }
        }
    }

    private struct Header: Codable {
        var formatVersion: Int
        var tuning: RetrievalTuning
        var entries: [Entry]
    }

    private struct Entry: Codable {
        var document: KnowledgeDocument
        var passages: [KnowledgePassage]
        /// Dimension of the stored vectors (0: none); vectors follow the header in entry order.
        var embeddingDimension: Int
    }

    /// A snapshot in `directory` (created on save if missing).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The snapshot file's location.
    public var fileURL: URL { directory.appendingPathComponent(Self.fileName) }

    /// Whether a snapshot exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: fileURL.path) }

    /// Writes the whole index.
    public func save(_ index: KnowledgeIndex) throws(SnapshotError) {
        var entries: [Entry] = []
        var vectors: [Float] = []
        for workspace in index.workspaceIDs {
            for document in index.documents(workspaceID: workspace) {
                let embeddings = index.embeddings(documentID: document.id, workspaceID: workspace)
                let complete = !embeddings.isEmpty && embeddings.allSatisfy { $0 != nil && $0!.count == embeddings[0]!.count }
                if complete { for vector in embeddings { vectors += vector! } }
                entries.append(Entry(
                    document: document, passages: index.indexedPassages(documentID: document.id, workspaceID: workspace),
                    embeddingDimension: complete ? embeddings[0]!.count : 0))
            }
        }
        do {
            let header = try JSONEncoder().encode(Header(formatVersion: HeedKnowledge.snapshotFormatVersion, tuning: index.tuning, entries: entries))
            var data = Data(Self.magic)
            var version = UInt16(HeedKnowledge.snapshotFormatVersion).littleEndian
            var length = UInt64(header.count).littleEndian
            withUnsafeBytes(of: &version) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
            data.append(header)
            vectors.withUnsafeBytes { data.append(contentsOf: $0) }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: fileURL, options: .atomic)
        } catch {
            throw .unreadable(path: fileURL.path, reason: String(describing: error))
        }
    }

    /// Reads the snapshot into a fresh index (an empty one when there is no snapshot yet).
    public func load(splitter: PassageSplitter = PassageSplitter()) throws(SnapshotError) -> KnowledgeIndex {
        guard exists else { return KnowledgeIndex(splitter: splitter) }
        let path = fileURL.path
        let data: Data
        do { data = try Data(contentsOf: fileURL) } catch { throw .unreadable(path: path, reason: String(describing: error)) }
        let prefix = Self.magic.count + 2 + 8
        guard data.count >= prefix, Array(data.prefix(Self.magic.count)) == Self.magic else {
            throw .corrupt(path: path, reason: "not a knowledge snapshot")
        }
        let version = Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: Self.magic.count, as: UInt16.self) }.littleEndian)
        guard version == HeedKnowledge.snapshotFormatVersion else { throw .unsupportedVersion(path: path, found: version) }
        let length = Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: Self.magic.count + 2, as: UInt64.self) }.littleEndian)
        guard length >= 0, prefix + length <= data.count else { throw .corrupt(path: path, reason: "truncated header") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data.subdata(in: prefix..<(prefix + length)))
        } catch {
            throw .corrupt(path: path, reason: "unreadable header")
        }
        var index = KnowledgeIndex(splitter: splitter, tuning: header.tuning)
        var offset = prefix + length
        for entry in header.entries {
            var embeddings: [[Float]]?
            if entry.embeddingDimension > 0 {
                let floats = entry.embeddingDimension * entry.passages.count
                guard offset + floats * 4 <= data.count else { throw .corrupt(path: path, reason: "truncated embeddings") }
                let all: [Float] = data.withUnsafeBytes { raw in
                    (0..<floats).map { Float(bitPattern: raw.loadUnaligned(fromByteOffset: offset + $0 * 4, as: UInt32.self).littleEndian) }
                }
                offset += floats * 4
                embeddings = stride(from: 0, to: floats, by: entry.embeddingDimension).map { Array(all[$0..<($0 + entry.embeddingDimension)]) }
            }
            index.restore(entry.document, passages: entry.passages, embeddings: embeddings)
        }
        return index
    }
}

extension KnowledgeIndex {
    /// Re-adds a document with the passages it had when saved.
    mutating func restore(_ document: KnowledgeDocument, passages: [KnowledgePassage], embeddings: [[Float]]?) {
        withWorkspace(document.workspaceID) { $0.upsert(document, passages: passages, embeddings: embeddings) }
    }
}
