import Foundation
import HeedCore
import HeedKnowledge
import HeedStore

/// What an import changed.
public struct ArticleImportSummary: Sendable, Encodable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
}

/// Imports knowledge documents (parsed from Markdown, HTML, text or FAQ files) into a workspace's articles, in one
/// transaction: new ones are added, changed ones updated (version + 1, learned questions kept), and ones gone from
/// the imported sources removed. Used by `heed kb import` and `POST /api/v1/articles/import`.
public struct ArticleImporter: Sendable {
    let store: any SupportStore
    let knowledge: WorkspaceKnowledge?
    /// Tells the other nodes to reload the workspace's knowledge after an import changed it.
    let cacheChanges: CacheChanges?
    let clock: any WallClock

    public init(
        store: any SupportStore, knowledge: WorkspaceKnowledge?, cacheChanges: CacheChanges? = nil, clock: any WallClock
    ) {
        self.store = store
        self.knowledge = knowledge
        self.cacheChanges = cacheChanges
        self.clock = clock
    }

    public func importDocuments(_ documents: [KnowledgeDocument], scopes: [String], workspaceID: UUID, actor: Actor)
        async throws -> ArticleImportSummary
    {
        let now = clock.now()
        let (summary, changed, removed) = try await store.write { writer in
            let existing = try await Self.allArticles(workspaceID: workspaceID, reader: writer)
            let byExternalID = Dictionary(
                existing.compactMap { article in article.externalID.map { ($0, article) } }, uniquingKeysWith: { a, _ in a })
            let plan = KnowledgeImporter.plan(
                incoming: documents, existing: byExternalID.values.map(Self.document), scopes: scopes)
            var changed: [Article] = []
            for document in plan.added {
                var article = Self.article(document, workspaceID: workspaceID, now: now)
                article.version = 1
                try await writer.insert(article)
                changed.append(article)
            }
            for document in plan.updated {
                guard var article = byExternalID[document.id] else { continue }
                let fresh = Self.article(document, workspaceID: workspaceID, now: now)
                article.title = fresh.title
                article.body = fresh.body
                article.language = fresh.language
                article.tags = fresh.tags
                article.visibility = fresh.visibility
                article.sourceURL = fresh.sourceURL
                article.learnedQuestions = fresh.learnedQuestions
                article.source = fresh.source
                article.version += 1
                article.updatedAt = now
                try await writer.update(article)
                changed.append(article)
            }
            var removed: [UUID] = []
            for externalID in plan.removed {
                guard let article = byExternalID[externalID] else { continue }
                try await writer.deleteArticle(id: article.id, workspaceID: workspaceID)
                removed.append(article.id)
            }
            let summary = ArticleImportSummary(
                added: plan.added.count, updated: plan.updated.count, unchanged: plan.unchanged.count,
                removed: removed.count)
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspaceID, actor: actor, action: "articles.imported", subjectType: "workspace",
                    subjectID: workspaceID,
                    details: [
                        "added": .number(Double(summary.added)), "updated": .number(Double(summary.updated)),
                        "removed": .number(Double(summary.removed)), "scopes": .array(scopes.map(JSONValue.string)),
                    ],
                    createdAt: now))
            return (summary, changed, removed)
        }
        knowledge?.upsert(changed)
        for id in removed { knowledge?.remove(articleID: id, workspaceID: workspaceID) }
        if !changed.isEmpty || !removed.isEmpty {
            await cacheChanges?.announce(.knowledge, workspaceID: workspaceID)
        }
        return summary
    }

    /// Every article of a workspace, all pages.
    public static func allArticles(workspaceID: UUID, reader: any StoreReader) async throws -> [Article] {
        var articles: [Article] = []
        var cursor: String?
        repeat {
            let page = try await reader.articles(
                workspaceID: workspaceID, filter: ArticleFilter(), page: PageRequest(cursor: cursor, limit: PageRequest.maximumLimit))
            articles += page.items
            cursor = page.nextCursor
        } while cursor != nil
        return articles
    }

    /// An article as the import planner sees it: keyed by its external id, with its source.
    static func document(_ article: Article) -> KnowledgeDocument {
        KnowledgeDocument(
            id: article.externalID ?? article.id.uuidString, workspaceID: article.workspaceID.uuidString,
            title: article.title, body: article.body, language: article.language, tags: article.tags,
            visibility: article.visibility == .internal ? .internal : .public, sourceURL: article.sourceURL,
            learnedQuestions: article.learnedQuestions, version: article.version, sourcePath: article.source)
    }

    /// A new article made from an imported document.
    public static func article(_ document: KnowledgeDocument, workspaceID: UUID, now: Date) -> Article {
        var article = Article(
            workspaceID: workspaceID, externalID: document.id, title: document.title, body: document.body,
            language: document.language, tags: document.tags,
            visibility: document.visibility == .internal ? .internal : .public, sourceURL: document.sourceURL,
            learnedQuestions: document.learnedQuestions, version: document.version, createdAt: now)
        article.source = document.sourcePath
        return article
    }
}
