/// The result of reading one article file, before it becomes a ``KnowledgeDocument``.
public struct ParsedArticle: Sendable, Hashable {
    /// The title from front matter, `<title>` or the first top-level heading, if any.
    public var title: String?
    /// Plain text with headings as Markdown heading lines.
    public var body: String
    /// Front-matter fields (lower-cased keys): `id`, `title`, `language`, `tags`, `visibility`, `source_url`, ….
    public var metadata: [String: String]

    /// Creates a parsed article.
    public init(title: String?, body: String, metadata: [String: String] = [:]) {
        self.title = title
        self.body = body
        self.metadata = metadata
    }
}
