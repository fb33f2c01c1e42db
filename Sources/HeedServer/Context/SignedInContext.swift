import HeedCore
import Hummingbird

/// The context of a route for any signed-in caller (API key or console session): who is calling is a value, not
/// an optional to check. Made from the parent context after ``RequestAuthenticator``; 401 when it did not run.
public struct SignedInContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller.
    public let principal: Principal

    public init(context: HeedRequestContext) throws {
        guard let principal = context.principal else {
            throw HeedError(.unauthorized, code: .unauthorized, message: "An API key is required.")
        }
        self.coreContext = context.coreContext
        self.principal = principal
    }
}

/// The context of a route for admins only: 403 for any other signed-in caller.
public struct AdminContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller, an admin.
    public let principal: Principal

    public init(context: HeedRequestContext) throws {
        let signedIn = try SignedInContext(context: context)
        guard signedIn.principal.role == .admin else {
            throw HeedError(.forbidden, code: .forbidden, message: "This action needs an admin API key.")
        }
        self.coreContext = signedIn.coreContext
        self.principal = signedIn.principal
    }
}
