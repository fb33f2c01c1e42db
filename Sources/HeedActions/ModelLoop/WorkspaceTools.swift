import AsyncHTTPClient
import Foundation
import HeedCore
import HeedNetwork
import HeedStore

/// The tools a workspace's conversations can use with a model provider: the built-in commerce tools, then the
/// workspace's own declared HTTP tools (a declared tool never replaces a built-in one of the same name).
public struct WorkspaceTools: Sendable {
    /// The built-in tools.
    public let builtIn: ToolRegistry
    /// The client declared tools call their backends with; nil offers the built-in tools only.
    let httpClient: HTTPClient?
    let network: NetworkGuard

    /// Tools over `httpClient` (make it with ``makeHTTPClient()``; the caller shuts it down).
    public init(builtIn: ToolRegistry = CommerceTools.registry, httpClient: HTTPClient? = nil) {
        self.builtIn = builtIn
        self.httpClient = httpClient
        self.network = NetworkGuard()
    }

    /// The HTTP client for declared tools: no redirects, no connection retries.
    public static func makeHTTPClient() -> HTTPClient { DeclaredHTTPTool.makeHTTPClient() }

    /// The registry for one turn in `workspaceID`.
    public func registry(for workspaceID: UUID, store: any SupportStore) async throws -> ToolRegistry {
        guard let httpClient else { return builtIn }
        let declared = try await store.read { reader in
            try await reader.declaredTools(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
                .items
        }
        guard !declared.isEmpty else { return builtIn }
        return ToolRegistry(
            builtIn.tools + declared.map { DeclaredHTTPTool(tool: $0, httpClient: httpClient, network: network) })
    }
}
