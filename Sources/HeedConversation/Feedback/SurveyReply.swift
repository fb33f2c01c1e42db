import Foundation

/// A customer's e-mail answering a survey e-mail with a score: it replies to the survey's Message-ID (which names
/// the conversation rated: `<csat.{conversation id}.{random}@domain>`) and its first line that is not quoted starts
/// with a score 1–5 ("4", "4/5", "5 - quick and kind"), optionally followed after a comma or semicolon by the
/// likelihood to recommend, 0–10 ("4, 9", "5/5; 10/10 great"); the rest of that line is the comment.
public struct SurveyReply: Sendable, Equatable {
    /// How a survey e-mail's Message-ID starts.
    public static let messageIDPrefix = "<csat."

    public let conversationID: UUID
    public let rating: Int
    /// The recommendation score (NPS), when the reply gives one.
    public let recommendation: Int?
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
        (recommendation, rest) = Self.recommendation(in: rest)
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " -–—:.,!").union(.whitespaces))
        conversationID = id
        rating = score
        comment = rest.isEmpty ? nil : rest
    }

    /// A recommendation score 0–10 right after the satisfaction score (", 9", "; 10/10"), and the text after it.
    static func recommendation(in text: String) -> (Int?, String) {
        var rest = Substring(text)
        guard let separator = rest.first, separator == "," || separator == ";" else { return (nil, text) }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        let digits = rest.prefix(while: \.isNumber)
        guard let value = Int(digits), digits.count <= 2, (0...10).contains(value) else { return (nil, text) }
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix("/10") { rest = rest.dropFirst(3) }
        guard rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return (nil, text) }
        return (value, String(rest))
    }
}
