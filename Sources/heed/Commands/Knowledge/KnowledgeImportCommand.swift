import ArgumentParser
import Foundation
import HeedConversation
import HeedKnowledge
import HeedCore
import HeedLanguage
import HeedServer
import HeedStore

/// `heed kb import PATH…`: reads Markdown, HTML, text and FAQ files (folders recursively) and updates the
/// knowledge base: new documents are added, changed ones updated, ones deleted from the imported sources removed.
struct KnowledgeImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import or re-import files and folders.")

    @Argument(help: "Files or folders (.md, .markdown, .html, .htm, .txt, .csv, .jsonl).")
    var paths: [String]

    @OptionGroup var base: KnowledgeBaseOptions

    @Option(help: "Language of documents that do not state one (default: detected, else en).")
    var language: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        var detectLanguage: (@Sendable (String) -> String?)?
        if language == nil, let identifier = try? LanguageIdentifier.bundled() {
            detectLanguage = { text in
                let guess = identifier.identify(String(text.prefix(2_000)))
                return guess.isUnknown || guess.confidence < 0.5 ? nil : guess.code
            }
        }
        let paths = self.paths
        let detector = detectLanguage
        let defaultLanguage = language ?? "en"
        let summary = try await StoreKnowledgeBase.withWorkspace(base) { store, workspace, logger in
            let loader = KnowledgeFileLoader(
                workspaceID: workspace.id.uuidString, defaultLanguage: defaultLanguage, detectLanguage: detector)
            let loaded: KnowledgeLoadResult
            do {
                let reading = TerminalProgress(label: "reading", total: 100)
                loaded = try loader.load(paths: paths) { done, total in
                    reading.update(done * 100 / max(total, 1), detail: "\(done)/\(total) files")
                }
                reading.finish()
            } catch {
                throw KnowledgeCommandError(message: String(describing: error))
            }
            // Running nodes on the same PostgreSQL hear of the import and reload the workspace's knowledge.
            let cacheChanges = (store.engine as? PostgresEngine).map {
                CacheChanges(bus: PostgresEventBus(engine: $0, logger: logger), clock: SystemWallClock(), logger: logger)
            }
            let importer = ArticleImporter(
                store: store, knowledge: nil, cacheChanges: cacheChanges, clock: SystemWallClock())
            let result = try await importer.importDocuments(
                loaded.documents, scopes: loaded.scopes, workspaceID: workspace.id, actor: .system)
            return (result, loaded.skippedFiles, workspace.name)
        }
        let (result, skipped, workspaceName) = summary
        if json {
            try printJSON([
                "added": result.added, "updated": result.updated, "unchanged": result.unchanged, "removed": result.removed,
                "skipped_files": skipped.count, "workspace": workspaceName,
            ])
        } else {
            print("added \(result.added), updated \(result.updated), unchanged \(result.unchanged), removed \(result.removed) in workspace \(workspaceName)")
            for file in skipped { printError("skipped (unsupported format): \(file)") }
        }
    }
}
