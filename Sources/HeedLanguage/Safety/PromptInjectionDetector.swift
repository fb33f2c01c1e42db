import Foundation

/// Finds instructions aimed at the AI in text that should only be data — a customer's message, an article, an
/// e-mail, a customer's name, a tool's result — in English, Vietnamese, Malay, Indonesian and Latvian, plain or
/// disguised (full-width or look-alike letters, invisible characters, leetspeak, spaced letters, ROT13, base64).
/// ``shield(_:)`` keeps the rest of the text: a question with an override in it is still answered.
public struct PromptInjectionDetector: Sendable {
    public init() {}

    /// Every instruction found in `text`, sentence by sentence (an instruction is one sentence or line), plain
    /// readings first; one finding per kind.
    public func findings(in text: String) -> [InjectionFinding] {
        guard mayContainInjection(text) else { return [] }
        var found: [InjectionFinding] = []
        var kinds = Set<InjectionFinding.Kind>()
        for piece in Self.pieces(of: text) {
            for finding in findings(inPiece: piece) where kinds.insert(finding.kind).inserted { found.append(finding) }
        }
        return found
    }

    /// One scan of each reading of the whole text with every pattern at once: false for clean text.
    /// Each pattern over each reading of the whole text: false for clean text (nearly all text), which then needs
    /// no look sentence by sentence.
    private func mayContainInjection(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return InjectionNormalizer.readings(of: text).contains { reading in
            let range = NSRange(reading.text.startIndex..., in: reading.text)
            return InjectionPatterns.all.contains { $0.1.firstMatch(in: reading.text, range: range) != nil }
        }
    }

    private func findings(inPiece piece: String) -> [InjectionFinding] {
        var found: [InjectionFinding] = []
        var kinds = Set<InjectionFinding.Kind>()
        for reading in InjectionNormalizer.readings(of: piece) {
            let range = NSRange(reading.text.startIndex..., in: reading.text)
            for (kind, pattern) in InjectionPatterns.all where !kinds.contains(kind) {
                guard let match = pattern.firstMatch(in: reading.text, range: range),
                      let matched = Range(match.range, in: reading.text)
                else { continue }
                kinds.insert(kind)
                found.append(InjectionFinding(kind: kind, evidence: String(reading.text[matched].prefix(120)), encoding: reading.encoding))
            }
        }
        return found
    }

    /// Whether `text` holds an instruction aimed at the AI.
    public func containsInjection(_ text: String) -> Bool { !findings(in: text).isEmpty }

    /// `text` without the sentences (or lines) that hold instructions aimed at the AI.
    public func shield(_ text: String) -> ShieldedText {
        guard mayContainInjection(text) else { return ShieldedText(text: text, findings: []) }
        var kept: [String] = []
        var found: [InjectionFinding] = []
        var kinds = Set<InjectionFinding.Kind>()
        for piece in Self.pieces(of: text) {
            let pieceFindings = findings(inPiece: piece)
            if pieceFindings.isEmpty { kept.append(piece) }
            for finding in pieceFindings where kinds.insert(finding.kind).inserted { found.append(finding) }
        }
        guard !found.isEmpty else { return ShieldedText(text: text, findings: []) }
        return ShieldedText(text: kept.joined(separator: " "), findings: found)
    }

    /// Sentences and lines, each with its closing punctuation.
    public static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == "\n" {
                pieces.append(current)
                current = ""
            } else if character == " ", let previous, ".!?。！？".contains(previous) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
