import Foundation
import HeedConversation
import Testing

/// What counts as a score in a reply to a survey e-mail.
@Suite("Survey replies by e-mail")
struct SurveyReplyTests {
    static let conversation = UUID()
    static var survey: String { SurveyReply.messageID(conversationID: conversation, domain: "shop.example") }

    @Test("A reply to a survey e-mail that starts with 1-5 is a score, the rest of the line its comment", arguments: [
        ("4", 4, nil), ("5/5", 5, nil), ("5 - quick and kind", 5, "quick and kind"), ("\n  3: ok\n> How did we do?", 3, "ok"),
        ("> quoted 1\n2 meh", 2, "meh"),
    ] as [(String, Int, String?)])
    func score(text: String, rating: Int, comment: String?) throws {
        let reply = try #require(SurveyReply(text: text, threadCandidates: [Self.survey, "<first@mail.example>"]))
        #expect(reply.conversationID == Self.conversation)
        #expect(reply.rating == rating)
        #expect(reply.comment == comment)
    }

    @Test("A recommendation score 0–10 may follow after a comma or semicolon", arguments: [
        ("4, 9", 4, 9, nil), ("5/5; 10/10 great", 5, 10, "great"), ("3,0", 3, 0, nil), ("4, 11 days late", 4, nil, "11 days late"),
        ("5 - 9 of them arrived", 5, nil, "9 of them arrived"), ("2, 7 slow", 2, 7, "slow"),
    ] as [(String, Int, Int?, String?)])
    func recommendation(text: String, rating: Int, recommendation: Int?, comment: String?) throws {
        let reply = try #require(SurveyReply(text: text, threadCandidates: [Self.survey]))
        #expect(reply.rating == rating)
        #expect(reply.recommendation == recommendation)
        #expect(reply.comment == comment)
    }

    @Test("No score: another number, no number first, or not a reply to a survey", arguments: [
        ("10 out of 10", [survey]), ("Thanks! 5", [survey]), ("0", [survey]), ("4", ["<first@mail.example>"]), ("4", []),
    ])
    func noScore(text: String, candidates: [String]) {
        #expect(SurveyReply(text: text, threadCandidates: candidates) == nil)
    }

    @Test("A survey's Message-ID names its conversation")
    func messageID() {
        let id = SurveyReply.messageID(conversationID: Self.conversation, domain: "shop.example")
        #expect(id.hasPrefix("<csat.\(Self.conversation.uuidString.lowercased())."))
        #expect(id.hasSuffix("@shop.example>"))
    }
}
