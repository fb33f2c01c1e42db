import Foundation

/// The readings of a text an injection check looks at: the text as a reader sees it (compatibility forms such as
/// full-width letters folded, invisible characters removed, lower case, diacritics folded, one space between
/// words), and the readings that undo the usual disguises — look-alike letters, leetspeak, letters spaced out,
/// ROT13, and base64 runs decoded.
public enum InjectionNormalizer {
    /// One reading and the disguise it undoes (nil for the plain reading).
    struct Reading {
        let text: String
        let encoding: String?
    }

    static func readings(of text: String) -> [Reading] {
        let plain = fold(text)
        var readings = [Reading(text: plain, encoding: nil)]
        if plain.contains(where: { leet[$0] != nil }) {
            let unleet = String(plain.map { leet[$0] ?? $0 })
            if hasLettersWithLeet(plain) { readings.append(Reading(text: unleet, encoding: "leetspeak")) }
            let joined = joinSpacedLetters(unleet)
            if joined != unleet { readings.append(Reading(text: joined, encoding: "spaced")) }
        } else {
            let joined = joinSpacedLetters(plain)
            if joined != plain { readings.append(Reading(text: joined, encoding: "spaced")) }
        }
        // ROT13 is read only when a ROT13 word of an instruction shows up ("vtaber" is "ignore").
        if rot13Anchors.contains(where: plain.contains) { readings.append(Reading(text: rot13(plain), encoding: "rot13")) }
        for decoded in base64Runs(in: text) { readings.append(Reading(text: fold(decoded), encoding: "base64")) }
        return readings
    }

    /// ignore, disregard, instruction, system, prompt, forget, reveal, rules — in ROT13.
    private static let rot13Anchors = ["vtaber", "qvfertneq", "vafgehpg", "flfgrz", "cebzcg", "sbetrg", "erirny", "ehyrf"]

    /// Whether a word mixes letters with digits or symbols that leetspeak uses for letters.
    private static func hasLettersWithLeet(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            word.contains(where: \.isLetter) && word.contains(where: { leet[$0] != nil && !$0.isPunctuation })
                || (word.count >= 4 && word.allSatisfy { leet[$0] != nil || $0.isLetter } && word.contains(where: \.isNumber))
        }
    }

    /// Compatibility-folded, invisible characters dropped, look-alikes mapped to Latin, lower case, diacritics
    /// folded, whitespace collapsed.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if invisible.contains(scalar.value) { continue }
            if let latin = lookAlikes[scalar.value] {
                scalars.append(latin)
            } else {
                scalars.append(scalar)
            }
        }
        let lowered = TextNormalizer.foldDiacritics(String(scalars).lowercased())
        return lowered.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// Zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen and bidirectional marks.
    private static let invisible: Set<UInt32> = [
        0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060,
        0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
    ]

    /// Cyrillic and Greek letters that look like Latin ones.
    private static let lookAlikes: [UInt32: Unicode.Scalar] = [
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0445: "x", 0x0443: "y", 0x0456: "i",
        0x0458: "j", 0x0455: "s", 0x0410: "a", 0x0415: "e", 0x041E: "o", 0x0420: "p", 0x0421: "c", 0x0425: "x",
        0x0406: "i", 0x03BF: "o", 0x03B1: "a", 0x03B5: "e", 0x03B9: "i", 0x03BD: "v", 0x03C1: "p",
    ]

    private static let leet: [Character: Character] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l",
    ]

    /// `i g n o r e` and `i.g.n.o.r.e` read as `ignore`: runs of four or more single letters.
    static func joinSpacedLetters(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var out: [String] = []
        var run = ""
        var runLength = 0
        func flush() {
            if runLength >= 4 { out.append(run) } else if !run.isEmpty { out.append(contentsOf: run.map(String.init)) }
            run = ""
            runLength = 0
        }
        for word in words {
            let letters = word.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" })
            if letters.count >= 4, letters.allSatisfy({ $0.count == 1 }) {
                flush()
                out.append(letters.joined())
            } else if word.count == 1, word.first?.isLetter == true {
                run += word
                runLength += 1
            } else {
                flush()
                out.append(String(word))
            }
        }
        flush()
        return out.joined(separator: " ")
    }

    public static func rot13(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            switch scalar.value {
            case 0x61...0x7A: Character(Unicode.Scalar((scalar.value - 0x61 + 13) % 26 + 0x61)!)
            case 0x41...0x5A: Character(Unicode.Scalar((scalar.value - 0x41 + 13) % 26 + 0x41)!)
            default: Character(scalar)
            }
        })
    }

    /// The readable text hidden in base64 runs of 16 characters or more.
    public static func base64Runs(in text: String) -> [String] {
        var results: [String] = []
        var run = ""
        func finish() {
            defer { run = "" }
            guard run.count >= 16 else { return }
            var padded = run.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while padded.count % 4 != 0 { padded += "=" }
            guard let data = Data(base64Encoded: padded), let decoded = String(data: data, encoding: .utf8) else { return }
            let printable = decoded.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " || $0.properties.isWhitespace || ($0.value >= 0x21 && $0.value < 0x7F) }
            if decoded.unicodeScalars.count > 0, Double(printable.count) / Double(decoded.unicodeScalars.count) >= 0.9,
               decoded.contains(" ")
            {
                results.append(decoded)
            }
        }
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || "+/=-_".contains(character) {
                run.append(character)
            } else {
                finish()
            }
        }
        finish()
        return results
    }
}
