import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// Timers are cluster jobs on an injected clock: set by the events that start them, checked again when they fire.
@Suite("Conversation timers")
struct ConversationTimerTests {
    static let followUp = MessageTemplate([
        "en": "Are you still there, {{customer.first_name}}?", "vi": "Bạn còn cần giúp không, {{customer.first_name}}?",
    ])

    @Test("A customer silent for 24 h after the AI's reply gets one follow-up in their language, and customer.silent rules run", arguments: TestStores.engines)
    func followUpAfterSilence(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(
                store, automation: AutomationPolicy(customerSilentHours: 24, followUp: Self.followUp, autoResolveHours: nil)
            ) { workspace in [TimerFixture.rule(workspace, .customerSilent, [.addTags(["silent"])])] }
            try await fixture.says(.customer, "Đơn hàng của tôi đâu?")
            try await fixture.says(.ai, "Đơn hàng của bạn đang được giao.")
            try await fixture.after(hours: 23.9)
            #expect(try await fixture.messages().count == 2, "not silent long enough yet")
            #expect(try await fixture.after(hours: 0.1) == 1)
            let followUp = try #require(try await fixture.messages().last)
            #expect(followUp.author == .system)
            #expect(!followUp.isInternalNote)
            #expect(followUp.body == "Bạn còn cần giúp không, Minh?")
            #expect(followUp.language == "vi")
            #expect(try await fixture.current().tags == ["silent"], "the customer.silent rule ran")
            #expect(try await fixture.audits("rule.ran").map { $0.details["event"] } == [.string("customer.silent")])
            try await fixture.after(hours: 48)
            #expect(try await fixture.messages().count == 3, "the follow-up does not start a silence of its own")
            try await fixture.says(.agent, "Mình vẫn ở đây nếu bạn cần.")
            try await fixture.after(hours: 1)
            #expect(try await fixture.messages().count == 4, "the same silence: set again, the timer does not fire twice")
            #expect(try await fixture.audits("rule.ran").count == 1)
        }
    }

    @Test("A customer who replies before the hours are up gets no follow-up; the next reply to them starts a new wait", arguments: TestStores.engines)
    func replyCancelsFollowUp(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(
                store, automation: AutomationPolicy(customerSilentHours: 24, followUp: Self.followUp, autoResolveHours: nil))
            try await fixture.says(.ai, "Xin chào! Tôi có thể giúp gì?")
            fixture.clock.advance(10 * 3600)
            try await fixture.says(.customer, "Tôi muốn đổi địa chỉ.")
            #expect(try await fixture.after(hours: 15) == 1, "the timer fires and finds the customer wrote")
            #expect(try await fixture.messages().count == 2)
            try await fixture.says(.agent, "Đã đổi địa chỉ cho bạn.")
            try await fixture.after(hours: 23)
            #expect(try await fixture.messages().count == 3)
            #expect(try await fixture.after(hours: 1) == 1)
            #expect(try await fixture.messages().last?.body == "Bạn còn cần giúp không, Minh?")
        }
    }

    @Test("Raised silent hours make a set timer wait for them", arguments: TestStores.engines)
    func raisedHoursWait(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(
                store, automation: AutomationPolicy(customerSilentHours: 24, followUp: Self.followUp, autoResolveHours: nil))
            try await fixture.says(.ai, "Đơn hàng của bạn đang được giao.")
            var workspace = fixture.workspace
            workspace.policy.automation.customerSilentHours = 48
            try await store.write { [workspace] in try await $0.update(workspace) }
            #expect(try await fixture.after(hours: 24) == 1)
            #expect(try await fixture.messages().count == 1, "48 hours now")
            try await fixture.after(hours: 23)
            #expect(try await fixture.messages().count == 1)
            try await fixture.after(hours: 1)
            #expect(try await fixture.messages().count == 2)
        }
    }

    @Test("A conversation waiting on its customer for 72 h is resolved by the system; one the customer answered is not", arguments: TestStores.engines)
    func autoResolve(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(store, automation: AutomationPolicy(autoResolveHours: 72))
            try await fixture.says(.customer, "Tôi cần hoá đơn.")
            try await fixture.says(.agent, "Hoá đơn đã gửi qua e-mail.")
            try await fixture.after(hours: 71)
            #expect(try await fixture.current().status == .open)
            try await fixture.after(hours: 1)
            let resolved = try await fixture.current()
            #expect(resolved.status == .resolved)
            let change = try #require(try await fixture.audits("conversation.updated").last)
            #expect(change.actor == .system)

            let other = try await TimerFixture.make(store, automation: AutomationPolicy(autoResolveHours: 72))
            try await other.says(.ai, "Tôi có thể giúp gì?")
            other.clock.advance(3600)
            try await other.says(.customer, "Vâng, một câu hỏi nữa…")
            try await other.after(hours: 100)
            #expect(try await other.current().status == .open, "the customer wrote last: nobody waits on them")
        }
    }

    @Test("A handed-off conversation whose last word is the hand-off notice waits for an agent: no follow-up, no auto-resolve", arguments: TestStores.engines)
    func handoffNoticeIsNoWait(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(
                store, automation: AutomationPolicy(customerSilentHours: 24, followUp: Self.followUp, autoResolveHours: 72))
            try await fixture.says(.customer, "Tôi muốn nói chuyện với nhân viên.")
            _ = try await fixture.node.desk.updateConversation(
                id: fixture.conversation.id, with: ConversationChanges(handler: .human), workspaceID: fixture.workspace.id,
                actor: .system)
            try await fixture.says(.ai, "Một nhân viên sẽ hỗ trợ bạn ngay.")
            try await fixture.after(hours: 100)
            #expect(try await fixture.messages().count == 2)
            #expect(try await fixture.current().status == .open)
            try await fixture.says(.agent, "Chào bạn, tôi là Yen.")
            try await fixture.after(hours: 24)
            #expect(try await fixture.messages().last?.body == "Bạn còn cần giúp không, Minh?", "the agent's reply starts the wait")
        }
    }

    @Test("The assignee is warned 15 minutes before the first-response due time, agents hear sla.warning and rules run", arguments: TestStores.engines)
    func slaWarning(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(store, automation: AutomationPolicy(slaWarningMinutes: 15)) { workspace in
                [TimerFixture.rule(workspace, .slaWarning, [.addNote(MessageTemplate(["en": "Due soon, {{agent.name|nobody}}!"]))])]
            }
            let handedOff = try await fixture.node.desk.updateConversation(
                id: fixture.conversation.id, with: ConversationChanges(handler: .human, assigneeID: .value(fixture.agent.id)),
                workspaceID: fixture.workspace.id, actor: .system)
            let due = try #require(handedOff.firstResponseDueAt)
            #expect(due == TimerFixture.start.addingTimeInterval(240 * 60), "P3: four hours")
            try await fixture.after(hours: 224.0 / 60)
            #expect(try await fixture.audits("conversation.sla_warning").isEmpty)
            let stream = await fixture.node.events.agents.subscribe(fixture.workspace.id)
            try await fixture.after(hours: 1.0 / 60)
            let warning = try #require(try await fixture.audits("conversation.sla_warning").first)
            #expect(warning.details["target"] == .string("first_response"))
            var iterator = stream.makeAsyncIterator()
            let event = await iterator.next()
            #expect(event?.type == .slaWarning)
            #expect(event?.details["assignee_id"] == .string(fixture.agent.id.uuidString))
            #expect(event?.details["due_at"] == .string(Timestamp.format(due)))
            let note = try #require(try await fixture.messages().last)
            #expect(note.isInternalNote)
            #expect(note.body == "Due soon, Yen!")
            _ = try await fixture.node.desk.updateConversation(
                id: fixture.conversation.id, with: ConversationChanges(tags: ["vip"]), workspaceID: fixture.workspace.id,
                actor: .system)
            try await fixture.after(hours: 1.0 / 60)
            #expect(try await fixture.audits("conversation.sla_warning").count == 1, "set again by an update, warned once")
        }
    }

    @Test("No SLA warning when the agent answered before it", arguments: TestStores.engines)
    func answeredNoWarning(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(store, automation: AutomationPolicy(slaWarningMinutes: 15))
            _ = try await fixture.node.desk.updateConversation(
                id: fixture.conversation.id, with: ConversationChanges(handler: .human), workspaceID: fixture.workspace.id,
                actor: .system)
            fixture.clock.advance(600)
            try await fixture.says(.agent, "Chào bạn, tôi xem ngay.")
            #expect(try await fixture.current().firstResponseAt != nil)
            #expect(try await fixture.after(hours: 4) >= 1, "the first-response warning fires and finds it answered")
            #expect(try await fixture.audits("conversation.sla_warning").isEmpty)
        }
    }
}

/// The sweep sets the timers a node never set (it stopped right after storing the event).
@Suite("Conversation timer sweep")
struct TimerSweepTests {
    @Test("A reply stored without its timers gets them from the sweep, and the follow-up goes once", arguments: TestStores.engines)
    func sweepSetsMissingTimers(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await TimerFixture.make(
                store,
                automation: AutomationPolicy(customerSilentHours: 24, followUp: ConversationTimerTests.followUp, autoResolveHours: nil))
            // A node with no timer scheduler attached: the reply is stored, its timers are not.
            let bare = ConversationEvents(clock: fixture.clock, logger: TestStores.logger)
            _ = try await MessageRecorder(store: store, events: bare, locks: ConversationLocks()).record(
                Message(
                    workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, author: .ai,
                    body: "Đơn hàng của bạn đang được giao.", createdAt: fixture.clock.now()))
            #expect(try await fixture.after(hours: 25) == 0, "no timer was set")
            let sweep = TimerSweep(store: store, scheduler: TimerScheduler(store: store, queue: store.jobs, logger: TestStores.logger))
            #expect(try await sweep.sweep(now: fixture.clock.now()) == 1)
            #expect(try await fixture.node.runner.runDueJobs() == 1)
            #expect(try await fixture.messages().last?.body == "Bạn còn cần giúp không, Minh?")
            _ = try await sweep.sweep(now: fixture.clock.now())
            try await fixture.after(hours: 1)
            #expect(try await fixture.messages().count == 2, "swept again after it fired: no second follow-up")
        }
    }
}

/// Two nodes running the same due timers at the same moment fire each once between them.
@Suite("Conversation timers on several nodes")
struct ConversationTimerClusterTests {
    @Test("Two nodes over one database claiming at the same moment send one follow-up", arguments: TestStores.engines)
    func oneFollowUpForTwoNodes(engine: StoreEngineKind) async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(engine)
        do {
            try await twoNodes(location)
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    func twoNodes(_ location: DatabaseLocation) async throws {
        try await StoreOpener.withStore(location, logger: TestStores.logger) { storeA in
            try await StoreOpener.withStore(location, logger: TestStores.logger) { storeB in
                let fixture = try await TimerFixture.make(
                    storeA,
                    automation: AutomationPolicy(customerSilentHours: 24, followUp: ConversationTimerTests.followUp, autoResolveHours: 72))
                try await fixture.says(.ai, "Đơn hàng của bạn đang được giao.")
                let nodeB = TimerNode(storeB, clock: fixture.clock, name: "node-b")
                for hours in [24.0, 48] {
                    fixture.clock.advance(hours * 3600)
                    let ran = try await withThrowingTaskGroup(of: Int.self) { group in
                        for node in [fixture.node, nodeB] { group.addTask { try await node.runner.runDueJobs() } }
                        return try await group.reduce(0, +)
                    }
                    #expect(ran == 1, "one timer due, run by one node")
                }
                let messages = try await fixture.messages()
                #expect(messages.filter { $0.author == .system }.count == 1)
                #expect(try await fixture.current().status == .resolved)
            }
        }
    }
}
