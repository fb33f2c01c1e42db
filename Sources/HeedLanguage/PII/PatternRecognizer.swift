import Foundation

/// Runs regular expressions over a scanner's folded text and reports where one capture group matched, as byte
/// ranges of the folded text — for the kinds that are about words (names, addresses), not digit shapes.
struct PatternRecognizer: Sendable {
    /// The expressions; each has a capture group named `value` (the part reported).
    let expressions: [NSRegularExpression]
    /// Values (lower-cased) that are never reported, e.g. words that look like a name after "I am".
    let ignoredValues: Set<String>

    init(patterns: [String], ignoredValues: Set<String> = []) {
        // The patterns are constants of this library: a broken one is a programming error caught by the tests.
        expressions = patterns.map { try! NSRegularExpression(pattern: $0) }
        self.ignoredValues = ignoredValues
    }

    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let text = String(decoding: scanner.bytes, as: UTF8.self)
        let whole = NSRange(text.startIndex..., in: text)
        var found: [Range<Int>] = []
        for expression in expressions {
            for match in expression.matches(in: text, range: whole) {
                guard let range = Range(match.range(withName: "value"), in: text) else { continue }
                let value = text[range]
                if ignoredValues.contains(String(value.split(separator: " ").first ?? value).lowercased()) { continue }
                let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                found.append(lower..<(lower + value.utf8.count))
            }
        }
        return found
    }
}
