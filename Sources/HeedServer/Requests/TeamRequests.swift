import Foundation

/// `POST /api/v1/teams`.
struct CreateTeamRequest: Decodable, Sendable {
    let name: String
    let description: String?
    let intents: [String]?
}

/// `PATCH /api/v1/teams/{id}`.
struct UpdateTeamRequest: Decodable, Sendable {
    let name: String?
    let description: String?
    let intents: [String]?
}
