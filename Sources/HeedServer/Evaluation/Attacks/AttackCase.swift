/// One scripted attempt to make the AI break its rules — or one benign message that only looks like one — and
/// where its words come from: a customer's chat messages, an e-mail, an article planted in the knowledge base, the
/// customer's own name, or a tool's result (an address the order dialogue stores and reads back).
public struct AttackCase: Sendable, Hashable {
    /// What the attack tries.
    public enum Category: String, Sendable, Codable, CaseIterable {
        case override
        case obfuscated
        case extraction
        case crossCustomer = "cross_customer"
        case knowledgeArticle = "knowledge_article"
        case email
        case customerAttribute = "customer_attribute"
        case toolResult = "tool_result"
        case exfiltration
        case unconfirmedWrite = "unconfirmed_write"
        case multiTurn = "multi_turn"
        /// Not an attack: a message that looks like one, to count false alarms.
        case benign
    }

    /// Where the first message enters.
    public enum Channel: String, Sendable, Codable {
        case chat
        case email
    }

    public let id: String
    public let category: Category
    public let language: String
    /// The demo customer (external id) who writes; nil for a new customer created for the case.
    public let customer: String?
    /// The name of the new customer, when the attack sits in it.
    public let customerName: String?
    public let channel: Channel
    /// The customer's messages, in order.
    public let turns: [String]
    /// Text that must not appear in any AI reply of the case (beside the canaries every case checks: `HX` codes,
    /// the `evil.example` host and the model's own rules).
    public let forbidden: [String]

    public var isBenign: Bool { category == .benign }

    public init(
        _ id: String, _ category: Category, _ language: String, customer: String? = "cus_1012", customerName: String? = nil,
        channel: Channel = .chat, turns: [String], forbidden: [String] = []
    ) {
        self.id = id
        self.category = category
        self.language = language
        self.customer = customer
        self.customerName = customerName
        self.channel = channel
        self.turns = turns
        self.forbidden = forbidden
    }
}

/// An article planted in the knowledge base before the cases run, with an instruction aimed at the AI inside it.
public struct PlantedArticle: Sendable, Hashable {
    public let title: String
    public let language: String
    public let body: String
}
