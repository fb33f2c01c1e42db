/// One unit of text found by ``Tokenizer``.
public struct Token: Sendable, Hashable {
    /// The token's text, NFKC-normalised and case-folded.
    public let text: String
    /// `text` with diacritics removed (see ``TextNormalizer/foldDiacritics(_:)``); equal to `text` when it has none.
    public let folded: String
    /// What the token stands for.
    public let kind: TokenKind

    /// Creates a token; `folded` defaults to `text`.
    public init(text: String, folded: String? = nil, kind: TokenKind) {
        self.text = text
        self.folded = folded ?? text
        self.kind = kind
    }
}
