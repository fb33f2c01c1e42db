import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/settings/model-provider`: a workspace's own OpenAI-compatible model provider. The stored key is never
/// shown back; only whether there is one.
struct ModelProviderController: RecordsController {
    let store: any SupportStore
    let conversations: ConversationServices
    let clock: any WallClock
    let body: JSONBodyReader

    struct ProviderView: Encodable, Sendable {
        let baseURL: String?
        let model: String?
        let hasAPIKey: Bool
        /// `workspace` (its own), `server` (the server's flags) or `embedded` (no model: Heed's own engine).
        let source: String

        enum CodingKeys: String, CodingKey {
            case model, source
            case baseURL = "base_url"
            case hasAPIKey = "has_api_key"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(baseURL, forKey: .baseURL)
            try c.encode(model, forKey: .model)
            try c.encode(hasAPIKey, forKey: .hasAPIKey)
            try c.encode(source, forKey: .source)
        }
    }

    /// `PUT` body: `api_key` absent keeps the stored key, null or "" removes it.
    struct SetProviderRequest: Decodable, Sendable {
        let baseURL: String
        let model: String
        let apiKey: PatchField<String>

        enum CodingKeys: String, CodingKey {
            case model
            case baseURL = "base_url"
            case apiKey = "api_key"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            baseURL = try c.decode(String.self, forKey: .baseURL)
            model = try c.decode(String.self, forKey: .model)
            apiKey = try c.decodePatch(String.self, forKey: .apiKey)
        }
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("settings/model-provider", use: show)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.put("settings/model-provider", use: replace)
        routes.delete("settings/model-provider", use: remove)
        return routes
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspace = try await store.read { try await $0.workspace(id: context.principal.workspaceID) }
        return try JSONResponse.make(view(workspace?.modelProvider))
    }

    @Sendable func replace(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(SetProviderRequest.self, from: request)
        let baseURL = try Self.validatedURL(input.baseURL)
        let model = try Validate.text(input.model, field: "model", maxLength: 200)
        let saved = try await records.changeWorkspace(
            of: principal, action: "settings.model_provider.updated",
            details: ["base_url": .string(baseURL), "model": .string(model)]
        ) { workspace, _ in
            var settings = ModelProviderSettings(baseURL: baseURL, model: model, apiKey: workspace.modelProvider?.apiKey)
            switch input.apiKey {
            case .absent:
                if let stored = workspace.modelProvider, stored.apiKey != nil, !stored.keyMayMove(to: baseURL) {
                    throw HeedError.invalidField(
                        "api_key",
                        "must be sent again when base_url moves to another host: the stored key only goes to the host it was set for")
                }
            case .null: settings.apiKey = nil
            case .value(let key): settings.apiKey = key.isEmpty ? nil : try Validate.text(key, field: "api_key", maxLength: 500)
            }
            workspace.modelProvider = settings
        }
        conversations.useProvider(saved.modelProvider, workspaceID: principal.workspaceID)
        await conversations.cacheChanges.announce(.modelProvider, workspaceID: principal.workspaceID)
        return try JSONResponse.make(view(saved.modelProvider))
    }

    @Sendable func remove(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        try await records.changeWorkspace(of: principal, action: "settings.model_provider.removed") { workspace, _ in
            workspace.modelProvider = nil
        }
        conversations.useProvider(nil, workspaceID: principal.workspaceID)
        await conversations.cacheChanges.announce(.modelProvider, workspaceID: principal.workspaceID)
        return try JSONResponse.make(view(nil))
    }

    private func view(_ settings: ModelProviderSettings?) -> ProviderView {
        if let settings {
            return ProviderView(baseURL: settings.baseURL, model: settings.model, hasAPIKey: settings.apiKey != nil, source: "workspace")
        }
        if let server = conversations.providers.server {
            return ProviderView(baseURL: server.baseURL, model: server.model, hasAPIKey: server.apiKey != nil, source: "server")
        }
        return ProviderView(baseURL: nil, model: nil, hasAPIKey: false, source: "embedded")
    }

    /// An http(s) URL with a host.
    static func validatedURL(_ text: String) throws -> String {
        let trimmed = try Validate.text(text, field: "base_url", maxLength: 500)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { throw HeedError.invalidField("base_url", "must be an http:// or https:// URL") }
        return trimmed
    }
}
