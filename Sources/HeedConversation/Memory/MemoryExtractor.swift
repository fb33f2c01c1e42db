import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage

/// Writes short memory notes from a conversation that ends: the customer's stated preferences, what an agent
/// promised, and the problem still open when the customer's last word was a complaint rather than thanks. Cue
/// phrases in en, vi, ms, id and lv (``MemoryCues``); each note is one sentence as written (already minimised as
/// stored), clipped. Emotion is never written down.
struct MemoryExtractor: Sendable {
    /// A note is at most this long.
    static let noteLength = 200

    /// The notes `messages` (oldest first) call for.
    func notes(from messages: [Message]) -> [(kind: CustomerNoteKind, text: String)] {
        var notes: [(CustomerNoteKind, String)] = []
        for message in messages where !message.isInternalNote {
            switch message.author {
            case .customer:
                notes += sentences(of: message, matching: MemoryCues.preference).map { (.preference, $0) }
            case .agent:
                notes += sentences(of: message, matching: MemoryCues.promise).map { (.promise, $0) }
            case .ai, .system:
                continue  // the AI's own wording ("I'll bring in a colleague") promises nothing about the case
            }
        }
        if let problem = openProblem(in: messages) { notes.append((.openProblem, problem)) }
        var seen = Set<String>()
        return notes.filter { seen.insert($0.1.lowercased()).inserted }
    }

    /// The customer's last sentence naming a problem, unless they said it was settled afterwards.
    func openProblem(in messages: [Message]) -> String? {
        let fromCustomer = messages.filter { $0.author == .customer }
        guard let last = fromCustomer.last, sentences(of: last, matching: MemoryCues.settled).isEmpty else { return nil }
        for message in fromCustomer.reversed() {
            if let sentence = sentences(of: message, matching: MemoryCues.problem).last { return sentence }
            if !sentences(of: message, matching: MemoryCues.settled).isEmpty { return nil }
        }
        return nil
    }

    /// The sentences of `message` containing one of `cues` (whole words, diacritics folded), clipped.
    func sentences(of message: Message, matching cues: [String]) -> [String] {
        SentenceSplitter.sentences(in: message.body).filter { sentence in
            let folded = Self.fold(sentence)
            return cues.contains { folded.contains(" \($0) ") }
        }.map(Self.clip)
    }

    /// Lower case, diacritics folded, every run of non-letters a single space, padded with spaces.
    static func fold(_ text: String) -> String {
        let folded = TextNormalizer.foldDiacritics(TextNormalizer.normalize(text)).lowercased()
        let words = folded.split { !$0.isLetter && !$0.isNumber }
        return " " + words.joined(separator: " ") + " "
    }

    static func clip(_ sentence: String) -> String {
        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= noteLength ? trimmed : String(trimmed.prefix(noteLength - 1)) + "…"
    }
}
