import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import Synchronization

/// Every workspace's knowledge base, kept in a hybrid retrieval index in step with the stored articles, and the
/// assistant that answers from it. Thread-safe; one per server.
public final class WorkspaceKnowledge: Sendable {
    let index: Mutex<KnowledgeIndex>
    /// Routing topics per indexed article id: its external id's stem and its tags.
    private let topicsByArticle = Mutex<[String: [String]]>([:])
    /// The answering assistant (embedded engine by default, an OpenAI-compatible provider when configured).
    public let assistant: KnowledgeAssistant
    /// Assistants of workspaces that configured their own model provider.
    private let workspaceAssistants = Mutex<[UUID: KnowledgeAssistant]>([:])
    /// The pretrained sentence encoder, when loaded: passages are embedded as they are indexed and questions as they
    /// are asked, and retrieval is dense-first. Without it retrieval is lexical.
    public let encoder: PassageEncoder?
    /// Retrieved passages as the answer engines may see them: without instructions aimed at an AI.
    public let instructionFreePassages = InstructionFreePassages()
    /// False while dense retrieval waits for the passages to be embedded in the background (see
    /// ``deferDenseRetrieval()``): retrieval stays lexical until ``enableDenseRetrieval(_:)`` has embedded them all.
    private let denseReady = Mutex(true)

    /// - Parameter encoder: the sentence encoder for dense-first retrieval, or `nil` for lexical retrieval only.
    public init(assistant: KnowledgeAssistant, index: KnowledgeIndex = KnowledgeIndex(), encoder: PassageEncoder? = nil) {
        var index = index
        if encoder != nil, index.denseTuning == nil { index.denseTuning = DenseRetrievalTuning() }
        self.assistant = assistant
        self.index = Mutex(index)
        self.encoder = encoder
    }

    /// The encoder while dense retrieval is on.
    var activeEncoder: PassageEncoder? {
        denseReady.withLock { $0 } ? encoder : nil
    }

    /// Whether retrieval is dense-first now.
    public var isDense: Bool { activeEncoder != nil }

    /// Keeps retrieval lexical, without embedding anything, until ``enableDenseRetrieval(_:)``: a server starts
    /// answering at once instead of after embedding every passage.
    public func deferDenseRetrieval() {
        guard encoder != nil else { return }
        denseReady.withLock { $0 = false }
        index.withLock { $0.denseTuning = nil }
    }

    /// Embeds every passage of `articles` into the encoder's cache, without touching the index. Slow, synchronous
    /// CPU work: run it off the cooperative pool.
    public func precomputeEmbeddings(_ articles: [Article]) {
        guard let encoder else { return }
        let splitter = index.withLock { $0.splitter }
        _ = encoder.embed(articles.map(Self.document(for:)).flatMap { splitter.passages(of: $0) })
    }

    /// Re-indexes `articles` — read just now, so edits made while embedding are kept — with their vectors (from the
    /// cache ``precomputeEmbeddings(_:)`` filled) and turns dense-first retrieval on.
    public func enableDenseRetrieval(_ articles: [Article]) {
        guard encoder != nil, !denseReady.withLock({ $0 }) else { return }
        denseReady.withLock { $0 = true }
        upsert(articles)
        index.withLock { $0.denseTuning = $0.denseTuning ?? DenseRetrievalTuning() }
    }

    /// The assistant that answers for a workspace: its own when it configured a provider, else the server's.
    public func assistant(for workspaceID: UUID) -> KnowledgeAssistant {
        workspaceAssistants.withLock { $0[workspaceID] } ?? assistant
    }

    /// Gives a workspace its own assistant, or (nil) returns it to the server's.
    public func useAssistant(_ assistant: KnowledgeAssistant?, for workspaceID: UUID) {
        workspaceAssistants.withLock { $0[workspaceID] = assistant }
    }

    /// The knowledge document for a stored article.
    public static func document(for article: Article) -> KnowledgeDocument {
        KnowledgeDocument(
            id: article.id.uuidString, workspaceID: article.workspaceID.uuidString, title: article.title,
            body: article.body, language: article.language, tags: article.tags,
            visibility: article.visibility == .internal ? .internal : .public, sourceURL: article.sourceURL,
            learnedQuestions: article.learnedQuestions, version: article.version)
    }

    /// Indexes (or re-indexes) articles; with an encoder, their passages are embedded first (outside the lock; the
    /// vectors of passages whose text did not change are reused).
    public func upsert(_ articles: [Article]) {
        let documents = articles.map(Self.document(for:))
        var embeddings: [[[Float]]?] = documents.map { _ in nil }
        if let encoder = activeEncoder {
            let splitter = index.withLock { $0.splitter }
            let passages = documents.map { splitter.passages(of: $0) }
            var vectors = encoder.embed(passages.flatMap { $0 })[...]
            for (offset, documentPassages) in passages.enumerated() {
                embeddings[offset] = Array(vectors.prefix(documentPassages.count))
                vectors = vectors.dropFirst(documentPassages.count)
            }
        }
        index.withLock { index in
            for (document, vectors) in zip(documents, embeddings) { index.upsert(document, embeddings: vectors) }
        }
        topicsByArticle.withLock { topics in
            for article in articles { topics[article.id.uuidString] = Self.topics(of: article) }
        }
    }

    /// The routing topics of an indexed article (e.g. `double_charge`, `billing`).
    public func topics(articleID: String) -> [String] {
        topicsByArticle.withLock { $0[articleID] ?? [] }
    }

    /// An article's topics: its external id without a language suffix (`double-charge-vi` → `double_charge`),
    /// then its tags, normalised to lower-case words joined by underscores.
    static func topics(of article: Article) -> [String] {
        var topics: [String] = []
        if let externalID = article.externalID {
            var stem = externalID.lowercased()
            if let dash = stem.lastIndex(of: "-"), stem[stem.index(after: dash)...].count == 2 {
                stem = String(stem[..<dash])
            }
            topics.append(stem)
        }
        topics += article.tags
        return topics.map { Self.normalizedTopic($0) }.filter { !$0.isEmpty }
    }

    /// Lower-case, words joined by underscores.
    public static func normalizedTopic(_ topic: String) -> String {
        topic.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "_")
    }

    /// Makes the index hold exactly `articles` for a workspace: indexes them and drops its other articles.
    public func replace(workspaceID: UUID, with articles: [Article]) {
        let kept = Set(articles.map(\.id.uuidString))
        let gone = index.withLock { index in
            index.documents(workspaceID: workspaceID.uuidString).map(\.id).filter { !kept.contains($0) }
        }
        for id in gone {
            _ = index.withLock { $0.remove(documentID: id, workspaceID: workspaceID.uuidString) }
            topicsByArticle.withLock { $0[id] = nil }
        }
        upsert(articles)
    }

    /// Removes an article from the index.
    public func remove(articleID: UUID, workspaceID: UUID) {
        _ = index.withLock { $0.remove(documentID: articleID.uuidString, workspaceID: workspaceID.uuidString) }
        topicsByArticle.withLock { $0[articleID.uuidString] = nil }
    }

    /// The whole section `passage` belongs to: the text of its document's passages under the same heading (a long
    /// section is indexed as several passages), in order; the passage's own text when the document is gone.
    public func sectionText(of passage: KnowledgePassage) -> String {
        let siblings = index.withLock { $0.indexedPassages(documentID: passage.documentID, workspaceID: passage.workspaceID) }
            .filter { $0.heading == passage.heading }
        return siblings.isEmpty ? passage.text : siblings.map(\.text).joined(separator: "\n\n")
    }

    /// The languages a workspace has knowledge in.
    public func languages(workspaceID: UUID) -> Set<String> {
        index.withLock { index in
            Set(index.documents(workspaceID: workspaceID.uuidString).map(\.language))
        }
    }

    /// The best passages for `text`, in `languages` when given. With an encoder, `embedding` is the question's
    /// vector (computed here when not given). `market` is the country the customer most likely means when the
    /// question names none (see ``KnowledgeQuery/market``).
    public func search(
        _ text: String, workspaceID: UUID, audience: RetrievalAudience, languages: Set<String>? = nil, limit: Int = 5,
        embedding: [Float]? = nil, market: String? = nil
    ) -> [KnowledgeSearchHit] {
        let query = KnowledgeQuery(
            text: text, workspaceID: workspaceID.uuidString, audience: audience, languages: languages,
            limit: max(limit, 10), oneResultPerDocument: true, embedding: embedding ?? activeEncoder?.embedQuery(text),
            market: market)
        let hits = index.withLock { index in
            Self.confirmingLearnedQuestions(index.search(query), question: text, in: index)
        }
        return Self.byCoverage(hits, limit: limit)
    }

    /// The confidence of a document taught this very question (a learned question, word for word, case and
    /// accents aside): a reviewer confirmed the answer is there, so its passage answers.
    static let learnedQuestionConfidence = 0.9

    /// Raises the hits of documents whose learned questions include `question` to
    /// ``learnedQuestionConfidence``.
    static func confirmingLearnedQuestions(_ hits: [KnowledgeSearchHit], question: String, in index: KnowledgeIndex)
        -> [KnowledgeSearchHit]
    {
        let asked = TextNormalizer.foldedWords(question)
        guard !asked.isEmpty else { return hits }
        return hits.map { hit in
            guard let document = index.document(id: hit.passage.documentID, workspaceID: hit.passage.workspaceID),
                document.learnedQuestions.contains(where: { TextNormalizer.foldedWords($0) == asked })
            else { return hit }
            var raised = hit
            raised.confidence = max(hit.confidence, learnedQuestionConfidence)
            return raised
        }
    }

    /// Rank fusion can put a passage that shares only filler words ("how do I … my order") first; what the customer
    /// is shown must be what covers their question, so hits are ordered by coverage, fusion order among equals.
    static func byCoverage(_ hits: [KnowledgeSearchHit], limit: Int) -> [KnowledgeSearchHit] {
        let ranked = hits.enumerated().sorted { lhs, rhs in
            if abs(lhs.element.confidence - rhs.element.confidence) > 0.05 {
                return lhs.element.confidence > rhs.element.confidence
            }
            return lhs.offset < rhs.offset
        }
        return ranked.prefix(limit).map(\.element)
    }

    /// Retrieves for a customer's question: in the customer's language first, then in any language when that
    /// finds clearly more (a customer may write in a language the knowledge base lacks). `market`: the customer's
    /// country when known; otherwise the country the language is usually spoken in, if only one.
    public func retrieve(_ text: String, workspaceID: UUID, language: String?, market: String? = nil) -> [KnowledgeSearchHit] {
        let embedding = activeEncoder?.embedQuery(text)  // once per turn, for both searches
        let market = market ?? language.flatMap(CountryMentions.market(ofLanguage:))
        let anyLanguage = search(text, workspaceID: workspaceID, audience: .customer, embedding: embedding, market: market)
        guard let language else { return anyLanguage }
        let inLanguage = search(
            text, workspaceID: workspaceID, audience: .customer, languages: [language], embedding: embedding,
            market: market)
        let best = inLanguage.first?.confidence ?? 0
        let bestAny = anyLanguage.first?.confidence ?? 0
        if best + 0.15 >= bestAny && !inLanguage.isEmpty { return inLanguage }
        guard embedding != nil else { return anyLanguage }
        // The encoder's cosines across languages run lower than within one for an equally good match: a passage
        // in another language than the question's is given that difference back.
        return anyLanguage.map { hit in
            var hit = hit
            if hit.passage.language != language { hit.confidence = min(1, hit.confidence + Self.crossLanguageShift) }
            return hit
        }
    }

    /// How much confidence a passage in another language than the question's gets back with the encoder (its
    /// cross-language cosines are about 0.015 lower than same-language ones for the same match).
    static let crossLanguageShift = 0.1
}
