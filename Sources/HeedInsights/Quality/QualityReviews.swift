import Foundation
import HeedCore
import HeedStore

/// One resolved conversation's quality review: the embedded rubric's scores, a lead's corrections over them, and
/// the total (0–100, the mean of the criteria).
public struct QualityReview: Sendable, Hashable, Codable {
    public var conversationID: UUID
    /// The agent reviewed: the one assigned, else the last who replied.
    public var agentID: UUID?
    /// Scores as they count (a lead's where given), by criterion.
    public var scores: [String: Double]
    /// The embedded rubric's own scores.
    public var embedded: [String: Double]
    public var total: Double
    public var overridden: Bool
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case scores, embedded, total, overridden, note
        case conversationID = "conversation_id"
        case agentID = "agent_id"
    }

    /// Encodes every field, absent optionals as explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(conversationID, forKey: .conversationID)
        try c.encode(agentID, forKey: .agentID)
        try c.encode(scores, forKey: .scores)
        try c.encode(embedded, forKey: .embedded)
        try c.encode(total, forKey: .total)
        try c.encode(overridden, forKey: .overridden)
        try c.encode(note, forKey: .note)
    }
}

/// One agent's averages over the period's reviewed conversations.
public struct AgentQuality: Sendable, Hashable, Codable {
    public var agentID: UUID?
    public var conversations: Int
    public var total: Double
    public var criteria: [String: Double]

    enum CodingKeys: String, CodingKey {
        case conversations, total, criteria
        case agentID = "agent_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(agentID, forKey: .agentID)
        try c.encode(conversations, forKey: .conversations)
        try c.encode(total, forKey: .total)
        try c.encode(criteria, forKey: .criteria)
    }
}

/// The quality report of a period: each agent's averages, best first.
public struct QualityReport: Sendable, Hashable, Codable {
    public var from: Date
    public var to: Date
    /// Resolved conversations with an agent's reply in the period, reviewed (the newest ``QualityReviews/reportLimit``).
    public var reviewed: Int
    public var agents: [AgentQuality]
}

/// Quality review of agents' resolved conversations: the embedded rubric (``QualityRubric``) read from the messages
/// when asked, a lead's override stored over it, and per-agent averages for a period.
public struct QualityReviews: Sendable {
    let store: any SupportStore
    let reports: Reports
    let clock: any WallClock
    let rubric = QualityRubric()

    /// Most conversations one quality report reviews (the newest of the period).
    public static let reportLimit = 500

    public init(store: any SupportStore, reports: Reports, clock: any WallClock) {
        self.store = store
        self.reports = reports
        self.clock = clock
    }

    /// The review of one conversation: resolved (or closed), with at least one agent reply.
    public func review(conversationID: UUID, workspaceID: UUID) async throws -> QualityReview {
        let (conversation, messages, override) = try await store.read { reader in
            guard let conversation = try await reader.conversation(id: conversationID, workspaceID: workspaceID) else {
                throw HeedError.notFound("Conversation")
            }
            let messages = try await reader.messages(
                conversationID: conversationID, workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)
            ).items
            return (conversation, messages, try await reader.qualityOverride(conversationID: conversationID, workspaceID: workspaceID))
        }
        guard conversation.status == .resolved || conversation.status == .closed else {
            throw HeedError(.conflict, code: .notResolved, message: "A conversation is reviewed once it is resolved.")
        }
        let public_ = messages.filter { !$0.isInternalNote }
        let agentTexts = public_.filter { $0.author == .agent }.map(\.body)
        guard let scores = rubric.score(agentMessages: agentTexts, waits: Self.waits(public_, handedOffAt: conversation.handedOffAt))
        else {
            throw HeedError(.unprocessable, code: .invalidField, message: "No agent replied in this conversation: there is nothing to review.")
        }
        let embedded = Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, $0.value) })
        let counted = embedded.merging(override?.scores ?? [:]) { _, lead in lead }
        return QualityReview(
            conversationID: conversationID,
            agentID: conversation.assigneeID ?? public_.last { $0.author == .agent }?.authorID,
            scores: counted, embedded: embedded,
            total: (counted.values.reduce(0, +) / Double(max(counted.count, 1)) * 1000).rounded() / 10,
            overridden: override != nil, note: override?.note)
    }

    /// How long each agent reply took after the customer's first unanswered message (counted from the hand-off
    /// when the customer wrote before it).
    static func waits(_ messages: [Message], handedOffAt: Date?) -> [TimeInterval] {
        var waitingSince: Date?
        var waits: [TimeInterval] = []
        for message in messages {
            switch message.author {
            case .customer:
                if waitingSince == nil { waitingSince = message.createdAt }
            case .agent:
                if let since = waitingSince {
                    let start = handedOffAt.map { max($0, since) } ?? since
                    waits.append(max(0, message.createdAt.timeIntervalSince(start)))
                }
                waitingSince = nil
            case .ai, .system:
                continue
            }
        }
        return waits
    }

    /// A lead's scores over the embedded ones (criteria by name, 0…1 each), with a note; returns the new review.
    public func override(
        conversationID: UUID, scores: [String: Double], note: String?, by principal: Principal
    ) async throws -> QualityReview {
        let known = Set(QualityRubric.Criterion.allCases.map(\.rawValue))
        for (criterion, value) in scores {
            guard known.contains(criterion) else {
                throw HeedError.invalidField("scores", "has an unknown criterion '\(criterion)' (known: \(known.sorted().joined(separator: ", ")))")
            }
            guard (0...1).contains(value) else { throw HeedError.invalidField("scores", "must be between 0 and 1") }
        }
        let note = try Validate.optionalText(note, field: "note", maxLength: 2_000)
        _ = try await review(conversationID: conversationID, workspaceID: principal.workspaceID)
        let override = QualityOverride(
            workspaceID: principal.workspaceID, conversationID: conversationID, scores: scores, note: note,
            reviewerID: principal.agentID, createdAt: clock.now())
        try await store.write { try await $0.save(override) }
        return try await review(conversationID: conversationID, workspaceID: principal.workspaceID)
    }

    /// Each agent's averages over the period's resolved conversations an agent replied in.
    public func report(workspaceID: UUID, period: ReportPeriod) async throws -> QualityReport {
        let policy = try await reports.policy(workspaceID: workspaceID)
        let outcomes = try await reports.outcomes(workspaceID: workspaceID, period: period, policy: policy)
            .filter { $0.resolved && $0.humanInvolved }.suffix(Self.reportLimit)
        var reviews: [QualityReview] = []
        for outcome in outcomes {
            if let review = try? await review(conversationID: outcome.conversationID, workspaceID: workspaceID) {
                reviews.append(review)
            }
        }
        let byAgent = Dictionary(grouping: reviews, by: \.agentID)
        let agents = byAgent.map(Self.averages).sorted {
            $0.total != $1.total ? $0.total > $1.total : $0.conversations > $1.conversations
        }
        return QualityReport(from: period.start, to: period.end, reviewed: reviews.count, agents: agents)
    }

    /// One agent's means over their reviews: the total and each criterion.
    static func averages(agentID: UUID?, reviews: [QualityReview]) -> AgentQuality {
        var criteria: [String: Double] = [:]
        for criterion in QualityRubric.Criterion.allCases.map(\.rawValue) {
            let values: [Double] = reviews.compactMap { $0.scores[criterion] }
            if !values.isEmpty { criteria[criterion] = values.reduce(0, +) / Double(values.count) }
        }
        let totals: [Double] = reviews.map(\.total)
        let total = totals.reduce(0, +) / Double(max(totals.count, 1))
        return AgentQuality(agentID: agentID, conversations: reviews.count, total: total, criteria: criteria)
    }
}
