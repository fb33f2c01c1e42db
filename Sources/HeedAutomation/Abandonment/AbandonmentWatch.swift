import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Alerts agents when a customer seems to have left a conversation that still needed them (see
/// ``AbandonmentSignal``): the conversation gets the `abandonment-risk` tag (visible in the console), an audit
/// record and a `sentiment.alert` event with `details.alert: "abandonment"` on the bus for every node's agents, and the customer one follow-up
/// message. A cluster job, one pass a minute by default; a pass is callable directly, and repeating one flags
/// nothing twice (the tag, and the follow-up's client message id, across nodes).
public struct AbandonmentWatch: JobHandler {
    public let kind = "conversations.abandonment"
    let store: any SupportStore
    let recorder: MessageRecorder
    let events: ConversationEvents
    let clock: any WallClock
    /// How long the customer must have been silent.
    let silence: TimeInterval
    /// Conversations quiet for longer than this are not looked at.
    let lookback: TimeInterval
    let sendsFollowUp: Bool
    let interval: TimeInterval

    public init(
        store: any SupportStore, recorder: MessageRecorder, events: ConversationEvents, clock: any WallClock,
        silence: TimeInterval = 600, lookback: TimeInterval = 86_400, sendsFollowUp: Bool = true, interval: TimeInterval = 60
    ) {
        self.store = store
        self.recorder = recorder
        self.events = events
        self.clock = clock
        self.silence = silence
        self.lookback = lookback
        self.sendsFollowUp = sendsFollowUp
        self.interval = interval
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: clock.now()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        _ = try await checkOnce()
        return .again(at: now.addingTimeInterval(interval))
    }

    /// Flags every conversation its customer seems to have left; returns the flagged conversations.
    @discardableResult
    public func checkOnce() async throws -> [Conversation] {
        let now = clock.now()
        var flagged: [Conversation] = []
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            var cursor: String?
            repeat {
                let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
                let page = try await store.read {
                    try await $0.conversations(workspaceID: workspaceID, filter: ConversationFilter(status: .open), page: request)
                }
                for conversation in page.items {
                    guard let last = conversation.lastMessageAt, now.timeIntervalSince(last) <= lookback,
                          now.timeIntervalSince(last) >= silence, !conversation.tags.contains(AbandonmentSignal.tag)
                    else { continue }
                    if let alerted = try await alertIfLeft(conversation, now: now) { flagged.append(alerted) }
                }
                cursor = page.nextCursor
            } while cursor != nil
        }
        return flagged
    }

    /// Flags `conversation` when its customer seems to have left it, and tells the agents.
    func alertIfLeft(_ conversation: Conversation, now: Date) async throws -> Conversation? {
        let messages = try await store.read {
            try await $0.latestMessages(conversationID: conversation.id, workspaceID: conversation.workspaceID, limit: 20)
        }
        guard let reason = AbandonmentSignal.reason(conversation, messages: messages, now: now, silence: silence) else {
            return nil
        }
        let customerLanguage = messages.last(where: { $0.author == .customer })?.language
        guard let flagged = try await flag(conversation, reason: reason, language: customerLanguage, now: now) else { return nil }
        // The bus's alert kind for agents; `alert` tells the console it is an abandonment, not an angry message.
        _ = await events.publish(
            .sentimentAlert, flagged, details: ["alert": .string("abandonment"), "reason": .string(reason.rawValue)])
        return flagged
    }

    /// Tags and audits the conversation — with the follow-up message, in the same transaction — unless another
    /// pass did already; nil then.
    func flag(_ conversation: Conversation, reason: AbandonmentReason, language: String?, now: Date) async throws -> Conversation? {
        guard sendsFollowUp else {
            return try await store.write { writer in
                guard var current = try await writer.lockConversation(id: conversation.id, workspaceID: conversation.workspaceID),
                      !current.tags.contains(AbandonmentSignal.tag)
                else { return nil }
                try await Self.mark(&current, reason: reason, now: now, writer: writer)
                try await writer.update(current)
                return current
            }
        }
        let followUp = AbandonmentSignal.followUp(reason, language: language)
        let message = Message(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, author: .system, body: followUp.text,
            language: followUp.language, clientMessageID: "abandonment-\(conversation.id.uuidString)", createdAt: now)
        let recorded = try await recorder.record(message) { current, _, writer in
            try await Self.mark(&current, reason: reason, now: now, writer: writer)
        }
        return recorded.created ? recorded.conversation : nil
    }

    /// The tag and the audit record of an alert.
    static func mark(_ conversation: inout Conversation, reason: AbandonmentReason, now: Date, writer: any StoreWriter) async throws {
        conversation.tags.append(AbandonmentSignal.tag)
        try await writer.insert(AuditEvent(
            workspaceID: conversation.workspaceID, actor: .system, action: "conversation.abandonment_alert",
            subjectType: "conversation", subjectID: conversation.id, details: ["reason": .string(reason.rawValue)],
            createdAt: now))
    }
}
