/// Why the AI hands a conversation to a human.
public enum HandoffReason: String, Sendable, Codable, Hashable, CaseIterable {
    case customerAskedForHuman = "customer_asked_for_human"
    case noAIConsent = "no_ai_consent"
    case sensitiveTopic = "sensitive_topic"
    case anger = "anger"
    case vipCustomer = "vip_customer"
    case repeatedFailure = "repeated_failure"
    case answerAbstained = "answer_abstained"
    case lowConfidence = "low_confidence"
    /// The answer found tells the customer to contact one of the company's teams ("Contact our Billing team"):
    /// that team takes over instead of the customer being sent elsewhere.
    case teamMustAct = "team_must_act"
    /// The model provider, acting with tools, handed the conversation to a person (`transfer_to_human_agents`):
    /// what the customer wants is outside what the AI may do.
    case aiTransferred = "ai_transferred"
    /// Past one of the workspace's ``PolicyLimits``.
    case policyLimit = "policy_limit"
}

/// A workspace's thresholds for handing off; editable, with sane defaults.
public struct HandoffSettings: Sendable, Codable, Hashable {
    /// Human-request score at or above which the customer is handed over at once.
    public var humanRequestThreshold: Double
    /// Anger score at or above which a human takes over.
    public var angerThreshold: Double
    /// Answer confidence below which the AI does not answer.
    public var minimumAnswerConfidence: Double
    /// Intent confidences closer than this (with neither dominant) make the AI ask a clarifying question.
    public var clarifyMargin: Double
    /// Failed AI turns in a row after which a human takes over.
    public var maxConsecutiveFailures: Int
    /// VIP customers go to a human at their first message. Off by default: a VIP's question is answered like anyone's
    /// (the AI still offers a person at any time), and a VIP's hand-off gets a higher priority and faster service
    /// levels either way.
    public var handOffVIPs: Bool
    /// Intents and keywords that always go to a human.
    public var sensitiveTopics: [String]

    public init(
        humanRequestThreshold: Double = 0.5, angerThreshold: Double = 0.75, minimumAnswerConfidence: Double = 0.35,
        clarifyMargin: Double = 0.1, maxConsecutiveFailures: Int = 2, handOffVIPs: Bool = false,
        sensitiveTopics: [String] = ["legal", "lawyer", "fraud", "stolen", "safety", "injury", "fire", "bereavement", "died", "chargeback"]
    ) {
        self.humanRequestThreshold = humanRequestThreshold
        self.angerThreshold = angerThreshold
        self.minimumAnswerConfidence = minimumAnswerConfidence
        self.clarifyMargin = clarifyMargin
        self.maxConsecutiveFailures = maxConsecutiveFailures
        self.handOffVIPs = handOffVIPs
        self.sensitiveTopics = sensitiveTopics
    }

    enum CodingKeys: String, CodingKey {
        case humanRequestThreshold = "human_request_threshold"
        case angerThreshold = "anger_threshold"
        case minimumAnswerConfidence = "minimum_answer_confidence"
        case clarifyMargin = "clarify_margin"
        case maxConsecutiveFailures = "max_consecutive_failures"
        case handOffVIPs = "hand_off_vips"
        case sensitiveTopics = "sensitive_topics"
    }

    /// Decodes settings; missing keys keep their defaults, so clients may send only what they change.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = HandoffSettings()
        humanRequestThreshold = try c.decodeIfPresent(Double.self, forKey: .humanRequestThreshold) ?? defaults.humanRequestThreshold
        angerThreshold = try c.decodeIfPresent(Double.self, forKey: .angerThreshold) ?? defaults.angerThreshold
        minimumAnswerConfidence = try c.decodeIfPresent(Double.self, forKey: .minimumAnswerConfidence) ?? defaults.minimumAnswerConfidence
        clarifyMargin = try c.decodeIfPresent(Double.self, forKey: .clarifyMargin) ?? defaults.clarifyMargin
        maxConsecutiveFailures = try c.decodeIfPresent(Int.self, forKey: .maxConsecutiveFailures) ?? defaults.maxConsecutiveFailures
        handOffVIPs = try c.decodeIfPresent(Bool.self, forKey: .handOffVIPs) ?? defaults.handOffVIPs
        sensitiveTopics = try c.decodeIfPresent([String].self, forKey: .sensitiveTopics) ?? defaults.sensitiveTopics
    }
}

/// Decides, from what was understood, whether the AI answers, asks to clarify, or hands off — and why.
public enum HandoffPolicy {
    /// Below this retrieval confidence the two closest topics are too far off to offer as a choice.
    public static let clarifyFloor = 0.3

    /// Decides before the answer engine runs: reasons that need no answer attempt.
    public static func decideBeforeAnswering(
        _ turn: TurnAssessment, settings: HandoffSettings, limits: PolicyLimits = PolicyLimits()
    ) -> TurnDecision? {
        if turn.humanRequested >= settings.humanRequestThreshold { return .handoff(.customerAskedForHuman) }
        if !turn.aiConsent { return .handoff(.noAIConsent) }
        if !turn.sensitiveTopics.isEmpty { return .handoff(.sensitiveTopic) }
        if turn.anger >= settings.angerThreshold { return .handoff(.anger) }
        if settings.handOffVIPs, turn.customerTier == .vip { return .handoff(.vipCustomer) }
        if turn.consecutiveAIFailures >= settings.maxConsecutiveFailures { return .handoff(.repeatedFailure) }
        if limits.breach(aiRepliesSinceHuman: turn.aiRepliesSinceHuman) != nil { return .handoff(.policyLimit) }
        return nil
    }

    /// Decides once the answer engine has run.
    public static func decide(
        _ turn: TurnAssessment, candidates: [String] = [], settings: HandoffSettings, limits: PolicyLimits = PolicyLimits()
    ) -> TurnDecision {
        if let early = decideBeforeAnswering(turn, settings: settings, limits: limits) { return early }
        if turn.answerAbstained {
            // A vague message between two close topics: one clarifying question before a person is needed.
            if turn.isVague, candidates.count >= 2, candidates[0] != candidates[1],
                turn.intentConfidence >= Self.clarifyFloor,
                abs(turn.intentConfidence - turn.runnerUpConfidence) < settings.clarifyMargin
            {
                return .clarify(candidates: Array(candidates.prefix(2)))
            }
            return .handoff(.answerAbstained)
        }
        if turn.answerConfidence < settings.minimumAnswerConfidence {
            // Two intents almost tied: one clarifying question beats a handoff.
            if candidates.count >= 2, abs(turn.intentConfidence - turn.runnerUpConfidence) < settings.clarifyMargin,
                turn.intentConfidence < 0.6
            {
                return .clarify(candidates: Array(candidates.prefix(2)))
            }
            return .handoff(.lowConfidence)
        }
        if turn.answerDirectsToTeam { return .handoff(.teamMustAct) }
        return .answer
    }
}
