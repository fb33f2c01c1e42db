import Foundation
import HeedAutomation
import HeedCore
import Hummingbird

/// `/api/v1/widget/campaign-messages`: the campaign messages waiting for the session's customer (shown on their
/// visit, so fetching them marks them opened), their reply to one, and their opt-out from marketing.
struct CampaignMessageController {
    let inbox: CampaignInbox

    /// A campaign message as the customer sees it.
    struct Shown: Encodable, Sendable {
        let id: UUID
        let text: String
        let language: String?
        /// Marketing messages offer an opt-out.
        let purpose: Campaign.Purpose
        let createdAt: Date

        init(_ delivery: CampaignDelivery) {
            id = delivery.id
            text = delivery.text
            language = delivery.language
            purpose = delivery.purpose
            createdAt = delivery.createdAt
        }

        enum CodingKeys: String, CodingKey {
            case id, text, language, purpose
            case createdAt = "created_at"
        }
    }

    /// The routes for a widget with a live session.
    var widgetEndpoints: RouteCollection<WidgetContext> {
        let routes = RouteCollection(context: WidgetContext.self)
        routes.get("widget/campaign-messages", use: waiting)
        routes.post("widget/campaign-messages/:id/reply", use: reply)
        routes.post("widget/campaign-messages/:id/opt-out", use: optOut)
        return routes
    }

    @Sendable func waiting(_ request: Request, context: WidgetContext) async throws -> Response {
        let opened = try await inbox.open(customerID: context.session.customerID, workspaceID: context.session.workspaceID)
        return try JSONResponse.page(Page(items: opened.map(Shown.init), nextCursor: nil))
    }

    @Sendable func reply(_ request: Request, context: WidgetContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Campaign message")
        let delivery = try await inbox.reply(
            deliveryID: id, customerID: context.session.customerID, workspaceID: context.session.workspaceID)
        return try JSONResponse.make(Shown(delivery))
    }

    @Sendable func optOut(_ request: Request, context: WidgetContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Campaign message")
        let delivery = try await inbox.optOut(
            deliveryID: id, customerID: context.session.customerID, workspaceID: context.session.workspaceID)
        return try JSONResponse.make(Shown(delivery))
    }
}
