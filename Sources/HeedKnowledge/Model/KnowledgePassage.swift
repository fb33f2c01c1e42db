/// A retrievable piece of a document: a section or a few paragraphs, small enough to quote.
public struct KnowledgePassage: Sendable, Codable, Hashable, Identifiable {
    /// `"<documentID>#<position>"`.
    public var id: String
    public var documentID: String
    public var workspaceID: String
    /// The document's title.
    public var title: String
    /// The nearest heading above the passage, if any.
    public var heading: String?
    public var text: String
    /// Zero-based position of the passage inside its document.
    public var position: Int
    public var language: String
    public var visibility: KnowledgeVisibility
    public var sourceURL: String?

    /// Creates a passage.
    public init(
        documentID: String, workspaceID: String, title: String, heading: String?, text: String, position: Int,
        language: String, visibility: KnowledgeVisibility, sourceURL: String?
    ) {
        self.id = "\(documentID)#\(position)"
        self.documentID = documentID
        self.workspaceID = workspaceID
        self.title = title
        self.heading = heading
        self.text = text
        self.position = position
        self.language = language
        self.visibility = visibility
        self.sourceURL = sourceURL
    }
}

/// Who is asking for knowledge. Customer-facing retrieval never sees internal documents.
public enum RetrievalAudience: String, Sendable, Codable, Hashable {
    /// A customer (or an answer that will be shown to one): public documents only.
    case customer
    /// A member of staff (agent assist): public and internal documents.
    case staff

    /// Whether this audience may read a document of the given visibility.
    public func canRead(_ visibility: KnowledgeVisibility) -> Bool {
        switch self {
        case .customer: visibility == .public
        case .staff: true
        }
    }
}
