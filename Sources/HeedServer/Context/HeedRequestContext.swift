import HeedCore
import Hummingbird

/// Per-request state: Hummingbird's core context plus the authenticated caller, once ``RequestAuthenticator`` (or,
/// for the chat widget, ``WidgetAuthenticator``) has run. Handlers of signed-in routes take a ``SignedInContext``,
/// an ``AdminContext`` or a ``WidgetContext`` instead, where the caller is never missing.
public struct HeedRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``RequestAuthenticator`` on authenticated routes.
    public var principal: Principal?
    /// Set by ``WidgetAuthenticator`` on the chat widget's routes.
    public var widgetSession: WidgetSession?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
        self.widgetSession = nil
    }
}
