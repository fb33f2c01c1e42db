/// A text with its personal data replaced by typed placeholders, and the map to undo it.
public struct RedactedText: Sendable, Hashable {
    /// The text with placeholders such as `[EMAIL_1]`, `[PHONE_1]`, `[CARD_1]`, `[IBAN_1]`, `[IP_1]`, `[ID_1]`.
    public let text: String
    /// Placeholder → original value (includes entries of the map passed in).
    public let map: RedactionMap
}

/// Replaces personal data with typed, numbered placeholders; the same value always gets the same placeholder.
public struct PIIRedactor: Sendable {
    /// The detector used when no matches are passed in.
    public let detector: PIIDetector

    /// Creates a redactor that uses `detector`.
    public init(detector: PIIDetector = PIIDetector()) {
        self.detector = detector
    }

    /// Redacts `text`, continuing the numbering of `map` (pass the conversation's map to keep placeholders stable).
    public func redact(_ text: String, continuing map: RedactionMap = RedactionMap()) -> RedactedText {
        redact(text, matches: detector.matches(in: text), continuing: map)
    }

    /// Redacts the given `matches` (found in `text`, in reading order, without overlaps).
    public func redact(_ text: String, matches: [PIIMatch], continuing map: RedactionMap = RedactionMap()) -> RedactedText {
        guard !matches.isEmpty else { return RedactedText(text: text, map: map) }
        var map = map
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var cursor = text.startIndex
        for match in matches where match.range.lowerBound >= cursor {
            output += text[cursor..<match.range.lowerBound]
            output += map.placeholder(for: match)
            cursor = match.range.upperBound
        }
        output += text[cursor...]
        return RedactedText(text: output, map: map)
    }
}
