import Foundation
import HeedCore

/// `POST /api/v1/agents`.
struct CreateAgentRequest: Decodable, Sendable {
    let name: String
    let email: String
    let role: AgentRole?
    let teamIDs: [UUID]?
    let capacity: Int?
    let languages: [String]?

    enum CodingKeys: String, CodingKey {
        case name, email, role, capacity, languages
        case teamIDs = "team_ids"
    }
}

/// `PATCH /api/v1/agents/{id}`.
struct UpdateAgentRequest: Decodable, Sendable {
    let name: String?
    let email: String?
    let role: AgentRole?
    let teamIDs: [UUID]?
    let capacity: Int?
    let languages: [String]?
    let isAvailable: Bool?

    enum CodingKeys: String, CodingKey {
        case name, email, role, capacity, languages
        case teamIDs = "team_ids"
        case isAvailable = "is_available"
    }
}

/// `PUT /api/v1/agents/{id}/password`.
struct SetPasswordRequest: Decodable, Sendable {
    let password: String
    /// Required when agents change their own password.
    let currentPassword: String?

    enum CodingKeys: String, CodingKey {
        case password
        case currentPassword = "current_password"
    }
}

/// `POST /api/v1/api-keys`.
struct CreateAPIKeyRequest: Decodable, Sendable {
    let name: String
    let agentID: UUID?
    let role: AgentRole?

    enum CodingKeys: String, CodingKey {
        case name, role
        case agentID = "agent_id"
    }
}
