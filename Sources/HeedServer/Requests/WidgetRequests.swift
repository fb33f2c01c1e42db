import Foundation

/// `POST /api/v1/widget/sessions`: the widget asks for a customer session.
struct CreateWidgetSessionRequest: Decodable, Sendable {
    /// A customer identified by the company's backend, with a signature proving it.
    struct SignedCustomer: Decodable, Sendable {
        let externalID: String
        let name: String?
        let email: String?
        /// Unix time in seconds after which the signature is no longer accepted.
        let expiresAt: Int64
        /// Hex HMAC-SHA256, under the workspace's identity secret, of
        /// `external_id=…\nemail=…\nname=…\nexpires_at=…` (absent fields empty).
        let signature: String

        enum CodingKeys: String, CodingKey {
            case name, email, signature
            case externalID = "external_id"
            case expiresAt = "expires_at"
        }
    }

    /// The workspace's public key (embedded in the page).
    let workspaceKey: String
    /// An anonymous visitor's random id, kept by the browser.
    let visitorID: String?
    let customer: SignedCustomer?
    /// The browser's language (ISO 639-1), a hint for replies.
    let language: String?
    let name: String?

    enum CodingKeys: String, CodingKey {
        case customer, language, name
        case workspaceKey = "workspace_key"
        case visitorID = "visitor_id"
    }
}

/// `POST /api/v1/widget/messages`.
struct WidgetMessageRequest: Decodable, Sendable {
    let body: String
    let clientMessageID: String?
    let conversationID: UUID?

    enum CodingKeys: String, CodingKey {
        case body
        case clientMessageID = "client_message_id"
        case conversationID = "conversation_id"
    }
}

/// `POST /api/v1/widget/feedback`: 👍 (`helpful: true`) or 👎 on an AI answer.
struct WidgetRatingRequest: Decodable, Sendable {
    let messageID: UUID
    let helpful: Bool

    enum CodingKeys: String, CodingKey {
        case helpful
        case messageID = "message_id"
    }
}

/// `POST /api/v1/widget/csat` (satisfaction, 1–5) and `POST /api/v1/widget/nps` (likelihood to recommend, 0–10):
/// a survey answer on a resolved conversation (the customer's latest when none named).
struct WidgetSatisfactionRequest: Decodable, Sendable {
    let conversationID: UUID?
    let rating: Int
    let comment: String?

    enum CodingKeys: String, CodingKey {
        case rating, comment
        case conversationID = "conversation_id"
    }
}
