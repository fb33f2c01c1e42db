import Foundation
import HeedCore
import Synchronization

/// A clock tests move forward by hand: real time at the start, plus every `advance`.
public final class SteppedClock: WallClock {
    private let offset = Mutex<TimeInterval>(0)
    private let start: Date

    /// A clock starting at `start` (default: now, whole seconds).
    public init(start: Date = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))) {
        self.start = start
    }

    public func now() -> Date { start.addingTimeInterval(offset.withLock { $0 }) }

    /// Moves the clock `seconds` forward.
    public func advance(_ seconds: TimeInterval) { offset.withLock { $0 += seconds } }
}
