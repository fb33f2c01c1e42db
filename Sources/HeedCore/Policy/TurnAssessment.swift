/// What the pipeline understood about a customer's turn, in the terms the policies decide on.
public struct TurnAssessment: Sendable, Hashable {
    /// The top intent or topic, and its calibrated probability.
    public var intent: String?
    public var intentConfidence: Double
    /// The runner-up intent's probability (for "too close to call").
    public var runnerUpConfidence: Double
    /// The classifier's out-of-scope verdict.
    public var isOutOfScope: Bool
    /// Scores in 0…1.
    public var humanRequested: Double
    public var anger: Double
    public var urgency: Double
    public var negativity: Double
    public var churnRisk: Double
    /// Sensitive keywords or intents found (legal, fraud, safety, bereavement…).
    public var sensitiveTopics: [String]
    /// Whether the answer engine abstained (nothing grounded to say).
    public var answerAbstained: Bool
    /// The answer's confidence, when there is an answer.
    public var answerConfidence: Double
    /// Whether the answer's section tells the customer to contact one of the company's teams ("What to do:
    /// 1. Contact our Billing team…"): the customer is already talking to the company, so that team takes over.
    public var answerDirectsToTeam = false
    /// Whether the message says too little to pick one article ("it doesn't work", "problem with my order"): when
    /// no answer is sure, asking which of the two closest topics is meant beats a hand-off.
    public var isVague = false
    public var customerTier: CustomerTier
    /// Whether the customer agreed to be served by the AI.
    public var aiConsent: Bool
    /// AI turns in a row that ended without the customer being helped (abstentions, repeated questions).
    public var consecutiveAIFailures: Int
    /// The AI's replies in this conversation since a human last had it (for ``PolicyLimits``).
    public var aiRepliesSinceHuman: Int

    public init(
        intent: String? = nil, intentConfidence: Double = 0, runnerUpConfidence: Double = 0, isOutOfScope: Bool = false,
        humanRequested: Double = 0, anger: Double = 0, urgency: Double = 0, negativity: Double = 0,
        churnRisk: Double = 0, sensitiveTopics: [String] = [], answerAbstained: Bool = false,
        answerConfidence: Double = 0, customerTier: CustomerTier = .standard, aiConsent: Bool = true,
        consecutiveAIFailures: Int = 0, aiRepliesSinceHuman: Int = 0
    ) {
        self.aiRepliesSinceHuman = aiRepliesSinceHuman
        self.intent = intent
        self.intentConfidence = intentConfidence
        self.runnerUpConfidence = runnerUpConfidence
        self.isOutOfScope = isOutOfScope
        self.humanRequested = humanRequested
        self.anger = anger
        self.urgency = urgency
        self.negativity = negativity
        self.churnRisk = churnRisk
        self.sensitiveTopics = sensitiveTopics
        self.answerAbstained = answerAbstained
        self.answerConfidence = answerConfidence
        self.customerTier = customerTier
        self.aiConsent = aiConsent
        self.consecutiveAIFailures = consecutiveAIFailures
    }
}
