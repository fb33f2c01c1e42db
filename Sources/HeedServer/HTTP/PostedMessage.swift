import HeedCore

/// The answer to posting a message: the stored message, and the AI's reply when there is one. The reply is the
/// stored AI message plus its `citations`, `confidence` and `decision` at the top level.
struct PostedMessage: Encodable {
    let message: Message
    let reply: Message?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(reply.map(AIReplyView.init), forKey: .reply)
    }

    enum CodingKeys: String, CodingKey {
        case message, reply
    }
}
