/// The event a rule waits for. Events that carry more than one meaning fire every trigger they match: a
/// conversation marked resolved is also updated; an AI reply resting on tool calls is also a new message.
public enum RuleTrigger: String, Sendable, Codable, Hashable, CaseIterable {
    case conversationCreated = "conversation.created"
    case conversationUpdated = "conversation.updated"
    case conversationHandedOff = "conversation.handed_off"
    case conversationResolved = "conversation.resolved"
    case messageCreated = "message.created"
    case slaBreached = "sla.breached"
    /// A first-response or resolution due time is near (the workspace's `automation.sla_warning_minutes`).
    case slaWarning = "sla.warning"
    /// The customer has not written for the workspace's `automation.customer_silent_hours` since the support side
    /// last wrote.
    case customerSilent = "customer.silent"
    case ratingReceived = "rating.received"
    /// An AI reply that called one or more tools on the customer's data.
    case toolCalled = "tool.called"
}
