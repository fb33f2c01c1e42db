import Foundation

/// One e-mail Heed sends: plain text in UTF-8, threaded with the messages it follows (`In-Reply-To` the nearest,
/// `References` the thread), with a Message-ID of its own so a reply finds its way back.
public struct OutgoingMail: Sendable, Equatable, Codable {
    public var to: String
    public var toName: String?
    public var subject: String
    public var text: String
    /// `<…@…>`, angle brackets included.
    public var messageID: String
    /// The Message-ID this mail answers.
    public var inReplyTo: String?
    /// The thread's Message-IDs, oldest first.
    public var references: [String]
    public var date: Date

    public init(
        to: String, toName: String? = nil, subject: String, text: String, messageID: String, inReplyTo: String? = nil,
        references: [String] = [], date: Date
    ) {
        self.to = to
        self.toName = toName
        self.subject = subject
        self.text = text
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.date = date
    }

    /// A new Message-ID for a mail from `fromAddress`: `<kind.id@domain>`.
    public static func messageID(kind: String, id: UUID = UUID(), fromAddress: String) -> String {
        let domain = fromAddress.split(separator: "@").last.map(String.init) ?? "heed.localhost"
        return "<\(kind).\(id.uuidString.lowercased())@\(domain)>"
    }

    /// The message as sent (RFC 5322 and MIME): headers, a blank line, the text in base64; lines end in CRLF.
    public func rendered(from: String, fromName: String?) -> String {
        var headers = [
            "From: " + Self.mailbox(from, name: fromName), "To: " + Self.mailbox(to, name: toName),
            "Subject: " + Self.encodedWord(subject), "Date: " + Self.rfc5322Date(date), "Message-ID: " + messageID,
        ]
        if let inReplyTo { headers.append("In-Reply-To: " + inReplyTo) }
        if !references.isEmpty { headers.append("References: " + references.joined(separator: " ")) }
        headers += [
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ]
        let body = Data(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n"
    }

    /// `"Name" <address>` (the name encoded when it is not plain ASCII), or the bare address.
    static func mailbox(_ address: String, name: String?) -> String {
        guard let name = name?.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: "\n", with: ""), !name.isEmpty
        else { return "<\(address)>" }
        return (name.allSatisfy { $0.isASCII } ? "\"\(name)\"" : encodedWord(name)) + " <\(address)>"
    }

    /// `text` as an RFC 2047 encoded word when it is not plain printable ASCII (line breaks never pass through).
    static func encodedWord(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard flat.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 0x20 }) else { return flat }
        return "=?UTF-8?B?" + Data(flat.utf8).base64EncodedString() + "?="
    }

    /// `Fri, 04 Dec 2026 21:50:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
