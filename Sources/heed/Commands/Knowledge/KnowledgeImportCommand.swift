import ArgumentParser
import Foundation
import HeedKnowledge
import HeedLanguage

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
        let loader = KnowledgeFileLoader(workspaceID: base.workspace, defaultLanguage: language ?? "en", detectLanguage: detectLanguage)
        var reading: TerminalProgress?
        let loaded: KnowledgeLoadResult
        do {
            loaded = try loader.load(paths: paths) { done, total in
                if reading == nil { reading = TerminalProgress(label: "reading", total: total) }
                reading?.update(done, detail: "\(done)/\(total) files")
            }
        } catch {
            reading?.finish()
            throw KnowledgeCommandError(message: error.description)
        }
        reading?.finish("\(loaded.documents.count) documents")
        var knowledge = try LocalKnowledgeBase(dataDirectory: base.dataDirectory)
        let plan = KnowledgeImporter.plan(
            incoming: loaded.documents, existing: knowledge.index.documents(workspaceID: base.workspace), scopes: loaded.scopes)
        let changes = plan.added + plan.updated
        let indexing = TerminalProgress(label: "indexing", total: changes.count + plan.removed.count)
        for id in plan.removed { knowledge.index.remove(documentID: id, workspaceID: base.workspace) }
        for (done, document) in changes.enumerated() {
            knowledge.index.upsert(document)
            indexing.update(plan.removed.count + done + 1, detail: document.id)
        }
        indexing.finish()
        try knowledge.save()
        let summary: [String: Any] = [
            "added": plan.added.count, "updated": plan.updated.count, "unchanged": plan.unchanged.count,
            "removed": plan.removed.count, "skipped_files": loaded.skippedFiles.count,
            "documents": knowledge.index.documents(workspaceID: base.workspace).count,
            "passages": knowledge.index.passageCount,
        ]
        if json {
            try printJSON(summary)
        } else {
            print("added \(plan.added.count), updated \(plan.updated.count), unchanged \(plan.unchanged.count), removed \(plan.removed.count); \(summary["documents"]!) documents, \(summary["passages"]!) passages in workspace \(base.workspace)")
            for file in loaded.skippedFiles { printError("skipped (unsupported format): \(file)") }
        }
    }
}
