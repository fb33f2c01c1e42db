import Foundation
import HeedCore

/// An AI message as replies show it: the stored message plus its `citations`, `confidence` and `decision` at the
/// top level.
struct AIReplyView: Encodable, Sendable {
    let message: Message

    enum Keys: String, CodingKey {
        case citations, confidence, decision
    }

    func encode(to encoder: any Encoder) throws {
        try message.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(message.annotations.citations, forKey: .citations)
        try container.encode(message.annotations.aiConfidence, forKey: .confidence)
        try container.encode(message.annotations.decision, forKey: .decision)
    }
}
