import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedConversation

@Suite("Level 3: the session's intent reads a follow-up that says too little on its own")
struct SessionIntentTests {
    static func policy(sessionIntent: Bool = true) -> WorkspacePolicy {
        var policy = WorkspacePolicy()
        policy.personalization.sessionIntent = sessionIntent
        return policy
    }

    static let ambiguous = "When will I get it?"

    @Test("The same follow-up is answered from the session's topic; alone, or with the switch off, it goes to a person", arguments: TestStores.engines)
    func settles(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let delivery = try await TurnFixture.make(store, policy: Self.policy())
            let refund = try await TurnFixture.make(store, policy: Self.policy())
            let fresh = try await TurnFixture.make(store, policy: Self.policy())
            let off = try await TurnFixture.make(store, policy: Self.policy(sessionIntent: false))

            _ = try await delivery.pipeline().handle(delivery.turn("How long does delivery take?"))
            _ = try await refund.pipeline().handle(refund.turn("How do I get a refund?"))
            _ = try await off.pipeline().handle(off.turn("How long does delivery take?"))
            let afterDelivery = try await delivery.pipeline().handle(delivery.turn(Self.ambiguous)).reply
            let afterRefund = try await refund.pipeline().handle(refund.turn(Self.ambiguous)).reply
            let withoutSession = try await fresh.pipeline().handle(fresh.turn(Self.ambiguous)).reply
            let switchedOff = try await off.pipeline().handle(off.turn(Self.ambiguous)).reply

            #expect(withoutSession?.annotations.decision == .handoff, "\(withoutSession?.body ?? "")")
            #expect(afterDelivery?.annotations.decision == .answer, "\(afterDelivery?.body ?? "")")
            #expect(afterDelivery?.body.contains("Standard delivery takes 2 to 4 working days") == true)
            #expect(afterRefund?.annotations.decision == .answer, "\(afterRefund?.body ?? "")")
            #expect(afterRefund?.body.contains("Refunds are paid back") == true)
            #expect(switchedOff?.annotations.decision == .handoff, "\(switchedOff?.body ?? "")")
        }
    }

    @Test("A change of subject is read as asked, not bent back to the session's topic")
    func changeOfSubject() async throws {
        try await TestStores.withStore(.sqlite) { store in
            let fixture = try await TurnFixture.make(store, policy: Self.policy())
            _ = try await fixture.pipeline().handle(fixture.turn("How long does delivery take?"))

            let reply = try await fixture.pipeline().handle(fixture.turn("How do I get a refund?")).reply

            #expect(reply?.annotations.decision == .answer)
            #expect(reply?.body.contains("Refunds are paid back") == true, "\(reply?.body ?? "")")
        }
    }
}
