import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedConversation

@Suite("Levels 1 and 2: replies use the customer's purchases and recent behaviour")
struct PersonalizedReplyTests {
    static func policy(attributes: Bool = true, behaviour: Bool = true) -> WorkspacePolicy {
        var policy = WorkspacePolicy()
        policy.personalization.attributes = attributes
        policy.personalization.behaviour = behaviour
        return policy
    }

    static func order(_ fixture: TurnFixture, item: String, warrantyDays: Double?) -> Order {
        let placed = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30 (UTC)
        return Order(
            workspaceID: fixture.workspace.id, number: "#W100", customerID: fixture.customer.id, status: .delivered,
            items: [OrderItem(productID: "p1", itemID: "i1", name: item, price: Money(129))], placedAt: placed,
            warrantyUntil: warrantyDays.map { Date().addingTimeInterval($0 * 86_400) }, createdAt: placed)
    }

    static func viewed(_ fixture: TurnFixture, _ product: String, hoursAgo: Double) -> CustomerEvent {
        CustomerEvent(
            workspaceID: fixture.workspace.id, customerID: fixture.customer.id, name: "product_viewed",
            properties: ["product_name": .string(product)], source: .widget,
            occurredAt: Date().addingTimeInterval(-hoursAgo * 3600), createdAt: Date())
    }

    func reply(_ fixture: TurnFixture, _ text: String) async throws -> String {
        try #require(try await fixture.pipeline().handle(fixture.turn(text)).reply?.body)
    }

    @Test("Level 1: an item the customer bought, named in the question, is recognised with its order and warranty", arguments: TestStores.engines)
    func purchases(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let none = try await TurnFixture.make(store, policy: Self.policy())
            let bought = try await TurnFixture.make(store, policy: Self.policy())
            let expired = try await TurnFixture.make(store, policy: Self.policy())
            let other = try await TurnFixture.make(store, policy: Self.policy())
            let off = try await TurnFixture.make(store, policy: Self.policy(attributes: false))
            try await store.write { writer in
                try await writer.insert(Self.order(bought, item: "X200 Headphones", warrantyDays: 300))
                try await writer.insert(Self.order(expired, item: "X200 Headphones", warrantyDays: -10))
                try await writer.insert(Self.order(other, item: "Aurora Lamp", warrantyDays: 300))
                try await writer.insert(Self.order(off, item: "X200 Headphones", warrantyDays: 300))
            }
            let question = "How long does delivery take for a replacement X200?"

            let withoutOrders = try await reply(none, question)
            let withOrder = try await reply(bought, question)
            let withExpired = try await reply(expired, question)
            let otherItem = try await reply(other, question)
            let switchedOff = try await reply(off, question)

            #expect(!withoutOrders.contains("I see you bought"))
            #expect(withOrder.contains("I see you bought the X200 Headphones with order #W100 on 2026-11-30."), "\(withOrder)")
            #expect(withOrder.contains("Its warranty runs until"))
            #expect(withOrder.contains("Standard delivery takes 2 to 4 working days"), "the answer itself is unchanged")
            #expect(withExpired.contains("Its warranty ended on"), "\(withExpired)")
            #expect(!otherItem.contains("I see you bought"))
            #expect(!switchedOff.contains("I see you bought"), "\(switchedOff)")
        }
    }

    @Test("Level 2: a product viewed in the last day is mentioned once; an old view or the switch turns it off", arguments: TestStores.engines)
    func behaviour(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let recent = try await TurnFixture.make(store, policy: Self.policy())
            let old = try await TurnFixture.make(store, policy: Self.policy())
            let off = try await TurnFixture.make(store, policy: Self.policy(behaviour: false))
            let vietnamese = try await TurnFixture.make(store, policy: Self.policy())
            try await store.write { writer in
                try await writer.insert(Self.viewed(recent, "Aurora Lamp", hoursAgo: 2))
                try await writer.insert(Self.viewed(recent, "Z9 Speaker", hoursAgo: 5))
                try await writer.insert(Self.viewed(old, "Aurora Lamp", hoursAgo: 50))
                try await writer.insert(Self.viewed(off, "Aurora Lamp", hoursAgo: 2))
                try await writer.insert(Self.viewed(vietnamese, "Aurora Lamp", hoursAgo: 2))
            }

            let first = try await reply(recent, "How long does delivery take?")
            let second = try await reply(recent, "And how do I get a refund?")
            let stale = try await reply(old, "How long does delivery take?")
            let switchedOff = try await reply(off, "How long does delivery take?")
            let inVietnamese = try await reply(vietnamese, "Bao lâu thì nhận được hàng?")

            #expect(first.contains("I see you were looking at the Aurora Lamp."), "\(first)")
            #expect(!first.contains("Z9 Speaker"), "only the latest view")
            #expect(!second.contains("looking at"), "said once per conversation")
            #expect(!stale.contains("looking at"))
            #expect(!switchedOff.contains("looking at"))
            #expect(inVietnamese.contains("Mình thấy bạn vừa xem Aurora Lamp."), "\(inVietnamese)")
        }
    }
}
