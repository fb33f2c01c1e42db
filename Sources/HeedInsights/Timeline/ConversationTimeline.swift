import Foundation
import HeedCore

/// One conversation's reporting events, in the order they happened.
public struct ConversationTimeline: Sendable {
    public let conversationID: UUID
    public let createdAt: Date
    public let events: [ReportEvent]

    /// A timeline of `events`, all of one conversation; they are put in order here.
    public init(conversationID: UUID, createdAt: Date, events: [ReportEvent]) {
        self.conversationID = conversationID
        self.createdAt = createdAt
        self.events = events.sorted(by: ReportEvent.happenedBefore)
    }

    /// The timelines of `events`, one per conversation, in the order conversations first appear.
    public static func group(_ events: [ReportEvent]) -> [ConversationTimeline] {
        var order: [UUID] = []
        var byConversation: [UUID: [ReportEvent]] = [:]
        for event in events {
            if byConversation[event.conversationID] == nil { order.append(event.conversationID) }
            byConversation[event.conversationID, default: []].append(event)
        }
        return order.compactMap { id in
            guard let events = byConversation[id], let first = events.first else { return nil }
            return ConversationTimeline(conversationID: id, createdAt: first.conversationCreatedAt, events: events)
        }
    }

    /// The conversation's state as last recorded (channel, team, priority: every event carries them).
    var latest: ReportEvent? { events.last }

    /// The last value any event gave for a property only some events carry (tier, language, agent).
    func lastKnown<T>(_ value: (ReportEvent) -> T?) -> T? {
        for event in events.reversed() { if let found = value(event) { return found } }
        return nil
    }
}
