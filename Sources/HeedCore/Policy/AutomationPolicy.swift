/// A workspace's timers and automation settings: where rules' webhooks may go, the survey e-mail, when a silent customer counts as silent (rules' `customer.silent`,
/// the follow-up message), when a conversation waiting on the customer resolves itself, and how long before an SLA
/// due time the assignee is warned (`sla.warning`).
public struct AutomationPolicy: Sendable, Codable, Hashable {
    /// Hours of customer silence, after the support side last wrote, before the conversation counts as silent.
    public var customerSilentHours: Int
    /// The message sent to a silent customer (in their language); nil: none (rules on `customer.silent` may act).
    public var followUp: MessageTemplate?
    /// Hours of customer silence after which a conversation is resolved; nil: never.
    public var autoResolveHours: Int?
    /// Minutes before a first-response or resolution due time at which the assignee is warned; nil: no warning.
    public var slaWarningMinutes: Int?
    /// Whether rules' webhooks may call private, loopback and link-local addresses (on-premises receivers); off,
    /// such calls are refused like declared tools' are.
    public var webhooksAllowPrivateNetwork: Bool
    /// Whether a customer with an e-mail address gets a satisfaction survey by e-mail after a resolution (when the
    /// server has an SMTP server).
    public var surveyEmail: Bool
    /// At most one survey e-mail per customer in this many days.
    public var surveyThrottleDays: Int
    /// The survey e-mail's subject and text, per language, with placeholders.
    public var surveySubject: MessageTemplate
    public var surveyText: MessageTemplate

    /// The survey's subject when the workspace has not written one.
    public static let defaultSurveySubject = MessageTemplate([
        "en": "How did we do?", "vi": "Chúng tôi hỗ trợ bạn thế nào?",
    ])
    /// The survey's text when the workspace has not written one.
    public static let defaultSurveyText = MessageTemplate([
        "en": "Hi {{customer.first_name|there}},\n\nYour conversation with {{team.name|our team}} is resolved. "
            + "How would you rate the help you got, from 1 (poor) to 5 (excellent)? And how likely are you to "
            + "recommend us to a friend, from 0 to 10? Just reply with both, e.g. \"5, 9\".\n\nThank you!",
        "vi": "Chào {{customer.first_name|bạn}},\n\nYêu cầu của bạn với {{team.name|chúng tôi}} đã được giải quyết. "
            + "Bạn đánh giá sự hỗ trợ thế nào, từ 1 (kém) đến 5 (rất tốt)? Và bạn có muốn giới thiệu chúng tôi cho "
            + "bạn bè không, từ 0 đến 10? Chỉ cần trả lời cả hai, ví dụ \"5, 9\".\n\nCảm ơn bạn!",
    ])
    /// The allowed range of ``surveyThrottleDays``.
    public static let throttleDaysRange = 0...365

    /// The allowed range of the hour settings (up to 90 days).
    public static let hoursRange = 1...2160
    /// The allowed range of ``slaWarningMinutes`` (up to a week).
    public static let warningMinutesRange = 1...10_080

    public init(
        customerSilentHours: Int = 24, followUp: MessageTemplate? = nil, autoResolveHours: Int? = 72,
        slaWarningMinutes: Int? = 15, webhooksAllowPrivateNetwork: Bool = false, surveyEmail: Bool = true,
        surveyThrottleDays: Int = 7, surveySubject: MessageTemplate = Self.defaultSurveySubject,
        surveyText: MessageTemplate = Self.defaultSurveyText
    ) {
        self.surveyEmail = surveyEmail
        self.surveyThrottleDays = surveyThrottleDays
        self.surveySubject = surveySubject
        self.surveyText = surveyText
        self.webhooksAllowPrivateNetwork = webhooksAllowPrivateNetwork
        self.customerSilentHours = customerSilentHours
        self.followUp = followUp
        self.autoResolveHours = autoResolveHours
        self.slaWarningMinutes = slaWarningMinutes
    }

    enum CodingKeys: String, CodingKey {
        case followUp = "follow_up"
        case customerSilentHours = "customer_silent_hours"
        case autoResolveHours = "auto_resolve_hours"
        case slaWarningMinutes = "sla_warning_minutes"
        case webhooksAllowPrivateNetwork = "webhooks_allow_private_network"
        case surveyEmail = "survey_email"
        case surveyThrottleDays = "survey_throttle_days"
        case surveySubject = "survey_subject"
        case surveyText = "survey_text"
    }

    /// Decodes settings; a missing key keeps its default, an explicit null turns an optional timer off.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = AutomationPolicy()
        customerSilentHours = try c.decodeIfPresent(Int.self, forKey: .customerSilentHours) ?? defaults.customerSilentHours
        followUp = try c.decodeIfPresent(MessageTemplate.self, forKey: .followUp)
        autoResolveHours =
            c.contains(.autoResolveHours) ? try c.decodeIfPresent(Int.self, forKey: .autoResolveHours) : defaults.autoResolveHours
        slaWarningMinutes =
            c.contains(.slaWarningMinutes)
            ? try c.decodeIfPresent(Int.self, forKey: .slaWarningMinutes) : defaults.slaWarningMinutes
        webhooksAllowPrivateNetwork = try c.decodeIfPresent(Bool.self, forKey: .webhooksAllowPrivateNetwork) ?? false
        surveyEmail = try c.decodeIfPresent(Bool.self, forKey: .surveyEmail) ?? defaults.surveyEmail
        surveyThrottleDays = try c.decodeIfPresent(Int.self, forKey: .surveyThrottleDays) ?? defaults.surveyThrottleDays
        surveySubject = try c.decodeIfPresent(MessageTemplate.self, forKey: .surveySubject) ?? defaults.surveySubject
        surveyText = try c.decodeIfPresent(MessageTemplate.self, forKey: .surveyText) ?? defaults.surveyText
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(customerSilentHours, forKey: .customerSilentHours)
        try c.encode(followUp, forKey: .followUp)
        try c.encode(autoResolveHours, forKey: .autoResolveHours)
        try c.encode(slaWarningMinutes, forKey: .slaWarningMinutes)
        try c.encode(webhooksAllowPrivateNetwork, forKey: .webhooksAllowPrivateNetwork)
        try c.encode(surveyEmail, forKey: .surveyEmail)
        try c.encode(surveyThrottleDays, forKey: .surveyThrottleDays)
        try c.encode(surveySubject, forKey: .surveySubject)
        try c.encode(surveyText, forKey: .surveyText)
    }
}
