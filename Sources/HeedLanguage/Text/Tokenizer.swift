/// Splits text of any script into ``Token``s: words, numbers, URLs, e-mail addresses, emoji, and overlapping
/// character bigrams for scripts written without spaces.
///
/// The text is normalised first (``TextNormalizer/normalize(_:)``). Every step moves forward by at least one
/// scalar, so any input, including replacement characters from invalid UTF-8, finishes in linear time.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Returns the tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        tokens(inNormalized: TextNormalizer.normalize(text))
    }

    /// The tokens of text already passed through ``TextNormalizer/normalize(_:)``.
    func tokens(inNormalized normalized: String) -> [Token] {
        let scalars = Array(normalized.unicodeScalars)
        var scanner = TokenScanner(scalars: scalars)
        return scanner.scanAll()
    }
}

/// The scanning state of one ``Tokenizer/tokens(in:)`` call.
struct TokenScanner {
    let scalars: [Unicode.Scalar]
    var tokens: [Token] = []
    var position = 0
    /// Whether the text has an `@` at all: most messages don't, and then no word needs the e-mail scan.
    let hasAtSign: Bool

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        hasAtSign = scalars.contains("@")
        tokens.reserveCapacity(scalars.count / 4 + 1)
    }

    mutating func scanAll() -> [Token] {
        let count = scalars.count
        while position < count {
            let start = position
            switch CharacterClass.of(scalars[start]) {
            case .letter, .digit:
                if let end = urlEnd(at: start) {
                    emit(start, end, .url)
                } else if hasAtSign, let end = emailEnd(at: start) {
                    emit(start, end, .email)
                } else {
                    scanWordOrNumber(from: start)
                }
            case .unspaced:
                scanUnspacedRun(from: start)
            case .emoji:
                scanEmoji(from: start)
            case .mark, .apostrophe, .separator:
                position += 1
            }
            if position <= start { position = start + 1 }  // always advance
        }
        return tokens
    }

    // MARK: words and numbers

    private mutating func scanWordOrNumber(from start: Int) {
        let count = scalars.count
        var i = start
        var hasLetter = false
        while i < count {
            let kind = CharacterClass.of(scalars[i])
            switch kind {
            case .letter:
                hasLetter = true
                i += 1
            case .digit, .mark:
                i += 1
            case .apostrophe:
                // Keep an apostrophe only between two letters: don't, l'homme, bank's.
                guard hasLetter, i + 1 < count, CharacterClass.of(scalars[i + 1]) == .letter else {
                    return finishWord(start, i, hasLetter: hasLetter)
                }
                i += 1
            case .separator:
                // Keep . , : / between digits in a number: 3.14, 1,000, 12:30, 10/12.
                let v = scalars[i].value
                if !hasLetter, v == 0x2E || v == 0x2C || v == 0x3A || v == 0x2F,
                   i > start, CharacterClass.of(scalars[i - 1]) == .digit,
                   i + 1 < count, CharacterClass.of(scalars[i + 1]) == .digit {
                    i += 1
                } else {
                    return finishWord(start, i, hasLetter: hasLetter)
                }
            case .unspaced, .emoji:
                return finishWord(start, i, hasLetter: hasLetter)
            }
        }
        finishWord(start, i, hasLetter: hasLetter)
    }

    private mutating func finishWord(_ start: Int, _ end: Int, hasLetter: Bool) {
        position = end
        var string = ""
        string.reserveCapacity(end - start)
        for index in start..<end {
            let v = scalars[index]
            // Typographic apostrophes become the ASCII one.
            string.unicodeScalars.append((v.value == 0x2019 || v.value == 0x2018 || v.value == 0x02BC) ? "'" : v)
        }
        let kind: TokenKind = hasLetter ? .word : .number
        tokens.append(Token(text: string, folded: kind == .word ? TextNormalizer.foldDiacritics(string) : string, kind: kind))
    }

    // MARK: URLs and e-mail addresses

    private func matches(_ literal: String, at start: Int) -> Bool {
        var i = start
        for scalar in literal.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// The end of a URL starting at `start`, if one does.
    private func urlEnd(at start: Int) -> Int? {
        let first = scalars[start]
        guard first == "h" || first == "w" else { return nil }
        if start > 0, CharacterClass.of(scalars[start - 1]) == .letter { return nil }
        let prefixLength: Int
        if matches("https://", at: start) { prefixLength = 8 }
        else if matches("http://", at: start) { prefixLength = 7 }
        else if matches("www.", at: start) { prefixLength = 4 }
        else { return nil }
        var end = start + prefixLength
        while end < scalars.count, !isURLTerminator(scalars[end]) { end += 1 }
        while end > start + prefixLength, isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
        return end > start + prefixLength ? end : nil
    }

    private func isURLTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "<", ">", "\"", "\u{FFFD}": return true
        default: return scalar.properties.isWhitespace
        }
    }

    private func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\u{2019}": return true
        default: return false
        }
    }

    /// The end of an e-mail address starting at `start`, if one does: `local@domain.tld`.
    private func emailEnd(at start: Int) -> Int? {
        let count = scalars.count
        var i = start
        while i < count, isEmailLocalCharacter(scalars[i]) { i += 1 }
        guard i > start, i < count, scalars[i] == "@" else { return nil }
        i += 1
        let domainStart = i
        while i < count {
            let scalar = scalars[i]
            if scalar == "." || scalar == "-" {
                i += 1
            } else if CharacterClass.of(scalar) == .letter || CharacterClass.of(scalar) == .digit {
                i += 1
            } else {
                break
            }
        }
        while i > domainStart, scalars[i - 1] == "." || scalars[i - 1] == "-" { i -= 1 }
        // Needs a dot inside the domain with at least two characters after it.
        guard let lastDot = (domainStart..<i).last(where: { scalars[$0] == "." }),
              lastDot > domainStart, lastDot + 2 <= i else { return nil }
        return i
    }

    private func isEmailLocalCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "_", "%", "+", "-": return true
        default:
            let kind = CharacterClass.of(scalar)
            return kind == .letter || kind == .digit
        }
    }

    // MARK: scripts without spaces

    /// Emits overlapping bigrams of a run of unspaced-script characters (each with its combining marks).
    private mutating func scanUnspacedRun(from start: Int) {
        let count = scalars.count
        var unitStarts: [Int] = []
        var i = start
        while i < count, CharacterClass.of(scalars[i]) == .unspaced {
            unitStarts.append(i)
            i += 1
            while i < count, CharacterClass.of(scalars[i]) == .mark { i += 1 }
        }
        position = i
        unitStarts.append(i)
        let units = unitStarts.count - 1
        if units == 1 {
            emit(start, i, .cjk)
            return
        }
        for u in 0..<(units - 1) {
            emit(unitStarts[u], unitStarts[u + 2], .cjk)
        }
    }

    // MARK: emoji

    private mutating func scanEmoji(from start: Int) {
        let count = scalars.count
        var i = start + 1
        if (0x1F1E6...0x1F1FF).contains(scalars[start].value), i < count,
           (0x1F1E6...0x1F1FF).contains(scalars[i].value) {
            i += 1  // a flag: two regional indicators
        }
        while i < count {
            let v = scalars[i].value
            if v == 0x200D {
                // A joiner glues the next pictograph into the same emoji.
                i += 1
                if i < count, CharacterClass.of(scalars[i]) == .emoji { i += 1 }
            } else if CharacterClass.continuesEmoji(v) {
                i += 1
            } else {
                break
            }
        }
        position = i
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<i])
        var folded = String.UnicodeScalarView()
        folded.append(contentsOf: scalars[start..<i].lazy.filter { !CharacterClass.isEmojiModifier($0.value) })
        tokens.append(Token(text: String(text), folded: folded.isEmpty ? String(text) : String(folded), kind: .emoji))
    }

    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        position = max(position, end)
        var string = ""
        string.reserveCapacity(end - start)
        for index in start..<end { string.unicodeScalars.append(scalars[index]) }
        tokens.append(Token(text: string, folded: string, kind: kind))
    }
}
