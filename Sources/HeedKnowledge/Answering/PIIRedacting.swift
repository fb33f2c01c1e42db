import HeedLanguage

/// Removes personal data from text before it leaves Heed (for a model provider).
public protocol PIIRedacting: Sendable {
    /// `texts` with personal data replaced by placeholders; the same value gets the same placeholder across texts.
    /// The words of `knownNames` (the customer's name) are replaced wherever they appear.
    func redact(_ texts: [String], knownNames: [String]) -> [String]
}

extension PIIRedacting {
    /// `texts` redacted without names known in advance.
    public func redact(_ texts: [String]) -> [String] { redact(texts, knownNames: []) }
}

/// ``PIIRedacting`` with the language library's detector (e-mail, phone, cards and their details, IBAN, IP,
/// national ids, names, street addresses).
public struct LanguagePIIRedactor: PIIRedacting {
    private let redactor: PIIRedactor

    /// Creates a redactor with the language library's default detector.
    public init(redactor: PIIRedactor = PIIRedactor()) {
        self.redactor = redactor
    }

    public func redact(_ texts: [String], knownNames: [String]) -> [String] {
        var map = RedactionMap()
        return texts.map { text in
            let matches = redactor.detector.matches(in: text, knownNames: knownNames)
            let redacted = redactor.redact(text, matches: matches, continuing: map)
            map = redacted.map
            return redacted.text
        }
    }
}
