import Foundation

extension CustomerEvent {
    /// The events Heed knows, and the property each needs (one of the listed keys).
    public static let knownNames: [String: [String]] = [
        "page_viewed": ["url"],
        "product_viewed": ["product_id", "product_name"],
        "cart_abandoned": [],
        "login": [],
    ]
    /// The most properties one event carries.
    public static let maximumProperties = 30
    /// The longest text property value.
    public static let maximumTextLength = 1000
    /// How far ahead of the server's clock `occurred_at` may be (clock skew).
    public static let allowedClockSkew: TimeInterval = 300

    /// A checked event, or a 422 `invalid_field` naming what is wrong: a snake_case `name` (at most 64
    /// characters), snake_case property keys with scalar values, the property a known event needs, and an
    /// `occurred_at` neither in the future nor older than `oldest`.
    public static func validated(
        workspaceID: UUID, customerID: UUID, name: String, properties: [String: JSONValue]?, occurredAt: Date?,
        source: CustomerEventSource, now: Date, oldest: Date
    ) throws -> CustomerEvent {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard isSnakeCase(name) else {
            throw HeedError.invalidField(
                "name", "must be page_viewed, product_viewed, cart_abandoned, login or a snake_case name of at most 64 characters")
        }
        let properties = properties ?? [:]
        try validate(properties)
        if let needed = knownNames[name], !needed.isEmpty,
            !needed.contains(where: { properties[$0].map { $0 != .null } ?? false })
        {
            throw HeedError.invalidField("properties", "of a \(name) event must include \(needed.joined(separator: " or "))")
        }
        let occurred = occurredAt ?? now
        guard occurred <= now.addingTimeInterval(allowedClockSkew) else {
            throw HeedError.invalidField("occurred_at", "must not be in the future")
        }
        guard occurred >= oldest else {
            throw HeedError.invalidField("occurred_at", "is older than the workspace keeps behaviour events")
        }
        return CustomerEvent(
            workspaceID: workspaceID, customerID: customerID, name: name, properties: properties, source: source,
            occurredAt: occurred, createdAt: now)
    }

    private static func validate(_ properties: [String: JSONValue]) throws {
        guard properties.count <= maximumProperties else {
            throw HeedError.invalidField("properties", "must have at most \(maximumProperties) entries")
        }
        for (key, value) in properties {
            guard isSnakeCase(key) else {
                throw HeedError.invalidField("properties.\(key)", "is not a snake_case key of at most 64 characters")
            }
            switch value {
            case .array, .object:
                throw HeedError.invalidField("properties.\(key)", "must be text, a number, true/false or null")
            case .string(let text) where text.count > maximumTextLength:
                throw HeedError.invalidField("properties.\(key)", "must be at most \(maximumTextLength) characters")
            default: continue
            }
        }
    }

    /// Lower-case letters, digits and underscores, starting with a letter, at most 64 characters.
    static func isSnakeCase(_ text: String) -> Bool {
        text.range(of: "^[a-z][a-z0-9_]{0,63}$", options: .regularExpression) != nil
    }
}
