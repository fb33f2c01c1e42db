import Foundation
import HeedCore
import HeedKnowledge
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedConversation

@Suite("Level 5: the reply's tone follows the customer's emotion in this conversation")
struct ReplyToneTurnTests {
    /// Anger high enough to change the tone but, here, not to hand off.
    static func patientPolicy(emotion: Bool = true) -> WorkspacePolicy {
        var policy = WorkspacePolicy()
        policy.handoff.angerThreshold = 0.99
        policy.personalization.emotion = emotion
        return policy
    }

    @Test("Understand: the tone of a message in five languages", arguments: [
        ("How long does delivery take?", ReplyTone.neutral),
        ("Bao lâu thì nhận được hàng?", .neutral),
        ("Berapa lama penghantaran ke Kuala Lumpur?", .neutral),
        ("Berapa lama pengiriman ke Surabaya?", .neutral),
        ("Cik ilgi notiek piegāde uz Rīgu?", .neutral),
        ("Kā es varu saņemt naudu atpakaļ?", .neutral),
        ("This is ridiculous, I am so angry. How long does delivery take?", .calm),
        ("Thật vô lý, tôi rất bực mình! Bao lâu thì nhận được hàng?", .calm),
        ("Saya sangat marah! Berapa lama penghantaran?", .calm),
        ("Saya sangat kesal dan marah! Berapa lama pengiriman?", .calm),
        ("Tas ir smieklīgi, esmu ļoti dusmīgs! Cik ilgi notiek piegāde?", .calm),
        ("I'm confused, I don't understand how delivery works", .stepByStep),
        ("Tôi không hiểu, giao hàng mất bao lâu?", .stepByStep),
        ("Saya tak faham, berapa lama penghantaran?", .stepByStep),
        ("Saya tidak mengerti, berapa lama pengiriman?", .stepByStep),
        ("Es nesaprotu, cik ilgi notiek piegāde?", .stepByStep),
        ("Unfortunately my parcel still has not arrived, how long does delivery take?", .empathetic),
        ("Diemžēl paka joprojām nav pienākusi, cik ilgi notiek piegāde?", .empathetic),
    ])
    func toneOfOneMessage(text: String, expected: ReplyTone) async throws {
        try await TestStores.withStore(.sqlite) { store in
            let fixture = try await TurnFixture.make(store, policy: Self.patientPolicy())
            let understander = TurnUnderstander(analyzer: fixture.analyzer, knowledge: fixture.knowledge)

            let understanding = understander.understand(text, context: try await fixture.context(), aiRepliesSinceHuman: 0)

            #expect(understanding.tone == expected, "\(text)")
            #expect(understanding.answerRequest(customerName: nil).customer.tone == expected)
        }
    }

    @Test("The reply changes as the emotion changes: neutral, then angry, then calmer again", arguments: TestStores.engines)
    func replyFollowsEmotion(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store, policy: Self.patientPolicy())
            let pipeline = fixture.pipeline()

            let neutral = try await pipeline.handle(fixture.turn("How long does delivery take?"))
            let angry = try await pipeline.handle(
                fixture.turn("This is ridiculous, I am so angry. How long does delivery take?"))
            let followUp = try await pipeline.handle(fixture.turn("And how long does express delivery take?"))
            let thanked = try await pipeline.handle(fixture.turn("Thank you, that is great. How long does delivery take?"))

            let neutralBody = try #require(neutral.reply?.body)
            #expect(!neutralBody.contains("sorry"))
            #expect(!neutralBody.contains("I understand."))
            let angryBody = try #require(angry.reply?.body)
            #expect(angry.reply?.annotations.decision == .answer)
            #expect(angryBody.contains("I understand. Here is what matters:"))
            #expect(angryBody.contains("Say the word and a colleague takes over."))
            #expect(followUp.reply?.body.contains("I understand.") == true, "anger lingers into the next question")
            #expect(thanked.reply?.body.contains("I understand.") == false, "a thankful message ends it")
        }
    }

    @Test("A confused customer's answer comes as numbered steps", arguments: TestStores.engines)
    func confusedGetsSteps(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store, policy: Self.patientPolicy())

            let result = try await fixture.pipeline().handle(
                fixture.turn("I'm confused, I don't understand how long delivery takes"))

            let body = try #require(result.reply?.body)
            #expect(body.contains("Here it is, step by step:"))
            #expect(body.contains("\n1. Standard delivery"))
            #expect(body.contains("\n2. Express delivery"))
        }
    }

    @Test("With the emotion level switched off every reply is neutral, whatever the customer feels")
    func switchedOff() async throws {
        try await TestStores.withStore(.sqlite) { store in
            let fixture = try await TurnFixture.make(store, policy: Self.patientPolicy(emotion: false))
            let pipeline = fixture.pipeline()

            let angry = try await pipeline.handle(
                fixture.turn("This is ridiculous, I am so angry. How long does delivery take?"))
            let confused = try await pipeline.handle(fixture.turn("I'm confused, I don't understand how long delivery takes"))

            let angryBody = try #require(angry.reply?.body)
            #expect(!angryBody.contains("I understand."))
            #expect(!angryBody.contains("sorry"))
            #expect(angryBody.contains("If this doesn't solve it"))
            #expect(confused.reply?.body.contains("step by step") == false)
        }
    }
}
