/// A fact a rule's condition can test, named by a dotted path such as `message.emotion` or
/// `customer.attributes.plan`.
public enum RuleField: Sendable, Hashable {
    case conversationStatus
    case conversationHandler
    case conversationChannel
    case conversationPriority
    /// The team's name or id.
    case conversationTeam
    case conversationTags
    case conversationSubject
    /// Whether an agent is assigned (true / false).
    case conversationAssigned
    /// Whether the conversation's team (or the workspace) is within its business hours now (true without hours).
    case inBusinessHours
    case messageAuthor
    case messageBody
    case messageLanguage
    case messageIntent
    /// The emotion and signal kinds read in the message with a score of at least 0.5 (anger, urgency…).
    case messageEmotion
    case messageSentiment
    case customerTier
    case customerLanguage
    case customerName
    case customerEmail
    /// One of the customer's custom attributes.
    case customerAttribute(String)
    /// The satisfaction score of a `rating.received` event (1–5).
    case ratingScore
    /// The tools an AI reply called (`tool.called`).
    case toolName

    static let fixed: [String: RuleField] = [
        "conversation.status": .conversationStatus, "conversation.handler": .conversationHandler,
        "conversation.channel": .conversationChannel, "conversation.priority": .conversationPriority,
        "conversation.team": .conversationTeam, "conversation.tags": .conversationTags,
        "conversation.subject": .conversationSubject, "conversation.assigned": .conversationAssigned,
        "conversation.in_business_hours": .inBusinessHours,
        "message.author": .messageAuthor, "message.body": .messageBody, "message.language": .messageLanguage,
        "message.intent": .messageIntent, "message.emotion": .messageEmotion,
        "message.sentiment": .messageSentiment, "customer.tier": .customerTier,
        "customer.language": .customerLanguage, "customer.name": .customerName, "customer.email": .customerEmail,
        "rating.score": .ratingScore, "tool.name": .toolName,
    ]

    static let attributePrefix = "customer.attributes."

    /// The field a path names, nil when it names none.
    public init?(path: String) {
        if let field = Self.fixed[path] {
            self = field
        } else if path.hasPrefix(Self.attributePrefix), path.count > Self.attributePrefix.count {
            self = .customerAttribute(String(path.dropFirst(Self.attributePrefix.count)))
        } else {
            return nil
        }
    }

    /// The dotted path that names the field.
    public var path: String {
        if case .customerAttribute(let name) = self { return Self.attributePrefix + name }
        return Self.fixed.first { $0.value == self }?.key ?? ""
    }

    /// Every path a condition may use (custom attributes as `customer.attributes.<name>`), for error messages.
    public static var knownPaths: [String] { fixed.keys.sorted() + [attributePrefix + "<name>"] }

    /// The values the field can take when they form a closed set (statuses, priorities…), for validation.
    var allowedValues: [String]? {
        switch self {
        case .conversationStatus: ConversationStatus.allCases.map(\.rawValue)
        case .conversationHandler: ConversationHandler.allCases.map(\.rawValue)
        case .conversationChannel: Channel.allCases.map(\.rawValue)
        case .conversationPriority: Priority.allCases.map(\.rawValue)
        case .messageAuthor: MessageAuthor.allCases.map(\.rawValue)
        case .customerTier: CustomerTier.allCases.map(\.rawValue)
        case .messageEmotion: ["anger", "urgency", "confusion", "gratitude", "human_request", "churn_threat"]
        default: nil
        }
    }
}
