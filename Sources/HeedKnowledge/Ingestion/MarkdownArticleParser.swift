/// Reads a Markdown article: optional front matter, then Markdown reduced to plain text with heading lines kept.
public enum MarkdownArticleParser {
    /// Parses Markdown `text` read from `path` (the path only appears in errors).
    public static func parse(_ text: String, path: String) throws(KnowledgeImportError) -> ParsedArticle {
        let (fields, body, _) = try FrontMatter.split(normalizedNewlines(text), path: path)
        var title = fields["title"]
        var output: [String] = []
        var inCodeFence = false
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inCodeFence.toggle()
                index += 1
                continue
            }
            if inCodeFence {
                output.append(line)
                index += 1
                continue
            }
            if let (level, heading) = atxHeading(trimmed) {
                if level == 1, title == nil, output.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
                    title = heading
                } else {
                    output.append(contentsOf: ["", String(repeating: "#", count: level) + " " + heading, ""])
                }
            } else if index + 1 < lines.count, !trimmed.isEmpty, let level = setextLevel(lines[index + 1]) {
                let heading = inlineText(trimmed)
                if level == 1, title == nil, output.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
                    title = heading
                } else {
                    output.append(contentsOf: ["", String(repeating: "#", count: level) + " " + heading, ""])
                }
                index += 1
            } else if isRule(trimmed) {
                output.append("")
            } else {
                output.append(inlineText(listItem(line)))
            }
            index += 1
        }
        return ParsedArticle(title: title, body: collapseBlankLines(output), metadata: fields)
    }

    static func normalizedNewlines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Joins lines, keeping at most one blank line between blocks and trimming the ends.
    static func collapseBlankLines(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines {
            let isBlank = line.trimmingWhitespace().isEmpty
            if isBlank, result.last?.isEmpty ?? true { continue }
            result.append(isBlank ? "" : line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    private static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace()
        while text.hasSuffix("#") { text.removeLast() }
        let heading = inlineText(text.trimmingWhitespace())
        return heading.isEmpty ? nil : (hashes, heading)
    }

    private static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.count >= 2 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    /// `* item` / `+ item` become `- item`; block quotes lose their `>`.
    private static func listItem(_ line: String) -> String {
        var text = Substring(line)
        while text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
        let indent = text.prefix(while: { $0 == " " || $0 == "\t" })
        let rest = text.dropFirst(indent.count)
        if let marker = rest.first, marker == "*" || marker == "+", rest.dropFirst().first == " " {
            return String(indent) + "-" + rest.dropFirst()
        }
        return String(text)
    }

    /// Removes inline Markdown: links and images keep their text, emphasis and code marks are dropped,
    /// inline HTML tags are removed.
    static func inlineText(_ line: String) -> String {
        var result = ""
        result.reserveCapacity(line.count)
        var characters = Array(line)
        var index = 0
        // Escapes first: `\*` stays a literal star.
        var escaped = Set<Int>()
        var cleaned: [Character] = []
        while index < characters.count {
            if characters[index] == "\\", index + 1 < characters.count, "\\`*_{}[]()#+-.!<>~".contains(characters[index + 1]) {
                escaped.insert(cleaned.count)
                cleaned.append(characters[index + 1])
                index += 2
            } else {
                cleaned.append(characters[index])
                index += 1
            }
        }
        characters = cleaned
        index = 0
        while index < characters.count {
            let character = characters[index]
            if escaped.contains(index) {
                result.append(character)
                index += 1
                continue
            }
            // A code span (`*124#`, `**`) is literal: its stars and underscores are text, not emphasis.
            if character == "`", let (code, end) = codeSpan(characters, from: index) {
                result += code
                index = end
                continue
            }
            if character == "!" || character == "[",
               let (text, end) = linkText(characters, from: character == "!" ? index + 1 : index)
            {
                result += text
                index = end
                continue
            }
            if character == "<", let close = characters[index...].firstIndex(of: ">"),
               close - index < 200, isTagLike(characters[(index + 1)..<close])
            {
                let inner = String(characters[(index + 1)..<close])
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") { result += inner }
                index = close + 1
                continue
            }
            if character == "*" || character == "`" || (character == "_" && isEmphasisUnderscore(characters, index))
                || (character == "~" && index + 1 < characters.count && characters[index + 1] == "~")
            {
                index += character == "~" ? 2 : 1
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The text of the code span opening at `start` (a run of backticks closed by a run of the same length) and
    /// the index after it; nil when the run is never closed (the backticks are then dropped as before).
    private static func codeSpan(_ characters: [Character], from start: Int) -> (String, Int)? {
        var fence = start
        while fence < characters.count, characters[fence] == "`" { fence += 1 }
        let length = fence - start
        var index = fence
        while index < characters.count {
            guard characters[index] == "`" else { index += 1; continue }
            var run = index
            while run < characters.count, characters[run] == "`" { run += 1 }
            if run - index == length {
                let code = String(characters[fence..<index])
                let trimmed = code.count > 2 && code.first == " " && code.last == " " ? String(code.dropFirst().dropLast()) : code
                return (trimmed, run)
            }
            index = run
        }
        return nil
    }

    private static func linkText(_ characters: [Character], from start: Int) -> (String, Int)? {
        guard start < characters.count, characters[start] == "[" else { return nil }
        guard let close = characters[start...].firstIndex(of: "]"), close + 1 < characters.count,
              characters[close + 1] == "(", let end = characters[(close + 1)...].firstIndex(of: ")")
        else { return nil }
        return (inlineText(String(characters[(start + 1)..<close])), end + 1)
    }

    private static func isTagLike(_ inner: ArraySlice<Character>) -> Bool {
        guard let first = inner.first else { return false }
        return first.isLetter || first == "/" || first == "!"
    }

    /// `_` marks emphasis only at word edges, so `snake_case` keeps its underscore.
    private static func isEmphasisUnderscore(_ characters: [Character], _ index: Int) -> Bool {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
