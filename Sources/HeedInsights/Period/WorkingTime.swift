import Foundation
import HeedCore

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

/// Only the workspace's open hours count: durations in business hours (the clock stops at night, at weekends
/// and on holidays, as the SLA clocks do).
public struct BusinessTime: WorkingTime {
    public let hours: BusinessHours

    public init(hours: BusinessHours) {
        self.hours = hours
    }

    public func seconds(from start: Date, to end: Date) -> Double {
        hours.openSeconds(from: start, to: end)
    }

    /// Changes with the hours (a digest of their canonical JSON), so facts measured under old hours are derived
    /// again; the same on every node and after restarts.
    public var identity: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let bytes = (try? encoder.encode(hours)) ?? Data()
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return "business:" + String(hash, radix: 16)
    }
}
