import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/agents`: the support team's members. Reading is for everyone; changes are for admins.
struct AgentController: RecordsController {
    let store: any SupportStore
    let passwords: PasswordHasher
    let clock: any WallClock
    let body: JSONBodyReader

    /// The routes any signed-in caller may use. Setting a password checks who may set whose.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("agents", use: list)
        routes.get("agents/:id", use: show)
        routes.put("agents/:id/password", use: setPassword)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("agents", use: create)
        routes.patch("agents/:id", use: update)
        routes.delete("agents/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        return try JSONResponse.page(
            try await store.read { try await $0.agents(workspaceID: context.principal.workspaceID, page: page) })
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(CreateAgentRequest.self, from: request)
        let now = clock.now()
        let agent = Agent(
            workspaceID: principal.workspaceID,
            name: try Validate.text(input.name, field: "name", maxLength: 200),
            email: try Validate.email(input.email),
            role: input.role ?? .agent,
            teamIDs: input.teamIDs ?? [],
            capacity: try Validate.integer(input.capacity ?? 5, field: "capacity", in: 0...1000),
            languages: try (input.languages ?? []).map { try Validate.language($0, field: "languages") },
            createdAt: now)
        try await store.write { writer in
            try await Self.checkTeams(agent.teamIDs, workspaceID: principal.workspaceID, reader: writer)
            try await writer.insert(agent)
            try await writer.insert(principal.auditEvent("agent.created", subjectType: "agent", subjectID: agent.id, at: now))
        }
        return try JSONResponse.make(agent, status: .created)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await records.show("Agent", context: context) { try await $0.agent(id: $1, workspaceID: $2) }
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "Agent")
        let input = try await body.decode(UpdateAgentRequest.self, from: request)
        let now = clock.now()
        let name = try input.name.map { try Validate.text($0, field: "name", maxLength: 200) }
        let email = try input.email.map { try Validate.email($0) }
        let capacity = try input.capacity.map { try Validate.integer($0, field: "capacity", in: 0...1000) }
        let languages = try input.languages.map { try $0.map { try Validate.language($0, field: "languages") } }
        let updated = try await records.update(
            "Agent", id: id, by: principal, at: now, audit: "agent.updated", subjectType: "agent",
            load: { try await $0.agent(id: $1, workspaceID: $2) }, save: { try await $0.update($1) }
        ) { agent, writer in
            if let name { agent.name = name }
            if let email, email.lowercased() != agent.email.lowercased() {
                agent.email = email
                try await Self.moveSignIn(of: id, to: email, workspaceID: principal.workspaceID, at: now, writer: writer)
            }
            if let role = input.role { agent.role = role }
            if let teams = input.teamIDs {
                try await Self.checkTeams(teams, workspaceID: principal.workspaceID, reader: writer)
                agent.teamIDs = teams
            }
            if let capacity { agent.capacity = capacity }
            if let languages { agent.languages = languages }
            if let available = input.isAvailable { agent.isAvailable = available }
        }
        return try JSONResponse.make(updated)
    }

    /// Admins set anyone's password; agents set their own, proving they know the current one.
    @Sendable func setPassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "Agent")
        let input = try await body.decode(SetPasswordRequest.self, from: request)
        let isSelf = principal.agentID == id
        guard principal.role == .admin || isSelf else {
            throw HeedError(.forbidden, code: .forbidden, message: "Only admins can set another agent's password.")
        }
        try PasswordHasher.validate(input.password)
        let (agent, existing) = try await store.read { reader in
            guard let agent = try await reader.agent(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Agent")
            }
            return (agent, try await reader.agentCredential(agentID: id, workspaceID: principal.workspaceID))
        }
        // Agents changing their own password prove they know the current one (unless they are admins).
        if isSelf, principal.role != .admin, let existing {
            guard let current = input.currentPassword,
                try await passwords.verify(current, hash: existing.passwordHash)
            else { throw HeedError.invalidField("current_password", "is not the current password") }
        }
        let hash = try await passwords.hash(input.password)
        let now = clock.now()
        try await store.write { writer in
            var credential =
                existing
                ?? AgentCredential(
                    agentID: id, workspaceID: principal.workspaceID, email: agent.email, passwordHash: hash,
                    createdAt: now)
            credential.passwordHash = hash
            credential.emailKey = agent.email.lowercased()
            credential.updatedAt = now
            credential.passwordSetAt = now
            try await writer.save(credential)
            // Every other session of the agent is signed out; the one changing its own password stays.
            if isSelf, case .consoleSession = principal.credential,
                let token = request.cookies[ConsoleSessions.cookieName]?.value,
                let current = try await writer.consoleSession(tokenHash: APIKeySecret.hash(token))
            {
                try await ConsoleSessions.renew(current, at: now, writer: writer)
            }
            try await writer.insert(principal.auditEvent("agent.password_set", subjectType: "agent", subjectID: id, at: now))
        }
        return JSONResponse.noContent()
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        try await records.delete("Agent", subjectType: "agent", action: "agent.deleted", context: context) {
            try await $0.deleteAgent(id: $1, workspaceID: $2)
        }
        return JSONResponse.noContent()
    }

    /// Every team id must name a team of the workspace.
    static func checkTeams(_ ids: [UUID], workspaceID: UUID, reader: any StoreReader) async throws {
        for id in ids where try await reader.team(id: id, workspaceID: workspaceID) == nil {
            throw HeedError.invalidField("team_ids", "contains \(id.uuidString), which is not a team of this workspace")
        }
    }

    /// Sign-in looks the password up by address: a new address moves the agent's credential (when there is one).
    private static func moveSignIn(
        of agentID: UUID, to email: String, workspaceID: UUID, at now: Date, writer: any StoreWriter
    ) async throws {
        guard var credential = try await writer.agentCredential(agentID: agentID, workspaceID: workspaceID) else { return }
        credential.emailKey = email.lowercased()
        credential.updatedAt = now
        try await writer.save(credential)
    }
}
