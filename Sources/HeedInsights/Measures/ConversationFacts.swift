import Foundation
import HeedCore

/// What one conversation's events say whenever a report is read: every measure of ``ConversationOutcome`` that
/// does not move with time, and the instants from which the three that do are settled at read time — an agent's
/// handle span still running, the AI's answer waiting out the customer's silence window, service-level targets
/// whose due time has not passed. Derived once per new event and stored (``StoredReportFacts``), so a report reads
/// one row per conversation instead of all its events.
public struct ConversationFacts: Sendable, Hashable {
    /// The measures as far as the events decide them: handle time of the closed spans only, the AI resolution
    /// without the silence window, the service-level targets met or missed by an event; no cost.
    public var settled: ConversationOutcome
    /// Start of the handle span still open at the last event.
    public var openHandleSince: Date?
    /// The AI's last answer, when only the customer's silence for the window stands between it and an AI
    /// resolution.
    public var aiSilenceSince: Date?
    /// Due times of targets no event met: each counts as missed once it has passed.
    public var pendingDueTimes: [Date] = []

    public init(settled: ConversationOutcome) {
        self.settled = settled
    }

    /// The outcome as of `asOf`: the moving measures settled, the cost at the policy's prices.
    public func outcome(asOf: Date, policy: ReportingPolicy, workingTime: any WorkingTime) -> ConversationOutcome {
        var outcome = settled
        if let since = openHandleSince { outcome.handleSeconds += workingTime.seconds(from: since, to: asOf) }
        if let since = aiSilenceSince,
            asOf.timeIntervalSince(since) >= TimeInterval(policy.aiResolutionWindowMinutes * 60)
        {
            outcome.aiResolved = true
        }
        outcome.slaTargets += pendingDueTimes.filter { asOf > $0 }.count
        outcome.cost = outcome.handleSeconds / 3600 * policy.agentHourCost
            + (outcome.aiResolved ? policy.aiResolutionCost : 0)
        return outcome
    }

    /// What stored facts were derived under: the working time and the small-talk intents (the other settings,
    /// prices and the silence window, are applied at read time). Stored facts under another stamp are derived
    /// again.
    public static func stamp(policy: ReportingPolicy, workingTime: any WorkingTime) -> String {
        "f1|\(workingTime.identity)|\(policy.greetingIntents.sorted().joined(separator: ","))"
    }
}
