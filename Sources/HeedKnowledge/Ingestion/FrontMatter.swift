/// The optional `---` block of `key: value` lines at the top of a Markdown file.
enum FrontMatter {
    /// Splits `text` into its front-matter fields and the rest; `bodyLineOffset` is the number of lines consumed.
    static func split(_ text: String, path: String) throws(KnowledgeImportError)
        -> (fields: [String: String], body: Substring, bodyLineOffset: Int)
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingWhitespace() == "---" else { return ([:], Substring(text), 0) }
        var fields: [String: String] = [:]
        for index in 1..<lines.count {
            let line = lines[index].trimmingWhitespace()
            if line == "---" || line == "..." {
                let body = lines[(index + 1)...].joined(separator: "\n")
                return (fields, Substring(body), index + 1)
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw .malformedFile(path: path, line: index + 1, reason: "front matter line is not \"key: value\"")
            }
            let key = line[..<colon].trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_")
            guard !key.isEmpty else {
                throw .malformedFile(path: path, line: index + 1, reason: "front matter line has an empty key")
            }
            fields[key] = unquote(line[line.index(after: colon)...].trimmingWhitespace())
        }
        throw .malformedFile(path: path, line: 1, reason: "front matter opened with --- is never closed")
    }

    /// Parses `[a, b]`, `a, b` or `"a", 'b'` into trimmed, non-empty items.
    static func list(_ value: String) -> [String] {
        var inner = Substring(value)
        if inner.hasPrefix("["), inner.hasSuffix("]") { inner = inner.dropFirst().dropLast() }
        return inner.split(separator: ",").map { unquote($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
