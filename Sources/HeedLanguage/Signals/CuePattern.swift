/// A phrase that signals something, matched against a message's words.
///
/// Written as space-separated words: `*` alone skips up to two words ("talk to * person" matches
/// "talk to a real person"), a trailing `*` matches a prefix ("frustrat*"). Words written without diacritics
/// match with or without them (`gap nhan vien` matches "gặp nhân viên" and "gap nhan vien"); words written
/// with diacritics match only that spelling (`gấp` "urgent" is not `gặp` "meet").
struct CuePattern: Sendable {
    enum Element: Sendable {
        case word(String, exact: Bool)
        case prefix(String, exact: Bool)
        case gap
    }

    let elements: [Element]
    let weight: Double

    init(_ pattern: String, weight: Double) {
        self.weight = weight
        elements = pattern.split(separator: " ").map { part in
            if part == "*" { return .gap }
            let exact = !part.unicodeScalars.allSatisfy(\.isASCII)
            let text = TextNormalizer.normalize(String(part))
            if text.hasSuffix("*") { return .prefix(String(text.dropLast()), exact: exact) }
            return .word(text, exact: exact)
        }
    }

    /// Word ranges (start..<end) where the pattern matches `words`.
    func matches(in words: [CueWord]) -> [Range<Int>] {
        guard !elements.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start < words.count {
            if let end = match(elementIndex: 0, at: start, in: words) {
                found.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    private func match(elementIndex: Int, at position: Int, in words: [CueWord]) -> Int? {
        guard elementIndex < elements.count else { return position }
        switch elements[elementIndex] {
        case .gap:
            for skip in 0...2 where position + skip <= words.count {
                if let end = match(elementIndex: elementIndex + 1, at: position + skip, in: words) { return end }
            }
            return nil
        case .word(let text, let exact):
            guard position < words.count, (exact ? words[position].text : words[position].folded) == text else { return nil }
            return match(elementIndex: elementIndex + 1, at: position + 1, in: words)
        case .prefix(let text, let exact):
            guard position < words.count, (exact ? words[position].text : words[position].folded).hasPrefix(text) else {
                return nil
            }
            return match(elementIndex: elementIndex + 1, at: position + 1, in: words)
        }
    }
}

/// One word of a message as cue patterns see it: normalised, and without diacritics.
struct CueWord: Sendable {
    let text: String
    let folded: String
}
