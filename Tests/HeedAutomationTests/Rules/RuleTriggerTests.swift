import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// Every trigger starts the rules waiting for it, and only those; each run is audited with its event.
@Suite("Rule triggers")
struct RuleTriggerTests {
    /// A rule tagging the conversation with the trigger's name, so the test sees which rules ran.
    static func tagging(_ workspace: Workspace, _ trigger: RuleTrigger, _ condition: RuleCondition? = nil) -> Rule {
        RuleFixture.rule(workspace, trigger, condition, [.addTags([trigger.rawValue])], name: trigger.rawValue)
    }

    static func fixture(_ store: any SupportStore, _ triggers: [RuleTrigger]) async throws -> RuleFixture {
        try await RuleFixture.make(store) { workspace, _, _ in triggers.map { tagging(workspace, $0) } }
    }

    @Test("conversation.created runs on a new conversation", arguments: TestStores.engines)
    func conversationCreated(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await Self.fixture(store, [.conversationCreated, .messageCreated])
            let other = Customer(workspaceID: fixture.workspace.id, name: "Lan", createdAt: RuleFixture.start)
            try await store.write { try await $0.insert(other) }
            let created = try await fixture.desk.openCustomerConversation(
                nil, customerID: other.id, workspaceID: fixture.workspace.id, channel: .widget)
            let stored = try await store.read { try await $0.conversation(id: created.id, workspaceID: fixture.workspace.id) }
            #expect(stored?.tags == ["conversation.created"])
            let runs = try await fixture.runs()
            #expect(runs.map { $0.details["event"] } == [.string("conversation.created")])
            #expect(runs.first?.details["conversation_id"] == .string(created.id.uuidString))
        }
    }

    @Test("conversation.updated runs on a change; resolved and handed_off run on theirs only", arguments: TestStores.engines)
    func updates(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await Self.fixture(store, [.conversationUpdated, .conversationResolved, .conversationHandedOff])
            try await fixture.change(ConversationChanges(priority: .p2))
            #expect(try await fixture.current().tags == ["conversation.updated"])
            try await fixture.change(ConversationChanges(handler: .human))
            #expect(try await fixture.current().tags == ["conversation.updated", "conversation.handed_off"])
            try await fixture.change(ConversationChanges(status: .resolved))
            #expect(
                try await fixture.current().tags == ["conversation.updated", "conversation.handed_off", "conversation.resolved"])
            let events = try await fixture.runs().compactMap { run -> String? in
                guard case .string(let event)? = run.details["event"] else { return nil }
                return event
            }
            // Each change is an update too; the tagging rules' own updates start no rule that already ran.
            #expect(events.sorted() == [
                "conversation.handed_off", "conversation.resolved", "conversation.updated", "conversation.updated",
                "conversation.updated",
            ])
        }
    }

    @Test("message.created runs on a customer's message; tool.called on an AI reply that called tools", arguments: TestStores.engines)
    func messages(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await Self.fixture(store, [.messageCreated, .toolCalled])
            try await fixture.customerSays("Đơn hàng của tôi đâu?", language: "vi")
            #expect(try await fixture.current().tags == ["message.created"])
            var reply = Message(
                workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, author: .ai,
                body: "Đơn #W1001 đang được giao.", language: "vi", createdAt: fixture.clock.now())
            reply.annotations.toolCalls = [ToolCallAnnotation(tool: "get_order_details", outcome: .completed, summary: "order #W1001: shipped")]
            _ = try await fixture.recorder.record(reply)
            #expect(try await fixture.current().tags == ["message.created", "tool.called"])
            let toolRun = try #require(try await fixture.runs().first { $0.details["event"] == .string("tool.called") })
            #expect(toolRun.details["message_id"] == .string(reply.id.uuidString))
        }
    }

    @Test("tool.called can test the tool's name", arguments: TestStores.engines)
    func toolName(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [Self.tagging(workspace, .toolCalled, .test(RuleTest(.toolName, .equals, .string("cancel_order"))))]
            }
            for tool in ["get_order_details", "cancel_order"] {
                var reply = Message(
                    workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, author: .ai, body: tool,
                    createdAt: fixture.clock.now())
                reply.annotations.toolCalls = [ToolCallAnnotation(tool: tool, outcome: .completed, summary: "ok")]
                _ = try await fixture.recorder.record(reply)
            }
            #expect(try await fixture.runs().count == 1)
        }
    }

    @Test("sla.breached runs when the SLA monitor flags the conversation", arguments: TestStores.engines)
    func slaBreached(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await Self.fixture(store, [.slaBreached])
            try await fixture.change(ConversationChanges(handler: .human))
            let dueAt = try #require(try await fixture.current().firstResponseDueAt)
            let monitor = SLAMonitor(
                store: store, events: fixture.events, clock: FixedClock(instant: dueAt.addingTimeInterval(60)),
                logger: TestStores.logger)
            #expect(try await monitor.checkOnce() == 1)
            #expect(try await fixture.current().tags == ["sla.breached"])
        }
    }

    @Test("rating.received runs on a satisfaction rating and can test its score", arguments: TestStores.engines)
    func ratingReceived(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [Self.tagging(workspace, .ratingReceived, .test(RuleTest(.ratingScore, .lessThan, .number(3))))]
            }
            try await fixture.change(ConversationChanges(status: .resolved))
            let feedback = FeedbackDesk(store: store, clock: fixture.clock, events: fixture.events)
            _ = try await feedback.answerSurvey(.csat, rating: 4, comment: nil, conversation: fixture.conversation)
            #expect(try await fixture.current().tags == [])
            _ = try await feedback.answerSurvey(.csat, rating: 2, comment: "chậm", conversation: fixture.conversation)
            #expect(try await fixture.current().tags == ["rating.received"])
        }
    }

    @Test("A disabled rule, a rule of another trigger and a rule whose condition fails do not run", arguments: TestStores.engines)
    func notRun(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                var disabled = Self.tagging(workspace, .messageCreated)
                disabled.isEnabled = false
                return [
                    disabled, Self.tagging(workspace, .slaBreached),
                    Self.tagging(workspace, .messageCreated, .test(RuleTest(.messageLanguage, .equals, .string("lv")))),
                ]
            }
            try await fixture.customerSays("Sveiki, kur ir mans pasūtījums?", language: "id")
            #expect(try await fixture.current().tags == [])
            #expect(try await fixture.runs().isEmpty)
        }
    }
}

/// Rules may depend on the business hours of the conversation's team.
@Suite("Rules and business hours")
struct RuleBusinessHoursTests {
    @Test("An out-of-hours rule acts outside the team's hours only; a team's own hours win over the workspace's", arguments: TestStores.engines)
    func outOfHours(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(
                        workspace, .messageCreated, .test(RuleTest(.inBusinessHours, .equals, .bool(false))),
                        [.addTags(["after-hours"])])
                ]
            }
            // Billing is in only the hour after the fixture's clock; the workspace is in all day.
            let clockHour = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: RuleFixture.start).hour!
            let allDay = (0..<7).map { _ in [BusinessHours.Period(from: 0, to: 24 * 60)] }
            let open = BusinessHours(
                timeZone: "UTC", weekly: Dictionary(uniqueKeysWithValues: zip(BusinessHours.Weekday.allCases, allDay)))
            let closedNow = BusinessHours(
                timeZone: "UTC",
                weekly: Dictionary(uniqueKeysWithValues: BusinessHours.Weekday.allCases.map {
                    ($0, [BusinessHours.Period(from: (clockHour + 1) * 60, to: (clockHour + 2) * 60)])
                }))
            var workspace = fixture.workspace
            workspace.policy.businessHours = open
            workspace.policy.teamBusinessHours = ["billing": closedNow]
            try await store.write { [workspace] in try await $0.update(workspace) }
            try await fixture.customerSays("Hello", language: "en")
            #expect(try await fixture.current().tags == [], "the workspace is open; no team yet")
            try await fixture.change(ConversationChanges(teamID: .value(fixture.billing.id)))
            try await fixture.customerSays("Anyone there?", language: "en")
            #expect(try await fixture.current().tags == ["after-hours"], "Billing is out")
        }
    }
}
