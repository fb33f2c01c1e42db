import Foundation

/// One question/answer pair read from an FAQ file.
public struct FAQEntry: Sendable, Hashable {
    /// The id given in the file, if any.
    public var id: String?
    public var question: String
    public var answer: String
    /// Optional per-entry fields: `language`, `tags`, `visibility`, `source_url`.
    public var metadata: [String: String]
    /// The line the entry starts on.
    public var line: Int

    /// Creates an entry.
    public init(id: String?, question: String, answer: String, metadata: [String: String] = [:], line: Int) {
        self.id = id
        self.question = question
        self.answer = answer
        self.metadata = metadata
        self.line = line
    }
}

/// Reads FAQ files: CSV with a `question,answer` header (RFC 4180 quoting; optional `id`, `language`, `tags`,
/// `visibility`, `source_url` columns), or JSON Lines of `{"id", "question", "answer"}` objects.
public enum FAQFileParser {
    private static let optionalColumns = ["id", "language", "tags", "visibility", "source_url"]

    /// Parses a CSV FAQ file.
    public static func parseCSV(_ text: String, path: String) throws(KnowledgeImportError) -> [FAQEntry] {
        let records = try CSVReader.records(in: text, path: path)
        guard let header = records.first else { return [] }
        let columns = header.fields.map { $0.trimmingWhitespace().lowercased() }
        guard let questionColumn = columns.firstIndex(of: "question"), let answerColumn = columns.firstIndex(of: "answer") else {
            throw .malformedFile(path: path, line: header.line, reason: "the header must name the columns \"question\" and \"answer\"")
        }
        var entries: [FAQEntry] = []
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                throw .malformedFile(
                    path: path, line: record.line,
                    reason: "expected \(columns.count) fields as in the header, found \(record.fields.count)")
            }
            let question = record.fields[questionColumn].trimmingWhitespace()
            let answer = record.fields[answerColumn].trimmingWhitespace()
            try requireText(question, answer, path: path, line: record.line)
            var metadata: [String: String] = [:]
            for name in optionalColumns {
                if let column = columns.firstIndex(of: name) {
                    let value = record.fields[column].trimmingWhitespace()
                    if !value.isEmpty { metadata[name] = value }
                }
            }
            let id = metadata.removeValue(forKey: "id")
            entries.append(FAQEntry(id: id, question: question, answer: answer, metadata: metadata, line: record.line))
        }
        return entries
    }

    /// Parses a JSON Lines FAQ file; blank lines are skipped.
    public static func parseJSONLines(_ text: String, path: String) throws(KnowledgeImportError) -> [FAQEntry] {
        var entries: [FAQEntry] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { continue }
            let lineNumber = offset + 1
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            } catch {
                throw .malformedFile(path: path, line: lineNumber, reason: "not a JSON object")
            }
            guard let fields = object as? [String: Any] else {
                throw .malformedFile(path: path, line: lineNumber, reason: "not a JSON object")
            }
            guard let question = fields["question"] as? String, let answer = fields["answer"] as? String else {
                throw .malformedFile(path: path, line: lineNumber, reason: "missing string fields \"question\" and \"answer\"")
            }
            try requireText(question, answer, path: path, line: lineNumber)
            var metadata: [String: String] = [:]
            for name in optionalColumns.dropFirst() {
                if let value = fields[name] as? String { metadata[name] = value }
                if let values = fields[name] as? [String] { metadata[name] = values.joined(separator: ",") }
            }
            let id: String? = switch fields["id"] {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
            entries.append(FAQEntry(
                id: id, question: question.trimmingWhitespace(), answer: answer.trimmingWhitespace(),
                metadata: metadata, line: lineNumber))
        }
        return entries
    }

    private static func requireText(_ question: String, _ answer: String, path: String, line: Int) throws(KnowledgeImportError) {
        if question.trimmingWhitespace().isEmpty { throw .malformedFile(path: path, line: line, reason: "empty question") }
        if answer.trimmingWhitespace().isEmpty { throw .malformedFile(path: path, line: line, reason: "empty answer") }
    }
}
