import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/agents`: the support team's members. Reading is for everyone; changes are for admins.
struct AgentController {
    let store: any SupportStore
    let passwords: PasswordHasher
    let clock: any WallClock
    let body: JSONBodyReader

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("agents") { request, context in
            let principal = try context.requirePrincipal()
            let page = try request.pageRequest()
            return try JSONResponse.page(
                try await store.read { try await $0.agents(workspaceID: principal.workspaceID, page: page) })
        }
        group.post("agents") { request, context in
            let principal = try context.requireAdmin()
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
        group.get("agents/:id") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Agent")
            guard let agent = try await store.read({ try await $0.agent(id: id, workspaceID: principal.workspaceID) })
            else { throw HeedError.notFound("Agent") }
            return try JSONResponse.make(agent)
        }
        group.patch("agents/:id") { request, context in
            let principal = try context.requireAdmin()
            let id = try context.uuidParameter(resource: "Agent")
            let input = try await body.decode(UpdateAgentRequest.self, from: request)
            let now = clock.now()
            let name = try input.name.map { try Validate.text($0, field: "name", maxLength: 200) }
            let email = try input.email.map { try Validate.email($0) }
            let capacity = try input.capacity.map { try Validate.integer($0, field: "capacity", in: 0...1000) }
            let languages = try input.languages.map { try $0.map { try Validate.language($0, field: "languages") } }
            let updated = try await store.write { writer in
                guard var agent = try await writer.agent(id: id, workspaceID: principal.workspaceID) else {
                    throw HeedError.notFound("Agent")
                }
                if let name { agent.name = name }
                if let email, email.lowercased() != agent.email.lowercased() {
                    agent.email = email
                    // Sign-in looks the password up by address.
                    if var credential = try await writer.agentCredential(agentID: id, workspaceID: principal.workspaceID) {
                        credential.emailKey = email.lowercased()
                        credential.updatedAt = now
                        try await writer.save(credential)
                    }
                }
                if let role = input.role { agent.role = role }
                if let teams = input.teamIDs {
                    try await Self.checkTeams(teams, workspaceID: principal.workspaceID, reader: writer)
                    agent.teamIDs = teams
                }
                if let capacity { agent.capacity = capacity }
                if let languages { agent.languages = languages }
                if let available = input.isAvailable { agent.isAvailable = available }
                agent.updatedAt = now
                try await writer.update(agent)
                try await writer.insert(principal.auditEvent("agent.updated", subjectType: "agent", subjectID: id, at: now))
                return agent
            }
            return try JSONResponse.make(updated)
        }
        group.put("agents/:id/password") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Agent")
            let input = try await body.decode(SetPasswordRequest.self, from: request)
            let isSelf = principal.agentID == id
            guard principal.role == .admin || isSelf else {
                throw HeedError(.forbidden, code: .forbidden, message: "Only admins can set another agent's password.")
            }
            try PasswordHasher.validate(input.password)
            let existing = try await store.read { reader in
                guard let agent = try await reader.agent(id: id, workspaceID: principal.workspaceID) else {
                    throw HeedError.notFound("Agent")
                }
                return (agent, try await reader.agentCredential(agentID: id, workspaceID: principal.workspaceID))
            }
            // Agents changing their own password prove they know the current one (unless they are admins).
            if isSelf, principal.role != .admin, let credential = existing.1 {
                guard let current = input.currentPassword,
                    try await passwords.verify(current, hash: credential.passwordHash)
                else { throw HeedError.invalidField("current_password", "is not the current password") }
            }
            let hash = try await passwords.hash(input.password)
            let now = clock.now()
            try await store.write { writer in
                var credential =
                    existing.1
                    ?? AgentCredential(
                        agentID: id, workspaceID: principal.workspaceID, email: existing.0.email, passwordHash: hash,
                        createdAt: now)
                credential.passwordHash = hash
                credential.emailKey = existing.0.email.lowercased()
                credential.updatedAt = now
                try await writer.save(credential)
                try await writer.insert(
                    principal.auditEvent("agent.password_set", subjectType: "agent", subjectID: id, at: now))
            }
            return JSONResponse.noContent()
        }
        group.delete("agents/:id") { _, context in
            let principal = try context.requireAdmin()
            let id = try context.uuidParameter(resource: "Agent")
            let now = clock.now()
            try await store.write { writer in
                try await writer.deleteAgent(id: id, workspaceID: principal.workspaceID)
                try await writer.insert(principal.auditEvent("agent.deleted", subjectType: "agent", subjectID: id, at: now))
            }
            return JSONResponse.noContent()
        }
    }

    /// Every team id must name a team of the workspace.
    static func checkTeams(_ ids: [UUID], workspaceID: UUID, reader: any StoreReader) async throws {
        for id in ids where try await reader.team(id: id, workspaceID: workspaceID) == nil {
            throw HeedError.invalidField("team_ids", "contains \(id.uuidString), which is not a team of this workspace")
        }
    }
}
