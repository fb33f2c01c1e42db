/// The result of language identification: the best language, how sure the identifier is, and the runners-up.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// One candidate language and its probability.
    public struct Candidate: Sendable, Hashable, Codable {
        /// ISO 639-1 code.
        public let code: String
        /// Probability in 0…1 among the candidates considered.
        public let probability: Double
    }

    /// The code returned when the text has no letters or no language is likely enough.
    public static let unknownCode = "unknown"

    /// ISO 639-1 code of the best language, or `"unknown"`.
    public let code: String
    /// Probability of `code` in 0…1 (0 when unknown).
    public let confidence: Double
    /// The best candidates, most likely first (includes the top one; may be non-empty when `code` is unknown).
    public let alternatives: [Candidate]

    /// True when no language was chosen.
    public var isUnknown: Bool { code == Self.unknownCode }

    /// The English name of the language (`"Unknown"` when unknown).
    public var languageName: String { LanguageNames.name(for: code) }

    /// A guess that no language could be chosen.
    public static func unknown(alternatives: [Candidate] = []) -> LanguageGuess {
        LanguageGuess(code: unknownCode, confidence: 0, alternatives: alternatives)
    }
}
