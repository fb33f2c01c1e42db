import Foundation
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// The feedback loop end to end: a question the AI could not answer and a 👎 reach the review queue; teaching the
/// right article the question passes the check and the same question is then answered from it; a change that
/// would not help or would break another question is refused and changes nothing.
@Suite("Review queue")
struct ReviewQueueTests {
    static let key = "review-admin-key-00001"
    static let question = "How many days until the box lands here?"

    static func ask(_ api: TestAPI, _ text: String, visitor: String) async throws -> APIResponse {
        try await asking(api, text, visitor: visitor).reply
    }

    /// The customer's widget token beside the reply, for rating it.
    static func asking(_ api: TestAPI, _ text: String, visitor: String) async throws -> (reply: APIResponse, token: String) {
        let opened = try await api.call(
            .post, "/api/v1/widget/sessions",
            json: ["workspace_key": "pk_demo_voltra", "visitor_id": visitor, "language": "en"])
        let token = try #require(opened["token"]?.stringValue)
        let reply = try await api.call(
            .post, "/api/v1/widget/messages", key: token, json: ["body": text, "client_message_id": "\(visitor)-1"])
        return (reply, token)
    }

    static func article(_ api: TestAPI, titled title: String) async throws -> String {
        let articles = try await api.call(.get, "/api/v1/articles?limit=100&language=en", key: key)
        return try #require(articles.items.first { $0["title"]?.stringValue == title }?["id"]?.stringValue)
    }

    @Test("An unanswered question is learned onto the right article after the check, then answered from it", arguments: TestStores.engines)
    func learnsAnAbstainedQuestion(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            try await Self.learnAndAskAgain(api)
        }
    }

    @Test("With the sentence encoder (dense-first retrieval) the learned question is answered too")
    func learnsWithTheEncoder() async throws {
        try await withTestApp(configure: {
            $0.seedDemo = true
            $0.demoAdminKey = Self.key
            $0.loadSentenceEncoder = true
        }) { api in
            // The passages are embedded in the background after the start; retrieval is dense once they are.
            var retrieval = ""
            for _ in 0..<240 where retrieval != "dense" {
                retrieval = try await api.call(.get, "/readyz")["retrieval"]?.stringValue ?? ""
                if retrieval != "dense" { try await Task.sleep(for: .milliseconds(500)) }
            }
            try #require(retrieval == "dense", "the encoder did not load (run scripts/fetch-models.sh)")
            try await Self.learnAndAskAgain(api)
        }
    }

    /// Asks what the AI cannot answer, learns it from the review queue, asks again.
    static func learnAndAskAgain(_ api: TestAPI) async throws {
        let shipping = try await Self.article(api, titled: "How long does delivery take?")
        let first = try await Self.ask(api, Self.question, visitor: "visitor-review-0000001")
        #expect(first["reply"]?["decision"]?.stringValue == "handoff", "\(first.raw)")

        let queue = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
        #expect(queue.status == .ok, "\(queue.raw)")
        let item = try #require(queue.items.first { $0["kind"]?.stringValue == "abstained" }, "\(queue.raw)")
        #expect(item["question"]?.stringValue == Self.question)
        let conversationID = try #require(item["conversation_id"]?.stringValue)
        let answerID = try #require(item["answer_message_id"]?.stringValue)

        let decision: [String: Any] = [
            "conversation_id": conversationID, "answer_message_id": answerID, "article_id": shipping,
            "question": Self.question,
        ]
        let check = try await api.call(.post, "/api/v1/review-queue/check", key: Self.key, json: decision)
        #expect(check.status == .ok, "\(check.raw)")
        #expect(check["fixes"] == .bool(true) && check["passes"] == .bool(true), "\(check.raw)")
        #expect((check["checked"]?.numberValue ?? 0) > 10, "every article's title is checked")

        let learned = try await api.call(.post, "/api/v1/review-queue/learn", key: Self.key, json: decision)
        #expect(learned.status == .ok, "\(learned.raw)")
        #expect(learned["article"]?["learned_questions"]?.arrayValue?.contains(.string(Self.question)) == true)
        let after = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
        #expect(!after.items.contains { $0["answer_message_id"]?.stringValue == answerID }, "decided items leave the queue")
        let decided = try await api.call(.get, "/api/v1/review-queue?reviewed=true", key: Self.key)
        let done = decided.items.first { $0["answer_message_id"]?.stringValue == answerID }
        #expect(done?["review"]?["outcome"]?.stringValue == "learned")

        // The same question from another customer is now answered from the article it was taught to.
        let again = try await Self.ask(api, Self.question, visitor: "visitor-review-0000002")
        #expect(again["reply"]?["decision"]?.stringValue == "answer", "\(again.raw)")
        let cited = again["reply"]?["citations"]?.arrayValue?.compactMap { $0["article_id"]?.stringValue }
        #expect(cited?.first?.lowercased() == shipping.lowercased(), "\(again.raw)")
        let audit = try await api.call(.get, "/api/v1/audit-events?limit=20", key: Self.key)
        #expect(audit.items.contains { $0["action"]?.stringValue == "article.question_learned" })
    }

    @Test("A question taught to the wrong article is refused and nothing changes; a 👎 can be dismissed")
    func refusesAndDismisses() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let laptop = try await Self.article(api, titled: "My laptop won't turn on")
            let (asked, token) = try await Self.asking(api, "How long does delivery take?", visitor: "visitor-review-0000003")
            #expect(asked["reply"]?["decision"]?.stringValue == "answer", "\(asked.raw)")
            let conversationID = try #require(asked["conversation"]?["id"]?.stringValue)
            // Teaching the laptop article the delivery article's own title would send that question to it.
            let wrong: [String: Any] = [
                "conversation_id": conversationID, "article_id": laptop, "question": "How long does delivery take?",
                "answer_message_id": try #require(asked["reply"]?["id"]?.stringValue),
            ]
            let refused = try await api.call(.post, "/api/v1/review-queue/learn", key: Self.key, json: wrong)
            #expect([409, 422].contains(refused.status.code), "\(refused.raw)")
            #expect(["learning_regressed", "learning_ineffective"].contains(refused.errorCode ?? ""), "\(refused.raw)")
            let article = try await api.call(.get, "/api/v1/articles/\(laptop)", key: Self.key)
            #expect(article["learned_questions"]?.arrayValue?.isEmpty == true)

            let missing = try await api.call(.post, "/api/v1/review-queue/learn", key: Self.key, json: ["conversation_id": conversationID])
            #expect(missing.status == .unprocessableContent && missing.errorCode == "missing_field")

            // The customer's 👎 on the answer reaches the queue; dismissed, it leaves it.
            let answerID = try #require(asked["reply"]?["id"]?.stringValue)
            _ = try await api.call(.post, "/api/v1/widget/feedback", key: token, json: ["message_id": answerID, "helpful": false])
            let queue = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
            let thumbs = try #require(queue.items.first { $0["kind"]?.stringValue == "thumbs_down" }, "\(queue.raw)")
            #expect(thumbs["answer_message_id"]?.stringValue == answerID)
            #expect(thumbs["question"]?.stringValue == "How long does delivery take?")
            let feedbackID = try #require(thumbs["feedback_id"]?.stringValue)
            let dismissed = try await api.call(
                .post, "/api/v1/review-queue/dismiss", key: Self.key,
                json: ["conversation_id": conversationID, "feedback_id": feedbackID])
            #expect(dismissed.status == .noContent, "\(dismissed.raw)")
            let after = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
            #expect(!after.items.contains { $0["feedback_id"]?.stringValue == feedbackID })
            let unknown = try await api.call(
                .post, "/api/v1/review-queue/dismiss", key: Self.key,
                json: ["conversation_id": conversationID, "feedback_id": UUID().uuidString])
            #expect(unknown.status == .notFound)
        }
    }

    @Test("An agent's correction becomes a draft article, internal until published")
    func draftsFromACorrection() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let asked = try await Self.ask(api, "How long does delivery take?", visitor: "visitor-review-0000004")
            let conversationID = try #require(asked["conversation"]?["id"]?.stringValue)
            let answerID = try #require(asked["reply"]?["id"]?.stringValue)
            let correction = "Deliveries to Riga take 2–3 business days; to the rest of Latvia 3–5."
            let flagged = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages/\(answerID)/flags", key: Self.key,
                json: ["correction": correction])
            #expect(flagged.status == .created, "\(flagged.raw)")
            let queue = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
            let item = try #require(queue.items.first { $0["kind"]?.stringValue == "agent_flag" }, "\(queue.raw)")
            #expect(item["correction"]?.stringValue == correction)
            let feedbackID = try #require(item["feedback_id"]?.stringValue)
            let drafted = try await api.call(
                .post, "/api/v1/review-queue/draft", key: Self.key,
                json: ["conversation_id": conversationID, "feedback_id": feedbackID, "title": "Delivery times in Latvia",
                       "body": correction, "language": "en"])
            #expect(drafted.status == .created, "\(drafted.raw)")
            #expect(drafted["visibility"]?.stringValue == "internal")
            #expect(drafted["tags"]?.arrayValue == [.string("draft")])
            let after = try await api.call(.get, "/api/v1/review-queue", key: Self.key)
            #expect(!after.items.contains { $0["feedback_id"]?.stringValue == feedbackID })
            let decided = try await api.call(.get, "/api/v1/review-queue?reviewed=true", key: Self.key)
            let done = decided.items.first { $0["feedback_id"]?.stringValue == feedbackID }
            #expect(done?["review"]?["outcome"]?.stringValue == "drafted")
            #expect(done?["review"]?["article_id"]?.stringValue?.lowercased() == drafted["id"]?.stringValue?.lowercased())
            let noBody = try await api.call(
                .post, "/api/v1/review-queue/draft", key: Self.key,
                json: ["conversation_id": conversationID, "feedback_id": feedbackID, "title": "x"])
            #expect(noBody.errorCode == "missing_field")
        }
    }
}
