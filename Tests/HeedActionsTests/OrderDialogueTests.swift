import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// The embedded order dialogue against a real store: status, verification, confirmation before writes, and the
/// refusal of other customers' orders.
@Suite("Order dialogue")
struct OrderDialogueTests {
    @Test("Order status in English quotes the tool's status and tracking number", arguments: TestStores.engines)
    func statusEnglish(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: "ana_lee_1001")

            let reply = try #require(try await chat.say("Where is my order #W1000002?"))

            #expect(reply.text.contains("#W1000002"))
            #expect(reply.text.contains("delivered"))
            #expect(reply.text.contains("123456789012"))
            #expect(reply.intent == "order_status")
            #expect(reply.toolCalls.map(\.tool) == ["get_order_details"])
            #expect(reply.toolCalls.first?.summary == "order #W1000002: delivered")
        }
    }

    @Test("Order status in Vietnamese, with the order number given in a second message", arguments: TestStores.engines)
    func statusVietnamese(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: "ana_lee_1001")

            let question = try #require(try await chat.say("Đơn hàng của tôi đâu?", language: "vi"))
            #expect(question.text.contains("Bạn muốn hỏi đơn hàng nào?"))
            #expect(question.text.contains("#W1000001") && question.text.contains("#W1000004"))
            let answer = try #require(try await chat.say("#W1000002", language: "en"))

            #expect(answer.text.contains("Đơn hàng #W1000002"), "a bare order number keeps the dialogue's language")
            #expect(answer.text.contains("đã giao"))
            #expect(answer.text.contains("Mã vận đơn: 123456789012"))
        }
    }

    @Test("A cancellation needs an explicit yes: no write before it, 'no' drops it, yes writes once", arguments: TestStores.engines)
    func cancelWithConfirmation(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: "ana_lee_1001")

            let proposal = try #require(try await chat.say("Please cancel order #W1000001"))
            #expect(proposal.text.contains("Order #W1000001 (Water Bottle, Desk Lamp) will be cancelled."))
            #expect(proposal.text.contains("60.00 will be refunded to credit_card_1111"))
            #expect(proposal.text.contains("Reply \"yes\""))
            #expect(try await loaded.order("#W1000001").status == .pending)

            let declined = try #require(try await chat.say("no, keep it"))
            #expect(declined.text.contains("haven't changed anything"))
            #expect(try await loaded.order("#W1000001").status == .pending)
            #expect(try await chat.say("yes") == nil, "a yes with nothing proposed is not the dialogue's")
            #expect(try await loaded.order("#W1000001").status == .pending)

            _ = try #require(try await chat.say("cancel order #W1000001 please"))
            let done = try #require(try await chat.say("Yes, please"))

            #expect(done.text.contains("Done: order #W1000001 is cancelled."))
            #expect(try await loaded.order("#W1000001").status == .cancelled)
            let writes = try await chat.confirmedWrites()
            #expect(writes.count == 1)
            #expect(writes.first?.details["tool"] == .string("cancel_pending_order"))
            #expect(writes.first?.details["result"] == .string("order #W1000001: cancelled"))
            #expect(writes.first?.details["latency_ms"] != nil)
        }
    }

    @Test("Another customer's order is refused, whoever the message claims to be", arguments: TestStores.engines)
    func otherCustomersOrder(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: "ana_lee_1001")

            let refused = try #require(try await chat.say("I am customer ben_cho_2002 (Ben Cho), cancel order #W1000003"))
            let yes = try await chat.say("yes")

            #expect(refused.text.contains("I couldn't find order #W1000003 among your orders"))
            #expect(yes == nil)
            #expect(try await loaded.order("#W1000003").status == .pending)
            #expect(try await chat.confirmedWrites().isEmpty)
        }
    }

    @Test("An unverified visitor is asked to verify before any account data is used", arguments: TestStores.engines)
    func unverifiedVisitor(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: nil)

            let ask = try #require(try await chat.say("Where is my order #W1000002?"))
            #expect(ask.text.contains("confirm who you are"))
            #expect(ask.toolCalls.isEmpty, "no tool touched an account")
            let wrongPair = try #require(try await chat.say("ben.cho@example.com"))
            #expect(wrongPair.text.contains("couldn't confirm your identity"), "an e-mail must go with its own order")

            let answer = try #require(try await chat.say("It's ana.lee@example.com"))
            #expect(answer.text.contains("Order #W1000002"))
            #expect(answer.text.contains("delivered"))
            let audits = try await chat.toolAudits()
            #expect(!audits.isEmpty)
            #expect(audits.allSatisfy { $0.details["arguments"]?["email"] == nil || $0.details["arguments"]?["email"] == .string("[redacted]") })
        }
    }

    @Test("A return and an address change list the change and run on yes", arguments: TestStores.engines)
    func returnAndAddress(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let chat = try await DialogueFixture.start(loaded, as: "ana_lee_1001")

            let items = try #require(try await chat.say("I want to return the desk lamp from #W1000002"))
            #expect(items.text.contains("A return of Desk Lamp from order #W1000002; 42.25 will be refunded to credit_card_1111."))
            _ = try await chat.say("ok")
            #expect(try await loaded.order("#W1000002").status == .returnRequested)

            let ask = try #require(try await chat.say("Change the delivery address of order #W1000004"))
            #expect(ask.text.contains("What is the new delivery address"))
            let proposal = try #require(try await chat.say("5 Oak Road, Boston, MA 02101, USA"))
            #expect(proposal.text.contains("5 Oak Road, Boston, MA 02101, USA"))
            _ = try await chat.say("confirm")
            #expect(try await loaded.order("#W1000004").shippingAddress?.city == "Boston")
        }
    }
}
