import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/teams`: reading is for everyone signed in; changes are for admins.
struct TeamController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("teams", use: list)
        routes.get("teams/:id", use: show)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("teams", use: create)
        routes.patch("teams/:id", use: update)
        routes.delete("teams/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        return try JSONResponse.page(
            try await store.read { try await $0.teams(workspaceID: context.principal.workspaceID, page: page) })
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Team")
        guard let team = try await store.read({ try await $0.team(id: id, workspaceID: context.principal.workspaceID) })
        else { throw HeedError.notFound("Team") }
        return try JSONResponse.make(team)
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(CreateTeamRequest.self, from: request)
        let now = clock.now()
        let team = Team(
            workspaceID: principal.workspaceID, name: try Validate.text(input.name, field: "name", maxLength: 100),
            description: try Validate.optionalText(input.description, field: "description", maxLength: 1000) ?? "",
            intents: try Validate.tags(input.intents ?? [], field: "intents"), createdAt: now)
        try await store.write { writer in
            try await writer.insert(team)
            try await writer.insert(principal.auditEvent("team.created", subjectType: "team", subjectID: team.id, at: now))
        }
        return try JSONResponse.make(team, status: .created)
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "Team")
        let input = try await body.decode(UpdateTeamRequest.self, from: request)
        let name = try input.name.map { try Validate.text($0, field: "name", maxLength: 100) }
        let description = try input.description.map { try Validate.optionalText($0, field: "description", maxLength: 1000) ?? "" }
        let intents = try input.intents.map { try Validate.tags($0, field: "intents") }
        let now = clock.now()
        let updated = try await store.write { writer in
            guard var team = try await writer.team(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Team")
            }
            if let name { team.name = name }
            if let description { team.description = description }
            if let intents { team.intents = intents }
            team.updatedAt = now
            try await writer.update(team)
            try await writer.insert(principal.auditEvent("team.updated", subjectType: "team", subjectID: id, at: now))
            return team
        }
        return try JSONResponse.make(updated)
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let id = try context.uuidParameter(resource: "Team")
        let now = clock.now()
        try await store.write { writer in
            try await writer.deleteTeam(id: id, workspaceID: principal.workspaceID)
            try await writer.insert(principal.auditEvent("team.deleted", subjectType: "team", subjectID: id, at: now))
        }
        return JSONResponse.noContent()
    }
}
