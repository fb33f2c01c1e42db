import ArgumentParser
import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedServer
import HeedStore
import Logging

/// The knowledge commands' view of the store: the chosen workspace and its articles in a retrieval index.
struct StoreKnowledgeBase {
    let workspace: Workspace
    /// The workspace's articles, indexed (and embedded when the encoder is loaded) as the server indexes them.
    let knowledge: WorkspaceKnowledge

    /// Searches like the server does: dense-first with the encoder, else lexical (coverage first, then fusion rank).
    func search(_ text: String, audience: RetrievalAudience, languages: Set<String>?, limit: Int) -> [KnowledgeSearchHit] {
        knowledge.search(text, workspaceID: workspace.id, audience: audience, languages: languages, limit: limit)
    }

    /// Which ranking answered: `dense` with the encoder, else `lexical`.
    var retrieval: String { knowledge.isDense ? "dense" : "lexical" }

    /// The workspace's id as the index knows it.
    var workspaceKey: String { workspace.id.uuidString }

    /// Opens the store, finds the workspace, and runs `body`.
    static func withWorkspace<T: Sendable>(
        _ options: KnowledgeBaseOptions, _ body: @Sendable (SQLSupportStore, Workspace, Logger) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "heed.kb")
        logger.logLevel = try options.store.resolvedLogLevel() == .info ? .warning : options.store.resolvedLogLevel()
        let location = try DatabaseLocation.resolve(
            databaseURL: options.store.resolvedDatabaseURL, dataDirectory: options.store.resolvedDataDirectory)
        let requested = options.workspace
        let loggerCopy = logger
        return try await StoreOpener.withStore(location, logger: logger) { store in
            let workspace = try await resolve(requested, store: store)
            return try await body(store, workspace, loggerCopy)
        }
    }

    /// Loads the workspace's articles into an index, embedding their passages when the sentence encoder's weights
    /// are installed (unless `--lexical`), so results match what the server would answer from.
    static func load(_ options: KnowledgeBaseOptions) async throws -> StoreKnowledgeBase {
        let encoder = options.lexical ? nil : loadEncoderIfInstalled()
        return try await withWorkspace(options) { store, workspace, _ in
            let articles = try await store.read { try await ArticleImporter.allArticles(workspaceID: workspace.id, reader: $0) }
            let knowledge = WorkspaceKnowledge(
                assistant: KnowledgeAssistant(logger: Logger(label: "heed.kb")), encoder: encoder)
            knowledge.upsert(articles)
            return StoreKnowledgeBase(workspace: workspace, knowledge: knowledge)
        }
    }

    /// The pretrained encoder when its weights are installed; otherwise `nil`, with one line on stderr saying so.
    private static func loadEncoderIfInstalled() -> PassageEncoder? {
        let outcome = SentenceEncoderLocation.load(threads: ProcessInfo.processInfo.activeProcessorCount)
        if outcome.encoder == nil { printError("lexical retrieval: \(outcome.summary)") }
        return outcome.encoder.map(PassageEncoder.init)
    }

    static func resolve(_ requested: String?, store: SQLSupportStore) async throws -> Workspace {
        if let requested {
            let found = try await store.read { reader -> Workspace? in
                if let id = UUID(uuidString: requested), let workspace = try await reader.workspace(id: id) { return workspace }
                return try await reader.workspace(publicKey: requested)
            }
            guard let found else { throw ValidationError("No workspace with id or public key '\(requested)'.") }
            return found
        }
        let ids = try await store.read { try await $0.workspaceIDs() }
        if ids.count == 1, let only = try await store.read({ try await $0.workspace(id: ids[0]) }) { return only }
        if let demo = try await store.read({ try await $0.workspace(publicKey: DemoSeeder.publicKey) }) { return demo }
        throw ValidationError(
            ids.isEmpty
                ? "The store has no workspace yet: run `heed serve --demo` or create one through the API."
                : "The store has \(ids.count) workspaces: name one with --workspace ID_OR_PUBLIC_KEY.")
    }
}
