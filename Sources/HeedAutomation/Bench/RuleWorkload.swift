import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// A synthetic but realistic load for measuring rules (`heed bench rules`): rules of every condition shape over
/// messages in five languages, and the facts of customer messages to run them on.
public enum RuleWorkload {
    static let languages = ["en", "vi", "ms", "id", "lv"]
    static let emotions = ["anger", "urgency", "confusion", "gratitude", "churn_threat"]
    static let intents = ["refund", "delivery", "warranty", "cancel_order", "billing"]
    static let words = ["refund", "hoàn tiền", "bayaran balik", "pengembalian", "atmaksa"]

    /// `count` enabled `message.created` rules of `workspaceID`: rule i tests language i mod 5 and one more fact
    /// (emotion, intent, words, tier, an attribute, tags) under AND, OR and NOT, and sets a priority and a tag.
    public static func rules(_ count: Int, workspaceID: UUID, now: Date) -> [Rule] {
        (0..<count).map { index in
            let language = RuleTest(.messageLanguage, .equals, .string(languages[index % 5]))
            let second: RuleCondition
            switch index % 6 {
            case 0: second = .test(RuleTest(.messageEmotion, .equals, .string(emotions[index / 6 % 5])))
            case 1: second = .test(RuleTest(.messageIntent, .oneOf, .array([.string(intents[index % 5]), .string("billing")])))
            case 2: second = .test(RuleTest(.messageBody, .contains, .string(words[index % 5])))
            case 3: second = .not(.test(RuleTest(.customerTier, .equals, .string("vip"))))
            case 4: second = .any([
                .test(RuleTest(.customerAttribute("lifetime_value"), .greaterThan, .number(Double(index * 10)))),
                .test(RuleTest(.conversationTags, .contains, .string("urgent"))),
            ])
            default: second = .test(RuleTest(.conversationChannel, .equals, .string("widget")))
            }
            return Rule(
                workspaceID: workspaceID, name: "Rule \(index + 1)", trigger: .messageCreated,
                condition: .all([.test(language), second]),
                actions: [.setPriority(index % 2 == 0 ? .p1 : .p2), .addTags(["rule-\(index + 1)"])],
                createdAt: now.addingTimeInterval(Double(index) / 1000))
        }
    }

    /// The facts of `count` customer messages, cycling through the languages, emotions, intents and words.
    public static func facts(_ count: Int, conversation: Conversation, customer: Customer, now: Date) -> [RuleFacts] {
        (0..<count).map { index in
            let message = Message(
                workspaceID: conversation.workspaceID, conversationID: conversation.id, author: .customer,
                body: "Message \(index): \(words[index % 5]) \(intents[index % 5])", language: languages[(index / 5) % 5],
                annotations: MessageAnnotations(
                    intent: intents[index % 5], signals: [SignalAnnotation(kind: emotions[(index / 3) % 5], score: 0.8)]),
                createdAt: now)
            return RuleFacts(conversation: conversation, message: message, customer: customer)
        }
    }

    /// How many of `rules`' conditions hold over all `facts`.
    public static func matches(_ rules: [Rule], _ facts: [RuleFacts]) -> Int {
        var matched = 0
        for fact in facts {
            for rule in rules where rule.condition?.matches(fact) ?? true { matched += 1 }
        }
        return matched
    }
}
