import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

/// Abandonment alerts (#18): a customer who goes quiet after a negative message, or in the middle of a hand-off,
/// raises one alert to agents and gets one follow-up; on an injected clock.
@Suite("Abandonment alert")
struct AbandonmentWatchTests {
    struct Thread {
        let conversation: Conversation
        /// Authors, oldest first; `negative` marks a negative customer message.
        let messages: [(MessageAuthor, String, Bool)]
    }

    static func message(_ conversation: Conversation, _ author: MessageAuthor, _ body: String, negative: Bool, at: Date) -> Message {
        let annotations = negative
            ? MessageAnnotations(sentiment: "negative", signals: [SignalAnnotation(kind: "anger", score: 0.8)])
            : MessageAnnotations(sentiment: author == .customer ? "neutral" : nil)
        return Message(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, author: author, body: body,
            language: author == .customer ? "vi" : nil, annotations: annotations, createdAt: at)
    }

    @Test("Quiet after a negative message or mid-hand-off: one alert, one follow-up in the customer's language; calm or answering customers none", arguments: TestStores.engines)
    func alertsOnce(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let clock = SteppedClock(start: Date(timeIntervalSince1970: 1_804_694_400))
            let now = clock.now()
            let workspace = Workspace(name: "W", publicKey: "pk_abandon_\(UUID().uuidString)", createdAt: now)
            let customer = Customer(workspaceID: workspace.id, name: "Lan", createdAt: now)
            func conversation(handedOff: Bool = false) -> Conversation {
                var conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: now)
                if handedOff {
                    conversation.handler = .human
                    conversation.handedOffAt = now
                }
                return conversation
            }
            let angry = Thread(conversation: conversation(), messages: [(.customer, "Đơn hàng lại trễ, quá tệ!", true), (.ai, "Xin lỗi bạn…", false)])
            let handoff = Thread(conversation: conversation(handedOff: true), messages: [(.customer, "Tôi cần người thật", false), (.system, "Đang chuyển…", false)])
            let calm = Thread(conversation: conversation(), messages: [(.customer, "Giao hàng mất bao lâu?", false), (.ai, "Ba ngày.", false)])
            let answering = Thread(conversation: conversation(), messages: [(.customer, "Quá tệ!", true), (.ai, "Xin lỗi…", false), (.customer, "Được rồi", false)])
            let events = ConversationEvents(clock: clock, logger: TestStores.logger)
            let recorder = MessageRecorder(store: store, events: events, locks: ConversationLocks())
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                for thread in [angry, handoff, calm, answering] { try await writer.insert(thread.conversation, externalThreadID: nil) }
            }
            for thread in [angry, handoff, calm, answering] {
                for (index, (author, body, negative)) in thread.messages.enumerated() {
                    _ = try await recorder.record(
                        Self.message(thread.conversation, author, body, negative: negative, at: now.addingTimeInterval(Double(index))))
                }
            }
            let alerts = await events.agents.subscribe(workspace.id)
            let watch = AbandonmentWatch(store: store, recorder: recorder, events: events, clock: clock, silence: 600)

            clock.advance(300)
            let early = try await watch.checkOnce()
            clock.advance(400)
            let flagged = try await watch.checkOnce()
            clock.advance(600)
            let again = try await watch.checkOnce()

            #expect(early.isEmpty, "five minutes of silence is not abandonment")
            #expect(Set(flagged.map(\.id)) == [angry.conversation.id, handoff.conversation.id])
            #expect(again.isEmpty, "flagged once")
            #expect(flagged.allSatisfy { $0.tags.contains(AbandonmentSignal.tag) })
            let received = try await within(5, "two abandonment alerts") {
                var found: [AgentEvent] = []
                for await event in alerts where event.details["alert"] == .string("abandonment") {
                    found.append(event)
                    if found.count == 2 { break }
                }
                return found
            }
            let reasons = Dictionary(uniqueKeysWithValues: received.compactMap { event in
                event.conversation.map { ($0.id, event.details["reason"]?.stringValue ?? "") }
            })
            #expect(reasons[angry.conversation.id] == "negative_then_silent")
            #expect(reasons[handoff.conversation.id] == "left_during_handoff")
            for thread in [angry, handoff, calm, answering] {
                let messages = try await store.read {
                    try await $0.latestMessages(conversationID: thread.conversation.id, workspaceID: workspace.id, limit: 10)
                }
                let followUps = messages.filter { $0.clientMessageID?.hasPrefix("abandonment-") == true }
                let expected = thread.conversation.id == angry.conversation.id || thread.conversation.id == handoff.conversation.id
                #expect(followUps.count == (expected ? 1 : 0))
                #expect(followUps.allSatisfy { $0.language == "vi" && !$0.body.isEmpty })
            }
            let audited = try await store.read { try await $0.auditEvents(workspaceID: workspace.id, page: PageRequest()).items }
            #expect(audited.filter { $0.action == "conversation.abandonment_alert" }.count == 2)
        }
    }

    @Test("Negative means negative sentiment, anger or a threat to leave; the hand-off follow-up differs from the apology")
    func signals() {
        let conversation = Conversation(workspaceID: UUID(), customerID: UUID(), channel: .widget, createdAt: Date())
        let threat = Self.message(conversation, .customer, "I will cancel", negative: false, at: Date())
        var leaving = threat
        leaving.annotations.signals = [SignalAnnotation(kind: "churn_threat", score: 0.7)]
        #expect(!AbandonmentSignal.isNegative(threat))
        #expect(AbandonmentSignal.isNegative(leaving))
        #expect(AbandonmentSignal.followUp(.leftDuringHandoff, language: "xx").language == "en")
        #expect(AbandonmentSignal.followUp(.leftDuringHandoff, language: "lv").text != AbandonmentSignal.followUp(.negativeThenSilent, language: "lv").text)
    }
}
