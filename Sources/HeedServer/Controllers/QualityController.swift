import Foundation
import HeedCore
import HeedInsights
import Hummingbird

/// Quality review of agents: one resolved conversation's review (`/api/v1/quality/conversations/{id}`), a lead's
/// override of it (admins), and each agent's averages for a period (`/api/v1/reports/quality`).
struct QualityController {
    let reviews: QualityReviews
    let reports: Reports
    let clock: any WallClock
    let body: JSONBodyReader

    struct OverrideRequest: Decodable, Sendable {
        let scores: [String: Double]
        let note: String?
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("quality/conversations/:id", use: show)
        routes.get("reports/quality", use: report)
        return routes
    }

    /// The routes for admins (leads).
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.put("quality/conversations/:id", use: override)
        return routes
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        return try JSONResponse.make(try await reviews.review(conversationID: id, workspaceID: context.principal.workspaceID))
    }

    @Sendable func override(_ request: Request, context: AdminContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        let input = try await body.decode(OverrideRequest.self, from: request)
        return try JSONResponse.make(
            try await reviews.override(conversationID: id, scores: input.scores, note: input.note, by: context.principal))
    }

    @Sendable func report(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let zone = try await reports.policy(workspaceID: workspaceID).zone
        let period = try request.reportPeriod(zone: zone, now: clock.now())
        return try JSONResponse.make(try await reviews.report(workspaceID: workspaceID, period: period))
    }
}
