/// Reads an HTML article: tags stripped, headings kept as Markdown heading lines, entities decoded,
/// `script`, `style` and other non-content elements dropped.
public enum HTMLArticleParser {
    private static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "iframe"]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "table",
        "tr", "blockquote", "pre", "form", "figure", "figcaption", "dl", "dt", "dd", "hr", "body", "html",
    ]

    /// Parses HTML `text` read from `path`. Throws only for an unterminated comment or tag at the end of the file.
    public static func parse(_ text: String, path: String) throws(KnowledgeImportError) -> ParsedArticle {
        var reader = Reader(characters: Array(MarkdownArticleParser.normalizedNewlines(text)), path: path)
        try reader.read()
        let decoded = HTMLEntities.decode(reader.output)
        let lines = decoded.split(separator: "\n", omittingEmptySubsequences: false).map { collapseSpaces(String($0), keepIndent: true) }
        return ParsedArticle(title: reader.title, body: MarkdownArticleParser.collapseBlankLines(lines), metadata: reader.metadata)
    }

    /// One pass over the characters: text is copied, each tag handled by kind.
    private struct Reader {
        let characters: [Character]
        let path: String
        var output = ""
        var title: String?
        var metadata: [String: String] = [:]
        var index = 0
        var line = 1
        var headingLevel: Int?
        var headingStart: String.Index
        var listDepth = 0

        init(characters: [Character], path: String) {
            self.characters = characters
            self.path = path
            self.headingStart = output.endIndex
        }

        func lineAt(_ position: Int) -> Int { line + characters[index..<position].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }

        mutating func read() throws(KnowledgeImportError) {
            while index < characters.count {
                let character = characters[index]
                guard character == "<" else {
                    if character == "\n" { line += 1 }
                    output.append(character.isWhitespace ? " " : character)
                    index += 1
                    continue
                }
                if characters[index...].starts(with: Array("<!--")) {
                    try skipComment()
                } else if let close = tagEnd(characters, from: index + 1) {
                    let tag = Tag(String(characters[(index + 1)..<close]))
                    line = lineAt(close)
                    index = close + 1
                    handle(tag)
                } else {
                    if index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "/" {
                        throw .malformedFile(path: path, line: line, reason: "HTML tag is never closed")
                    }
                    output.append("<")
                    index += 1
                }
            }
        }

        mutating func skipComment() throws(KnowledgeImportError) {
            guard let end = find(Array("-->"), in: characters, from: index + 4) else {
                throw .malformedFile(path: path, line: line, reason: "HTML comment is never closed")
            }
            line = lineAt(end)
            index = end + 3
        }

        mutating func handle(_ tag: Tag) {
            if tag.name == "title", !tag.isClosing {
                let end = find(Array("</"), in: characters, from: index) ?? characters.count
                title = collapseSpaces(HTMLEntities.decode(String(characters[index..<end])))
                line = lineAt(end)
                index = end
                return
            }
            if tag.name == "meta", let name = tag.attribute("name")?.lowercased(), let content = tag.attribute("content") {
                metadata[name] = HTMLEntities.decode(content)
            }
            if droppedElements.contains(tag.name), !tag.isClosing, !tag.isSelfClosing {
                skipElement(tag.name)
            } else if let level = tag.headingLevel {
                heading(tag, level: level)
            } else {
                layout(tag)
            }
        }

        /// Skips a dropped element (`script`, `style`…) up to and including its closing tag.
        mutating func skipElement(_ name: String) {
            var end = find(Array("</" + name), in: characters, from: index, caseInsensitive: true) ?? characters.count
            line = lineAt(end)
            if let after = tagEnd(characters, from: end + 1) { end = after + 1 } else { end = characters.count }
            index = end
        }

        /// Headings become Markdown heading lines; the first `h1` before any content is the title.
        mutating func heading(_ tag: Tag, level: Int) {
            if tag.isClosing, let current = headingLevel {
                let heading = collapseSpaces(HTMLEntities.decode(String(output[headingStart...])))
                output.removeSubrange(headingStart...)
                if current == 1, title == nil || title == heading, !hasContent(output) {
                    title = heading
                } else if !heading.isEmpty {
                    output += "\n\n" + String(repeating: "#", count: current) + " " + heading + "\n\n"
                }
                headingLevel = nil
            } else if !tag.isClosing {
                output += "\n\n"
                headingLevel = level
                headingStart = output.endIndex
            }
        }

        /// Line breaks, list items and block boundaries.
        mutating func layout(_ tag: Tag) {
            switch tag.name {
            case "br": output += "\n"
            case "li": if !tag.isClosing { output += "\n" + String(repeating: "  ", count: max(0, listDepth - 1)) + "- " }
            case "ul", "ol":
                listDepth = max(0, listDepth + (tag.isClosing ? -1 : 1))
                output += "\n\n"
            case "td", "th": output += " "
            default: if blockElements.contains(tag.name) { output += "\n\n" }
            }
        }
    }

    private static func hasContent(_ text: String) -> Bool { text.contains { !$0.isWhitespace } }

    private static func collapseSpaces(_ text: String, keepIndent: Bool = false) -> String {
        var result = ""
        var previousSpace = false
        for character in text {
            if character.isWhitespace {
                if !previousSpace { result.append(" ") }
                previousSpace = true
            } else {
                result.append(character)
                previousSpace = false
            }
        }
        return result.trimmingWhitespace()
    }

    private static func tagEnd(_ characters: [Character], from start: Int) -> Int? {
        var quote: Character?
        var index = start
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            } else if character == "<" {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [Character], in characters: [Character], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, characters.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= characters.count {
            var matches = true
            for offset in 0..<needle.count {
                let a = characters[index + offset], b = needle[offset]
                if caseInsensitive ? a.lowercased() != b.lowercased() : a != b {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }
}

/// One HTML tag's name and attributes.
private struct Tag {
    let name: String
    let isClosing: Bool
    let isSelfClosing: Bool
    private let source: String

    init(_ inner: String) {
        source = inner
        isClosing = inner.hasPrefix("/")
        isSelfClosing = inner.hasSuffix("/")
        let trimmed = inner.drop(while: { $0 == "/" || $0 == "!" || $0 == "?" })
        name = String(trimmed.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
    }

    var headingLevel: Int? {
        guard name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }

    func attribute(_ attribute: String) -> String? {
        let lower = source.lowercased()
        for quote in ["\"", "'"] {
            if let range = lower.range(of: attribute + "=" + quote) {
                let start = source.index(source.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
                if let end = source[start...].firstIndex(of: Character(quote)) { return String(source[start..<end]) }
            }
        }
        return nil
    }
}
