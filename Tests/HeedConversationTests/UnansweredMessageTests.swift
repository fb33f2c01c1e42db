import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedConversation

/// A node that stops between storing a customer's message and answering it leaves the question open; the
/// customer's resend (the widget's outbox resends by client message id) must then be answered, once (#15).
@Suite("Messages left unanswered by a stopped node")
struct UnansweredMessageTests {
    @Test("The resend of a stored but unanswered message is answered once, without storing it again", arguments: TestStores.engines)
    func resendIsAnswered(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            // What the stopped node did: the message is stored, no turn ran after it.
            _ = try await fixture.recorder.record(fixture.customerMessage("How long does delivery take?", clientMessageID: "c1"))
            let turn = CustomerTurn(
                workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id,
                body: "How long does delivery take?", clientMessageID: "c1")
            let resent = try await fixture.pipeline().handle(turn)
            #expect(resent.created == false)
            let reply = try #require(resent.reply, "the resend gets the reply the question never had")
            #expect(reply.annotations.replyTo == resent.message.id)
            #expect(reply.body.contains("2 to 4 working days"), "\(reply.body)")

            let again = try await fixture.pipeline().handle(turn)
            #expect(again.reply?.id == reply.id, "a second resend returns the same reply, it does not answer twice")
            let messages = try await store.read {
                try await $0.messages(
                    conversationID: fixture.conversation.id, workspaceID: fixture.workspace.id, page: PageRequest())
            }.items
            #expect(messages.map(\.author) == [.customer, .ai])
        }
    }

    @Test("A resend in a conversation a human owns, or of an older message, is not answered by the AI", arguments: TestStores.engines)
    func notForHumansOrOlderMessages(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            _ = try await fixture.recorder.record(fixture.customerMessage("Where is my parcel?", clientMessageID: "old"))
            _ = try await fixture.recorder.record(fixture.customerMessage("Hello?", clientMessageID: "new"))
            let older = try await fixture.pipeline().handle(
                CustomerTurn(
                    workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, body: "Where is my parcel?",
                    clientMessageID: "old"))
            #expect(older.reply == nil, "only the latest message is answered late")

            try await store.write { writer in
                guard var conversation = try await writer.conversation(
                    id: fixture.conversation.id, workspaceID: fixture.workspace.id) else { return }
                conversation.handler = .human
                try await writer.update(conversation)
            }
            let human = try await fixture.pipeline().handle(
                CustomerTurn(
                    workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, body: "Hello?",
                    clientMessageID: "new"))
            #expect(human.reply == nil, "a human owns the conversation: the AI stays quiet")
        }
    }
}
