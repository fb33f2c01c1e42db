import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/api-keys` (admins): issue keys (the secret is shown once), list them, revoke them.
struct APIKeyController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    /// A key as lists show it: never the secret or its hash.
    struct KeySummary: Encodable {
        let id: UUID
        let name: String
        let role: AgentRole
        let agentID: UUID?
        let prefix: String
        let createdAt: Date
        let revokedAt: Date?

        init(_ key: APIKey) {
            id = key.id
            name = key.name
            role = key.role
            agentID = key.agentID
            prefix = key.prefix
            createdAt = key.createdAt
            revokedAt = key.revokedAt
        }

        enum CodingKeys: String, CodingKey {
            case id, name, role, prefix
            case agentID = "agent_id"
            case createdAt = "created_at"
            case revokedAt = "revoked_at"
        }
    }

    /// A newly issued key, with its secret.
    struct IssuedKey: Encodable {
        let key: KeySummary
        let secret: String
    }

    /// The routes for admins (all of them).
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.get("api-keys", use: list)
        routes.post("api-keys", use: create)
        routes.delete("api-keys/:id", use: revoke)
        return routes
    }

    @Sendable func list(_ request: Request, context: AdminContext) async throws -> Response {
        let page = try request.pageRequest()
        let keys = try await store.read { try await $0.apiKeys(workspaceID: context.principal.workspaceID, page: page) }
        return try JSONResponse.page(Page(items: keys.items.map(KeySummary.init), nextCursor: keys.nextCursor))
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(CreateAPIKeyRequest.self, from: request)
        let name = try Validate.text(input.name, field: "name", maxLength: 200)
        let now = clock.now()
        let secret = APIKeySecret.generate()
        let key = try await store.write { writer in
            var role = input.role ?? .agent
            if let agentID = input.agentID {
                guard let agent = try await writer.agent(id: agentID, workspaceID: principal.workspaceID) else {
                    throw HeedError.invalidField("agent_id", "does not name an agent of this workspace")
                }
                if input.role == nil { role = agent.role }
                if role == .admin, agent.role != .admin {
                    throw HeedError.invalidField("role", "cannot be admin for an agent who is not an admin")
                }
            }
            let key = APIKey(
                workspaceID: principal.workspaceID, agentID: input.agentID, name: name, role: role,
                prefix: APIKeySecret.prefix(of: secret), secretHash: APIKeySecret.hash(secret), createdAt: now)
            try await writer.insert(key)
            try await writer.insert(principal.auditEvent("api_key.created", subjectType: "api_key", subjectID: key.id, at: now))
            return key
        }
        return try JSONResponse.make(IssuedKey(key: KeySummary(key), secret: secret), status: .created)
    }

    /// Revoking a revoked key again changes nothing (and audits nothing).
    @Sendable func revoke(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "API key")
        let now = clock.now()
        try await store.write { writer in
            guard var key = try await writer.apiKey(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("API key")
            }
            guard key.revokedAt == nil else { return }
            key.revokedAt = now
            try await writer.update(key)
            try await writer.insert(principal.auditEvent("api_key.revoked", subjectType: "api_key", subjectID: id, at: now))
        }
        return JSONResponse.noContent()
    }
}
