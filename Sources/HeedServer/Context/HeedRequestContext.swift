import HeedCore
import Hummingbird
import NIOCore

/// Per-request state: Hummingbird's core context plus the authenticated caller, once ``RequestAuthenticator`` (or,
/// for the chat widget, ``WidgetAuthenticator``) has run. Handlers of signed-in routes take a ``SignedInContext``,
/// an ``AdminContext`` or a ``WidgetContext`` instead, where the caller is never missing.
public struct HeedRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``RequestAuthenticator`` on authenticated routes.
    public var principal: Principal?
    /// Set by ``WidgetAuthenticator`` on the chat widget's routes.
    public var widgetSession: WidgetSession?
    /// The network address the request came from, when known: the peer's IP, or the client's as a trusted proxy
    /// forwarded it (``ClientAddressMiddleware``); used for rate limits.
    public internal(set) var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
        self.widgetSession = nil
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
