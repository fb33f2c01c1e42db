import HeedConversation
import HeedStore
import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (the store answers too, and how knowledge is retrieved:
/// `dense` with the sentence encoder, `embedding` while the encoder embeds the passages after a start — answers
/// are lexical meanwhile —, or `lexical`).
struct HealthController {
    let store: any SupportStore
    let knowledge: WorkspaceKnowledge

    struct Status: Encodable {
        let status: String
        var retrieval: String? = nil
    }

    private var retrieval: String {
        knowledge.isDense ? "dense" : knowledge.encoder == nil ? "lexical" : "embedding"
    }

    /// The routes without sign-in (all of them).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.get("healthz", use: live)
        routes.get("readyz", use: ready)
        return routes
    }

    @Sendable func live(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try JSONResponse.make(Status(status: "ok"))
    }

    @Sendable func ready(_ request: Request, context: HeedRequestContext) async throws -> Response {
        do {
            try await store.ping()
            return try JSONResponse.make(Status(status: "ready", retrieval: retrieval))
        } catch {
            context.logger.warning("Store not reachable", metadata: ["error.type": "\(type(of: error))"])
            return try JSONResponse.make(Status(status: "store unavailable"), status: .serviceUnavailable)
        }
    }
}
