import HeedCore
import Hummingbird

/// Authenticates a chat widget's call by its session token (`Authorization: Bearer wst_…`) and puts the session
/// into the context; 401 without a live session.
struct WidgetAuthenticator: RouterMiddleware {
    typealias Context = HeedRequestContext
    let sessions: WidgetSessions

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let session = try await sessions.authenticate(RequestAuthenticator.bearerToken(request))
        context.widgetSession = session
        context.logger[metadataKey: "workspace.id"] = .string(session.workspaceID.uuidString)
        return try await next(request, context)
    }
}
