import Foundation
import HeedActions
import HeedCore
import Hummingbird

/// `/api/v1/conversations/{id}/tool-calls`: the tools called in a conversation, and agents running one from the
/// customer panel, for everyone signed in.
struct ToolCallController {
    let log: ToolCallLog
    let runner: AgentToolRunner
    let body: JSONBodyReader

    /// The body of `POST /conversations/{id}/tool-calls`.
    struct RunRequest: Decodable, Sendable {
        let tool: String
        let arguments: JSONValue?
        let confirm: Bool?
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("conversations/:id/tool-calls", use: list)
        routes.post("conversations/:id/tool-calls", use: run)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        guard let calls = try await log.calls(conversationID: id, workspaceID: context.principal.workspaceID) else {
            throw HeedError.notFound("Conversation")
        }
        return try JSONResponse.page(Page(items: calls, nextCursor: nil))
    }

    /// Runs a tool for the conversation's customer; a write answers what it will change until sent with `confirm`.
    @Sendable func run(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Conversation")
        let input = try await body.decode(RunRequest.self, from: request)
        let tool = try Validate.text(input.tool, field: "tool", maxLength: 64)
        return try JSONResponse.make(
            try await runner.run(
                tool, arguments: input.arguments ?? .object([:]), confirm: input.confirm ?? false, conversationID: id,
                by: context.principal, logger: context.logger))
    }
}
