import Foundation

extension RuleCondition {
    /// Whether the condition holds for `facts`. An empty `all` holds; an empty `any` does not.
    public func matches(_ facts: RuleFacts) -> Bool {
        switch self {
        case .all(let conditions): conditions.allSatisfy { $0.matches(facts) }
        case .any(let conditions): conditions.contains { $0.matches(facts) }
        case .not(let condition): !condition.matches(facts)
        case .test(let test): test.matches(facts)
        }
    }
}

extension RuleTest {
    /// Whether the fact compares with the value as the operator says. A missing fact matches only
    /// `not_equals` and `exists: false`.
    public func matches(_ facts: RuleFacts) -> Bool {
        let fact = facts.value(of: field)
        switch op {
        case .exists:
            let wanted = value.map { if case .bool(false) = $0 { false } else { true } } ?? true
            return (fact != nil && fact != .null) == wanted
        case .notEquals:
            guard let fact, let value else { return true }
            return !Self.equal(fact, value)
        case .equals:
            guard let fact, let value else { return false }
            return Self.equal(fact, value)
        case .oneOf:
            guard let fact, case .array(let options)? = value else { return false }
            return options.contains { Self.equal(fact, $0) }
        case .contains:
            guard let fact, let value else { return false }
            if case .string(let text) = fact, case .string(let part) = value {
                return text.range(of: part, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
            return Self.equal(fact, value)
        case .greaterThan, .lessThan:
            guard case .number(let number)? = fact.flatMap(Self.number), case .number(let bound)? = value.flatMap(Self.number)
            else { return false }
            return op == .greaterThan ? number > bound : number < bound
        }
    }

    /// Equality ignoring case; a list fact equals a value when one of its entries does.
    static func equal(_ fact: JSONValue, _ value: JSONValue) -> Bool {
        switch (fact, value) {
        case (.array(let entries), _): entries.contains { equal($0, value) }
        case (.string(let a), .string(let b)): a.compare(b, options: [.caseInsensitive]) == .orderedSame
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .number(let b)): Double(a) == b
        case (.bool(let a), .bool(let b)): a == b
        case (.bool(let a), .string(let b)): String(a) == b.lowercased()
        default: fact == value
        }
    }

    /// A number, from a number or a text holding one (custom attributes often arrive as text).
    static func number(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .number: value
        case .string(let text): Double(text).map(JSONValue.number)
        default: nil
        }
    }
}
