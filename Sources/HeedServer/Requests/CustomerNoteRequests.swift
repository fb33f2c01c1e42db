import Foundation
import HeedCore

/// `POST /api/v1/customers/{id}/notes`: an agent's note (kind `note` unless given).
struct CreateCustomerNoteRequest: Decodable, Sendable {
    let kind: CustomerNoteKind?
    let text: String
}

/// `PATCH /api/v1/customers/{id}/notes/{note_id}`: a new text or kind (absent: unchanged).
struct UpdateCustomerNoteRequest: Decodable, Sendable {
    let kind: CustomerNoteKind?
    let text: String?
}
