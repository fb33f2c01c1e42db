import HeedCore
import Hummingbird

/// The context of the chat widget's routes: the customer's widget session is a value, made from the parent context
/// after ``WidgetAuthenticator``; 401 when it did not run.
struct WidgetContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The customer's session: which workspace, which customer.
    let session: WidgetSession
    /// The caller's network address, when known (for rate limits).
    let remoteAddress: String?

    init(context: HeedRequestContext) throws {
        guard let session = context.widgetSession else {
            throw HeedError(.unauthorized, code: .unauthorized, message: "A widget session token is required.")
        }
        self.coreContext = context.coreContext
        self.session = session
        self.remoteAddress = context.remoteAddress
    }
}
