import Hummingbird
import HeedCore

/// Per-request state: Hummingbird's core context plus the authenticated caller, once known.
public struct HeedRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``RequestAuthenticator`` on authenticated routes.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }

    /// The authenticated caller; throws `unauthorized` on a route that forgot the authenticator.
    public func requirePrincipal() throws -> Principal {
        guard let principal else {
            throw HeedError(.unauthorized, code: "unauthorized", message: "An API key is required.")
        }
        return principal
    }

    /// The authenticated caller, who must be an admin.
    public func requireAdmin() throws -> Principal {
        let principal = try requirePrincipal()
        guard principal.role == .admin else {
            throw HeedError(.forbidden, code: "forbidden", message: "This action needs an admin API key.")
        }
        return principal
    }
}
