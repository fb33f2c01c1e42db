import Foundation
import HeedCore

/// Counts events per key in a sliding window and says how long a caller must wait once a key has used up its
/// allowance. Counts live in this node's memory (each node limits on its own) and are bounded in size: expired keys
/// are dropped first, then the key least recently used.
actor RateLimiter {
    /// An allowance: at most `limit` events per `window` seconds.
    struct Rule: Sendable, Hashable {
        var limit: Int
        var window: TimeInterval
    }

    private let clock: any WallClock
    private let maxKeys: Int
    private var events: [String: [Date]] = [:]

    init(clock: any WallClock, maxKeys: Int = 50_000) {
        self.clock = clock
        self.maxKeys = maxKeys
    }

    /// Seconds until `key` may have one more event under `rule` (0: now).
    func wait(_ key: String, rule: Rule) -> TimeInterval {
        let now = clock.now()
        let recent = recentEvents(key, rule: rule, now: now)
        guard recent.count >= rule.limit, let oldest = recent.first else { return 0 }
        return rule.window - now.timeIntervalSince(oldest)
    }

    /// Counts one event for `key`.
    func record(_ key: String, rule: Rule) {
        let now = clock.now()
        if events[key] == nil, events.count >= maxKeys { forgetOldest(now: now, window: rule.window) }
        var recent = recentEvents(key, rule: rule, now: now)
        recent.append(now)
        events[key] = recent
    }

    /// Counts one event for every key when none of them is over its rule; otherwise counts nothing and returns the
    /// longest wait.
    func take(_ keys: [(key: String, rule: Rule)]) -> TimeInterval {
        let wait = keys.map { self.wait($0.key, rule: $0.rule) }.max() ?? 0
        guard wait <= 0 else { return wait }
        for (key, rule) in keys { record(key, rule: rule) }
        return 0
    }

    /// Forgets every event of `key`.
    func forget(_ key: String) {
        events[key] = nil
    }

    private func recentEvents(_ key: String, rule: Rule, now: Date) -> [Date] {
        let recent = (events[key] ?? []).filter { now.timeIntervalSince($0) < rule.window }.suffix(rule.limit)
        events[key] = recent.isEmpty ? nil : Array(recent)
        return Array(recent)
    }

    private func forgetOldest(now: Date, window: TimeInterval) {
        events = events.filter { _, dates in dates.contains { now.timeIntervalSince($0) < window } }
        if events.count >= maxKeys, let oldest = events.min(by: { ($0.value.last ?? now) < ($1.value.last ?? now) })?.key {
            events[oldest] = nil
        }
    }
}

extension HeedError {
    /// 429 `rate_limited` with the seconds to wait (sent as `Retry-After`).
    static func rateLimited(_ message: String, retryAfter seconds: TimeInterval) -> HeedError {
        var error = HeedError(.rateLimited, code: .rateLimited, message: message)
        error.retryAfterSeconds = max(1, Int(seconds.rounded(.up)))
        return error
    }
}
