import Foundation

/// Who may see a knowledge article.
public enum ArticleVisibility: String, Sendable, Codable, Hashable, CaseIterable {
    /// Customers and the AI agent's answers.
    case `public`
    /// Agents only; never shown to customers.
    case `internal`
}

/// A piece of the company's knowledge the AI answers from.
public struct Article: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The id the article has in its source (a file name, a help-centre id), unique in the workspace when set.
    public var externalID: String?
    public var title: String
    public var body: String
    /// ISO 639-1 code.
    public var language: String
    public var tags: [String]
    public var visibility: ArticleVisibility
    public var sourceURL: String?
    /// Alternate phrasings of the question this article answers.
    public var learnedQuestions: [String]
    /// Where an imported article came from (a file path, or `api:<source>/<path>`); re-imports of that source
    /// remove articles that are gone from it.
    public var source: String?
    /// Increases by one on every change.
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, externalID: String? = nil, title: String, body: String,
        language: String, tags: [String] = [], visibility: ArticleVisibility = .public, sourceURL: String? = nil,
        learnedQuestions: [String] = [], version: Int = 1, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.externalID = externalID
        self.title = title
        self.body = body
        self.language = language
        self.tags = tags
        self.visibility = visibility
        self.sourceURL = sourceURL
        self.learnedQuestions = learnedQuestions
        self.source = nil
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, title, body, language, tags, visibility, version
        case workspaceID = "workspace_id"
        case externalID = "external_id"
        case sourceURL = "source_url"
        case learnedQuestions = "learned_questions"
        case source
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }


    /// Encodes every field, absent optionals as explicit nulls, so API clients see the whole shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(title, forKey: .title)
        try c.encode(body, forKey: .body)
        try c.encode(language, forKey: .language)
        try c.encode(tags, forKey: .tags)
        try c.encode(visibility, forKey: .visibility)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(learnedQuestions, forKey: .learnedQuestions)
        try c.encode(source, forKey: .source)
        try c.encode(version, forKey: .version)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
