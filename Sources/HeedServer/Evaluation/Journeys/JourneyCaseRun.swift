import Foundation

/// What one journey did: how the reply to its last turn came out and what was wrong with it.
public struct JourneyCaseResult: Sendable, Codable {
    /// How the AI dealt with the last turn.
    public enum Actual: String, Sendable, Codable {
        case answer, clarify, handoff
        /// No AI message after the last turn and no person took over.
        case silent
    }

    public let id: String
    public let language: String
    public let kind: String
    public let expected: String
    public let actual: Actual
    /// The expected outcome happened (clarify or hand-off both satisfy `not-answer`).
    public var outcomeRight = false
    /// With an expected answer: answered, every fact stated, nothing forbidden said.
    public var resolved = false
    /// The AI answered, and the answer was wrong: a fact missing, something forbidden said, or an answer where
    /// none exists.
    public var wrong = false
    /// Whether a person took over when (and only when) one should.
    public var handoffRight = false
    /// With an expected team and a hand-off: whether it reached that team; nil when not judged.
    public var teamRight: Bool?
    /// Whether the last AI message is in the expected language; nil when there is none.
    public var languageRight: Bool?
    public var problems: [String] = []
    /// The last AI message, shortened.
    public var reply: String = ""
    /// Why the AI replied so (the last AI message's reasons and confidence).
    public var reasons: [String] = []
    /// Milliseconds each turn took, as the API answered it.
    public var turnMilliseconds: [Double] = []
}

/// One journey over the HTTP API, as a customer of the company writing to it: a conversation of its own, each
/// turn answered before the next, then judged.
struct JourneyCaseRun: Sendable {
    let api: EvaluationAPI

    func run(_ journey: JourneyCase, number: Int) async throws -> JourneyCaseResult {
        let customerID = try await customer(for: journey, number: number)
        let conversation = try await api.expect(.POST, "/api/v1/conversations", ["customer_id": customerID, "channel": "widget"])
        guard let conversationID = conversation["id"] as? String else {
            throw AttackEvaluationError.unexpectedResponse("a conversation without id")
        }
        var aiReplies: [[String: Any]] = []
        var lastReply: [String: Any]?
        var milliseconds: [Double] = []
        for turn in journey.turns {
            let started = ContinuousClock.now
            let posted = try await api.expect(
                .POST, "/api/v1/conversations/\(conversationID)/messages",
                ["body": turn, "author": "customer", "await_reply": true, "client_message_id": UUID().uuidString])
            let elapsed = ContinuousClock.now - started
            milliseconds.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            lastReply = posted["reply"] as? [String: Any]
            if let lastReply { aiReplies.append(lastReply) }
        }
        let state = try await api.expect(.GET, "/api/v1/conversations/\(conversationID)")
        return judge(journey, lastReply: lastReply, aiReplies: aiReplies, conversation: state, milliseconds: milliseconds)
    }

    private func customer(for journey: JourneyCase, number: Int) async throws -> String {
        if let external = journey.customer {
            let encoded = external.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? external
            let page = try await api.expect(.GET, "/api/v1/customers?external_id=\(encoded)")
            guard let first = (page["data"] as? [[String: Any]])?.first, let id = first["id"] as? String else {
                throw JourneySetError("Case \(journey.id): no customer with external id \(external) in the workspace.")
            }
            return id
        }
        let created = try await api.expect(.POST, "/api/v1/customers", [
            "name": "Journey Customer \(number)", "email": "journey-\(number)-\(UUID().uuidString.prefix(8))@customers.example",
            "preferred_language": journey.language,
        ])
        guard let id = created["id"] as? String else { throw AttackEvaluationError.unexpectedResponse("customer without id") }
        return id
    }

    func judge(
        _ journey: JourneyCase, lastReply: [String: Any]?, aiReplies: [[String: Any]], conversation: [String: Any],
        milliseconds: [Double]
    ) -> JourneyCaseResult {
        let expect = journey.expect
        let handedOff = conversation["handler"] as? String == "human"
        let decision = lastReply?["decision"] as? String
        let actual: JourneyCaseResult.Actual =
            handedOff || decision == "handoff" ? .handoff
            : decision == "clarify" ? .clarify : lastReply == nil ? .silent : .answer
        var result = JourneyCaseResult(
            id: journey.id, language: journey.language, kind: journey.kind.rawValue, expected: expect.outcome.rawValue,
            actual: actual)
        result.turnMilliseconds = milliseconds
        let body = lastReply?["body"] as? String ?? ""
        result.reply = String(body.replacingOccurrences(of: "\n", with: " ").prefix(300))
        let annotations = aiReplies.last?["annotations"] as? [String: Any] ?? [:]
        result.reasons = annotations["reasons"] as? [String] ?? []
        if let confidence = aiReplies.last?["confidence"] as? Double { result.reasons.append(String(format: "confidence %.2f", confidence)) }

        switch expect.outcome {
        case .answer: result.outcomeRight = actual == .answer
        case .handoff: result.outcomeRight = actual == .handoff
        case .clarify: result.outcomeRight = actual == .clarify
        case .notAnswer: result.outcomeRight = actual == .clarify || actual == .handoff
        }
        if !result.outcomeRight { result.problems.append("expected \(expect.outcome.rawValue), got \(actual.rawValue)") }

        let missing = actual == .answer ? expect.facts.filter { !JourneyTextMatch.states(body, $0) } : []
        for fact in missing { result.problems.append("fact missing: \(fact)") }
        var said: [String] = []
        for reply in aiReplies {
            let text = reply["body"] as? String ?? ""
            for forbidden in expect.forbidden where JourneyTextMatch.contains(text, forbidden) && !said.contains(forbidden) {
                said.append(forbidden)
            }
        }
        for forbidden in said { result.problems.append("said forbidden \"\(forbidden)\"") }

        result.resolved = expect.outcome == .answer && actual == .answer && missing.isEmpty && said.isEmpty
        result.wrong = actual == .answer && (!missing.isEmpty || !said.isEmpty || expect.outcome == .notAnswer)
        switch expect.outcome {
        case .handoff: result.handoffRight = actual == .handoff
        case .notAnswer: result.handoffRight = actual != .answer
        case .answer, .clarify: result.handoffRight = actual != .handoff
        }
        if let team = expect.team, actual == .handoff {
            let reached = conversation["team"] as? String
            result.teamRight = reached?.lowercased() == team.lowercased()
            if result.teamRight == false { result.problems.append("team \(reached ?? "none"), expected \(team)") }
        }
        if let language = aiReplies.last?["language"] as? String {
            let wanted = expect.language ?? journey.language
            result.languageRight = language == wanted
            if result.languageRight == false { result.problems.append("reply in \(language), expected \(wanted)") }
        }
        return result
    }
}
