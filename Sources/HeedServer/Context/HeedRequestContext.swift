import HeedCore
import Hummingbird

/// Per-request state: Hummingbird's core context plus the authenticated caller, once ``RequestAuthenticator`` has
/// run. Handlers of signed-in routes take a ``SignedInContext`` or an ``AdminContext`` instead, where the caller is
/// never missing.
public struct HeedRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``RequestAuthenticator`` on authenticated routes.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }
}

// Transitional: removed once every controller takes a SignedInContext or AdminContext.
extension HeedRequestContext {
    func requirePrincipal() throws -> Principal { try SignedInContext(context: self).principal }
    func requireAdmin() throws -> Principal { try AdminContext(context: self).principal }
}
