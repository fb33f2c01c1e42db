import Foundation

/// How much of the time between two instants counts as working time. Every duration a report shows is measured
/// through one, so the same KPIs can be read in calendar time or, once a workspace has business hours, in
/// business hours only.
public protocol WorkingTime: Sendable {
    /// The working seconds from `start` to `end`; 0 when `end` is not after `start`.
    func seconds(from start: Date, to end: Date) -> Double

    /// Names the rules durations are measured by: stored report facts measured under other rules are derived
    /// again (see ``ConversationFacts/stamp(policy:workingTime:)``).
    var identity: String { get }
}

/// Every second counts: durations in calendar time.
public struct CalendarTime: WorkingTime {
    public init() {}

    public var identity: String { "calendar" }

    public func seconds(from start: Date, to end: Date) -> Double {
        max(0, end.timeIntervalSince(start))
    }
}
