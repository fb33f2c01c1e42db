import Foundation
import HeedCore

/// One past conversation of ``DemoHistory``, told step by step: each step changes the conversation as the live
/// path would and records the same reporting events.
struct DemoStory {
    let material: DemoHistory.Material
    private(set) var conversation: Conversation
    private(set) var messages: [Message] = []
    private(set) var feedback: [Feedback] = []
    private(set) var events: [ReportEvent] = []
    private var now: Date
    private var customer: Customer

    static let agentReplies = [
        "Hi {name}, thanks for waiting. I've looked into this and it's sorted now — you'll get a confirmation e-mail shortly.",
        "Hello {name}, I checked your account and fixed it on our side. Let me know if anything still looks wrong.",
        "Hi {name}, sorry for the trouble. I've asked our warehouse and they confirmed it's on its way today.",
        "Thanks {name}. I've refunded the difference; it can take 3–5 working days to show on your statement.",
        "Hi {name}, I've updated it for you. Is there anything else I can help with?",
    ]
    static let thanks = ["Thank you, that's what I needed.", "Great, thanks!", "Perfect, thank you."]
    static let askForPerson = "That doesn't answer my question. Can I talk to a person, please?"
    static let cameBack = "Sorry, it's happening again — can you check once more?"

    init(material: DemoHistory.Material, createdAt: Date) {
        self.material = material
        customer = material.customers[0]
        now = createdAt
        conversation = Conversation(
            workspaceID: material.workspace.id, customerID: customer.id, channel: .widget, createdAt: createdAt)
    }

    /// Tells the whole conversation: a question, then the AI's answer or a hand-off, and what follows.
    mutating func tell(using random: inout SeededGenerator) {
        customer = material.customers.randomElement(using: &random) ?? customer
        let question = material.questions.randomElement(using: &random) ?? material.questions[0]
        let team = material.teams.first { $0.name == question.team }
        let intent = Self.intent(of: question.text, team: team, using: &random)
        conversation = Conversation(
            workspaceID: material.workspace.id, customerID: customer.id,
            channel: Double.random(in: 0..<1, using: &random) < 0.8 ? .widget : .email, createdAt: now)
        events += ReportEvent.changes(from: nil, to: conversation, customer: customer, at: now)
        say(.customer, question.text)
        if Double.random(in: 0..<1, using: &random) < 0.62, let article = article(for: intent, team: team, using: &random) {
            wait(2...8, using: &random)
            let answer = say(.ai, Self.passage(of: article), intent: intent, decision: .answer, citing: article)
            let outcome = Double.random(in: 0..<1, using: &random)
            if outcome < 0.18 {
                wait(30...300, using: &random)
                say(.customer, Self.askForPerson)
                handOff(to: team, reason: .customerAskedForHuman, using: &random)
                return
            }
            if Double.random(in: 0..<1, using: &random) < 0.3 { rateAnswer(answer, helpful: outcome < 0.9) }
            if outcome < 0.5 {
                wait(20...120, using: &random)
                say(.customer, Self.thanks.randomElement(using: &random) ?? "Thanks!")
                say(.ai, "You're welcome! Anything else, just write here.", intent: "thanks", decision: .answer)
            }
            // Past conversations are all done: resolved soon after a thank-you, else when they went quiet a day.
            wait(outcome < 0.5 ? 600...3_600 : 86_400...90_000, using: &random)
            resolve()
        } else {
            let reason: HandoffReason = Bool.random(using: &random) ? .teamMustAct : .answerAbstained
            handOff(to: team, reason: reason, using: &random)
        }
    }

    /// To people: the AI says so, an agent of the team takes it and answers, then it is resolved (and sometimes
    /// reopened and resolved again), with ratings now and then.
    private mutating func handOff(to team: Team?, reason: HandoffReason, using random: inout SeededGenerator) {
        wait(2...6, using: &random)
        let teamName = team?.name ?? "support"
        let (at, tier, levels) = (now, customer.tier, material.workspace.policy.serviceLevels)
        change {
            $0.teamID = team?.id
            $0.escalationReason = reason.rawValue
            $0.startHumanHandling(at: at, customerTier: tier, serviceLevels: levels)
        }
        say(.ai, "I'm passing this to our \(teamName) team with our conversation so far — someone will reply here shortly.",
            decision: .handoff)
        let agents = material.agents.filter { agent in team.map { agent.teamIDs.contains($0.id) } ?? true }
        guard let agent = (agents.isEmpty ? material.agents : agents).randomElement(using: &random) else { return }
        wait(90...2_700, using: &random)
        change { $0.assigneeID = agent.id }
        agentReply(agent, using: &random)
        wait(300...7_200, using: &random)
        resolve()
        if Double.random(in: 0..<1, using: &random) < 0.08 {
            wait(3_600...86_400, using: &random)
            say(.customer, Self.cameBack)
            wait(300...3_600, using: &random)
            agentReply(agent, using: &random)
            wait(600...3_600, using: &random)
            resolve()
        }
        if Double.random(in: 0..<1, using: &random) < 0.45 {
            rate(.csat, Self.csatRating(using: &random))
        }
        if Double.random(in: 0..<1, using: &random) < 0.15 {
            rate(.nps, Int.random(in: 5...10, using: &random))
        }
    }

    private mutating func agentReply(_ agent: Agent, using random: inout SeededGenerator) {
        let first = customer.name?.split(separator: " ").first.map(String.init) ?? "there"
        let text = (Self.agentReplies.randomElement(using: &random) ?? Self.agentReplies[0])
            .replacingOccurrences(of: "{name}", with: first)
        say(.agent, text, authorID: agent.id)
    }

    /// Most ratings are good, some are not: 45 % fives, 30 % fours, then threes, twos and ones.
    private static func csatRating(using random: inout SeededGenerator) -> Int {
        let draw = Double.random(in: 0..<1, using: &random)
        return draw < 0.45 ? 5 : draw < 0.75 ? 4 : draw < 0.87 ? 3 : draw < 0.94 ? 2 : 1
    }

    @discardableResult
    private mutating func say(
        _ author: MessageAuthor, _ body: String, intent: String? = nil, decision: TurnDecision.Kind? = nil,
        citing article: Article? = nil, authorID: UUID? = nil
    ) -> Message {
        var annotations = MessageAnnotations(intent: intent, decision: decision)
        if let article { annotations.citations = [Citation(articleID: article.id.uuidString, title: article.title)] }
        let message = Message(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, sequence: messages.count + 1,
            author: author, authorID: authorID, body: body, language: "en", annotations: annotations, createdAt: now)
        let before = conversation
        conversation.record(message, at: now)
        events += ReportEvent.changes(from: before, to: conversation, message: message, at: now)
        messages.append(message)
        return message
    }

    private mutating func change(_ body: (inout Conversation) -> Void) {
        let before = conversation
        body(&conversation)
        conversation.updatedAt = now
        events += ReportEvent.changes(from: before, to: conversation, at: now)
    }

    private mutating func resolve() {
        let at = now
        change {
            $0.status = .resolved
            $0.resolvedAt = at
        }
    }

    private mutating func rateAnswer(_ answer: Message, helpful: Bool) {
        let rating = Feedback(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, messageID: answer.id,
            kind: .aiRating, rating: helpful ? 1 : -1, author: .customer, authorID: customer.id, createdAt: now)
        feedback.append(rating)
        events += ReportEvent.rating(rating, in: conversation, at: now)
    }

    private mutating func rate(_ kind: FeedbackKind, _ value: Int) {
        now.addTimeInterval(60)
        let rating = Feedback(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, kind: kind, rating: value,
            author: .customer, authorID: customer.id, createdAt: now)
        feedback.append(rating)
        events += ReportEvent.rating(rating, in: conversation, at: now)
    }

    private mutating func wait(_ seconds: ClosedRange<Int>, using random: inout SeededGenerator) {
        now.addTimeInterval(TimeInterval(Int.random(in: seconds, using: &random)))
    }

    /// The team's intent the question names (`double_charge` for "charged twice" only when worded so), else one
    /// of the team's intents.
    static func intent(of text: String, team: Team?, using random: inout SeededGenerator) -> String? {
        let words = text.lowercased()
        let intents = team?.intents ?? []
        return intents.first { words.contains($0.replacingOccurrences(of: "_", with: " ")) }
            ?? intents.randomElement(using: &random)
    }

    /// A public English article about the intent (tagged with it), else one of the team's topics.
    private func article(for intent: String?, team: Team?, using random: inout SeededGenerator) -> Article? {
        let candidates = material.articles.filter { $0.language == "en" && $0.visibility == .public }
        if let intent, let tagged = candidates.filter({ $0.tags.contains(intent) }).randomElement(using: &random) {
            return tagged
        }
        let topics = Set(team?.intents ?? [])
        return candidates.filter { !topics.isDisjoint(with: $0.tags) }.randomElement(using: &random)
    }

    /// The article's opening paragraph, as the AI would quote it (headings dropped, about 400 characters).
    static func passage(of article: Article) -> String {
        let paragraphs = article.body.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let opening = paragraphs.first ?? article.title
        guard opening.count > 400 else { return opening }
        let cut = opening.prefix(400)
        return cut.lastIndex(of: ".").map { String(cut[...$0]) } ?? String(cut) + "…"
    }
}
