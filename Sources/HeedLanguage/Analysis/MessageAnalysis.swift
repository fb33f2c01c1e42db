/// Everything HeedLanguage understood about one customer message.
public struct MessageAnalysis: Sendable {
    /// The message's language.
    public let language: LanguageGuess
    /// Sentiment and emotion/escalation signals with their evidence.
    public let signals: MessageSignals
    /// Personal data found, in reading order.
    public let pii: [PIIMatch]
    /// The message with personal data replaced by placeholders, and the map to restore it.
    public let redacted: RedactedText
}
