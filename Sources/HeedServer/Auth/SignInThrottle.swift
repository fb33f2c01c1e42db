import Foundation
import HeedCore

/// Slows down password guessing on console sign-in: after too many failed attempts for one address, or from one
/// network address, within a window, further attempts get 429 with `Retry-After` until the oldest failure leaves the
/// window. Per node, in memory (``RateLimiter``).
struct SignInThrottle: Sendable {
    struct Limits: Sendable {
        /// Failures allowed for one e-mail address within ``window``.
        var perAccount = 5
        /// Failures allowed from one network address within ``window``.
        var perAddress = 20
        var window: TimeInterval = 15 * 60
    }

    private let limits: Limits
    private let failures: RateLimiter

    init(limits: Limits = Limits(), clock: any WallClock) {
        self.limits = limits
        self.failures = RateLimiter(clock: clock)
    }

    private var accountRule: RateLimiter.Rule { .init(limit: limits.perAccount, window: limits.window) }
    private var addressRule: RateLimiter.Rule { .init(limit: limits.perAddress, window: limits.window) }

    /// Throws 429 when `account` or `address` has used up its failures.
    func check(account: String, address: String?) async throws {
        var wait = await failures.wait(Self.accountKey(account), rule: accountRule)
        if let address { wait = max(wait, await failures.wait(Self.addressKey(address), rule: addressRule)) }
        guard wait > 0 else { return }
        throw HeedError.rateLimited("Too many failed sign-in attempts; try again later.", retryAfter: wait)
    }

    /// Counts a wrong password.
    func recordFailure(account: String, address: String?) async {
        await failures.record(Self.accountKey(account), rule: accountRule)
        if let address { await failures.record(Self.addressKey(address), rule: addressRule) }
    }

    /// A right password forgets the account's failures (not the address's).
    func recordSuccess(account: String) async {
        await failures.forget(Self.accountKey(account))
    }

    private static func accountKey(_ email: String) -> String { "account:" + email.lowercased() }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
