import Foundation
import HeedLanguage

/// Keeps personal data away from the model provider for one turn of the tool loop, with one placeholder map for
/// everything sent: the customer's messages, the history and the tool results leave with placeholders
/// (`[EMAIL_1]`, `[NAME_1]`…), as provider prompts do everywhere in Heed. What comes back is restored locally: a
/// tool call's arguments before the tool runs (the model passes `[EMAIL_1]` and the tool gets the address), the
/// final reply before the customer reads it. Only values seen in this turn can be restored.
struct ProviderRedaction: Sendable {
    private let redactor: PIIRedactor
    private(set) var map = RedactionMap()
    /// Words always redacted (the customer's name, once known).
    var knownNames: [String]

    init(redactor: PIIRedactor = PIIRedactor(), knownNames: [String] = []) {
        self.redactor = redactor
        self.knownNames = knownNames
    }

    /// `text` as it may be sent to the provider.
    mutating func redact(_ text: String) -> String {
        let matches = redactor.detector.matches(in: text, knownNames: knownNames)
        let redacted = redactor.redact(text, matches: matches, continuing: map)
        map = redacted.map
        return redacted.text
    }

    /// `text` from the provider with the placeholders of this turn replaced by their values.
    func restore(_ text: String) -> String {
        map.restore(text)
    }
}
