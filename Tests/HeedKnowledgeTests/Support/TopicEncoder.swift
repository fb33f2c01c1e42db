import HeedLanguage
import Synchronization

/// A stand-in sentence encoder for retrieval tests: one axis per topic, set when the text names a word of that
/// topic in any language (so meaning, not shared words, decides); counts the passages it embedded.
final class TopicEncoder: SentenceEncoder {
    static let topics: [[String]] = [
        ["deliver", "parcel", "arrive", "giao", "pengiriman"],
        ["refund", "money back", "hoàn tiền"],
        ["password", "sign in", "mật khẩu"],
    ]
    let dimension = topics.count + 1
    let modelIdentifier = "topic-test"
    private let embedded = Mutex(0)

    var passagesEmbedded: Int { embedded.withLock { $0 } }

    func embedQueries(_ texts: [String]) -> [[Float]] { texts.map(vector) }

    func embedPassages(_ texts: [String]) -> [[Float]] {
        embedded.withLock { $0 += texts.count }
        return texts.map(vector)
    }

    private func vector(_ text: String) -> [Float] {
        let lowered = text.lowercased()
        var vector = Self.topics.map { words in words.contains { lowered.contains($0) } ? Float(1) : 0 } + [0.2]
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for i in vector.indices { vector[i] /= norm }
        return vector
    }
}
