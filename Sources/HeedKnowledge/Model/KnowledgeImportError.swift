/// Why a file could not be imported. Every case names the file (and the line when there is one);
/// an import that throws applies nothing.
public enum KnowledgeImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's content does not follow its format.
    case malformedFile(path: String, line: Int?, reason: String)
    /// The file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The file's extension is not one the importer understands.
    case unsupportedFormat(path: String)
    /// Two entries of the same import share an id.
    case duplicateDocumentID(id: String, firstPath: String, secondPath: String)

    public var description: String {
        switch self {
        case let .malformedFile(path, line?, reason): "\(path):\(line): \(reason)"
        case let .malformedFile(path, nil, reason): "\(path): \(reason)"
        case let .unreadable(path, reason): "\(path): cannot read (\(reason))"
        case let .unsupportedFormat(path):
            "\(path): unsupported format (expected .md, .markdown, .html, .htm, .txt, .csv or .jsonl)"
        case let .duplicateDocumentID(id, first, second): "duplicate document id \"\(id)\" in \(first) and \(second)"
        }
    }
}
