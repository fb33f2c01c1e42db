import Foundation
import HeedCore

/// How likely a customer is to leave, 0…1, with the evidence behind it — computed when asked from their
/// conversations, never stored (nothing here becomes a profile).
public struct ChurnRisk: Sendable, Encodable, Hashable {
    /// One reason the score is what it is.
    public struct Evidence: Sendable, Encodable, Hashable {
        public enum Kind: String, Sendable, Encodable, Hashable {
            case cancellationCue = "cancellation_cue"
            case unresolvedConversations = "unresolved_conversations"
            case recentProblems = "recent_problems"
            case negativeTrend = "negative_trend"
        }

        public let kind: Kind
        /// What it adds to the score.
        public let weight: Double
        public let detail: String
    }

    public enum Level: String, Sendable, Encodable, Hashable {
        case low, medium, high
    }

    public let customerID: UUID
    public let score: Double
    public let level: Level
    public let evidence: [Evidence]

    enum CodingKeys: String, CodingKey {
        case score, level, evidence
        case customerID = "customer_id"
    }

    /// A score from this on is medium; from ``highThreshold`` on, high.
    public static let mediumThreshold = 0.3
    public static let highThreshold = 0.6

    /// Scores a customer from `conversations` (with the customer's messages of each, oldest first) as of `now`:
    /// a cancellation or leaving cue in the last 90 days, conversations still open, conversations with a problem (a
    /// negative message or a hand-off) in the last 30 days, and mostly negative latest messages.
    public static func assess(
        customerID: UUID, conversations: [(Conversation, [Message])], now: Date
    ) -> ChurnRisk {
        var evidence: [Evidence] = []
        let messages = conversations.flatMap(\.1).filter { $0.author == .customer }.sorted { $0.createdAt < $1.createdAt }
        let cues = messages.filter { now.timeIntervalSince($0.createdAt) <= 90 * 86_400 }
            .flatMap { $0.annotations.signals.filter { $0.kind == "churn_threat" && $0.score >= 0.5 }.flatMap(\.evidence) }
        if !cues.isEmpty {
            evidence.append(.init(kind: .cancellationCue, weight: 0.4, detail: "said: " + unique(cues).prefix(3).joined(separator: "; ")))
        }
        let unresolved = conversations.filter { $0.0.status == .open || $0.0.status == .pending }.count
        if unresolved > 0 {
            evidence.append(.init(
                kind: .unresolvedConversations, weight: min(0.3, 0.15 * Double(unresolved)),
                detail: "\(unresolved) conversation\(unresolved == 1 ? "" : "s") not resolved"))
        }
        let problems = conversations.filter { conversation, messages in
            now.timeIntervalSince(conversation.lastMessageAt ?? conversation.createdAt) <= 30 * 86_400
                && (conversation.handedOffAt != nil || messages.contains { $0.annotations.sentiment == "negative" })
        }
        if !problems.isEmpty {
            let latest = problems.map { $0.0.lastMessageAt ?? $0.0.createdAt }.max() ?? now
            let days = max(0, Int(now.timeIntervalSince(latest) / 86_400))
            evidence.append(.init(
                kind: .recentProblems, weight: min(0.3, 0.1 * Double(problems.count)),
                detail: "\(problems.count) conversation\(problems.count == 1 ? "" : "s") with a problem in 30 days, the latest \(days) day\(days == 1 ? "" : "s") ago"))
        }
        let latest = messages.suffix(5).compactMap(\.annotations.sentiment)
        let negative = latest.filter { $0 == "negative" }.count
        if latest.count >= 2, Double(negative) / Double(latest.count) >= 0.6 {
            evidence.append(.init(
                kind: .negativeTrend, weight: 0.15, detail: "\(negative) of the last \(latest.count) messages negative"))
        }
        let score = min(1, evidence.map(\.weight).reduce(0, +))
        let level: Level = score >= highThreshold ? .high : score >= mediumThreshold ? .medium : .low
        return ChurnRisk(customerID: customerID, score: (score * 100).rounded() / 100, level: level, evidence: evidence)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
