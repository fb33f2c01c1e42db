/// What happens to one kind of personal data when a message is stored (and so what agents see).
public enum PIIHandling: String, Sendable, Codable, Hashable, CaseIterable {
    /// Stored as written.
    case keep
    /// Stored partly hidden: a card as `•••• 1111`, a phone as `•••678`, an e-mail as `a•••@example.com`.
    case mask
    /// Removed; a marker such as `[CVV]` shows where it was.
    case drop
}

/// A workspace's rules for personal data at rest, per kind of personal data (`card`, `card_security_code`,
/// `card_expiry`, `phone`, `email`, `iban`, `national_id`, `ip`, `name`, `address`). Whatever is set, card numbers
/// are never kept in full and security codes and expiry dates are never stored.
public struct PrivacyPolicy: Sendable, Codable, Hashable {
    /// Kind → handling; kinds not listed are kept.
    public var storage: [String: PIIHandling]
    /// Resolved and closed conversations, with their messages and ratings, are deleted this many days after their
    /// last message; nil keeps them.
    public var retentionDays: Int?
    /// When a conversation is resolved or closed, its messages' emotion and sentiment readings are deleted (what was
    /// said stays); emotion is then never kept beyond the conversation it helped with.
    public var dropEmotionOnResolve: Bool
    /// Behaviour events (``CustomerEvent``) are deleted this many days after they happened.
    public var behaviourRetentionDays: Int

    /// The allowed range of ``retentionDays`` and ``behaviourRetentionDays``.
    public static let retentionDaysRange = 1...3650
    /// How long behaviour events are kept unless the workspace says otherwise.
    public static let defaultBehaviourRetentionDays = 90

    /// The defaults: cards masked to their last four digits, security codes and expiry dates dropped.
    public static let defaultStorage: [String: PIIHandling] = [
        "card": .mask, "card_security_code": .drop, "card_expiry": .drop,
    ]

    /// The strictest handling a kind must have at least, whatever the workspace sets.
    public static let minimumHandling: [String: PIIHandling] = [
        "card": .mask, "card_security_code": .drop, "card_expiry": .drop,
    ]

    public init(
        storage: [String: PIIHandling] = PrivacyPolicy.defaultStorage, retentionDays: Int? = nil,
        dropEmotionOnResolve: Bool = false, behaviourRetentionDays: Int = PrivacyPolicy.defaultBehaviourRetentionDays
    ) {
        self.behaviourRetentionDays = behaviourRetentionDays
        self.storage = storage
        self.retentionDays = retentionDays
        self.dropEmotionOnResolve = dropEmotionOnResolve
    }

    /// How `kind` is stored: the workspace's setting, never weaker than ``minimumHandling``.
    public func handling(of kind: String) -> PIIHandling {
        let chosen = storage[kind] ?? .keep
        guard let minimum = Self.minimumHandling[kind] else { return chosen }
        return chosen.strictness >= minimum.strictness ? chosen : minimum
    }

    enum CodingKeys: String, CodingKey {
        case storage
        case retentionDays = "retention_days"
        case dropEmotionOnResolve = "drop_emotion_on_resolve"
        case behaviourRetentionDays = "behaviour_retention_days"
    }

    /// Decodes a policy; kinds not given keep their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let given = try c.decodeIfPresent([String: PIIHandling].self, forKey: .storage) ?? [:]
        storage = Self.defaultStorage.merging(given) { _, new in new }
        retentionDays = try c.decodeIfPresent(Int.self, forKey: .retentionDays)
        dropEmotionOnResolve = try c.decodeIfPresent(Bool.self, forKey: .dropEmotionOnResolve) ?? false
        behaviourRetentionDays =
            try c.decodeIfPresent(Int.self, forKey: .behaviourRetentionDays) ?? Self.defaultBehaviourRetentionDays
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(storage, forKey: .storage)
        try c.encode(retentionDays, forKey: .retentionDays)
        try c.encode(dropEmotionOnResolve, forKey: .dropEmotionOnResolve)
        try c.encode(behaviourRetentionDays, forKey: .behaviourRetentionDays)
    }
}

extension PIIHandling {
    /// keep < mask < drop.
    var strictness: Int {
        switch self {
        case .keep: 0
        case .mask: 1
        case .drop: 2
        }
    }

    /// True when `self` hides at least as much as `other`.
    public func isAtLeast(_ other: PIIHandling) -> Bool { strictness >= other.strictness }
}
