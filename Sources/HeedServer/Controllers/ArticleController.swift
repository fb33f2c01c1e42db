import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import Hummingbird

/// `/api/v1/articles`: the knowledge base.
struct ArticleController: RecordsController {
    let store: any SupportStore
    let knowledge: WorkspaceKnowledge
    let importer: ArticleImporter
    /// Tells the other nodes which article changed.
    let cacheChanges: CacheChanges
    /// The language model messages are analysed with, to tell an imported document's language.
    let languageIdentifier: LanguageIdentifier
    let clock: any WallClock
    let body: JSONBodyReader

    static let maxBodyLength = 200_000

    /// Detects a document's language, when confident.
    var detectLanguage: @Sendable (String) -> String? {
        { [languageIdentifier] text in
            let guess = languageIdentifier.identify(String(text.prefix(2_000)))
            return guess.isUnknown || guess.confidence < 0.5 ? nil : guess.code
        }
    }

    /// The routes any signed-in caller may use (all of them).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("articles", use: list)
        routes.post("articles", use: create)
        routes.post("articles/import", use: importFiles)
        routes.get("articles/:id", use: show)
        routes.patch("articles/:id", use: update)
        routes.delete("articles/:id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        let filter = ArticleFilter(
            language: try request.uri.queryParameters.get("language").map { try Validate.language($0) },
            visibility: try request.queryEnum("visibility", as: ArticleVisibility.self))
        return try JSONResponse.page(
            try await store.read {
                try await $0.articles(workspaceID: context.principal.workspaceID, filter: filter, page: page)
            })
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(CreateArticleRequest.self, from: request)
        let now = clock.now()
        let article = Article(
            workspaceID: principal.workspaceID,
            externalID: try Validate.optionalText(input.externalID, field: "external_id", maxLength: 200),
            title: try Validate.text(input.title, field: "title", maxLength: 300),
            body: try Validate.text(input.body, field: "body", maxLength: Self.maxBodyLength),
            language: try Validate.language(input.language),
            tags: try Validate.tags(input.tags ?? []),
            visibility: input.visibility ?? .public,
            sourceURL: try Validate.optionalText(input.sourceURL, field: "source_url", maxLength: 2000),
            learnedQuestions: try (input.learnedQuestions ?? []).map {
                try Validate.text($0, field: "learned_questions", maxLength: 500)
            },
            createdAt: now)
        try await store.write { writer in
            try await writer.insert(article)
            try await writer.insert(
                principal.auditEvent("article.created", subjectType: "article", subjectID: article.id, at: now))
        }
        knowledge.upsert([article])
        await cacheChanges.announce(.article, workspaceID: principal.workspaceID, subjectID: article.id)
        return try JSONResponse.make(article, status: .created)
    }

    /// Imports a set of files as articles of the source `source`; with `remove_missing` (the default), articles
    /// of that source whose file is gone are removed.
    @Sendable func importFiles(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(ArticleImportRequest.self, from: request)
        let source = try Validate.text(input.source, field: "source", maxLength: 200)
        guard !input.files.isEmpty else { throw HeedError.invalidField("files", "must not be empty") }
        let language = try input.language.map { try Validate.language($0) }
        let loader = KnowledgeFileLoader(
            workspaceID: principal.workspaceID.uuidString, defaultLanguage: language ?? "en",
            detectLanguage: language == nil ? detectLanguage : nil)
        let documents = try Self.documents(of: input.files, source: source, loader: loader)
        let summary = try await importer.importDocuments(
            documents, scopes: input.removeMissing == false ? [] : ["api:\(source)"], workspaceID: principal.workspaceID,
            actor: principal.actor)
        return try JSONResponse.make(summary)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await records.show("Article", context: context) { try await $0.article(id: $1, workspaceID: $2) }
    }

    @Sendable func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Article")
        let input = try await body.decode(UpdateArticleRequest.self, from: request)
        let title = try input.title.map { try Validate.text($0, field: "title", maxLength: 300) }
        let text = try input.body.map { try Validate.text($0, field: "body", maxLength: Self.maxBodyLength) }
        let language = try input.language.map { try Validate.language($0) }
        let tags = try input.tags.map { try Validate.tags($0) }
        let questions = try input.learnedQuestions.map {
            try $0.map { try Validate.text($0, field: "learned_questions", maxLength: 500) }
        }
        let updated = try await records.update(
            "Article", id: id, by: context.principal, at: clock.now(), audit: "article.updated", subjectType: "article",
            load: { try await $0.article(id: $1, workspaceID: $2) }, save: { try await $0.update($1) }
        ) { article, _ in
            if let title { article.title = title }
            if let text { article.body = text }
            if let language { article.language = language }
            if let tags { article.tags = tags }
            if let visibility = input.visibility { article.visibility = visibility }
            switch input.sourceURL {
            case .absent: break
            case .null: article.sourceURL = nil
            case .value(let url):
                article.sourceURL = try Validate.optionalText(url, field: "source_url", maxLength: 2000)
            }
            if let questions { article.learnedQuestions = questions }
            article.version += 1
        }
        knowledge.upsert([updated])
        await cacheChanges.announce(.article, workspaceID: context.principal.workspaceID, subjectID: updated.id)
        return try JSONResponse.make(updated)
    }

    @Sendable func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try await records.delete("Article", subjectType: "article", action: "article.deleted", context: context) {
            try await $0.deleteArticle(id: $1, workspaceID: $2)
        }
        knowledge.remove(articleID: id, workspaceID: context.principal.workspaceID)
        await cacheChanges.announce(.articleRemoved, workspaceID: context.principal.workspaceID, subjectID: id)
        return JSONResponse.noContent()
    }

    /// Every file's documents, all parsed before anything is stored: one bad file imports nothing. Two files that
    /// give the same article id are refused too.
    private static func documents(
        of files: [ArticleImportRequest.File], source: String, loader: KnowledgeFileLoader
    ) throws -> [KnowledgeDocument] {
        var documents: [KnowledgeDocument] = []
        for file in files {
            let path = try Validate.text(file.path, field: "files.path", maxLength: 500)
            let sourcePath = "api:\(source)/\(path)"
            do {
                let idBase = (path as NSString).deletingPathExtension
                documents += try loader.documents(fromFile: sourcePath, contents: file.content, idBase: idBase)
            } catch {
                throw HeedError(.unprocessable, code: .invalidFile, message: String(describing: error))
            }
        }
        let duplicates = Dictionary(grouping: documents, by: \.id).filter { $0.value.count > 1 }.keys
        if let duplicate = duplicates.first {
            throw HeedError(.unprocessable, code: .invalidFile, message: "Two files give article id '\(duplicate)'.")
        }
        return documents
    }
}
