import Foundation

extension ReportEvent {
    /// The events a change to a conversation makes. `before` is the conversation as read in the transaction (nil
    /// when it is being created), `after` as it will be stored, `message` the message recorded with the change,
    /// `customer` the customer (read for a new conversation: its tier).
    public static func changes(
        from before: Conversation?, to after: Conversation, message: Message? = nil, customer: Customer? = nil,
        at now: Date
    ) -> [ReportEvent] {
        func event(_ kind: ReportEventKind) -> ReportEvent {
            ReportEvent(
                workspaceID: after.workspaceID, conversationID: after.id, kind: kind, occurredAt: now,
                conversationCreatedAt: after.createdAt, channel: after.channel, teamID: after.teamID,
                priority: after.priority)
        }
        var events: [ReportEvent] = []
        if before == nil {
            var created = event(.created)
            created.customerTier = customer?.tier
            events.append(created)
        }
        let wasDone = before.map { $0.status.isDone } ?? false
        if wasDone, !after.status.isDone { events.append(event(.reopened)) }
        if let message, let kind = messageKind(message) {
            var recorded = event(kind)
            recorded.messageID = message.id
            recorded.language = message.language
            if kind == .aiReply {
                recorded.detail = message.annotations.decision?.rawValue
                recorded.intent = message.annotations.intent
            }
            if kind == .agentReply { recorded.agentID = message.authorID }
            events.append(recorded)
        }
        if before?.handler != .human, after.handler == .human {
            var handoff = event(.handedOff)
            handoff.detail = after.escalationReason
            handoff.firstResponseDueAt = after.firstResponseDueAt
            handoff.resolutionDueAt = after.resolutionDueAt
            events.append(handoff)
        }
        if after.assigneeID != before?.assigneeID {
            if let agentID = after.assigneeID {
                var assigned = event(.assigned)
                assigned.agentID = agentID
                events.append(assigned)
            } else {
                events.append(event(.unassigned))
            }
        }
        if !wasDone, after.status.isDone, before != nil { events.append(event(.resolved)) }
        return events
    }

    /// The event a rating makes (none for an agent's flag).
    public static func rating(_ feedback: Feedback, in conversation: Conversation, at now: Date) -> [ReportEvent] {
        let kind: ReportEventKind
        switch feedback.kind {
        case .csat: kind = .rated
        case .nps: kind = .npsRated
        case .aiRating: kind = .aiRated
        case .aiFlag: return []
        }
        guard let rating = feedback.rating else { return [] }
        return [ReportEvent(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, kind: kind, occurredAt: now,
            conversationCreatedAt: conversation.createdAt, messageID: feedback.messageID, value: Double(rating),
            channel: conversation.channel, teamID: conversation.teamID, priority: conversation.priority)]
    }

    private static func messageKind(_ message: Message) -> ReportEventKind? {
        guard !message.isInternalNote else { return nil }
        switch message.author {
        case .customer: return .customerMessage
        case .ai: return .aiReply
        case .agent: return .agentReply
        case .system: return nil
        }
    }
}

extension ConversationStatus {
    /// Resolved or closed: nothing is waiting on the support side.
    public var isDone: Bool { self == .resolved || self == .closed }
}
