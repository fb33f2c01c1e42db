/// HeedLanguage: multilingual normalisation, tokenisation, language identification, text classification,
/// emotion and escalation signals, and PII detection — pure Swift, no I/O beyond loading model files.
public enum HeedLanguage {
    /// Version of the language library's on-disk model formats.
    public static let modelFormatVersion = 1
}
