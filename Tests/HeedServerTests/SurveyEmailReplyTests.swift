import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// A customer answering the survey e-mail with a score, through the inbound e-mail channel.
@Suite("Survey answers by e-mail over HTTP")
struct SurveyEmailReplyHTTPTests {
    static let key = "survey-reply-admin-key-0001"

    @Test("A reply to the survey e-mail with a score rates the resolved conversation; from someone else it is a message")
    func ratingByReply() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let first = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "Trang Pham <trang@example.com>", "subject": "Invoice", "text": "Where is my invoice?",
                       "message_id": "<inv-1@example.com>"])
            let id = try #require(first["conversation_id"]?.stringValue)
            let resolved = try await api.call(.patch, "/api/v1/conversations/\(id)", key: Self.key, json: ["status": "resolved"])
            #expect(resolved.status == .ok, "\(resolved.raw)")
            let survey = "<csat.\(id.lowercased()).0a1b2c3d@voltra.example>"

            let rated = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "TRANG@example.com", "subject": "Re: How did we do?", "text": "4 - quick and kind\n\n> How did we do?",
                       "message_id": "<inv-2@example.com>", "in_reply_to": survey, "references": ["<inv-1@example.com>", survey]])
            #expect(rated.status == .created, "\(rated.raw)")
            #expect(rated["kind"]?.stringValue == "csat")
            #expect(rated["rating"]?.numberValue == 4)
            #expect(rated["comment"]?.stringValue == "quick and kind")
            let state = try await api.call(.get, "/api/v1/conversations/\(id)", key: Self.key)
            #expect(state["status"]?.stringValue == "resolved", "a rating does not reopen it")

            // Both questions answered in one line: the satisfaction rating and the recommendation score.
            let both = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "trang@example.com", "text": "5, 9 thanks again", "message_id": "<inv-3@example.com>",
                       "in_reply_to": survey])
            #expect(both["kind"]?.stringValue == "csat" && both["rating"]?.numberValue == 5, "\(both.raw)")
            let feedback = try await api.call(.get, "/api/v1/conversations/\(id)/feedback", key: Self.key)
            #expect(feedback.items.first { $0["kind"]?.stringValue == "nps" }?["rating"]?.numberValue == 9, "\(feedback.raw)")

            let stranger = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "someone@else.example", "text": "5", "message_id": "<x-1@else.example>", "in_reply_to": survey])
            #expect(stranger["message"]?["body"]?.stringValue == "5", "not the customer: a message like any other")
            #expect(stranger["conversation_id"]?.stringValue != id)
        }
    }
}
