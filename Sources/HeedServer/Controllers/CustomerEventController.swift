import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// Behaviour events: `/api/v1/customers/{id}/events` for the company's backend and agents (record, list newest
/// first, `?name=` to filter), and `/api/v1/widget/events` for `Heed.track(…)` in the customer's own widget session.
struct CustomerEventController {
    let log: BehaviourLog
    let limits: WidgetRateLimits
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("customers/:id/events", use: list)
        routes.post("customers/:id/events", use: record)
        return routes
    }

    /// The route for a widget with a live session.
    var widgetEndpoints: RouteCollection<WidgetContext> {
        let routes = RouteCollection(context: WidgetContext.self)
        routes.post("widget/events", use: track)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let name = request.uri.queryParameters.get("name").flatMap { $0.isEmpty ? nil : String($0) }
        return try JSONResponse.page(
            try await log.events(
                customerID: id, workspaceID: context.principal.workspaceID, name: name, page: try request.pageRequest()))
    }

    @Sendable func record(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let input = try await body.decode(CustomerEventRequest.self, from: request)
        let event = try await log.record(
            name: input.name, properties: input.properties, occurredAt: input.occurredAt, customerID: id,
            workspaceID: context.principal.workspaceID, source: .api)
        return try JSONResponse.make(event, status: .created)
    }

    @Sendable func track(_ request: Request, context: WidgetContext) async throws -> Response {
        let session = context.session
        try await limits.admitEvent(session: session.id, from: context.remoteAddress)
        let input = try await body.decode(CustomerEventRequest.self, from: request)
        let event = try await log.record(
            name: input.name, properties: input.properties, occurredAt: input.occurredAt,
            customerID: session.customerID, workspaceID: session.workspaceID, source: .widget)
        return try JSONResponse.make(event, status: .created)
    }
}
