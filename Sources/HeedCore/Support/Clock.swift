import Foundation

/// Tells the current time; passed in so that tests and simulations can control time.
public protocol WallClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system's real-time clock, truncated to milliseconds so stored and returned times agree.
public struct SystemWallClock: WallClock {
    public init() {}

    public func now() -> Date {
        let milliseconds = (Date().timeIntervalSince1970 * 1000).rounded(.down)
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }
}
