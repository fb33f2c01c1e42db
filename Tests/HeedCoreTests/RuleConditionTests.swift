import Foundation
import HeedCore
import Testing

/// Rule conditions, templates and validation: pure values, facts built by hand.
@Suite("Rule conditions")
struct RuleConditionTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let workspaceID = UUID()

    static func facts(
        body: String = "Tôi rất tức giận!", language: String = "vi", emotions: [(String, Double)] = [("anger", 0.8)],
        tier: CustomerTier = .standard, attributes: [String: JSONValue] = [:], tags: [String] = ["order"]
    ) -> RuleFacts {
        let customer = Customer(workspaceID: workspaceID, name: "Minh Anh", tier: tier, attributes: attributes, createdAt: now)
        let conversation = Conversation(
            workspaceID: workspaceID, customerID: customer.id, channel: .widget, tags: tags, createdAt: now)
        let message = Message(
            workspaceID: workspaceID, conversationID: conversation.id, author: .customer, body: body, language: language,
            annotations: MessageAnnotations(
                intent: "refund", signals: emotions.map { SignalAnnotation(kind: $0.0, score: $0.1) }),
            createdAt: now)
        let team = Team(workspaceID: workspaceID, name: "Billing", createdAt: now)
        return RuleFacts(conversation: conversation, message: message, customer: customer, team: team)
    }

    static let angryVietnamese: RuleCondition = .all([
        .test(RuleTest(.messageEmotion, .equals, .string("anger"))),
        .test(RuleTest(.messageLanguage, .equals, .string("vi"))),
    ])

    @Test("AND holds only when every test does; an emotion counts from a score of 0.5")
    func allOf() {
        #expect(Self.angryVietnamese.matches(Self.facts()))
        #expect(!Self.angryVietnamese.matches(Self.facts(language: "en")))
        #expect(!Self.angryVietnamese.matches(Self.facts(emotions: [("anger", 0.49)])))
        #expect(Self.angryVietnamese.matches(Self.facts(emotions: [("urgency", 0.9), ("anger", 0.5)])))
    }

    @Test("OR holds when one test does, NOT inverts, and an empty OR never holds")
    func anyAndNot() {
        let vipOrLatvian: RuleCondition = .any([
            .test(RuleTest(.customerTier, .equals, .string("VIP"))),
            .test(RuleTest(.messageLanguage, .oneOf, .array([.string("lv"), .string("ms")]))),
        ])
        #expect(vipOrLatvian.matches(Self.facts(tier: .vip)))
        #expect(vipOrLatvian.matches(Self.facts(language: "lv")))
        #expect(!vipOrLatvian.matches(Self.facts(language: "id")))
        #expect(RuleCondition.not(vipOrLatvian).matches(Self.facts(language: "id")))
        #expect(!RuleCondition.any([]).matches(Self.facts()))
        #expect(RuleCondition.all([]).matches(Self.facts()))
    }

    @Test("Text contains ignores case and accents; lists match an entry; teams match by name")
    func containsAndLists() {
        let facts = Self.facts(body: "Đơn hàng của tôi bị HỦY", tags: ["Order", "late"])
        #expect(RuleTest(.messageBody, .contains, .string("huy")).matches(facts))
        #expect(!RuleTest(.messageBody, .contains, .string("refund")).matches(facts))
        #expect(RuleTest(.conversationTags, .contains, .string("late")).matches(facts))
        #expect(RuleTest(.conversationTeam, .equals, .string("billing")).matches(facts))
        #expect(RuleTest(.messageIntent, .equals, .string("refund")).matches(facts))
        #expect(RuleTest(.conversationChannel, .equals, .string("widget")).matches(facts))
    }

    @Test("Custom attributes compare as numbers, texts holding numbers too; a missing fact only fails tests")
    func attributes() {
        let facts = Self.facts(attributes: ["lifetime_value": .number(1200), "plan": .string("gold"), "orders": .string("7")])
        #expect(RuleTest(.customerAttribute("lifetime_value"), .greaterThan, .number(1000)).matches(facts))
        #expect(!RuleTest(.customerAttribute("lifetime_value"), .lessThan, .number(1000)).matches(facts))
        #expect(RuleTest(.customerAttribute("orders"), .greaterThan, .number(5)).matches(facts))
        #expect(RuleTest(.customerAttribute("plan"), .equals, .string("Gold")).matches(facts))
        #expect(!RuleTest(.customerAttribute("missing"), .equals, .string("x")).matches(facts))
        #expect(RuleTest(.customerAttribute("missing"), .notEquals, .string("x")).matches(facts))
        #expect(RuleTest(.customerAttribute("missing"), .exists, .bool(false)).matches(facts))
        #expect(!RuleTest(.ratingScore, .lessThan, .number(3)).matches(facts), "no rating in a message event")
    }

    @Test("Conditions decode from JSON by field path and encode back the same")
    func coding() throws {
        let json = #"{"all":[{"field":"message.emotion","op":"equals","value":"anger"},{"any":[{"field":"customer.attributes.plan","op":"in","value":["gold","silver"]},{"not":{"field":"conversation.assigned","op":"equals","value":true}}]}]}"#
        let condition = try JSONDecoder().decode(RuleCondition.self, from: Data(json.utf8))
        let expected: RuleCondition = .all([
            .test(RuleTest(.messageEmotion, .equals, .string("anger"))),
            .any([
                .test(RuleTest(.customerAttribute("plan"), .oneOf, .array([.string("gold"), .string("silver")]))),
                .not(.test(RuleTest(.conversationAssigned, .equals, .bool(true)))),
            ]),
        ])
        #expect(condition == expected)
        let again = try JSONDecoder().decode(RuleCondition.self, from: try JSONEncoder().encode(condition))
        #expect(again == expected)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RuleCondition.self, from: Data(#"{"field":"message.mood","op":"equals","value":"x"}"#.utf8))
        }
    }

    @Test("Templates pick the customer's language, fill placeholders and fall back when a value is unknown")
    func templates() {
        let template = MessageTemplate([
            "en": "Hi {{customer.first_name}}, {{agent.name|our team}} will help with order {{customer.attributes.order_id}}.",
            "vi": "Chào {{customer.first_name}}, {{agent.name|đội ngũ}} sẽ hỗ trợ đơn {{customer.attributes.order_id}}.",
        ])
        let values = Self.facts(attributes: ["order_id": .string("#W1001")]).placeholderValues
        #expect(template.render(language: "vi", values: values) == "Chào Minh, đội ngũ sẽ hỗ trợ đơn #W1001.")
        #expect(template.render(language: "lv", values: values) == "Hi Minh, our team will help with order #W1001.")
        #expect(template.render(language: "vi-VN", values: values).hasPrefix("Chào"))
        #expect(template.placeholders == ["customer.first_name", "agent.name", "customer.attributes.order_id"])
    }

    @Test("Validation names the offending part of a rule")
    func validation() {
        func rule(_ condition: RuleCondition? = nil, _ actions: [RuleAction] = [.resolve]) -> Rule {
            Rule(workspaceID: Self.workspaceID, name: "R", trigger: .messageCreated, condition: condition, actions: actions, createdAt: Self.now)
        }
        #expect(throws: HeedError.invalidField("actions", "must have at least one action")) { try rule(nil, []).validated() }
        #expect(throws: HeedError.invalidField("condition.all[1].value", "must be one of P1, P2, P3, P4 for conversation.priority")) {
            try rule(.all([Self.angryVietnamese, .test(RuleTest(.conversationPriority, .equals, .string("urgent")))])).validated()
        }
        #expect(throws: HeedError.invalidField("condition.value", "must be a number for 'greater_than'")) {
            try rule(.test(RuleTest(.ratingScore, .greaterThan, .string("high")))).validated()
        }
        #expect(throws: HeedError.invalidField("actions[0].url", "must be an http or https address")) {
            try rule(nil, [.callWebhook(url: "ftp://x.example", secret: "0123456789abcdef")]).validated()
        }
        #expect(throws: HeedError.invalidField("actions[0].secret", "is required to sign the webhook")) {
            try rule(nil, [.callWebhook(url: "https://x.example/h", secret: nil)]).validated()
        }
        #expect(throws: HeedError.self) { try rule(nil, [.sendMessage(MessageTemplate(["en": "Hi {{customer.nickname}}"]))]).validated() }
        #expect(throws: HeedError.invalidField("actions[0].tags", "must have at least one tag")) { try rule(nil, [.addTags([])]).validated() }
        #expect((try? rule(Self.angryVietnamese, [.setPriority(.p1)]).validated()) != nil)
    }
}

/// A human taking a conversation over without the AI's hand-off.
@Suite("Human takeover")
struct HumanTakeoverTests {
    @Test("A VIP's conversation goes up to P2 and the SLA clocks start from the takeover; running clocks stay")
    func takeover() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var conversation = Conversation(workspaceID: UUID(), customerID: UUID(), channel: .widget, createdAt: now)
        conversation.startHumanHandling(at: now, customerTier: .vip, serviceLevels: ServiceLevelPolicy())
        #expect(conversation.handler == .human)
        #expect(conversation.priority == .p2)
        #expect(conversation.handedOffAt == now)
        #expect(conversation.firstResponseDueAt == now.addingTimeInterval(60 * 60))
        #expect(conversation.resolutionDueAt == now.addingTimeInterval(1440 * 60))
        var urgent = Conversation(workspaceID: UUID(), customerID: UUID(), channel: .api, priority: .p1, createdAt: now)
        urgent.firstResponseDueAt = now.addingTimeInterval(60)
        urgent.startHumanHandling(at: now.addingTimeInterval(30), customerTier: .vip, serviceLevels: ServiceLevelPolicy())
        #expect(urgent.priority == .p1)
        #expect(urgent.firstResponseDueAt == now.addingTimeInterval(60))
        var standard = Conversation(workspaceID: UUID(), customerID: UUID(), channel: .api, createdAt: now)
        standard.startHumanHandling(at: now, customerTier: .standard, serviceLevels: ServiceLevelPolicy())
        #expect(standard.priority == .p3)
        #expect(standard.firstResponseDueAt == now.addingTimeInterval(240 * 60))
    }
}
