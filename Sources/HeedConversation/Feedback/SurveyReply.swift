import Foundation

/// A customer's e-mail answering a survey e-mail with a score: it replies to the survey's Message-ID (which names
/// the conversation rated: `<csat.{conversation id}.{random}@domain>`) and its first line that is not quoted starts
/// with a score 1–5 ("4", "4/5", "5 - quick and kind"); the rest of that line is the comment.
public struct SurveyReply: Sendable, Equatable {
    /// How a survey e-mail's Message-ID starts.
    public static let messageIDPrefix = "<csat."

    public let conversationID: UUID
    public let rating: Int
    public let comment: String?

    /// The Message-ID of a survey e-mail about `conversationID` from a sender at `domain`.
    public static func messageID(conversationID: UUID, domain: String) -> String {
        let random = UUID().uuidString.lowercased().prefix(8)
        return "\(messageIDPrefix)\(conversationID.uuidString.lowercased()).\(random)@\(domain)>"
    }

    /// The answer in an e-mail with `text` following `threadCandidates` (nearest first); nil when it answers no
    /// survey or gives no score.
    public init?(text: String, threadCandidates: [String]) {
        guard let survey = threadCandidates.first(where: { $0.lowercased().hasPrefix(Self.messageIDPrefix) }),
            let id = UUID(uuidString: String(survey.dropFirst(Self.messageIDPrefix.count).prefix(36)))
        else { return nil }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = lines.first(where: { !$0.isEmpty && !$0.hasPrefix(">") }), let first = line.first,
            let score = first.wholeNumberValue, (1...5).contains(score), !(line.dropFirst().first?.isNumber ?? false)
        else { return nil }
        var rest = line.dropFirst().trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("/5") { rest = String(rest.dropFirst(2)) }
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " -–—:.,!").union(.whitespaces))
        conversationID = id
        rating = score
        comment = rest.isEmpty ? nil : rest
    }
}
