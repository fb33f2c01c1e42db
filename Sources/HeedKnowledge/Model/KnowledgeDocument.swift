/// Who may read a document: everyone, or only the company's own staff.
public enum KnowledgeVisibility: String, Sendable, Codable, Hashable, CaseIterable {
    /// Shown to customers and agents.
    case `public`
    /// Shown to agents only; never returned to customer-facing retrieval.
    case `internal`
}

/// What a document is made of: a written article or a question/answer pair.
public enum KnowledgeDocumentKind: String, Sendable, Codable, Hashable {
    case article
    case faq
}

/// One article or FAQ entry the company knows, in one workspace and one language.
public struct KnowledgeDocument: Sendable, Codable, Hashable, Identifiable {
    /// Stable identifier inside the workspace (from front matter, the FAQ file, or the file's relative path).
    public var id: String
    public var workspaceID: String
    public var title: String
    /// Plain text; section headings are kept as Markdown heading lines (`## Heading`) so passages can follow them.
    public var body: String
    /// BCP 47 primary language code, e.g. `en`, `vi`, `ms`, `lv`.
    public var language: String
    public var tags: [String]
    public var visibility: KnowledgeVisibility
    public var sourceURL: String?
    /// Alternate phrasings customers used for this entry; indexed as extra questions to improve retrieval.
    public var learnedQuestions: [String]
    /// Incremented each time a re-import changes the content.
    public var version: Int
    public var kind: KnowledgeDocumentKind
    /// The file the document was imported from (absolute path), used to find documents that disappeared.
    public var sourcePath: String?

    /// Creates a document; all fields are plain values.
    public init(
        id: String, workspaceID: String, title: String, body: String, language: String = "en",
        tags: [String] = [], visibility: KnowledgeVisibility = .public, sourceURL: String? = nil,
        learnedQuestions: [String] = [], version: Int = 1, kind: KnowledgeDocumentKind = .article,
        sourcePath: String? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.title = title
        self.body = body
        self.language = language
        self.tags = tags
        self.visibility = visibility
        self.sourceURL = sourceURL
        self.learnedQuestions = learnedQuestions
        self.version = version
        self.kind = kind
        self.sourcePath = sourcePath
    }

    /// A fingerprint of the content a customer would see (not the version, learned questions or source path);
    /// a re-import treats a document as changed when this differs.
    public var contentFingerprint: UInt64 {
        var hasher = StableHasher()
        for part in [title, body, language, tags.joined(separator: "\u{1F}"), visibility.rawValue, sourceURL ?? "", kind.rawValue] {
            hasher.combine(part)
        }
        return hasher.value
    }
}

/// FNV-1a 64-bit: stable across processes (unlike `Hasher`), so fingerprints can be persisted.
struct StableHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= 0xFF
        value = value &* 0x0000_0100_0000_01B3
    }

    static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.value
    }
}
