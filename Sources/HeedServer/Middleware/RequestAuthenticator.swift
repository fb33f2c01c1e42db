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
            context.principal = try await keyPrincipal(secret)
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

    /// The caller behind an API key: its workspace, and its role as of now (capped by its agent's current role; a
    /// key whose agent was deleted no longer works).
    func keyPrincipal(_ secret: String) async throws -> Principal {
        let hash = APIKeySecret.hash(secret)
        let found = try await store.read { reader -> (APIKey, Agent?)? in
            guard let key = try await reader.apiKey(secretHash: hash), key.revokedAt == nil else { return nil }
            let agent = try await key.agentID.asyncFlatMap { try await reader.agent(id: $0, workspaceID: key.workspaceID) }
            return (key, agent)
        }
        guard let (key, agent) = found, let role = key.effectiveRole(agent: agent) else {
            throw HeedError(.unauthorized, code: .invalidAPIKey, message: "The API key is not valid or was revoked.")
        }
        return Principal(workspaceID: key.workspaceID, role: role, agentID: key.agentID, credential: .apiKey(key.id))
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
