import Foundation

/// How valuable a customer is to the business; VIPs are handed to humans sooner.
public enum CustomerTier: String, Sendable, Codable, Hashable, CaseIterable {
    case standard
    case vip
}

/// What the customer agreed to.
public struct ConsentFlags: Sendable, Codable, Hashable {
    /// May receive proactive and marketing messages.
    public var marketing: Bool
    /// May be served by the AI agent (models see their redacted messages).
    public var aiProcessing: Bool

    public init(marketing: Bool = false, aiProcessing: Bool = true) {
        self.marketing = marketing
        self.aiProcessing = aiProcessing
    }

    enum CodingKeys: String, CodingKey {
        case marketing
        case aiProcessing = "ai_processing"
    }
}

/// A person the workspace supports.
public struct Customer: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The company's own id for this customer, unique in the workspace.
    public var externalID: String?
    public var name: String?
    public var email: String?
    public var phone: String?
    /// ISO 639-1 code.
    public var preferredLanguage: String?
    public var tier: CustomerTier
    public var consent: ConsentFlags
    /// Open-ended profile data (orders, plan, city…).
    public var attributes: [String: JSONValue]
    /// First name, when the company keeps the name in parts (identity checks by name + zip use it).
    public var givenName: String?
    /// Last name, when the company keeps the name in parts.
    public var familyName: String?
    /// The default (shipping) address, when known.
    public var address: PostalAddress?
    /// The payment methods on file, when known.
    public var paymentMethods: [PaymentMethod]?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, externalID: String? = nil, name: String? = nil, email: String? = nil,
        phone: String? = nil, preferredLanguage: String? = nil, tier: CustomerTier = .standard,
        consent: ConsentFlags = ConsentFlags(), attributes: [String: JSONValue] = [:], createdAt: Date,
        updatedAt: Date? = nil, givenName: String? = nil, familyName: String? = nil, address: PostalAddress? = nil,
        paymentMethods: [PaymentMethod]? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.externalID = externalID
        self.name = name
        self.email = email
        self.phone = phone
        self.preferredLanguage = preferredLanguage
        self.tier = tier
        self.consent = consent
        self.attributes = attributes
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.givenName = givenName
        self.familyName = familyName
        self.address = address
        self.paymentMethods = paymentMethods
    }

    enum CodingKeys: String, CodingKey {
        case id, name, email, phone, tier, consent, attributes
        case workspaceID = "workspace_id"
        case externalID = "external_id"
        case preferredLanguage = "preferred_language"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case givenName = "given_name"
        case familyName = "family_name"
        case address
        case paymentMethods = "payment_methods"
    }

    /// Encodes every field, absent optionals as explicit nulls, so API clients see the whole shape; the commerce
    /// fields (name parts, address, payment methods) appear only when the customer has them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(name, forKey: .name)
        try c.encode(email, forKey: .email)
        try c.encode(phone, forKey: .phone)
        try c.encode(preferredLanguage, forKey: .preferredLanguage)
        try c.encode(tier, forKey: .tier)
        try c.encode(consent, forKey: .consent)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encodeIfPresent(givenName, forKey: .givenName)
        try c.encodeIfPresent(familyName, forKey: .familyName)
        try c.encodeIfPresent(address, forKey: .address)
        try c.encodeIfPresent(paymentMethods, forKey: .paymentMethods)
    }

    /// The payment method on file with this id, if any.
    public func paymentMethod(id: String) -> PaymentMethod? {
        paymentMethods?.first { $0.id == id }
    }
}
