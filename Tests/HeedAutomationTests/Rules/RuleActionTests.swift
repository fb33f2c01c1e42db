import AsyncHTTPClient
import Crypto
import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// Every action does what it says, through the desk and the recorder, audited with the rule as actor.
@Suite("Rule actions")
struct RuleActionTests {
    static let angryVietnamese: RuleCondition = .all([
        .test(RuleTest(.messageEmotion, .equals, .string("anger"))),
        .test(RuleTest(.messageLanguage, .equals, .string("vi"))),
    ])

    @Test("Angry customer in Vietnamese: Billing, P1, tagged, assigned, a note for agents", arguments: TestStores.engines)
    func routingActions(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, billing, agent in
                [
                    RuleFixture.rule(
                        workspace, .messageCreated, Self.angryVietnamese,
                        [
                            .assignTeam(billing.id), .setPriority(.p1), .addTags(["angry", "vi"]), .assignAgent(agent.id),
                            .addNote(MessageTemplate(["en": "{{customer.name}} is angry (order {{customer.attributes.order_id}}), {{team.name}} owns it."])),
                        ])
                ]
            }
            try await fixture.customerSays("Tôi bực lắm rồi!", language: "en", emotions: ["anger"])
            #expect(try await fixture.current().priority == .p3, "English: the rule does not apply")
            let recorded = try await fixture.customerSays("Tôi bực lắm rồi, hoàn tiền ngay!", language: "vi", emotions: ["anger"])
            #expect(recorded.conversation.teamID == fixture.billing.id, "the turn goes on with what the rule did")
            #expect(recorded.conversation.priority == .p1)
            let conversation = try await fixture.current()
            #expect(conversation.teamID == fixture.billing.id)
            #expect(conversation.priority == .p1)
            #expect(conversation.tags == ["angry", "vi"])
            #expect(conversation.assigneeID == fixture.agent.id)
            let note = try #require(try await fixture.messages().last)
            #expect(note.isInternalNote)
            #expect(note.author == .system)
            #expect(note.body == "Minh Anh is angry (order #W1001), Billing owns it.")
            let run = try #require(try await fixture.runs().first)
            #expect(run.actor == Actor(kind: .rule, id: run.subjectID))
            #expect(run.details["actions"] == .array(
                ["assign_team", "set_priority", "add_tags", "assign_agent", "add_note"].map {
                    .object(["type": .string($0), "outcome": .string("done")])
                }))
            let changes = try await store.read {
                try await $0.auditEvents(subjectID: fixture.conversation.id, workspaceID: fixture.workspace.id, page: PageRequest(limit: 50))
            }.items.filter { $0.action == "conversation.updated" }
            #expect(changes.count == 4)
            #expect(changes.allSatisfy { $0.actor.kind == .rule })
        }
    }

    @Test("send_message writes to the customer in their language from the template", arguments: TestStores.engines)
    func sendMessage(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(
                        workspace, .conversationHandedOff, nil,
                        [.sendMessage(MessageTemplate([
                            "en": "Hi {{customer.first_name}}, {{agent.name|an agent}} will take over.",
                            "vi": "Chào {{customer.first_name}}, {{agent.name|nhân viên}} sẽ hỗ trợ bạn.",
                            "ms": "Hai {{customer.first_name}}, {{agent.name|ejen}} akan membantu.",
                        ]))])
                ]
            }
            try await fixture.change(ConversationChanges(handler: .human))
            let message = try #require(try await fixture.messages().last)
            #expect(!message.isInternalNote)
            #expect(message.body == "Chào Minh, nhân viên sẽ hỗ trợ bạn.")
            #expect(message.language == "vi")
        }
    }

    @Test("hand_off gives the conversation to a human with SLA due times; hand_back_to_ai returns it", arguments: TestStores.engines)
    func handOffAndBack(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(workspace, .messageCreated, .test(RuleTest(.customerTier, .equals, .string("standard"))), [.setPriority(.p2), .handOff], name: "a", at: 1),
                    RuleFixture.rule(workspace, .ratingReceived, nil, [.handBackToAI], name: "b", at: 2),
                ]
            }
            try await fixture.customerSays("Cần gặp người thật", language: "vi")
            let handedOff = try await fixture.current()
            #expect(handedOff.handler == .human)
            #expect(handedOff.handedOffAt == RuleFixture.start)
            // P2: 60 minutes to the first response, 1440 to resolution (the default targets).
            #expect(handedOff.firstResponseDueAt == RuleFixture.start.addingTimeInterval(60 * 60))
            #expect(handedOff.resolutionDueAt == RuleFixture.start.addingTimeInterval(1440 * 60))
            try await fixture.change(ConversationChanges(status: .resolved))
            _ = try await FeedbackDesk(store: store, clock: fixture.clock, events: fixture.events)
                .answerSurvey(.csat, rating: 5, comment: nil, conversation: fixture.conversation)
            #expect(try await fixture.current().handler == .ai)
        }
    }

    @Test("resolve and remove_tags act on the conversation", arguments: TestStores.engines)
    func resolveAndRemoveTags(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(
                        workspace, .messageCreated, .test(RuleTest(.messageBody, .contains, .string("cam on"))),
                        [.removeTags(["waiting"]), .resolve])
                ]
            }
            try await fixture.change(ConversationChanges(tags: ["waiting", "order"]))
            try await fixture.customerSays("Cảm ơn nhiều!", language: "vi")
            let conversation = try await fixture.current()
            #expect(conversation.status == .resolved)
            #expect(conversation.resolvedAt == RuleFixture.start)
            #expect(conversation.tags == ["order"])
        }
    }

    @Test("call_webhook POSTs the event signed with HMAC-SHA256 of the body", arguments: TestStores.engines)
    func webhook(engine: StoreEngineKind) async throws {
        let receiver = ScriptedWebhookReceiver()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = client.shutdown() }
        let secret = "whsec-0123456789abcdef"
        try await receiver.serve { url in
            try await TestStores.withStore(engine) { store in
                let fixture = try await RuleFixture.make(
                    store, rules: { workspace, _, _ in
                        [RuleFixture.rule(workspace, .messageCreated, nil, [.callWebhook(url: url, secret: secret)], name: "notify")]
                    }, webhooks: HTTPWebhookSender(client: client), allowPrivateWebhooks: true)
                let recorded = try await fixture.customerSays("Xin chào", language: "vi")
                let delivery = try #require(await receiver.deliveries.first)
                let expected = HMAC<SHA256>.authenticationCode(for: delivery.body, using: SymmetricKey(data: Data(secret.utf8)))
                #expect(delivery.signature == "sha256=" + expected.map { String(format: "%02x", $0) }.joined())
                let body = try JSONDecoder().decode(JSONValue.self, from: delivery.body)
                guard case .object(let fields) = body, case .object(let message)? = fields["message"] else {
                    Issue.record("not an object with a message: \(body)")
                    return
                }
                #expect(fields["event"] == .string("message.created"))
                #expect(fields["rule_name"] == .string("notify"))
                #expect(message["id"] == .string(recorded.message.id.uuidString))
                #expect(try await fixture.runs().first?.details["actions"] == .array([.object(["type": .string("call_webhook"), "outcome": .string("done")])]))
            }
        }
        try await client.shutdown()
    }

    @Test("A failing action is audited with its reason and the next action still runs", arguments: TestStores.engines)
    func failedAction(engine: StoreEngineKind) async throws {
        let receiver = ScriptedWebhookReceiver(status: 500)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        try await receiver.serve { url in
            try await TestStores.withStore(engine) { store in
                let fixture = try await RuleFixture.make(
                    store, rules: { workspace, _, _ in
                        [RuleFixture.rule(workspace, .messageCreated, nil, [.callWebhook(url: url, secret: "0123456789abcdef"), .assignTeam(UUID()), .setPriority(.p1)])]
                    }, webhooks: HTTPWebhookSender(client: client), allowPrivateWebhooks: true)
                try await fixture.customerSays("Halo, pesanan saya belum sampai", language: "id")
                #expect(try await fixture.current().priority == .p1)
                let outcomes = try #require(try await fixture.runs().first?.details["actions"])
                #expect(outcomes == .array([
                    .object(["type": .string("call_webhook"), "outcome": .string("failed"), "reason": .string("the webhook answered 500")]),
                    .object(["type": .string("assign_team"), "outcome": .string("failed"), "reason": .string("Field 'team_id' does not name a team of this workspace.")]),
                    .object(["type": .string("set_priority"), "outcome": .string("done")]),
                ]))
            }
        }
        try await client.shutdown()
    }
}

/// A rule's own actions do not start it again, and chains of rules end.
@Suite("Rule loops")
struct RuleLoopTests {
    @Test("A rule whose action is the event it waits for runs once per outside event", arguments: TestStores.engines)
    func selfTrigger(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(workspace, .conversationUpdated, nil, [.addTags(["seen"]), .removeTags(["seen"]), .addTags(["seen"])]),
                    RuleFixture.rule(workspace, .messageCreated, nil, [.addNote(MessageTemplate(["en": "new message"]))], at: 1),
                ]
            }
            try await fixture.change(ConversationChanges(priority: .p2))
            #expect(try await fixture.runs().count == 1)
            try await fixture.customerSays("Một tin nhắn", language: "vi")
            // The note is a message too: the note rule does not run on its own note.
            let notes = try await fixture.messages().filter(\.isInternalNote)
            #expect(notes.count == 1)
            #expect(try await fixture.runs().count == 2)
        }
    }

    @Test("Two rules setting each other off run once each, then stop", arguments: TestStores.engines)
    func pingPong(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let fixture = try await RuleFixture.make(store) { workspace, _, _ in
                [
                    RuleFixture.rule(workspace, .conversationUpdated, .test(RuleTest(.conversationPriority, .equals, .string("P2"))), [.setPriority(.p1)], name: "up", at: 1),
                    RuleFixture.rule(workspace, .conversationUpdated, .test(RuleTest(.conversationPriority, .equals, .string("P1"))), [.setPriority(.p2)], name: "down", at: 2),
                ]
            }
            try await fixture.change(ConversationChanges(priority: .p2))
            let runs = try await fixture.runs()
            #expect(runs.count == 2)
            #expect(try await fixture.current().priority == .p2)
        }
    }
}

/// Rules run once for the cluster: on the node where the event happened, not on every node that hears it.
@Suite("Rules on several nodes")
struct RuleClusterTests {
    @Test("Two nodes on one bus: each message starts its rule once, on the node that stored it", arguments: TestStores.engines)
    func oncePerCluster(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let bus = InProcessEventBus()
            let fixture = try await RuleFixture.make(store, rules: { workspace, _, _ in
                [RuleFixture.rule(workspace, .messageCreated, .test(RuleTest(.messageAuthor, .equals, .string("customer"))),
                                  [.addNote(MessageTemplate(["en": "seen"]))])]
            }, bus: bus)
            let (otherEvents, otherRecorder, _, _) = RuleFixture.node(store, bus: bus, clock: fixture.clock)
            let heardOnOtherNode = await otherEvents.agents.subscribe(fixture.workspace.id)
            try await fixture.customerSays("Labdien, kur ir mans pasūtījums?", language: "lv")
            var iterator = heardOnOtherNode.makeAsyncIterator()
            #expect(await iterator.next()?.type == .messageCreated, "the other node hears the event")
            #expect(try await fixture.runs().count == 1)
            _ = try await otherRecorder.record(
                Message(
                    workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, author: .customer,
                    body: "Vēl viens jautājums", language: "lv", createdAt: fixture.clock.now()))
            #expect(try await fixture.runs().count == 2)
            #expect(try await fixture.messages().filter(\.isInternalNote).count == 2)
        }
    }
}

/// Each node's rule cache follows the rules' changes announced on the bus.
@Suite("Rule cache")
struct RuleCacheTests {
    @Test("A rule added, disabled and deleted through the rule book takes effect on the next event, on every node", arguments: TestStores.engines)
    func followsChanges(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let bus = InProcessEventBus()
            let fixture = try await RuleFixture.make(store, rules: { _, _, _ in [] }, bus: bus)
            let clock = fixture.clock
            let cached = { (events: ConversationEvents, recorder: MessageRecorder, desk: ConversationDesk) in
                RuleEngine(
                    store: store, runner: RuleActionRunner(desk: desk, recorder: recorder, webhooks: NoWebhooks(), clock: clock),
                    clock: clock, logger: TestStores.logger, cache: RuleCache(bus: bus))
            }
            let nodeA = RuleFixture.node(store, bus: bus, clock: clock)
            let nodeB = RuleFixture.node(store, bus: bus, clock: clock)
            let engines = [cached(nodeA.0, nodeA.1, nodeA.2), cached(nodeB.0, nodeB.1, nodeB.2)]
            let event = { (body: String) in
                AgentEvent(
                    .messageCreated, workspaceID: fixture.workspace.id, conversation: fixture.conversation,
                    message: Message(
                        workspaceID: fixture.workspace.id, conversationID: fixture.conversation.id, author: .customer,
                        body: body, language: "ms", createdAt: clock.now()),
                    at: clock.now())
            }
            for engine in engines { #expect(await engine.react(to: event("Helo")).isEmpty, "loads the empty rule list") }
            let book = RuleBook(store: store, clock: clock, cacheChanges: CacheChanges(bus: bus, clock: clock, logger: TestStores.logger))
            let admin = Principal(workspaceID: fixture.workspace.id, role: .admin, agentID: nil, credential: .apiKey(UUID()))
            let rule = try await book.create(
                RuleDraft(name: "Malay", trigger: .messageCreated,
                          condition: .value(.test(RuleTest(.messageLanguage, .equals, .string("ms")))), actions: [.addTags(["ms"])]),
                by: admin)
            for engine in engines { #expect(await engine.react(to: event("Terima kasih")) == [rule.id]) }
            _ = try await book.update(id: rule.id, with: RuleDraft(enabled: false), by: admin)
            for engine in engines { #expect(await engine.react(to: event("Sekali lagi")).isEmpty) }
            _ = try await book.update(id: rule.id, with: RuleDraft(enabled: true), by: admin)
            try await book.delete(id: rule.id, by: admin)
            for engine in engines { #expect(await engine.react(to: event("Akhir")).isEmpty) }
        }
    }
}
