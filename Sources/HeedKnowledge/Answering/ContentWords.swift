/// The words of a text that carry its meaning, without the function words of the supported languages: "it doesn't
/// work" has one ("work"), "how long is delivery to Riga?" three. Few of them make a vague message.
public enum ContentWords {
    /// How many content words `text` has.
    public static func count(in text: String) -> Int {
        ClaimTerms(text, extractor: TermExtractor()).contentTerms.count
    }
}
