/// Splits a document into passages along its headings and paragraphs. Each passage keeps its document id,
/// the nearest heading and its position. Paragraphs are packed up to `targetCharacters`; a longer paragraph is
/// cut at sentence boundaries so no passage exceeds `maximumCharacters` unless a single sentence does.
public struct PassageSplitter: Sendable {
    /// Passages grow paragraph by paragraph until adding the next would pass this length.
    public var targetCharacters: Int
    /// Paragraphs longer than this are split at sentence boundaries.
    public var maximumCharacters: Int

    /// Creates a splitter.
    public init(targetCharacters: Int = 700, maximumCharacters: Int = 1_200) {
        self.targetCharacters = targetCharacters
        self.maximumCharacters = max(targetCharacters, maximumCharacters)
    }

    /// The passages of `document`, in order. A document without body text yields one passage holding its title.
    public func passages(of document: KnowledgeDocument) -> [KnowledgePassage] {
        var chunks: [(heading: String?, text: String)] = []
        for section in sections(of: document.body) {
            var current = ""
            for paragraph in section.paragraphs.flatMap(pieces) {
                if !current.isEmpty, current.count + paragraph.count + 2 > targetCharacters {
                    chunks.append((section.heading, current))
                    current = ""
                }
                current += current.isEmpty ? paragraph : "\n\n" + paragraph
            }
            if !current.isEmpty {
                chunks.append((section.heading, current))
            } else if let heading = section.heading, section.paragraphs.isEmpty {
                chunks.append((heading, heading))
            }
        }
        if chunks.isEmpty { chunks = [(nil, document.title)] }
        return chunks.enumerated().map { position, chunk in
            KnowledgePassage(
                documentID: document.id, workspaceID: document.workspaceID, title: document.title,
                heading: chunk.heading, text: chunk.text, position: position, language: document.language,
                visibility: document.visibility, sourceURL: document.sourceURL)
        }
    }

    private struct Section {
        var heading: String?
        var paragraphs: [String]
    }

    private func sections(of body: String) -> [Section] {
        var sections = [Section(heading: nil, paragraphs: [])]
        var paragraph: [String] = []
        func endParagraph() {
            let text = paragraph.joined(separator: "\n").trimmingWhitespace()
            if !text.isEmpty { sections[sections.count - 1].paragraphs.append(text) }
            paragraph = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("#"), let heading = Self.heading(trimmed) {
                endParagraph()
                sections.append(Section(heading: heading, paragraphs: []))
            } else if trimmed.isEmpty {
                endParagraph()
            } else {
                paragraph.append(String(line))
            }
        }
        endParagraph()
        return sections.filter { $0.heading != nil || !$0.paragraphs.isEmpty }
    }

    static func heading(_ line: String) -> String? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        let text = line.dropFirst(hashes).trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    /// A paragraph, or its sentence-sized pieces when it is too long.
    private func pieces(_ paragraph: String) -> [String] {
        guard paragraph.count > maximumCharacters else { return [paragraph] }
        var pieces: [String] = []
        var current = ""
        for sentence in SentenceSplitter.sentences(in: paragraph) {
            if !current.isEmpty, current.count + sentence.count + 1 > targetCharacters {
                pieces.append(current)
                current = ""
            }
            current += current.isEmpty ? sentence : " " + sentence
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
