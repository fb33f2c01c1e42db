import Foundation
import HeedCore

/// What one conversation counts for in the reports, read from its timeline: every measure the KPIs aggregate.
/// Durations are in working seconds (see ``WorkingTime``); `nil` means "does not apply yet". The definitions are
/// in `docs/reports.md`.
public struct ConversationOutcome: Sendable, Hashable {
    public var conversationID: UUID
    public var createdAt: Date
    /// Team, agent, channel, language, intent, priority and tier, where known.
    public var dimensions: [ReportDimension: String] = [:]

    /// The AI handed the conversation to humans.
    public var handedOff = false
    /// A human took part: a hand-off, an assignment or an agent's public reply.
    public var humanInvolved = false
    /// The distinct agents who were assigned or replied.
    public var agentCount = 0

    /// Creation → the AI's first public reply.
    public var aiFirstResponseSeconds: Double?
    /// Creation, or the hand-off when there was one before it → the first human public reply.
    public var firstResponseSeconds: Double?
    /// Creation → the first resolution.
    public var firstResolutionSeconds: Double?
    /// Creation → the last resolution, for conversations resolved now (a reopened one has none until resolved again).
    public var fullResolutionSeconds: Double?
    /// Time an agent was assigned while the conversation was open.
    public var handleSeconds: Double = 0

    /// Resolved (or closed) now.
    public var resolved = false
    /// Resolved at least once.
    public var everResolved = false
    public var reopenCount = 0
    /// Resolved now, never reopened, with at most one agent: nil while not resolved.
    public var firstContactResolution: Bool?

    /// The customer's last satisfaction rating (1–5) and recommendation score (0–10).
    public var csat: Int?
    public var nps: Int?

    /// The AI gave at least one answer that was not small talk.
    public var aiEngaged = false
    /// The AI's last answer helped (👍, resolved, or the customer stayed silent for the window) and no human took part.
    public var aiResolved = false

    /// Service-level targets (first response, resolution) decided so far, and how many of them were met.
    public var slaTargets = 0
    public var slaTargetsMet = 0

    /// Handle time at the agent-hour cost plus the AI-resolution cost when the AI resolved it.
    public var cost: Double = 0

    public init(conversationID: UUID, createdAt: Date) {
        self.conversationID = conversationID
        self.createdAt = createdAt
    }
}
