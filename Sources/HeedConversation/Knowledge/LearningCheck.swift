import Foundation
import HeedCore
import HeedKnowledge

/// What teaching an article one more question would do, measured before it goes live: whether the question then
/// finds the article first, and which of the questions the knowledge base already answers right (every article's
/// title and learned questions) would stop finding their article first.
public struct LearningCheck: Sendable, Hashable, Codable {
    /// A question that found its article first before the change and another one after it.
    public struct Regression: Sendable, Hashable, Codable {
        public var question: String
        public var articleID: String
        public var nowFirst: String?

        enum CodingKeys: String, CodingKey {
            case question
            case articleID = "article_id"
            case nowFirst = "now_first"
        }
    }

    /// The learned question finds the article first after the change.
    public var fixes: Bool
    /// The article the question found first before the change (nil: none).
    public var before: String?
    /// The questions checked for regressions.
    public var checked: Int
    public var regressions: [Regression]

    /// Safe to go live: it fixes the question and breaks none.
    public var passes: Bool { fixes && regressions.isEmpty }

    enum CodingKeys: String, CodingKey {
        case fixes, before, checked, regressions, passes
    }

    public init(fixes: Bool, before: String?, checked: Int, regressions: [Regression]) {
        self.fixes = fixes
        self.before = before
        self.checked = checked
        self.regressions = regressions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fixes = try c.decode(Bool.self, forKey: .fixes)
        before = try c.decodeIfPresent(String.self, forKey: .before)
        checked = try c.decode(Int.self, forKey: .checked)
        regressions = try c.decode([Regression].self, forKey: .regressions)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fixes, forKey: .fixes)
        try c.encode(before, forKey: .before)
        try c.encode(checked, forKey: .checked)
        try c.encode(regressions, forKey: .regressions)
        try c.encode(passes, forKey: .passes)
    }
}

extension WorkspaceKnowledge {
    /// Measures adding `question` to the article `articleID` on a copy of the index (the live one is untouched):
    /// the question itself, and every customer-visible article's title and learned questions as a regression set.
    public func checkLearning(_ question: String, articleID: UUID, workspaceID: UUID) -> LearningCheck {
        let workspace = workspaceID.uuidString
        let current = index.withLock { $0 }
        var changed = current
        changed.addLearnedQuestions([question], documentID: articleID.uuidString, workspaceID: workspace)
        let encoder = activeEncoder
        func first(_ text: String, in index: KnowledgeIndex, embedding: [Float]?) -> String? {
            let query = KnowledgeQuery(
                text: text, workspaceID: workspace, audience: .customer, limit: 10, oneResultPerDocument: true,
                embedding: embedding)
            let hits = Self.confirmingLearnedQuestions(index.search(query), question: text, in: index)
            return Self.byCoverage(hits, limit: 1).first?.passage.documentID
        }
        let known = current.documents(workspaceID: workspace).filter { $0.visibility == .public }
            .flatMap { document in ([document.title] + document.learnedQuestions).map { ($0, document.id) } }
        var regressions: [LearningCheck.Regression] = []
        for (text, expected) in known {
            let embedding = encoder?.embedQuery(text)
            guard first(text, in: current, embedding: embedding) == expected else { continue }
            let now = first(text, in: changed, embedding: embedding)
            if now != expected {
                regressions.append(.init(question: text, articleID: expected, nowFirst: now))
            }
        }
        let embedding = encoder?.embedQuery(question)
        return LearningCheck(
            fixes: first(question, in: changed, embedding: embedding) == articleID.uuidString,
            before: first(question, in: current, embedding: embedding), checked: known.count,
            regressions: regressions)
    }
}
