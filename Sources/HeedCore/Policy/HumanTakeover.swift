import Foundation

extension Conversation {
    /// A human takes the conversation without the AI's hand-off plan (an agent switching the handler, a rule's
    /// `hand_off`, imported or seeded history): the hand-off time is set once, a VIP customer's conversation goes
    /// up to at least P2 (as ``PriorityPolicy`` rates a VIP), and the SLA clocks start now by the priority, unless
    /// they run already.
    /// With business `hours`, the clocks run only while the team is in.
    public mutating func startHumanHandling(
        at now: Date, customerTier: CustomerTier, serviceLevels: ServiceLevelPolicy, hours: BusinessHours? = nil
    ) {
        handler = .human
        if handedOffAt == nil { handedOffAt = now }
        if customerTier == .vip { priority = min(priority, .p2) }
        if firstResponseDueAt == nil {
            (firstResponseDueAt, resolutionDueAt) = serviceLevels.dueTimes(priority: priority, from: now, hours: hours)
        }
    }
}
