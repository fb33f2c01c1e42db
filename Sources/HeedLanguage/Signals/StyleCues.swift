/// Typographic and conversational cues of anger, urgency and confusion: ALL CAPS, runs of `!` and `?`,
/// and a customer sending the same message again.
struct StyleCues {
    struct Finding {
        let kind: SignalKind
        let weight: Double
        let evidence: String
    }

    func findings(in text: String, previousCustomerMessages: [String]) -> [Finding] {
        var findings: [Finding] = []
        let shouted = text.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.count >= 3 && word.contains(where: \.isUppercase) && !word.contains(where: \.isLowercase)
        }
        let letterWords = text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.count
        if shouted.count >= 2 || (shouted.count == 1 && letterWords == 1 && shouted[0].count >= 4) {
            let share = Double(shouted.count) / Double(max(1, letterWords))
            findings.append(Finding(kind: .anger, weight: share >= 0.6 ? 1.2 : 0.7, evidence: "ALL CAPS"))
            findings.append(Finding(kind: .urgency, weight: 0.4, evidence: "ALL CAPS"))
        }
        let exclamations = longestRun(of: "!", in: text)
        if exclamations >= 2 {
            findings.append(Finding(kind: .anger, weight: exclamations >= 3 ? 0.9 : 0.4, evidence: String(repeating: "!", count: min(exclamations, 5))))
            findings.append(Finding(kind: .urgency, weight: exclamations >= 3 ? 0.6 : 0.3, evidence: String(repeating: "!", count: min(exclamations, 5))))
        }
        let questions = longestRun(of: "?", in: text)
        if questions >= 2 {
            findings.append(Finding(kind: .confusion, weight: questions >= 3 ? 1.0 : 0.6, evidence: String(repeating: "?", count: min(questions, 5))))
            if questions >= 3 { findings.append(Finding(kind: .anger, weight: 0.5, evidence: String(repeating: "?", count: min(questions, 5)))) }
        }
        if text.contains("?!") || text.contains("!?") {
            findings.append(Finding(kind: .anger, weight: 0.5, evidence: "?!"))
        }
        let normalized = Self.comparable(text)
        let repeats = normalized.isEmpty ? 0 : previousCustomerMessages.filter { Self.comparable($0) == normalized }.count
        if repeats > 0 {
            findings.append(Finding(kind: .anger, weight: 0.8 + 0.4 * Double(min(repeats, 3)), evidence: "repeated message ×\(repeats + 1)"))
            findings.append(Finding(kind: .urgency, weight: 0.6, evidence: "repeated message ×\(repeats + 1)"))
        }
        return findings
    }

    private func longestRun(of character: Character, in text: String) -> Int {
        var best = 0
        var current = 0
        for element in text {
            if element == character { current += 1; best = max(best, current) } else if element != " " { current = 0 }
        }
        return best
    }

    /// Case-, space- and punctuation-insensitive form, so "where is my order??" repeats "Where is my order".
    static func comparable(_ text: String) -> String {
        TextNormalizer.foldDiacritics(TextNormalizer.normalize(text))
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
