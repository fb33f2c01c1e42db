import Foundation
import HeedCore
import HeedLanguage

/// How an agent handled a conversation, by the rubric support leads use: greeting, empathy, a solution offered,
/// tone, clarity, closing and response times — each 0…1, read from the agents' own messages by embedded heuristics
/// (no model), in the languages Heed speaks.
public struct QualityRubric: Sendable {
    public enum Criterion: String, Sendable, Codable, Hashable, CaseIterable {
        case greeting, empathy, solution, tone, clarity, closing
        case responseTime = "response_time"
    }

    /// Agents' first reply within this long of the customer's message (or the hand-off) scores full marks for
    /// response time; the score falls to 0 at ``slowReply``.
    public var quickReply: TimeInterval = 15 * 60
    public var slowReply: TimeInterval = 4 * 3_600

    public init() {}

    static let greetings = [
        "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "chào", "xin chào", "kính chào",
        "halo", "hai", "selamat", "sveiki", "labdien", "labrīt",
    ]
    static let empathy = [
        "sorry", "apologi", "i understand", "understand how", "thanks for waiting", "thank you for waiting",
        "thanks for your patience", "frustrating", "xin lỗi", "rất tiếc", "cảm ơn anh chị đã chờ", "thông cảm", "maaf",
        "mohon maaf", "terima kasih kerana menunggu", "atvainojos", "atvainojiet", "paldies par pacietību",
    ]
    static let solution = [
        "i've", "i have", "i will", "i'll", "we've", "refund", "replace", "fixed", "updated", "sent", "arranged",
        "here is", "here's", "you can", "please try", "steps", "đã", "em sẽ", "hoàn tiền", "saya telah", "sudah",
        "akan", "esmu", "nosūtīju", "atmaksā",
    ]
    static let closings = [
        "anything else", "let me know", "happy to help", "have a nice", "have a great", "take care", "best regards",
        "kind regards", "còn gì", "cứ nhắn", "chúc anh", "chúc chị", "ada apa-apa lagi", "jangan ragu", "vēl kaut kas",
        "jauku dienu",
    ]
    static let rude = ["stupid", "idiot", "not my problem", "calm down", "whatever", "shut up", "your fault"]

    /// The scores of one conversation's agent messages; `waits` are the seconds each agent reply took after the
    /// customer's message (or the hand-off) it answered. Nil when no agent wrote.
    public func score(agentMessages: [String], waits: [TimeInterval]) -> [Criterion: Double]? {
        guard let first = agentMessages.first, let last = agentMessages.last else { return nil }
        let all = agentMessages.map { TextNormalizer.normalize($0) }
        func mentions(_ phrases: [String], in texts: [String]) -> Bool {
            texts.contains { text in phrases.contains { text.contains($0) } }
        }
        let opening = TextNormalizer.normalize(String(first.prefix(60)))
        var scores: [Criterion: Double] = [:]
        scores[.greeting] = Self.greetings.contains { opening.hasPrefix($0) || opening.contains("\($0) ") } ? 1 : 0
        scores[.empathy] = mentions(Self.empathy, in: all) ? 1 : 0
        scores[.solution] = mentions(Self.solution, in: all) ? 1 : 0
        scores[.tone] = toneScore(agentMessages, normalized: all)
        scores[.clarity] = clarityScore(agentMessages)
        scores[.closing] = mentions(Self.closings, in: [TextNormalizer.normalize(last)]) ? 1 : 0
        scores[.responseTime] = responseScore(waits)
        return scores
    }

    /// 1 for courteous replies; rude phrases, shouting in capitals or strings of exclamation marks take it down.
    func toneScore(_ messages: [String], normalized: [String]) -> Double {
        var score = 1.0
        if normalized.contains(where: { text in Self.rude.contains { text.contains($0) } }) { score -= 0.6 }
        let letters = messages.joined().filter(\.isLetter)
        if letters.count >= 20, Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.5 { score -= 0.3 }
        if messages.contains(where: { $0.contains("!!") }) { score -= 0.2 }
        return max(0, score)
    }

    /// Sentences people read at a glance: full marks up to 25 words a sentence on average, none from 50.
    func clarityScore(_ messages: [String]) -> Double {
        let text = messages.joined(separator: " ")
        let sentences = text.split(whereSeparator: { ".!?。\n".contains($0) })
            .map { $0.split(whereSeparator: \.isWhitespace).count }.filter { $0 > 0 }
        guard !sentences.isEmpty else { return 0 }
        let average = Double(sentences.reduce(0, +)) / Double(sentences.count)
        return min(1, max(0, (50 - average) / 25))
    }

    /// The mean over replies: 1 within ``quickReply``, falling linearly to 0 at ``slowReply``.
    func responseScore(_ waits: [TimeInterval]) -> Double {
        guard !waits.isEmpty else { return 1 }
        let scores = waits.map { wait in min(1, max(0, (slowReply - wait) / (slowReply - quickReply))) }
        return scores.reduce(0, +) / Double(scores.count)
    }
}
