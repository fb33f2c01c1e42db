import Foundation
import HeedAutomation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/campaigns`: proactive outreach. Reading campaigns, their messages and reports is for everyone signed
/// in; creating, changing, activating and pausing them is for admins.
struct CampaignController {
    let store: any SupportStore
    let book: CampaignBook
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("campaigns", use: list)
        routes.get("campaigns/:id", use: show)
        routes.get("campaigns/:id/report", use: report)
        routes.get("campaigns/:id/messages", use: messages)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("campaigns", use: create)
        routes.patch("campaigns/:id", use: update)
        routes.delete("campaigns/:id", use: delete)
        routes.post("campaigns/:id/activate", use: activate)
        routes.post("campaigns/:id/pause", use: pause)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        return try JSONResponse.page(try await store.read {
            try await $0.campaigns(workspaceID: context.principal.workspaceID, page: page)
        })
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(try await campaign(context.uuidParameter(resource: "Campaign"), workspaceID: context.principal.workspaceID))
    }

    @Sendable func report(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Campaign")
        return try JSONResponse.make(try await book.report(id: id, workspaceID: context.principal.workspaceID))
    }

    /// The campaign's messages, newest first: to whom, what, why, and whether they were opened or replied to.
    @Sendable func messages(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let id = try context.uuidParameter(resource: "Campaign")
        _ = try await campaign(id, workspaceID: workspaceID)
        let page = try request.pageRequest()
        return try JSONResponse.page(try await store.read {
            try await $0.campaignDeliveries(campaignID: id, workspaceID: workspaceID, page: page)
        })
    }

    @Sendable func create(_ request: Request, context: AdminContext) async throws -> Response {
        let draft = try await body.decode(CampaignDraft.self, from: request)
        return try JSONResponse.make(try await book.create(draft, by: context.principal), status: .created)
    }

    @Sendable func update(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Campaign")
        let draft = try await body.decode(CampaignDraft.self, from: request)
        return try JSONResponse.make(try await book.update(id: id, with: draft, by: context.principal))
    }

    @Sendable func delete(_ request: Request, context: AdminContext) async throws -> Response {
        try await book.delete(id: try context.uuidParameter(resource: "Campaign"), by: context.principal)
        return JSONResponse.noContent()
    }

    @Sendable func activate(_ request: Request, context: AdminContext) async throws -> Response {
        try JSONResponse.make(try await book.activate(id: try context.uuidParameter(resource: "Campaign"), by: context.principal))
    }

    @Sendable func pause(_ request: Request, context: AdminContext) async throws -> Response {
        try JSONResponse.make(try await book.pause(id: try context.uuidParameter(resource: "Campaign"), by: context.principal))
    }

    private func campaign(_ id: UUID, workspaceID: UUID) async throws -> Campaign {
        guard let campaign = try await store.read({ try await $0.campaign(id: id, workspaceID: workspaceID) }) else {
            throw HeedError.notFound("Campaign")
        }
        return campaign
    }
}
