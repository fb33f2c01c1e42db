/// The placeholders a redaction introduced and the values they stand for, so a reply written against the
/// redacted text can be restored for the customer. Carry one map through a conversation to keep placeholders stable.
public struct RedactionMap: Sendable, Hashable, Codable {
    /// Placeholder (e.g. `[EMAIL_1]`) → original text.
    public private(set) var originals: [String: String] = [:]
    /// Canonical value (kind + normalised value) → placeholder, so the same value always gets the same placeholder.
    private var placeholderByValue: [String: String] = [:]
    private var countByKind: [String: Int] = [:]

    /// An empty map.
    public init() {}

    /// True when nothing has been redacted.
    public var isEmpty: Bool { originals.isEmpty }

    /// The placeholder for `match`, creating the next numbered one for its kind if the value is new.
    public mutating func placeholder(for match: PIIMatch) -> String {
        let key = match.kind.rawValue + ":" + match.normalizedValue
        if let existing = placeholderByValue[key] { return existing }
        let label = match.kind.placeholderLabel
        let number = (countByKind[label] ?? 0) + 1
        countByKind[label] = number
        let placeholder = "[\(label)_\(number)]"
        placeholderByValue[key] = placeholder
        originals[placeholder] = match.text
        return placeholder
    }

    /// `text` with every known placeholder replaced by its original value.
    public func restore(_ text: String) -> String {
        guard !originals.isEmpty, text.contains("[") else { return text }
        var restored = text
        // Longest first so that [PHONE_1] never eats the start of [PHONE_12].
        for placeholder in originals.keys.sorted(by: { $0.count > $1.count }) {
            if let original = originals[placeholder] {
                restored = restored.replacingOccurrences(of: placeholder, with: original)
            }
        }
        return restored
    }
}
