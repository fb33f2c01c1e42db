/// The one entry point the conversation layer calls: language, sentiment and escalation signals, personal data
/// and a redacted copy of a customer message. Loads the bundled models once; immutable and thread-safe.
public struct MessageAnalyzer: Sendable {
    /// The language identifier in use.
    public let languageIdentifier: LanguageIdentifier
    /// The signal detector in use.
    public let signalDetector: SignalDetector
    /// The PII detector in use.
    public let piiDetector: PIIDetector
    private let redactor: PIIRedactor

    /// An analyzer with the bundled models; throws if the language model cannot be loaded.
    public init() throws {
        try self.init(languageIdentifier: .bundled())
    }

    /// An analyzer with the given components.
    public init(languageIdentifier: LanguageIdentifier, signalDetector: SignalDetector = SignalDetector(),
                piiDetector: PIIDetector = PIIDetector()) {
        self.languageIdentifier = languageIdentifier
        self.signalDetector = signalDetector
        self.piiDetector = piiDetector
        self.redactor = PIIRedactor(detector: piiDetector)
    }

    /// Analyses `text`. `previousCustomerMessages` (oldest first) lets it notice repeats; pass the conversation's
    /// `redactionMap` to keep placeholders stable across messages.
    public func analyze(_ text: String, previousCustomerMessages: [String] = [],
                        redactionMap: RedactionMap = RedactionMap()) -> MessageAnalysis {
        let pii = piiDetector.matches(in: text)
        let redacted = redactor.redact(text, matches: pii, continuing: redactionMap)
        // Identify the language without the personal data: e-mail addresses and numbers are not language.
        let language = languageIdentifier.identify(pii.isEmpty ? text : redacted.text.replacingPlaceholders())
        let signals = signalDetector.detect(text, previousCustomerMessages: previousCustomerMessages,
                                            language: language.isUnknown ? nil : language.code)
        return MessageAnalysis(language: language, signals: signals, pii: pii, redacted: redacted)
    }
}

private extension String {
    /// Blanks out `[EMAIL_1]`-style placeholders.
    func replacingPlaceholders() -> String {
        var output = ""
        var inPlaceholder = false
        for character in self {
            if character == "[" { inPlaceholder = true; output.append(" ") } else if character == "]" && inPlaceholder {
                inPlaceholder = false
            } else if !inPlaceholder {
                output.append(character)
            }
        }
        return output
    }
}
