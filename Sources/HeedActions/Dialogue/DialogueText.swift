import Foundation

/// A customer's message as the dialogue's keyword tables read it: lower case, without diacritics (so "hủy" and
/// "huy", "pasūtījums" and "pasutijums" match alike), punctuation turned into spaces, and padded with a space on
/// each side so a phrase can be matched as whole words (`" cancel "`).
struct DialogueText: Sendable {
    /// The folded text, e.g. `" where is my order vt 10030 "`.
    let folded: String
    /// The folded words.
    let words: [String]

    init(_ text: String) {
        let lowered = text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let spaced = String(lowered.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : " "
        })
        words = spaced.split(separator: " ").map(String.init)
        folded = " " + words.joined(separator: " ") + " "
    }

    /// Whether the text holds `phrase` (already folded) as whole words.
    func contains(_ phrase: String) -> Bool {
        folded.contains(" \(phrase) ")
    }

    /// Whether the text holds a word starting with `stem` (for inflected words: "pasutijum" matches
    /// "pasutijums", "pasutijumu").
    func hasWord(startingWith stem: String) -> Bool {
        folded.contains(" \(stem)")
    }

    /// Whether any of the phrases is in the text; a phrase ending in `*` matches as a word stem.
    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { phrase in
            phrase.hasSuffix("*") ? hasWord(startingWith: String(phrase.dropLast())) : contains(phrase)
        }
    }
}
