/// The stable, machine-readable code of a ``HeedError``: what clients switch on. The raw value is the wire form
/// (`{"error":{"code":"conversation_closed",…}}`); it never changes once published.
public enum ErrorCode: String, Sendable, Hashable, Codable, CaseIterable {
    // Malformed requests.
    case badRequest = "bad_request"
    case malformedJSON = "malformed_json"
    case invalidQuery = "invalid_query"
    case invalidCursor = "invalid_cursor"
    case methodNotAllowed = "method_not_allowed"
    case payloadTooLarge = "payload_too_large"
    case unsupportedMediaType = "unsupported_media_type"
    case rateLimited = "rate_limited"
    // Unacceptable values.
    case invalidField = "invalid_field"
    case missingField = "missing_field"
    case invalidFile = "invalid_file"
    // Who is calling.
    case unauthorized = "unauthorized"
    case forbidden = "forbidden"
    case invalidAPIKey = "invalid_api_key"
    case invalidCredentials = "invalid_credentials"
    case invalidSession = "invalid_session"
    case sessionExpired = "session_expired"
    case invalidSignature = "invalid_signature"
    case csrfFailed = "csrf_failed"
    // State.
    case notFound = "not_found"
    case conflict = "conflict"
    case adminKeyTaken = "admin_key_taken"
    case conversationClosed = "conversation_closed"
    case notResolved = "not_resolved"
    /// The review queue's learning check: the question would still not find the article first.
    case learningIneffective = "learning_ineffective"
    /// The review queue's learning check: another question would stop finding its article first.
    case learningRegressed = "learning_regressed"
    /// A channel Heed does not offer yet (campaigns by e-mail).
    case channelNotAvailable = "channel_not_available"
    // Heed's own failures.
    case demoMissing = "demo_missing"
    case demoInvalid = "demo_invalid"
    case internalError = "internal_error"
}
