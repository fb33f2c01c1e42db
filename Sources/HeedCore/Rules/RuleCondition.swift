/// When a rule acts: a tree of tests joined by AND (`all`), OR (`any`) and NOT (`not`).
///
/// JSON: `{"all": [...]}`, `{"any": [...]}`, `{"not": {...}}`, or a test
/// `{"field": "message.emotion", "op": "equals", "value": "anger"}`.
public indirect enum RuleCondition: Sendable, Hashable {
    case all([RuleCondition])
    case any([RuleCondition])
    case not(RuleCondition)
    case test(RuleTest)
}

/// One comparison of a fact with a value.
public struct RuleTest: Sendable, Hashable, Codable {
    /// How a fact is compared.
    public enum Operator: String, Sendable, Hashable, Codable, CaseIterable {
        /// Equal, ignoring case; for a list fact (tags, emotions), one of its entries is equal.
        case equals
        case notEquals = "not_equals"
        /// Equal to one of the values of a list.
        case oneOf = "in"
        /// The text contains the value, ignoring case and accents; a list has an entry equal to it.
        case contains
        case greaterThan = "greater_than"
        case lessThan = "less_than"
        /// The fact is there (value true, the default) or not (false).
        case exists
    }

    public var field: RuleField
    public var op: Operator
    public var value: JSONValue?

    public init(_ field: RuleField, _ op: Operator, _ value: JSONValue? = nil) {
        self.field = field
        self.op = op
        self.value = value
    }
}

extension RuleField: Codable {
    public init(from decoder: any Decoder) throws {
        let path = try decoder.singleValueContainer().decode(String.self)
        guard let field = RuleField(path: path) else {
            throw DecodingError.dataCorruptedError(
                in: try decoder.singleValueContainer(),
                debugDescription: "'\(path)' is not a known field; use one of \(RuleField.knownPaths.joined(separator: ", "))")
        }
        self = field
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }
}

extension RuleCondition: Codable {
    enum CodingKeys: String, CodingKey {
        case all, any, not
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let all = try c.decodeIfPresent([RuleCondition].self, forKey: .all) {
            self = .all(all)
        } else if let any = try c.decodeIfPresent([RuleCondition].self, forKey: .any) {
            self = .any(any)
        } else if let not = try c.decodeIfPresent(RuleCondition.self, forKey: .not) {
            self = .not(not)
        } else {
            self = .test(try RuleTest(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .all(let conditions): try c.encode(conditions, forKey: .all)
        case .any(let conditions): try c.encode(conditions, forKey: .any)
        case .not(let condition): try c.encode(condition, forKey: .not)
        case .test(let test): try test.encode(to: encoder)
        }
    }
}
