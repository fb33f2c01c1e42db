import Foundation

/// Finds order numbers in a customer's message: the retail domain's `#W1234567` (also written without the `#`)
/// and the shop-style `VT-10030` (two to four letters, a dash, digits; also in lower case).
enum OrderNumberPattern {
    private static var retail: Regex<(Substring, Substring)> { /#?\b[Ww](\d{7})\b/ }
    private static var shop: Regex<(Substring, Substring, Substring)> { /\b([A-Za-z]{2,4})-(\d{4,8})\b/ }

    /// The order numbers in `text`, in the stored form (`#W1234567`, `VT-10030`), first seen first.
    static func numbers(in text: String) -> [String] {
        var found: [(String.Index, String)] = []
        for match in text.matches(of: retail) {
            found.append((match.range.lowerBound, "#W\(match.output.1)"))
        }
        for match in text.matches(of: shop) {
            found.append((match.range.lowerBound, "\(match.output.1.uppercased())-\(match.output.2)"))
        }
        var seen: Set<String> = []
        return found.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0).inserted }
    }

    /// The text without its order numbers (so a number's letters are not read as words).
    static func removingNumbers(from text: String) -> String {
        text.replacing(retail, with: " ").replacing(shop, with: " ")
    }
}
