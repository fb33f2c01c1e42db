import HeedConversation
import HeedCore

extension OpenAPISchemas {
    /// The review queue's bodies (`/api/v1/review-queue/…`).
    static var review: [String: JSONValue] {
        [
            "FeedbackReview": object([
                "outcome": enumeration(FeedbackReview.Outcome.self), "article_id": nullable(uuid),
                "reviewer_id": nullable(uuid), "at": dateTime,
            ]),
            "ReviewItem": object([
                "kind": enumeration(ReviewItem.Kind.self), "conversation_id": uuid, "feedback_id": nullable(uuid),
                "question_message_id": nullable(uuid), "question": nullable(string), "language": nullable(string),
                "answer_message_id": nullable(uuid), "answer": nullable(string), "cited_article_id": nullable(string),
                "correction": nullable(string), "rating": nullable(integer), "created_at": dateTime,
                "review": nullable(ref("FeedbackReview")),
            ]),
            "ReviewDecision": object(
                [
                    "conversation_id": uuid, "feedback_id": uuid, "answer_message_id": uuid, "article_id": uuid,
                    "question": string, "title": string, "body": string, "language": string,
                ], required: ["conversation_id"]),
            "LearningCheck": object([
                "fixes": boolean, "before": nullable(string), "checked": integer, "passes": boolean,
                "regressions": array(object(["question": string, "article_id": string, "now_first": nullable(string)])),
            ]),
            "LearnedQuestion": object([
                "article": ref("Article"), "question": string, "check": ref("LearningCheck"),
            ]),
        ]
    }
}
