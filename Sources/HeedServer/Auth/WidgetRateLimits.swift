import Foundation
import HeedCore

/// Limits on what anyone on the internet can do through the widget without an account: open sessions (per network
/// address) and send messages (per session and per network address). Over a limit: 429 `rate_limited` with
/// `Retry-After` over HTTP, an `error` frame on the socket. One per server, shared by the HTTP and WebSocket routes.
/// Loopback peers have no per-address limit: they are this machine's own reverse proxy (every visitor would share
/// one allowance) or a local benchmark; the per-session limit still holds for them.
struct WidgetRateLimits: Sendable {
    private let sessionsPerAddress: RateLimiter.Rule
    private let messagesPerSession: RateLimiter.Rule
    private let messagesPerAddress: RateLimiter.Rule
    private let eventsPerSession: RateLimiter.Rule
    private let counts: RateLimiter

    init(limits: WidgetLimits = WidgetLimits(), clock: any WallClock) {
        sessionsPerAddress = .init(limit: limits.sessionsPerAddress, window: 10 * 60)
        messagesPerSession = .init(limit: limits.messagesPerSession, window: 60)
        messagesPerAddress = .init(limit: limits.messagesPerAddress, window: 60)
        eventsPerSession = .init(limit: limits.eventsPerSession, window: 60)
        counts = RateLimiter(clock: clock)
    }

    /// Counts a new widget session from `address`, or throws 429.
    func admitSession(from address: String?) async throws {
        guard let address = Self.limitedAddress(address) else { return }
        let wait = await counts.take([("session:" + address, sessionsPerAddress)])
        guard wait > 0 else { return }
        throw HeedError.rateLimited("Too many chat sessions from your network; try again later.", retryAfter: wait)
    }

    /// Counts a customer message of `sessionID` (from `address` when known), or throws 429.
    func admitMessage(session sessionID: UUID, from address: String?) async throws {
        try await admit("message", session: sessionID, rule: messagesPerSession, from: address, what: "messages")
    }

    /// Counts a behaviour event of `sessionID` (from `address` when known, sharing its per-address allowance with
    /// messages), or throws 429.
    func admitEvent(session sessionID: UUID, from address: String?) async throws {
        try await admit("event", session: sessionID, rule: eventsPerSession, from: address, what: "events")
    }

    /// Counts one `kind` under the session's `rule` and the address's message allowance, or throws 429.
    private func admit(
        _ kind: String, session sessionID: UUID, rule: RateLimiter.Rule, from address: String?, what: String
    ) async throws {
        var keys = [(kind + ":" + sessionID.uuidString, rule)]
        if let address = Self.limitedAddress(address) { keys.append(("message-address:" + address, messagesPerAddress)) }
        let wait = await counts.take(keys)
        guard wait > 0 else { return }
        throw HeedError.rateLimited(
            "You are sending \(what) too quickly; try again in \(Int(wait.rounded(.up))) seconds.", retryAfter: wait)
    }

    /// `address` unless it is missing or a loopback address.
    static func limitedAddress(_ address: String?) -> String? {
        guard let address, !address.hasPrefix("127."), address != "::1", !address.hasPrefix("::ffff:127.") else {
            return nil
        }
        return address
    }
}
