import Foundation
import HeedCore

/// Slows down password guessing on console sign-in: after too many failed attempts for one address, or from one
/// network address, within a window, further attempts get 429 with `Retry-After` until the oldest failure leaves the
/// window. Counts live in this node's memory (each node limits on its own) and are bounded in size.
actor SignInThrottle {
    struct Limits: Sendable {
        /// Failures allowed for one e-mail address within ``window``.
        var perAccount = 5
        /// Failures allowed from one network address within ``window``.
        var perAddress = 20
        var window: TimeInterval = 15 * 60
        /// Most keys remembered; the oldest are forgotten first.
        var maxKeys = 50_000
    }

    private let limits: Limits
    private let clock: any WallClock
    private var failures: [String: [Date]] = [:]

    init(limits: Limits = Limits(), clock: any WallClock) {
        self.limits = limits
        self.clock = clock
    }

    /// Throws 429 when `account` or `address` has used up its failures.
    func check(account: String, address: String?) throws {
        let now = clock.now()
        var wait = waitTime(for: Self.accountKey(account), limit: limits.perAccount, now: now)
        if let address {
            wait = max(wait, waitTime(for: Self.addressKey(address), limit: limits.perAddress, now: now))
        }
        guard wait > 0 else { return }
        var error = HeedError(
            .rateLimited, code: .rateLimited, message: "Too many failed sign-in attempts; try again later.")
        error.retryAfterSeconds = Int(wait.rounded(.up))
        throw error
    }

    /// Counts a wrong password.
    func recordFailure(account: String, address: String?) {
        let now = clock.now()
        record(Self.accountKey(account), now: now)
        if let address { record(Self.addressKey(address), now: now) }
    }

    /// A right password forgets the account's failures (not the address's).
    func recordSuccess(account: String) {
        failures[Self.accountKey(account)] = nil
    }

    private func waitTime(for key: String, limit: Int, now: Date) -> TimeInterval {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < limits.window }
        failures[key] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return 0 }
        return limits.window - now.timeIntervalSince(oldest)
    }

    private func record(_ key: String, now: Date) {
        if failures[key] == nil, failures.count >= limits.maxKeys { forgetOldest(now: now) }
        var recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < limits.window }
        recent.append(now)
        failures[key] = recent
    }

    /// Drops expired entries, and if still full, the key with the oldest last failure.
    private func forgetOldest(now: Date) {
        failures = failures.filter { _, dates in dates.contains { now.timeIntervalSince($0) < limits.window } }
        if failures.count >= limits.maxKeys,
            let oldest = failures.min(by: { ($0.value.last ?? now) < ($1.value.last ?? now) })?.key
        {
            failures[oldest] = nil
        }
    }

    private static func accountKey(_ email: String) -> String { "account:" + email.lowercased() }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
