import Foundation

/// What a rule's condition and templates read about one event: the conversation as it is now, the message the
/// event is about, the customer, team and assignee, and the event's own facts (a rating, the tools called).
public struct RuleFacts: Sendable {
    public var conversation: Conversation
    public var message: Message?
    public var customer: Customer?
    public var team: Team?
    public var assignee: Agent?
    /// The satisfaction score of a rating event.
    public var rating: Int?
    /// The tools an AI reply called.
    public var toolNames: [String]
    /// Whether the conversation's team is within its business hours at the event (true when none are set).
    public var inBusinessHours: Bool
    /// Whether the workspace lets its rules' webhooks reach private addresses (`automation`'s setting).
    public var allowPrivateWebhooks: Bool

    public init(
        conversation: Conversation, message: Message? = nil, customer: Customer? = nil, team: Team? = nil,
        assignee: Agent? = nil, rating: Int? = nil, toolNames: [String] = [], inBusinessHours: Bool = true,
        allowPrivateWebhooks: Bool = false
    ) {
        self.inBusinessHours = inBusinessHours
        self.allowPrivateWebhooks = allowPrivateWebhooks
        self.conversation = conversation
        self.message = message
        self.customer = customer
        self.team = team
        self.assignee = assignee
        self.rating = rating
        self.toolNames = toolNames
    }

    /// The minimum score at which a message's signal counts as its emotion.
    public static let emotionThreshold = 0.5

    /// The value of `field`, nil when the event has none (no message, no rating…). Lists are arrays.
    public func value(of field: RuleField) -> JSONValue? {
        switch field {
        case .conversationStatus: .string(conversation.status.rawValue)
        case .conversationHandler: .string(conversation.handler.rawValue)
        case .conversationChannel: .string(conversation.channel.rawValue)
        case .conversationPriority: .string(conversation.priority.rawValue)
        case .conversationTeam:
            team.map { .array([.string($0.name), .string($0.id.uuidString)]) }
        case .conversationTags: .array(conversation.tags.map(JSONValue.string))
        case .conversationSubject: conversation.subject.map(JSONValue.string)
        case .conversationAssigned: .bool(conversation.assigneeID != nil)
        case .inBusinessHours: .bool(inBusinessHours)
        case .messageAuthor: message.map { .string($0.author.rawValue) }
        case .messageBody: message.map { .string($0.body) }
        case .messageLanguage: message?.language.map(JSONValue.string)
        case .messageIntent: message?.annotations.intent.map(JSONValue.string)
        case .messageEmotion:
            message.map { message in
                .array(message.annotations.signals.filter { $0.score >= Self.emotionThreshold }.map { .string($0.kind) })
            }
        case .messageSentiment: message?.annotations.sentiment.map(JSONValue.string)
        case .customerTier: customer.map { .string($0.tier.rawValue) }
        case .customerLanguage: customer?.preferredLanguage.map(JSONValue.string)
        case .customerName: customer?.name.map(JSONValue.string)
        case .customerEmail: customer?.email.map(JSONValue.string)
        case .customerAttribute(let name): customer?.attributes[name]
        case .ratingScore: rating.map { .number(Double($0)) }
        case .toolName: toolNames.isEmpty ? nil : .array(toolNames.map(JSONValue.string))
        }
    }

    /// The language to write to the customer in: the message's, else the customer's preferred one.
    public var language: String? {
        message?.language ?? customer?.preferredLanguage
    }

    /// The values templates' placeholders are filled with.
    public var placeholderValues: [String: String] {
        var values: [String: String] = [
            "conversation.id": conversation.id.uuidString, "conversation.priority": conversation.priority.rawValue,
        ]
        values["conversation.subject"] = conversation.subject
        values["customer.name"] = customer?.name
        values["customer.first_name"] = customer?.givenName ?? customer?.name?.split(separator: " ").first.map(String.init)
        values["customer.email"] = customer?.email
        values["agent.name"] = assignee?.name
        values["team.name"] = team?.name
        for (name, value) in customer?.attributes ?? [:] {
            switch value {
            case .string(let text): values["customer.attributes.\(name)"] = text
            case .number(let number):
                values["customer.attributes.\(name)"] = number == number.rounded() ? String(Int(number)) : String(number)
            case .bool(let flag): values["customer.attributes.\(name)"] = String(flag)
            case .null, .array, .object: break
            }
        }
        return values
    }
}
