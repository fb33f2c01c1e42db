import Foundation
import HeedCore

/// A clock that always says the same instant.
struct FixedClock: WallClock {
    let instant: Date
    func now() -> Date { instant }
}

/// Hand-written conversation histories as reporting events, times in minutes after each conversation's creation.
struct HistoryScript {
    let workspaceID: UUID
    private(set) var events: [ReportEvent] = []

    init(workspaceID: UUID) { self.workspaceID = workspaceID }

    /// One conversation being written.
    struct Conversation {
        let id = UUID()
        let createdAt: Date
        let workspaceID: UUID
        var channel: Channel = .widget
        var teamID: UUID?
        var priority: Priority = .p3
        var events: [ReportEvent] = []

        mutating func add(
            _ kind: ReportEventKind, at minute: Double, agent: UUID? = nil, message: UUID? = nil, value: Double? = nil,
            detail: String? = nil, language: String? = nil, intent: String? = nil, tier: CustomerTier? = nil,
            firstResponseDue: Double? = nil, resolutionDue: Double? = nil
        ) {
            func time(_ minutes: Double?) -> Date? { minutes.map { createdAt.addingTimeInterval($0 * 60) } }
            events.append(
                ReportEvent(
                    workspaceID: workspaceID, conversationID: id, kind: kind, occurredAt: time(minute)!,
                    conversationCreatedAt: createdAt, agentID: agent, messageID: message, value: value, detail: detail,
                    channel: channel, teamID: teamID, priority: priority, language: language, intent: intent,
                    customerTier: tier, firstResponseDueAt: time(firstResponseDue), resolutionDueAt: time(resolutionDue)))
        }

        mutating func customer(at minute: Double, language: String? = nil) {
            add(.customerMessage, at: minute, message: UUID(), language: language)
        }

        /// An AI reply; returns its message id (for ratings).
        @discardableResult
        mutating func ai(at minute: Double, intent: String?, decision: TurnDecision.Kind = .answer) -> UUID {
            let message = UUID()
            add(.aiReply, at: minute, message: message, detail: decision.rawValue, intent: intent)
            return message
        }
    }

    /// Starts a conversation created at `date`, written by `body`.
    mutating func conversation(
        at date: Date, channel: Channel = .widget, tier: CustomerTier = .standard,
        _ body: (inout Conversation) -> Void
    ) {
        var conversation = Conversation(createdAt: date, workspaceID: workspaceID, channel: channel)
        conversation.add(.created, at: 0, tier: tier)
        body(&conversation)
        events += conversation.events
    }
}
