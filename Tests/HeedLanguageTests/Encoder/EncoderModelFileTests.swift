import Foundation
import HeedLanguage
import Testing

@Suite("Encoder model files that cannot be used fail with a typed error")
struct EncoderModelFileTests {
    /// A well-formed `E5S1` header and vocabulary with an empty tensor directory.
    static func blobWithoutTensors() -> [UInt8] {
        var bytes: [UInt8] = Array("E5S1".utf8)
        func int(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        func float(_ value: Float) { int(Int32(bitPattern: value.bitPattern)) }
        int(1)
        for value: Int32 in [32, 1, 1, 32, 5, 8, 1] { int(value) }  // hidden, layers, heads, ffn, vocab, positions, types
        float(1e-12)
        int(32)
        let pieces = ["<s>", "<pad>", "</s>", "<unk>", "▁a"].map { Array($0.utf8) }
        int(5)
        for special: Int32 in [0, 2, 1, 3] { int(special) }
        uint64(UInt64(pieces.reduce(0) { $0 + $1.count }))
        var offset: Int32 = 0
        int(0)
        for piece in pieces {
            offset += Int32(piece.count)
            int(offset)
        }
        for _ in pieces { float(-1) }
        for piece in pieces { bytes.append(contentsOf: piece) }
        int(0)  // normalisation entries
        int(0)  // normalisation bytes
        int(0)  // tensors
        return bytes
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("heed-e5-\(UUID().uuidString).bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file of another kind is rejected for its magic bytes")
    func wrongMagic() throws {
        let path = try Self.write(Array("GGUF and some more bytes".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }

        #expect(throws: EncoderModelError.wrongMagic(expected: "E5S1")) { try E5SentenceEncoder(contentsOf: path) }
    }

    @Test("a file cut short says where it ends")
    func truncated() throws {
        let path = try Self.write(Array(Self.blobWithoutTensors().prefix(70)))
        defer { try? FileManager.default.removeItem(atPath: path) }

        #expect(throws: EncoderModelError.truncated(section: "vocabulary")) { try E5SentenceEncoder(contentsOf: path) }
    }

    @Test("a file without the word embeddings names the missing tensor")
    func missingTensor() throws {
        let path = try Self.write(Self.blobWithoutTensors())
        defer { try? FileManager.default.removeItem(atPath: path) }

        #expect(throws: EncoderModelError.missingTensor("emb.word")) { try E5SentenceEncoder(contentsOf: path) }
    }

    @Test("a missing file is unreadable, not a crash")
    func missingFile() {
        #expect(throws: EncoderModelError.self) { try E5SentenceEncoder(contentsOf: "/nonexistent/e5-small-q4.bin") }
    }

    @Test("without weights the locator reports where it looked and how to fetch them")
    func absentWeights() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = SentenceEncoderLocation.load(environment: ["HEED_MODEL_DIR": folder])

        #expect(outcome.encoder == nil)
        #expect(outcome.summary.contains(folder))
        #expect(outcome.summary.contains("scripts/fetch-models.sh"))
    }
}
