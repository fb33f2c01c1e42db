import Foundation
import HeedCore

/// `POST /api/v1/customers/{id}/events` and `POST /api/v1/widget/events`: one behaviour event.
struct CustomerEventRequest: Decodable, Sendable {
    let name: String
    let properties: [String: JSONValue]?
    /// When it happened (ISO 8601); now when absent.
    let occurredAt: Date?

    enum CodingKeys: String, CodingKey {
        case name, properties
        case occurredAt = "occurred_at"
    }
}
