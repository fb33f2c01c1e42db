import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// Authenticates `Authorization: Bearer <API key>` and puts the caller into the context; 401 without a valid key.
struct APIKeyAuthenticator: RouterMiddleware {
    typealias Context = HeedRequestContext
    let store: any SupportStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let secret = Self.bearerToken(request) else {
            throw HeedError(
                .unauthorized, code: "unauthorized",
                message: "Send an API key as 'Authorization: Bearer <key>'.")
        }
        let hash = APIKeySecret.hash(secret)
        guard let key = try await store.read({ try await $0.apiKey(secretHash: hash) }), key.revokedAt == nil else {
            throw HeedError(.unauthorized, code: "invalid_api_key", message: "The API key is not valid or was revoked.")
        }
        var context = context
        context.principal = Principal(workspaceID: key.workspaceID, role: key.role, agentID: key.agentID, apiKeyID: key.id)
        context.logger[metadataKey: "workspace.id"] = .string(key.workspaceID.uuidString)
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
