import Foundation

/// What reading a set of files and folders produced.
public struct KnowledgeLoadResult: Sendable {
    /// Every document found, in path order.
    public var documents: [KnowledgeDocument]
    /// The absolute paths that were imported (folders and files); a re-import removes documents from these
    /// sources that are no longer present.
    public var scopes: [String]
    /// Files inside folders that were skipped because their format is not supported.
    public var skippedFiles: [String]
}

/// Turns files into ``KnowledgeDocument``s: Markdown (`.md`, `.markdown`), HTML (`.html`, `.htm`), plain text
/// (`.txt`), FAQ CSV (`.csv`) and FAQ JSON Lines (`.jsonl`). Folders are read recursively (hidden entries skipped).
/// Either every file parses or an error names the first bad file and line; nothing is returned half-done.
public struct KnowledgeFileLoader: Sendable {
    /// The workspace every loaded document belongs to.
    public var workspaceID: String
    /// Language for documents that do not state one (and that `detectLanguage` cannot place).
    public var defaultLanguage: String
    /// Visibility for documents that do not state one.
    public var defaultVisibility: KnowledgeVisibility
    /// Optional language identification for documents without a `language` field.
    public var detectLanguage: (@Sendable (String) -> String?)?

    /// Creates a loader for one workspace.
    public init(
        workspaceID: String, defaultLanguage: String = "en", defaultVisibility: KnowledgeVisibility = .public,
        detectLanguage: (@Sendable (String) -> String?)? = nil
    ) {
        self.workspaceID = workspaceID
        self.defaultLanguage = defaultLanguage
        self.defaultVisibility = defaultVisibility
        self.detectLanguage = detectLanguage
    }

    static let articleExtensions: Set<String> = ["md", "markdown", "html", "htm", "txt"]
    static let faqExtensions: Set<String> = ["csv", "jsonl"]

    /// Loads files and folders. `progress` is called after each file with (files done, files total).
    public func load(paths: [String], progress: (Int, Int) -> Void = { _, _ in }) throws(KnowledgeImportError) -> KnowledgeLoadResult {
        var files: [(path: String, idBase: String)] = []
        var scopes: [String] = []
        var skipped: [String] = []
        for path in paths {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            scopes.append(absolute)
            if isDirectory.boolValue {
                let (found, ignored) = try filesInFolder(absolute)
                files += found.map { ($0, Self.relativeID(of: $0, under: absolute)) }
                skipped += ignored
            } else {
                guard Self.isSupported(absolute) else { throw .unsupportedFormat(path: path) }
                files.append((absolute, Self.stripExtension((absolute as NSString).lastPathComponent)))
            }
        }
        var documents: [KnowledgeDocument] = []
        var seen: [String: String] = [:]
        for (done, file) in files.enumerated() {
            let text: String
            do {
                text = try String(contentsOfFile: file.path, encoding: .utf8)
            } catch {
                throw .unreadable(path: file.path, reason: "not readable as UTF-8 text")
            }
            for document in try self.documents(fromFile: file.path, contents: text, idBase: file.idBase) {
                if let first = seen[document.id] {
                    throw .duplicateDocumentID(id: document.id, firstPath: first, secondPath: file.path)
                }
                seen[document.id] = file.path
                documents.append(document)
            }
            progress(done + 1, files.count)
        }
        return KnowledgeLoadResult(documents: documents, scopes: scopes, skippedFiles: skipped)
    }

    /// Parses one file's `contents` (pure: no file access). `idBase` is the id used when the file names none
    /// (for FAQ files, the prefix of generated entry ids).
    public func documents(fromFile path: String, contents: String, idBase: String) throws(KnowledgeImportError) -> [KnowledgeDocument] {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        switch fileExtension {
        case "csv": return try faqDocuments(FAQFileParser.parseCSV(contents, path: path), path: path, idBase: idBase)
        case "jsonl": return try faqDocuments(FAQFileParser.parseJSONLines(contents, path: path), path: path, idBase: idBase)
        case "md", "markdown": return [try article(MarkdownArticleParser.parse(contents, path: path), path: path, idBase: idBase)]
        case "html", "htm": return [try article(HTMLArticleParser.parse(contents, path: path), path: path, idBase: idBase)]
        case "txt": return [try article(PlainTextArticleParser.parse(contents), path: path, idBase: idBase)]
        default: throw .unsupportedFormat(path: path)
        }
    }

    private func article(_ parsed: ParsedArticle, path: String, idBase: String) throws(KnowledgeImportError) -> KnowledgeDocument {
        let fields = parsed.metadata
        let title = (fields["title"] ?? parsed.title)?.trimmingWhitespace()
        guard !parsed.body.trimmingWhitespace().isEmpty || !(title ?? "").isEmpty else {
            throw .malformedFile(path: path, line: nil, reason: "the article has no text")
        }
        let visibility = try visibility(fields["visibility"], path: path)
        let id = fields["id"]?.trimmingWhitespace() ?? idBase
        guard !id.isEmpty else { throw .malformedFile(path: path, line: nil, reason: "empty id") }
        return KnowledgeDocument(
            id: id, workspaceID: workspaceID, title: title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.humanTitle(idBase),
            body: parsed.body, language: language(fields["language"] ?? fields["lang"], text: parsed.body),
            tags: fields["tags"].map(FrontMatter.list) ?? [], visibility: visibility,
            sourceURL: fields["source_url"] ?? fields["url"], kind: .article, sourcePath: path)
    }

    private func faqDocuments(_ entries: [FAQEntry], path: String, idBase: String) throws(KnowledgeImportError) -> [KnowledgeDocument] {
        var documents: [KnowledgeDocument] = []
        for entry in entries {
            let visibility: KnowledgeVisibility
            do { visibility = try self.visibility(entry.metadata["visibility"], path: path) } catch {
                throw .malformedFile(path: path, line: entry.line, reason: "visibility must be \"public\" or \"internal\"")
            }
            let id = entry.id ?? "\(idBase)/\(String(StableHasher.hash(entry.question), radix: 16))"
            documents.append(KnowledgeDocument(
                id: id, workspaceID: workspaceID, title: entry.question, body: entry.answer,
                language: language(entry.metadata["language"], text: entry.question + " " + entry.answer),
                tags: entry.metadata["tags"].map(FrontMatter.list) ?? [], visibility: visibility,
                sourceURL: entry.metadata["source_url"], kind: .faq, sourcePath: path))
        }
        return documents
    }

    private func visibility(_ value: String?, path: String) throws(KnowledgeImportError) -> KnowledgeVisibility {
        guard let value else { return defaultVisibility }
        switch value.trimmingWhitespace().lowercased() {
        case "public", "customer", "external": return .public
        case "internal", "private", "staff", "agent", "agents": return .internal
        default: throw .malformedFile(path: path, line: nil, reason: "visibility must be \"public\" or \"internal\", not \"\(value)\"")
        }
    }

    private func language(_ value: String?, text: String) -> String {
        if let value, !value.trimmingWhitespace().isEmpty {
            return String(value.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        }
        return detectLanguage?(text) ?? defaultLanguage
    }

    private func filesInFolder(_ folder: String) throws(KnowledgeImportError) -> (files: [String], skipped: [String]) {
        guard let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw .unreadable(path: folder, reason: "cannot list the folder") }
        var files: [String] = []
        var skipped: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if Self.isSupported(path) { files.append(path) } else { skipped.append(path) }
        }
        return (files.sorted(), skipped.sorted())
    }

    static func isSupported(_ path: String) -> Bool {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        return articleExtensions.contains(fileExtension) || faqExtensions.contains(fileExtension)
    }

    static func relativeID(of path: String, under folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : (path as NSString).lastPathComponent
        return stripExtension(relative)
    }

    static func stripExtension(_ name: String) -> String { (name as NSString).deletingPathExtension }

    static func humanTitle(_ id: String) -> String {
        let last = id.split(separator: "/").last.map(String.init) ?? id
        let words = last.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// Reads a plain-text article: the first line is the title when followed by a blank line.
public enum PlainTextArticleParser {
    /// Parses plain text.
    public static func parse(_ text: String) -> ParsedArticle {
        let lines = MarkdownArticleParser.normalizedNewlines(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstContent = lines.firstIndex { !$0.trimmingWhitespace().isEmpty }
        if let first = firstContent, first + 1 < lines.count, lines[first + 1].trimmingWhitespace().isEmpty,
           lines[first].count <= 120
        {
            return ParsedArticle(
                title: lines[first].trimmingWhitespace(),
                body: MarkdownArticleParser.collapseBlankLines(Array(lines[(first + 1)...])))
        }
        return ParsedArticle(title: nil, body: MarkdownArticleParser.collapseBlankLines(lines))
    }
}
