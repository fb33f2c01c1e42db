import Foundation

/// `POST /api/v1/channels/email/inbound`: a parsed inbound e-mail, as a mail gateway posts it.
struct InboundEmailRequest: Decodable, Sendable {
    /// `Name <address>` or a bare address.
    let from: String
    let fromName: String?
    let subject: String?
    let text: String
    /// The e-mail's Message-ID: its idempotency key.
    let messageID: String
    let inReplyTo: String?
    let references: [String]?

    enum CodingKeys: String, CodingKey {
        case from, subject, text, references
        case fromName = "from_name"
        case messageID = "message_id"
        case inReplyTo = "in_reply_to"
    }

    /// The sender's address and display name.
    var sender: (email: String, name: String?) {
        let trimmed = from.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.lastIndex(of: "<"), let close = trimmed.lastIndex(of: ">"), open < close {
            let address = String(trimmed[trimmed.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            let name = trimmed[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            return (address, fromName ?? (name.isEmpty ? nil : name))
        }
        return (trimmed, fromName)
    }

    /// Message ids this e-mail follows, nearest first.
    var threadCandidates: [String] {
        var ids: [String] = []
        if let inReplyTo { ids.append(inReplyTo) }
        ids += (references ?? []).reversed()
        return ids.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
