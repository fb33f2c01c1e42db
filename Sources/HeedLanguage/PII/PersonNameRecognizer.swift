import Foundation

/// Finds people's names where a text introduces or addresses someone: "my name is Linh Pham", "I'm Anna",
/// "Dear Mr Smith", "tên tôi là Mai", "Chào chị Mai", "nama saya Siti Aminah", "Puan Aminah", "mani sauc Jānis".
/// Only the capitalised words after such a lead-in are reported. Names the caller knows (the customer's own) are
/// found wherever they appear with ``knownNames(_:)``.
enum PersonNameRecognizer {
    /// One to four capitalised words (letters, combining marks, apostrophes, hyphens).
    private static let name = #"(?<value>\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,3})"#
    private static let leadIns = [
        // English
        #"(?i:\bmy name is|\bmy name's|\bname:|\bi am|\bi'm|\bi’m|\bcall me|\bdear|\bmr\.?|\bmrs\.?|\bms\.?|\bmiss)"#,
        // Vietnamese
        #"(?i:\btên (?:tôi|em|mình|của tôi|của em) là|\b(?:tôi|em|mình) (?:tên )?là|\b(?:tôi|em|mình) tên)"#,
        #"(?i:\b(?:xin chào|chào|cảm ơn|cám ơn|dạ|thưa) (?:anh|chị|em|bạn|cô|chú|ông|bà))"#,
        // Malay and Indonesian
        #"(?i:\bnama saya(?: ialah| adalah)?|\bsaya (?:ialah|adalah)|\bpanggil saya|\bencik|\bpuan|\bcik|\bbapak|\bpak|\bibu|\btuan)"#,
        // Latvian
        #"(?i:\bmani sauc|\bmans vārds ir|\bes esmu|\bcienījam(?:ais|ā)|\bgodājam(?:ais|ā)|\bgodāt(?:ais|ā))"#,
    ]
    /// Capitalised words that follow "I am" and the like without being names.
    private static let notNames: Set<String> = [
        "i", "ai", "sorry", "very", "not", "so", "still", "really", "just", "here", "there", "interested", "looking",
        "trying", "writing", "calling", "unable", "happy", "sad", "angry", "confused", "frustrated", "a", "an", "the",
        "vietnamese", "malaysian", "indonesian", "latvian", "english", "australian", "american", "british",
        "customer", "support", "team", "admin", "sir", "madam", "ok", "okay", "please", "thanks", "thank",
    ]

    static let introductions = PatternRecognizer(
        patterns: leadIns.map { $0 + #"[ ,]+"# + name }, ignoredValues: notNames)

    /// A recogniser for the words of `names` (each of at least two letters) as whole words, any case.
    static func knownNames(_ names: [String]) -> PatternRecognizer? {
        let parts = Set(names.flatMap { $0.split(whereSeparator: { $0.isWhitespace }) }.filter { $0.count >= 2 }
            .map { NSRegularExpression.escapedPattern(for: String($0)) })
        guard !parts.isEmpty else { return nil }
        let alternatives = parts.sorted { $0.count > $1.count }.joined(separator: "|")
        return PatternRecognizer(patterns: [#"(?i)(?<![\p{L}\p{M}])(?<value>"# + alternatives + #")(?![\p{L}\p{M}])"#])
    }
}
