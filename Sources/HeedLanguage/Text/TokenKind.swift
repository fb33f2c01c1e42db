/// What a ``Token`` stands for.
public enum TokenKind: Sendable, Hashable {
    /// A run of letters (and digits mixed with letters), apostrophes inside the word kept: `don't`, `covid19`.
    case word
    /// A run of digits, with `.`, `,`, `:` or `/` between digits kept: `3.14`, `1,000`, `12:30`.
    case number
    /// A web address starting with a scheme (`https://`) or `www.`.
    case url
    /// An e-mail address.
    case email
    /// One emoji, including its skin tone, variation selector and zero-width-joiner parts.
    case emoji
    /// An overlapping character bigram (or a lone character) of a script written without spaces:
    /// Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar.
    case cjk
}
