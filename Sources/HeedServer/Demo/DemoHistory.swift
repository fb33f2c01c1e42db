import Foundation
import HeedCore

/// Past conversations of the demo company over the eight weeks before it was created, so a fresh demo's reports
/// show real figures and their drill-downs open real conversations. Each is told like a live one: the customer's
/// question (from the demo's labelled routing examples), the AI's answer from the company's own articles or a
/// hand-off to the question's team, an agent's reply, a resolution, sometimes a reopen, a rating — with the
/// reporting events the live path writes for each step. Deterministic for a seed.
struct DemoHistory {
    struct Material {
        let workspace: Workspace
        let customers: [Customer]
        let teams: [Team]
        let agents: [Agent]
        let articles: [Article]
        let questions: [RoutingExample]
    }

    /// What the history adds to the demo.
    struct Records {
        var conversations: [DemoRecords.PastConversation] = []
        var feedback: [Feedback] = []
        var events: [ReportEvent] = []
    }

    let material: Material
    /// The newest history ends this long before the demo's start, so reports of "now" hold only live conversations.
    static let quietBeforeStart: TimeInterval = 2 * 3_600
    static let span: TimeInterval = 56 * 86_400

    /// `count` conversations created between eight weeks and two hours before `start`, oldest first.
    func records(count: Int, before start: Date, seed: UInt64) -> Records {
        guard !material.questions.isEmpty, !material.customers.isEmpty else { return Records() }
        var random = SeededGenerator(seed: seed)
        let offsets = (0..<count).map { _ in
            Self.quietBeforeStart + Double.random(in: 0..<(Self.span - Self.quietBeforeStart), using: &random)
        }.sorted(by: >)
        var records = Records()
        for offset in offsets {
            var story = DemoStory(material: material, createdAt: start.addingTimeInterval(-offset))
            story.tell(using: &random)
            records.conversations.append(DemoRecords.PastConversation(conversation: story.conversation, messages: story.messages))
            records.feedback += story.feedback
            records.events += story.events
        }
        return records
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same history on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
