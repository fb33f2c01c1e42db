import Foundation

extension Rule {
    /// The most tests a condition may hold, and how deep its groups may nest.
    public static let maxTests = 50
    public static let maxDepth = 5
    public static let maxActions = 20

    /// Checks what can be checked without the store: a name, a condition of known fields with values that fit
    /// their operators, between 1 and ``maxActions`` actions with valid tags, templates and webhook addresses.
    /// Throws a 422 naming the offending part (`condition.all[1].value`, `actions[0].url`…).
    public func validated() throws -> Rule {
        var rule = self
        rule.name = try Validate.text(name, field: "name", maxLength: 100)
        if let condition {
            var tests = 0
            try Self.check(condition, path: "condition", depth: 1, tests: &tests)
        }
        guard !actions.isEmpty else { throw HeedError.invalidField("actions", "must have at least one action") }
        guard actions.count <= Self.maxActions else {
            throw HeedError.invalidField("actions", "must have at most \(Self.maxActions) actions")
        }
        rule.actions = try actions.enumerated().map { index, action in
            try Self.validated(action, field: "actions[\(index)]")
        }
        return rule
    }

    static func check(_ condition: RuleCondition, path: String, depth: Int, tests: inout Int) throws {
        guard depth <= maxDepth else { throw HeedError.invalidField(path, "nests groups deeper than \(maxDepth) levels") }
        switch condition {
        case .all(let conditions), .any(let conditions):
            let key = if case .all = condition { "all" } else { "any" }
            for (index, inner) in conditions.enumerated() {
                try check(inner, path: "\(path).\(key)[\(index)]", depth: depth + 1, tests: &tests)
            }
        case .not(let inner):
            try check(inner, path: "\(path).not", depth: depth + 1, tests: &tests)
        case .test(let test):
            tests += 1
            guard tests <= maxTests else { throw HeedError.invalidField("condition", "must have at most \(maxTests) tests") }
            try check(test, path: path)
        }
    }

    static func check(_ test: RuleTest, path: String) throws {
        let field = "\(path).value"
        switch (test.op, test.value) {
        case (.exists, nil), (.exists, .bool?): return
        case (.exists, _): throw HeedError.invalidField(field, "must be true or false for 'exists'")
        case (.oneOf, .array(let options)?) where !options.isEmpty:
            for option in options { try checkAllowed(option, test.field, field: field) }
        case (.oneOf, _): throw HeedError.invalidField(field, "must be a non-empty list for 'in'")
        case (.greaterThan, .number?), (.lessThan, .number?): return
        case (.greaterThan, _), (.lessThan, _): throw HeedError.invalidField(field, "must be a number for '\(test.op.rawValue)'")
        case (_, .string?), (_, .number?), (_, .bool?): try checkAllowed(test.value!, test.field, field: field)
        case (_, _): throw HeedError.invalidField(field, "must be a text, number or true/false for '\(test.op.rawValue)'")
        }
    }

    /// A value of a closed set (statuses, priorities, emotions…) must be one of them.
    static func checkAllowed(_ value: JSONValue, _ ruleField: RuleField, field: String) throws {
        guard let allowed = ruleField.allowedValues else { return }
        guard case .string(let text) = value, allowed.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame })
        else {
            throw HeedError.invalidField(field, "must be one of \(allowed.joined(separator: ", ")) for \(ruleField.path)")
        }
    }

    static func validated(_ action: RuleAction, field: String) throws -> RuleAction {
        switch action {
        case .addTags(let tags): return .addTags(try nonEmptyTags(tags, field: "\(field).tags"))
        case .removeTags(let tags): return .removeTags(try nonEmptyTags(tags, field: "\(field).tags"))
        case .addNote(let template): return .addNote(try template.validated(field: "\(field).text"))
        case .sendMessage(let template): return .sendMessage(try template.validated(field: "\(field).text"))
        case .callWebhook(let url, let secret):
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
                parsed.host?.isEmpty == false, url.count <= 2_000
            else { throw HeedError.invalidField("\(field).url", "must be an http or https address") }
            guard let secret else { throw HeedError.invalidField("\(field).secret", "is required to sign the webhook") }
            guard secret.count >= 16, secret.count <= 200 else {
                throw HeedError.invalidField("\(field).secret", "must be 16 to 200 characters")
            }
            return .callWebhook(url: url, secret: secret)
        case .assignTeam, .assignAgent, .setPriority, .handOff, .handBackToAI, .resolve:
            return action
        }
    }

    static func nonEmptyTags(_ tags: [String], field: String) throws -> [String] {
        let checked = try Validate.tags(tags, field: field)
        guard !checked.isEmpty else { throw HeedError.invalidField(field, "must have at least one tag") }
        return checked
    }
}
