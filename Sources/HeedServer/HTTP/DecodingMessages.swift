import Foundation
import HeedCore

/// Turns the decoder's own wording (which names Swift types) into messages for API clients.
enum DecodingMessages {
    /// The allowed values of every enumerated field a request can carry, by Swift type name.
    static let allowedValues: [String: [String]] = {
        var values: [String: [String]] = [:]
        func add<E: CaseIterable & RawRepresentable>(_ type: E.Type) where E.RawValue == String {
            values[String(describing: type)] = type.allCases.map(\.rawValue)
        }
        add(AgentRole.self)
        add(CustomerTier.self)
        add(ConversationStatus.self)
        add(ConversationHandler.self)
        add(Priority.self)
        add(Channel.self)
        add(ArticleVisibility.self)
        add(FeedbackKind.self)
        add(MessageAuthor.self)
        add(HandoffReason.self)
        add(PIIHandling.self)
        return values
    }()

    /// What is wrong with field `field`, from the decoder's description of a corrupted value.
    static func invalidValue(field: String, description: String) -> String {
        // "Cannot initialize AgentRole from invalid String value x"
        if let match = description.firstMatch(of: /Cannot initialize (\w+) from invalid \w+ value (.*)/) {
            let given = String(match.2)
            if let allowed = allowedValues[String(match.1)] {
                return "Field '\(field)' must be one of \(allowed.joined(separator: ", ")); '\(given)' is not."
            }
            return "Field '\(field)' has an invalid value '\(given)'."
        }
        if description.contains("Cannot initialize") || description.contains("Swift.") {
            return "Field '\(field)' has an invalid value."
        }
        return "Field '\(field)' has an invalid value: \(description)"
    }

    /// The error for a body the decoder could not read as a whole: malformed JSON, or valid JSON with a fraction
    /// where a whole number belongs (named by its field).
    static func misreadBody(_ body: Data) -> HeedError {
        guard (try? HeedJSON.makeDecoder().decode(JSONValue.self, from: body)) != nil else {
            return HeedError(.badRequest, code: .malformedJSON, message: "The request body is not valid JSON.")
        }
        guard let field = fieldWithFraction(in: body) else {
            return HeedError(.unprocessable, code: .invalidField, message: "A field has a value of the wrong type.")
        }
        return HeedError.invalidField(field, "must be a whole number")
    }

    /// The path of the first non-whole number in `body`, so the message can name the field.
    static func fieldWithFraction(in body: Data) -> String? {
        guard let value = try? HeedJSON.makeDecoder().decode(JSONValue.self, from: body) else { return nil }
        func search(_ value: JSONValue, _ path: String) -> String? {
            switch value {
            case .number(let number) where number.rounded() != number: return path
            case .object(let fields):
                for key in fields.keys.sorted() {
                    if let found = search(fields[key]!, path.isEmpty ? key : "\(path).\(key)") { return found }
                }
                return nil
            case .array(let items):
                for (index, item) in items.enumerated() {
                    if let found = search(item, "\(path)[\(index)]") { return found }
                }
                return nil
            default: return nil
            }
        }
        return search(value, "")
    }
}
