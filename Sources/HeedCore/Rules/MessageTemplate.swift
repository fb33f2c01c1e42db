import Foundation

/// A text written once per language with placeholders such as `{{customer.name}}` or `{{agent.name|our team}}`
/// (after `|`, what to write when the value is unknown). Rules' messages and notes, and macros, are templates.
public struct MessageTemplate: Sendable, Hashable, Codable {
    /// Text by language code (`en`, `vi`…).
    public var texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    public init(from decoder: any Decoder) throws {
        texts = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(texts)
    }

    /// The text for `language`, else for its base language (`pt` for `pt-BR`), else English, else the first by
    /// language code.
    public func text(for language: String?) -> String? {
        chosenLanguage(for: language).flatMap { texts[$0] }
    }

    /// The language whose text ``text(for:)`` picks for `language`.
    public func chosenLanguage(for language: String?) -> String? {
        let wanted = [language, language?.split(separator: "-").first.map(String.init), "en"].compactMap { $0 }
        return wanted.first { texts[$0] != nil } ?? texts.keys.sorted().first
    }

    /// The template in `language` with its placeholders filled from `values`; an unknown value becomes the
    /// placeholder's fallback, or nothing.
    public func render(language: String?, values: [String: String]) -> String {
        guard let text = text(for: language) else { return "" }
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            output += rest[..<open.lowerBound]
            let inside = rest[open.upperBound..<close.lowerBound]
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let fallback = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            output += values[name].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// The placeholder names used in any language.
    public var placeholders: Set<String> {
        var names = Set<String>()
        for text in texts.values {
            var rest = Substring(text)
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                let inside = rest[open.upperBound..<close.lowerBound]
                names.insert(
                    String(inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0])
                        .trimmingCharacters(in: .whitespaces))
                rest = rest[close.upperBound...]
            }
        }
        return names
    }

    /// Placeholders every template may use; `customer.attributes.<name>` for any custom attribute.
    public static let knownPlaceholders: Set<String> = [
        "customer.name", "customer.first_name", "customer.email", "agent.name", "team.name", "conversation.id",
        "conversation.priority", "conversation.subject",
    ]

    /// Checks the template: at least one language, valid language codes, non-empty texts of at most `maxLength`
    /// characters, known placeholders only.
    public func validated(field: String, maxLength: Int = 5_000) throws -> MessageTemplate {
        guard !texts.isEmpty else { throw HeedError.invalidField(field, "must have a text in at least one language") }
        var checked: [String: String] = [:]
        for (language, text) in texts {
            let code = try Validate.language(language, field: "\(field).\(language)")
            checked[code] = try Validate.text(text, field: "\(field).\(language)", maxLength: maxLength)
        }
        let template = MessageTemplate(checked)
        for name in template.placeholders.sorted()
        where !Self.knownPlaceholders.contains(name) && !(name.hasPrefix("customer.attributes.") && name.count > 20) {
            throw HeedError.invalidField(
                field,
                "uses the unknown placeholder {{\(name)}}; use \(Self.knownPlaceholders.sorted().joined(separator: ", ")) or customer.attributes.<name>")
        }
        return template
    }
}
