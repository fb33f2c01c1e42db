import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Answers customer messages a node stored but never answered (it stopped mid-turn) when the customer does not
/// resend them: every `interval`, once per cluster, each open conversation the AI owns whose last message is the
/// customer's and older than `minimumAge` (a turn still running elsewhere is left alone) gets its late answer —
/// from the knowledge base or a hand-off, never an order change.
public struct UnansweredMessagesSweep: JobHandler {
    public let kind = "conversations.unanswered"
    let store: any SupportStore
    let pipeline: TurnPipeline
    let interval: TimeInterval
    let minimumAge: TimeInterval
    /// Conversations quiet for longer than this are not looked at again.
    let lookback: TimeInterval

    public init(
        store: any SupportStore, pipeline: TurnPipeline, interval: TimeInterval = 300, minimumAge: TimeInterval = 120,
        lookback: TimeInterval = 86_400
    ) {
        self.store = store
        self.pipeline = pipeline
        self.interval = interval
        self.minimumAge = minimumAge
        self.lookback = lookback
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: Date()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        _ = try await sweep(now: now)
        return .again(at: now.addingTimeInterval(interval))
    }

    /// Answers every message left unanswered; returns how many.
    public func sweep(now: Date) async throws -> Int {
        var answered = 0
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            var cursor: String?
            repeat {
                let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
                let page = try await store.read {
                    try await $0.conversations(
                        workspaceID: workspaceID, filter: ConversationFilter(status: .open, handler: .ai), page: request)
                }
                for conversation in page.items {
                    guard let last = conversation.lastMessageAt, last < now.addingTimeInterval(-minimumAge),
                          last > now.addingTimeInterval(-lookback)
                    else { continue }
                    if try await pipeline.answerIfLeftUnanswered(conversationID: conversation.id, workspaceID: workspaceID) {
                        answered += 1
                    }
                }
                cursor = page.nextCursor
            } while cursor != nil
        }
        return answered
    }
}
