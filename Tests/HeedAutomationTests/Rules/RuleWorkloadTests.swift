import Foundation
import HeedCore
import Testing

@testable import HeedAutomation

/// The bench's workload is made of valid rules, and its figures count real matches.
@Suite("Rule workload")
struct RuleWorkloadTests {
    @Test("100 valid rules; on 25 messages (each language × emotion pattern) the matches are what the rules say")
    func workload() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let workspaceID = UUID()
        let rules = RuleWorkload.rules(100, workspaceID: workspaceID, now: now)
        #expect(rules.count == 100)
        for rule in rules { _ = try rule.validated() }
        let customer = Customer(workspaceID: workspaceID, name: "B", attributes: ["lifetime_value": .number(420)], createdAt: now)
        let conversation = Conversation(workspaceID: workspaceID, customerID: customer.id, channel: .widget, createdAt: now)
        let facts = RuleWorkload.facts(25, conversation: conversation, customer: customer, now: now)
        // Every message's language is one in five: only the 20 rules of that language can hold. Their second test,
        // worked out from how the workload builds rules and messages.
        var expected = 0
        for (message, fact) in facts.enumerated() {
            for index in rules.indices where RuleWorkload.languages[index % 5] == fact.message?.language {
                let second: Bool
                switch index % 6 {
                case 0: second = RuleWorkload.emotions[index / 6 % 5] == RuleWorkload.emotions[(message / 3) % 5]
                case 1: second = [RuleWorkload.intents[index % 5], "billing"].contains(RuleWorkload.intents[message % 5])
                case 2: second = fact.message!.body.contains(RuleWorkload.words[index % 5])
                case 3, 5: second = true  // not a VIP; on the widget
                default: second = 420 > Double(index * 10)  // lifetime value (no tags)
                }
                if second { expected += 1 }
            }
        }
        #expect(RuleWorkload.matches(rules, facts) == expected)
        #expect(expected > 0 && expected < 25 * 100)
    }
}
