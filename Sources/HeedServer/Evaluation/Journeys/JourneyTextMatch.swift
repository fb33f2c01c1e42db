import Foundation

/// How a journey's facts are found in a reply: case and width folded (NFKC), Markdown emphasis dropped, every dash
/// read as `-`, spaces ignored (so `RM 15` matches `RM15`), and a number never matched inside a longer number
/// (`24` is not in `2024`).
enum JourneyTextMatch {
    static func normalized(_ text: String) -> String {
        var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"] {
            folded = folded.replacingOccurrences(of: dash, with: "-")
        }
        folded = folded.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// Whether `needle` appears in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let text = normalized(haystack)
        let wanted = normalized(needle)
        guard !wanted.isEmpty else { return false }
        var searchFrom = text.startIndex
        while let range = text.range(of: wanted, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            let startsWithDigit = wanted.first?.isNumber == true
            let endsWithDigit = wanted.last?.isNumber == true
            let glued = (startsWithDigit && before?.isNumber == true) || (endsWithDigit && after?.isNumber == true)
            if !glued { return true }
            searchFrom = text.index(after: range.lowerBound)
        }
        return false
    }

    /// Whether any of `fact`'s alternatives appears in `text`.
    static func states(_ text: String, _ fact: JourneyFact) -> Bool {
        fact.alternatives.contains { contains(text, $0) }
    }
}
