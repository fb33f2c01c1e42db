import Foundation

/// The separate things a customer asks in one message ("Two things: I was charged twice… Also, can I still change
/// the address?"): the message cut at sentence ends and at the words that start another question, in English,
/// Vietnamese, Malay, Indonesian and Latvian ("also", "với lại", "lagi satu", "sekalian tanya", "un vēl"…). Parts
/// too short to be a question on their own ("Two things:", "Hi!") are left out. One part means one question.
public struct QuestionParts: Sendable {
    /// The parts, in the message's order.
    public let parts: [String]

    /// A part needs this many words to stand on its own.
    public static let minimumWords = 4

    /// Splits `text`.
    public init(_ text: String) {
        var pieces: [String] = []
        for sentence in Self.sentences(text) {
            pieces += Self.splitAtConnectors(sentence)
        }
        parts = pieces
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { $0.split(whereSeparator: \.isWhitespace).count >= Self.minimumWords }
    }

    /// Sentences: cut after `?` and `!`, and after `.` followed by a space and a capital letter or a digit.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let afterNext = index + 2 < characters.count ? characters[index + 2] : " "
            let ends = character == "?" || character == "!" || character == "\n"
                || (character == "." && next == " " && (afterNext.isUppercase || afterNext.isNumber))
            if ends {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Folded word sequences that open another question inside a sentence; the connector itself is dropped.
    private static let connectors: [[String]] = [
        ["also"], ["and", "also"], ["another", "thing"], ["one", "more", "thing"], ["plus"], ["besides"],
        ["voi", "lai"], ["tien", "hoi", "luon"], ["tien", "day", "hoi"], ["ngoai", "ra"], ["them", "nua"],
        ["con", "nua"], ["cho", "minh", "hoi", "them"],
        ["lagi", "satu"], ["satu", "lagi"], ["selain", "itu"], ["sekalian", "tanya"], ["sekalian"],
        ["un", "vel"], ["turklat"], ["vel", "viens", "jautajums"],
    ]

    /// Words that, after ", and", start a new question ("…on PayPal, and do you ship to Canada?").
    private static let questionStarts: Set<String> = [
        "do", "does", "did", "can", "could", "is", "are", "will", "would", "how", "what", "when", "where", "why",
        "which", "should",
    ]

    /// `sentence` cut before each connector (and before ", and <question word>").
    static func splitAtConnectors(_ sentence: String) -> [String] {
        let tokens = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let folded = tokens.map { TextNormalizer.foldedWords($0).joined(separator: " ") }
        var pieces: [[String]] = [[]]
        var index = 0
        while index < tokens.count {
            // A connector counts where a clause can start: at the start, or after a comma, a dash or "and"/"và"/"dan".
            let clauseStart = index == 0 || tokens[index - 1].hasSuffix(",") || tokens[index - 1] == "–"
                || tokens[index - 1] == "-" || ["and", "va", "dan", "un"].contains(folded[index - 1])
            if clauseStart, index > 0, let length = connectorLength(at: index, in: folded) {
                if ["and", "va", "dan", "un"].contains(folded[index - 1]) { pieces[pieces.count - 1].removeLast() }
                pieces.append([])
                index += length
                continue
            }
            if index > 0, tokens[index - 1].hasSuffix(","), folded[index] == "and", index + 1 < tokens.count,
                questionStarts.contains(folded[index + 1])
            {
                pieces.append([])
                index += 1
                continue
            }
            pieces[pieces.count - 1].append(tokens[index])
            index += 1
        }
        return pieces.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    private static func connectorLength(at index: Int, in folded: [String]) -> Int? {
        for connector in connectors where index + connector.count <= folded.count {
            if Array(folded[index..<(index + connector.count)]) == connector { return connector.count }
        }
        return nil
    }
}
