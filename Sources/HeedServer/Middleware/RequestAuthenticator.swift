import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HTTPTypes
import Hummingbird

/// Authenticates an API call and puts the caller into the context: an API key (`Authorization: Bearer <key>`), or
/// the console's session cookie. Changes made with the cookie must carry the session's `X-CSRF-Token`. 401 without
/// a valid credential, 403 for a missing or wrong CSRF token.
struct RequestAuthenticator: RouterMiddleware {
    typealias Context = HeedRequestContext
    let store: any SupportStore
    let sessions: ConsoleSessions

    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let secret = Self.bearerToken(request) {
            let hash = APIKeySecret.hash(secret)
            guard let key = try await store.read({ try await $0.apiKey(secretHash: hash) }), key.revokedAt == nil else {
                throw HeedError(.unauthorized, code: .invalidAPIKey, message: "The API key is not valid or was revoked.")
            }
            context.principal = Principal(
                workspaceID: key.workspaceID, role: key.role, agentID: key.agentID, credential: .apiKey(key.id))
        } else if let cookie = request.cookies[ConsoleSessions.cookieName]?.value {
            let signedIn = try await sessions.authenticate(cookie)
            if ![.get, .head, .options].contains(request.method) {
                try ConsoleSessions.requireCSRF(request.headers[Self.csrfHeader], session: signedIn.session)
            }
            context.principal = Principal(
                workspaceID: signedIn.session.workspaceID, role: signedIn.agent.role, agentID: signedIn.agent.id,
                credential: .consoleSession(signedIn.session.id))
        } else {
            throw HeedError(
                .unauthorized, code: .unauthorized,
                message: "Send an API key as 'Authorization: Bearer <key>', or sign in to the console.")
        }
        context.logger[metadataKey: "workspace.id"] = .string(context.principal?.workspaceID.uuidString ?? "")
        return try await next(request, context)
    }

    /// The token of an `Authorization: Bearer …` header, if any.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
