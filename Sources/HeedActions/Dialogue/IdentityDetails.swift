import Foundation
import HeedCore

/// The identity details a visitor gives to be verified, as the retail domain verifies: an e-mail address (here
/// together with one of their order numbers), or first name, last name and zip code. Never stored: the dialogue
/// keeps only whom they verified.
struct IdentityDetails: Sendable {
    var email: String?
    var name: (first: String, last: String)?
    var zip: String?

    /// Whether the details are enough for a name + zip lookup.
    var hasNameAndZip: Bool { name != nil && zip != nil }

    private static var emailPattern: Regex<Substring> { /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/ }
    private static var zipPattern: Regex<(Substring, Substring)> { /\b(\d{4,6})\b/ }

    /// Words around a name that are not part of it ("my name is", "tên tôi là", "nama saya", "mans vārds ir"…).
    private static let nameFillers: Set<String> = [
        "my", "name", "is", "i", "am", "im", "it", "s", "and", "zip", "code", "zipcode", "postcode", "postal",
        "the", "ten", "toi", "la", "ma", "buu", "chinh", "nama", "saya", "ialah", "adalah", "poskod", "kode", "pos",
        "dan", "mans", "vards", "ir", "pasta", "indekss", "un", "hi", "hello", "xin", "chao", "halo", "sveiki",
    ]

    /// The text without e-mail addresses (which say nothing about the language it is written in).
    static func removingEmails(from text: String) -> String {
        text.replacing(emailPattern, with: " ")
    }

    /// The details found in `text` (order numbers removed first, so their digits are not read as a zip code).
    init(_ text: String) {
        let withoutNumbers = OrderNumberPattern.removingNumbers(from: text)
        email = withoutNumbers.firstMatch(of: Self.emailPattern).map { String($0.output).lowercased() }
        let rest = email.map { _ in withoutNumbers.replacing(Self.emailPattern, with: " ") } ?? withoutNumbers
        zip = rest.firstMatch(of: Self.zipPattern).map { String($0.output.1) }
        guard zip != nil else { return }
        let words = rest.replacing(Self.zipPattern, with: " ")
            .split { !$0.isLetter && $0 != "-" && $0 != "'" }.map(String.init)
            .filter { !Self.nameFillers.contains(DialogueText($0).words.first ?? "") }
        // Names are written capitalised: when two or more words are, the others are not part of the name.
        let capitalised = words.filter { $0.first?.isUppercase == true }
        let nameWords = capitalised.count >= 2 ? capitalised : words
        if nameWords.count >= 2 { name = (nameWords[0], nameWords[1...].joined(separator: " ")) }
    }
}
