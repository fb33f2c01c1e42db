import Foundation

/// How a journey's facts are found in a reply: case and width folded (NFKC), Markdown emphasis dropped, every dash
/// read as `-`, spaces ignored (so `RM 15` matches `RM15`), and a number never matched inside a longer number
/// (`24` is not in `2024`).
enum JourneyTextMatch {
    /// `text` folded, without its spaces, and which of its characters followed a space (a word boundary).
    static func folded(_ text: String) -> (characters: [Character], afterSpace: [Bool]) {
        var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"] {
            folded = folded.replacingOccurrences(of: dash, with: "-")
        }
        folded = folded.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        var characters: [Character] = []
        var afterSpace: [Bool] = []
        var sawSpace = false
        for character in folded {
            if character.isWhitespace {
                sawSpace = true
                continue
            }
            characters.append(character)
            afterSpace.append(sawSpace)
            sawSpace = false
        }
        return (characters, afterSpace)
    }

    /// Whether `needle` appears in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let (text, afterSpace) = folded(haystack)
        let wanted = folded(needle).characters
        guard !wanted.isEmpty, wanted.count <= text.count else { return false }
        let startsWithDigit = wanted.first?.isNumber == true
        let endsWithDigit = wanted.last?.isNumber == true
        for start in 0...(text.count - wanted.count) where Array(text[start..<(start + wanted.count)]) == wanted {
            let end = start + wanted.count
            // A digit right before or after, with no space between, means the number is part of a longer one.
            let gluedBefore = startsWithDigit && start > 0 && text[start - 1].isNumber && !afterSpace[start]
            let gluedAfter = endsWithDigit && end < text.count && text[end].isNumber && !afterSpace[end]
            if !gluedBefore && !gluedAfter { return true }
        }
        return false
    }

    /// Whether any of `fact`'s alternatives appears in `text`.
    static func states(_ text: String, _ fact: JourneyFact) -> Bool {
        fact.alternatives.contains { contains(text, $0) }
    }
}
