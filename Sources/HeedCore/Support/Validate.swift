import Foundation

/// Checks on request values, each throwing a 422 that names the field.
public enum Validate {
    /// A trimmed, non-empty string of at most `maxLength` characters.
    public static func text(_ value: String, field: String, maxLength: Int = 500) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HeedError.invalidField(field, "must not be empty") }
        guard trimmed.count <= maxLength else {
            throw HeedError.invalidField(field, "must be at most \(maxLength) characters")
        }
        return trimmed
    }

    /// Like ``text(_:field:maxLength:)`` for an optional value; empty becomes nil.
    public static func optionalText(_ value: String?, field: String, maxLength: Int = 500) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try text(value, field: field, maxLength: maxLength)
    }

    /// A plausible e-mail address.
    public static func email(_ value: String, field: String = "email") throws -> String {
        let trimmed = try text(value, field: field, maxLength: 320)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !trimmed.contains(" ") else {
            throw HeedError.invalidField(field, "must be an e-mail address")
        }
        return trimmed
    }

    /// A language code such as `en`, `vi` or `pt-BR`.
    public static func language(_ value: String, field: String = "language") throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let valid = trimmed.range(of: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$", options: .regularExpression) != nil
        guard valid else { throw HeedError.invalidField(field, "must be a language code such as 'en' or 'vi'") }
        return trimmed.lowercased()
    }

    /// Tags: trimmed, non-empty, at most 50 of at most 64 characters, without duplicates.
    public static func tags(_ values: [String], field: String = "tags") throws -> [String] {
        guard values.count <= 50 else { throw HeedError.invalidField(field, "must have at most 50 entries") }
        var seen = Set<String>()
        return try values.compactMap { tag in
            let trimmed = try text(tag, field: field, maxLength: 64)
            return seen.insert(trimmed).inserted ? trimmed : nil
        }
    }

    /// An integer in a range.
    public static func integer(_ value: Int, field: String, in range: ClosedRange<Int>) throws -> Int {
        guard range.contains(value) else {
            throw HeedError.invalidField(field, "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }
}

/// A field of a PATCH body that may be absent (leave unchanged), null (clear) or a value (set).
public enum PatchField<Value: Decodable & Sendable>: Sendable {
    case absent
    case null
    case value(Value)
}

extension KeyedDecodingContainer {
    /// Decodes a ``PatchField``, telling an absent key from an explicit null.
    public func decodePatch<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> PatchField<Value> {
        guard contains(key) else { return .absent }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(type, forKey: key))
    }
}
