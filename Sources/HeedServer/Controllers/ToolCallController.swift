import Foundation
import HeedActions
import HeedCore
import Hummingbird

/// `/api/v1/conversations/{id}/tool-calls`: the tools the AI called in a conversation, for everyone signed in.
struct ToolCallController {
    let log: ToolCallLog

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("conversations/:id/tool-calls", use: list)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        guard let calls = try await log.calls(conversationID: id, workspaceID: context.principal.workspaceID) else {
            throw HeedError.notFound("Conversation")
        }
        return try JSONResponse.page(Page(items: calls, nextCursor: nil))
    }
}
