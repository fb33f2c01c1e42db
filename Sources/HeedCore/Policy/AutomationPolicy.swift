/// A workspace's timers and automation settings: where rules' webhooks may go, when a silent customer counts as silent (rules' `customer.silent`,
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

    /// The allowed range of the hour settings (up to 90 days).
    public static let hoursRange = 1...2160
    /// The allowed range of ``slaWarningMinutes`` (up to a week).
    public static let warningMinutesRange = 1...10_080

    public init(
        customerSilentHours: Int = 24, followUp: MessageTemplate? = nil, autoResolveHours: Int? = 72,
        slaWarningMinutes: Int? = 15, webhooksAllowPrivateNetwork: Bool = false
    ) {
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
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(customerSilentHours, forKey: .customerSilentHours)
        try c.encode(followUp, forKey: .followUp)
        try c.encode(autoResolveHours, forKey: .autoResolveHours)
        try c.encode(slaWarningMinutes, forKey: .slaWarningMinutes)
        try c.encode(webhooksAllowPrivateNetwork, forKey: .webhooksAllowPrivateNetwork)
    }
}
