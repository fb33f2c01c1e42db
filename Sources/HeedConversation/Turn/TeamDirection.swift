import Foundation
import HeedLanguage

/// Whether a section tells the customer, as what to do, to contact one of the company's teams ("1. Contact our
/// Billing team…", "Liên hệ bộ phận Thanh toán…", "Hubungi pasukan Bil…", "Sazinieties ar mūsu norēķinu
/// komandu…"). The customer is already talking to the company: rather than send them away, Heed hands the
/// conversation to that team. A fallback does not count — "if you have no backup codes, contact support", "contact
/// us" — the steps before it are the answer.
enum TeamDirection {
    /// Folded words that open a direction to a team; in English and Latvian a word for "team" must follow.
    private static let openings: [(words: [String], needsTeamWord: Bool)] = [
        (["contact", "our"], true), (["contact", "the"], true), (["reach", "our"], true),
        (["lien", "he", "bo", "phan"], false), (["lien", "he", "voi", "bo", "phan"], false), (["lien", "he", "doi"], false),
        (["hubungi", "pasukan"], false), (["hubungi", "tim"], false), (["hubungi", "bahagian"], false),
        (["sazinieties", "ar"], true),
    ]
    /// Words for a team that close an English or Latvian team name ("our Billing team", "norēķinu komandu").
    private static let teamWords: Set<String> = ["team", "department", "komandu", "komandai", "nodalu"]
    /// Words that make a sentence a condition ("if", "nếu", "jika", "ja"…): a direction inside one is a fallback.
    private static let conditions: Set<String> = ["if", "unless", "neu", "jika", "kalau", "sekiranya", "apabila", "ja"]

    /// Whether `text` directs the reader to a team outside any condition.
    static func directsToTeam(_ text: String) -> Bool {
        for sentence in text.split(whereSeparator: { ".!?\n".contains($0) }) {
            let words = TextNormalizer.foldedWords(String(sentence))
            for index in words.indices where !words[..<index].contains(where: conditions.contains) {
                for opening in openings where words[index...].starts(with: opening.words) {
                    let after = words.dropFirst(index + opening.words.count).prefix(4)
                    if opening.needsTeamWord ? after.contains(where: teamWords.contains) : !after.isEmpty { return true }
                }
            }
        }
        return false
    }
}
