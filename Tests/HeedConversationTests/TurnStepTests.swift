import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedConversation

@Suite("The turn's steps, each alone, on a real store")
struct TurnStepTests {
    @Test("Record: a message is stored once per client message id, the conversation updated in the same write", arguments: TestStores.engines)
    func recordIsIdempotent(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            let first = try await fixture.recorder.record(fixture.customerMessage("Hello", clientMessageID: "c1"))
            let again = try await fixture.recorder.record(fixture.customerMessage("Hello", clientMessageID: "c1"))
            #expect(first.created)
            #expect(!again.created)
            #expect(again.message.id == first.message.id)
            let stored = try await store.read {
                try await $0.conversation(id: fixture.conversation.id, workspaceID: fixture.workspace.id)
            }
            #expect(stored?.messageCount == 1)
        }
    }

    @Test("Record: a customer cannot write into a closed conversation", arguments: TestStores.engines)
    func recordRefusesClosed(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            var closed = fixture.conversation
            closed.status = .closed
            try await store.write { [closed] in try await $0.update(closed) }
            await #expect(throws: HeedError.self) {
                try await fixture.recorder.record(fixture.customerMessage("Anyone?"))
            }
        }
    }

    @Test("Understand: a Vietnamese delivery question is read as Vietnamese and finds the delivery article", arguments: TestStores.engines)
    func understand(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            let understander = TurnUnderstander(analyzer: fixture.analyzer, knowledge: fixture.knowledge)
            let understanding = understander.understand(
                "Bao lâu thì tôi nhận được hàng?", context: try await fixture.context(), aiRepliesSinceHuman: 0)
            #expect(understanding.language == "vi")
            #expect(understanding.hits.first?.passage.title == "Bao lâu thì nhận được hàng?")
            #expect(understanding.assessment.humanRequested < 0.5)
        }
    }

    @Test("Decide: asking for a person hands off before any answer is tried")
    func decideHumanRequest() async throws {
        try await TestStores.withStore(.sqlite) { store in
            let fixture = try await TurnFixture.make(store)
            let understander = TurnUnderstander(analyzer: fixture.analyzer, knowledge: fixture.knowledge)
            let understanding = understander.understand(
                "I want to talk to a person", context: try await fixture.context(), aiRepliesSinceHuman: 0)
            #expect(TurnDecider.beforeAnswering(understanding, policy: fixture.workspace.policy) == .handoff(.customerAskedForHuman))
        }
    }

    @Test("Act and respond: a hand-off routes by the workspace's map, assigns the team's agent and is audited", arguments: TestStores.engines)
    func handOff(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            var policy = WorkspacePolicy()
            policy.routing = ["delivery": "Shipping"]
            let fixture = try await TurnFixture.make(store, policy: policy)
            let recorded = try await fixture.recorder.record(fixture.customerMessage("My parcel is late"))
            let act = HandoffAct(store: store, learnedRouting: LearnedRouting(), clock: fixture.clock)
            let plan = try await act.plan(
                .anger, assessment: TurnAssessment(anger: 0.9), topics: ["delivery"], customerWords: ["My parcel is late"],
                language: "en", conversation: recorded.conversation, policy: policy)
            #expect(plan.route.team?.id == fixture.shipping.id)
            #expect(plan.route.assignee?.id == fixture.agent.id)
            let responder = TurnResponder(
                recorder: fixture.recorder, events: fixture.events, clock: fixture.clock, logger: TestStores.logger)
            let notice = try await responder.handOff(
                plan, confidence: 0,
                to: .init(
                    message: recorded.message, conversation: recorded.conversation, language: "en", intent: "delivery",
                    isFirstAIReply: true))
            #expect(notice.conversation.handler == .human)
            #expect(notice.conversation.teamID == fixture.shipping.id)
            #expect(notice.conversation.firstResponseAt == nil, "the AI's notice is not a human's first response")
            #expect(notice.message.annotations.decision == .handoff)
            #expect(notice.message.body.contains("Shipping"))
            let audit = try await store.read {
                try await $0.auditEvents(workspaceID: fixture.workspace.id, page: PageRequest(limit: 10)).items
            }
            #expect(audit.contains { $0.action == "conversation.handoff" && $0.reason == "anger" })
        }
    }

    @Test("The whole turn answers with citations, says it is an AI once, and a replay stores nothing new", arguments: TestStores.engines)
    func wholeTurn(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TurnFixture.make(store)
            let pipeline = fixture.pipeline()
            let first = try await pipeline.handle(fixture.turn("How long does delivery take?", clientMessageID: "m1"))
            #expect(first.created)
            #expect(first.reply?.annotations.decision == .answer)
            #expect(first.reply?.annotations.citations.isEmpty == false)
            #expect(first.reply?.body.hasPrefix("I'm an AI assistant for Shop.") == true)
            let replay = try await pipeline.handle(fixture.turn("How long does delivery take?", clientMessageID: "m1"))
            #expect(!replay.created)
            #expect(replay.reply?.id == first.reply?.id)
            let second = try await pipeline.handle(fixture.turn("And how do I get a refund?"))
            #expect(second.reply?.body.hasPrefix("I'm an AI assistant") == false)
            #expect(second.conversation.messageCount == 4)
        }
    }

    @Test("A conversation's lock is re-entrant for the task that holds it, and still orders other tasks")
    func reentrantLock() async throws {
        let locks = ConversationLocks()
        let id = UUID()
        let value = try await locks.withLock(id) { try await locks.withLock(id) { 7 } }
        #expect(value == 7)
        #expect(await locks.activeCount == 0)
    }
}
