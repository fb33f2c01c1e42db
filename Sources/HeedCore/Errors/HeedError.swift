/// An error Heed reports to its callers: a kind (which decides the HTTP status), a stable machine-readable code
/// and a message for people. Messages never carry internals (SQL, stack traces, secrets).
public struct HeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of an error.
    public enum Kind: String, Sendable {
        /// The request is malformed (bad JSON, bad id or cursor format).
        case badRequest
        /// The route exists, but not with this HTTP method.
        case methodNotAllowed
        /// No or an invalid credential.
        case unauthorized
        /// A valid credential without the right to do this.
        case forbidden
        /// The resource does not exist in the caller's workspace.
        case notFound
        /// The request conflicts with existing data (duplicate unique value).
        case conflict
        /// The body is larger than allowed.
        case payloadTooLarge
        /// The body is not in a format the route takes (e.g. not `application/json`).
        case unsupportedMediaType
        /// The request is well-formed but its values are not acceptable.
        case unprocessable
        /// Too many requests.
        case rateLimited
        /// A dependency (the database, a model provider) is not available.
        case unavailable
        /// A bug or an unexpected failure inside Heed.
        case internalFailure
    }

    public let kind: Kind
    public let code: ErrorCode
    public let message: String
    /// For `rateLimited`: how many seconds the caller should wait (sent as `Retry-After`).
    public var retryAfterSeconds: Int?

    public init(_ kind: Kind, code: ErrorCode, message: String) {
        self.kind = kind
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }

    /// `resource` with this id does not exist in the caller's workspace.
    public static func notFound(_ resource: String) -> HeedError {
        HeedError(.notFound, code: .notFound, message: "\(resource) not found.")
    }

    /// A field's value is not acceptable.
    public static func invalidField(_ field: String, _ reason: String) -> HeedError {
        HeedError(.unprocessable, code: .invalidField, message: "Field '\(field)' \(reason).")
    }

    /// The conversation is closed: nothing more can be posted to it.
    public static let conversationClosed = HeedError(
        .conflict, code: .conversationClosed, message: "This conversation is closed; start a new one.")

    /// The channel (e.g. `email` for campaigns) is not available yet.
    public static func channelNotAvailable(_ channel: String) -> HeedError {
        HeedError(.unprocessable, code: .channelNotAvailable, message: "The \(channel) channel is not available for campaigns yet; use widget.")
    }

    /// A unique value is already taken.
    public static func conflict(_ message: String) -> HeedError {
        HeedError(.conflict, code: .conflict, message: message)
    }
}
