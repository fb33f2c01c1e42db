import Foundation
import HeedCore

/// Facts as one text value for ``StoredReportFacts``: fields split by the unit separator, the stamp first, so a
/// report reads each row with one split instead of a JSON decoder (reports read tens of thousands of rows).
extension ConversationFacts {
    private static let separator = "\u{1F}"
    private static let dimensionOrder: [ReportDimension] = [
        .team, .agent, .channel, .language, .intent, .priority, .customerTier,
    ]

    /// The packed text, led by `stamp` (see ``stamp(policy:workingTime:)``).
    public func packed(stamp: String) -> String {
        let outcome = settled
        func number<T: LosslessStringConvertible>(_ value: T?) -> String { value.map(String.init) ?? "" }
        func time(_ value: Date?) -> String { value.map { String(Timestamp.microseconds($0)) } ?? "" }
        let flags = [
            outcome.handedOff, outcome.humanInvolved, outcome.resolved, outcome.everResolved, outcome.aiEngaged,
            outcome.aiResolved,
        ].map { $0 ? "1" : "0" }.joined()
        let fields: [String] =
            [stamp, flags]
            + Self.dimensionOrder.map { outcome.dimensions[$0] ?? "" }
            + [
                number(outcome.agentCount), number(outcome.reopenCount), number(outcome.slaTargets),
                number(outcome.slaTargetsMet), number(outcome.aiFirstResponseSeconds),
                number(outcome.firstResponseSeconds), number(outcome.firstResolutionSeconds),
                number(outcome.fullResolutionSeconds), number(outcome.handleSeconds),
                outcome.firstContactResolution.map { $0 ? "1" : "0" } ?? "", number(outcome.csat), number(outcome.nps),
                time(openHandleSince), time(aiSilenceSince),
                pendingDueTimes.map { String(Timestamp.microseconds($0)) }.joined(separator: ","),
            ]
        return fields.joined(separator: Self.separator)
    }

    /// Facts read back from ``packed(stamp:)``; nil when they were packed under another stamp or are unreadable
    /// (both mean: derive them again from the events).
    public init?(packed: String, stamp: String, conversationID: UUID, createdAt: Date) {
        let fields = packed.utf8.split(separator: 0x1F, omittingEmptySubsequences: false)
            .map { Substring($0) }
        guard fields.count == 24, fields[0] == stamp, fields[1].count == 6 else { return nil }
        func double(_ index: Int) -> Double? { Double(fields[index]) }
        func int(_ index: Int) -> Int? { Int(fields[index]) }
        func time(_ index: Int) -> Date? { Int64(fields[index]).map { Timestamp.date(microseconds: $0) } }
        let flags = fields[1].map { $0 == "1" }
        var outcome = ConversationOutcome(conversationID: conversationID, createdAt: createdAt)
        (outcome.handedOff, outcome.humanInvolved, outcome.resolved) = (flags[0], flags[1], flags[2])
        (outcome.everResolved, outcome.aiEngaged, outcome.aiResolved) = (flags[3], flags[4], flags[5])
        for (offset, dimension) in Self.dimensionOrder.enumerated() where !fields[2 + offset].isEmpty {
            outcome.dimensions[dimension] = String(fields[2 + offset])
        }
        guard let agents = int(9), let reopens = int(10), let targets = int(11), let met = int(12),
            let handle = double(17)
        else { return nil }
        (outcome.agentCount, outcome.reopenCount, outcome.slaTargets, outcome.slaTargetsMet) = (agents, reopens, targets, met)
        (outcome.aiFirstResponseSeconds, outcome.firstResponseSeconds) = (double(13), double(14))
        (outcome.firstResolutionSeconds, outcome.fullResolutionSeconds) = (double(15), double(16))
        outcome.handleSeconds = handle
        outcome.firstContactResolution = fields[18].isEmpty ? nil : fields[18] == "1"
        (outcome.csat, outcome.nps) = (int(19), int(20))
        self.init(settled: outcome)
        (openHandleSince, aiSilenceSince) = (time(21), time(22))
        pendingDueTimes = fields[23].split(separator: ",").compactMap { Int64($0) }.map { Timestamp.date(microseconds: $0) }
    }
}
