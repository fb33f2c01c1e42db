import HeedLanguage

/// Removes personal data from text before it leaves Heed (for a model provider).
public protocol PIIRedacting: Sendable {
    /// `texts` with personal data replaced by placeholders; the same value gets the same placeholder across texts.
    func redact(_ texts: [String]) -> [String]
}

/// ``PIIRedacting`` with the language library's detector (e-mail, phone, cards, IBAN, IP, national ids).
public struct LanguagePIIRedactor: PIIRedacting {
    private let redactor: PIIRedactor

    /// Creates a redactor with the language library's default detector.
    public init(redactor: PIIRedactor = PIIRedactor()) {
        self.redactor = redactor
    }

    public func redact(_ texts: [String]) -> [String] {
        var map = RedactionMap()
        return texts.map { text in
            let redacted = redactor.redact(text, continuing: map)
            map = redacted.map
            return redacted.text
        }
    }
}
