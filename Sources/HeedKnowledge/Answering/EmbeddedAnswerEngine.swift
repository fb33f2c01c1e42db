/// The default engine: no model, no network. It picks the sentences of the best passages that answer the
/// question and wraps them in a reply in the customer's language, worded for the reply's tone — greeting (with the
/// name when known), an apology only for an unhappy customer, the answer (brief for an angry one, in steps for a
/// confused one), the source link, and an offer of a human.
public struct EmbeddedAnswerEngine: AnswerEngine {
    public let name = "embedded"
    /// At most this many sentences are quoted.
    public var maximumSentences: Int
    /// Passages shorter than this are quoted whole (typical FAQ answers and article sections: the splitter packs
    /// sections up to 700 characters).
    public var wholePassageCharacters: Int
    private let extractor = TermExtractor()

    /// Creates the engine.
    public init(maximumSentences: Int = 4, wholePassageCharacters: Int = 720) {
        self.maximumSentences = maximumSentences
        self.wholePassageCharacters = wholePassageCharacters
    }

    public func answer(_ request: AnswerRequest) async throws -> KnowledgeAnswer {
        compose(request)
    }

    /// Writes the reply synchronously.
    public func compose(_ request: AnswerRequest) -> KnowledgeAnswer {
        guard let top = request.hits.first else {
            return GroundednessGuard.abstention(for: request, reason: .lowRetrievalConfidence, engine: name)
        }
        var (sentences, used) = request.parts.count >= 2
            ? joinedParts(request.parts) : supportingSentences(for: request.question, hits: request.hits)
        if let limit = request.customer.tone.sentenceLimit {
            sentences = Array(sentences.flatMap { SentenceSplitter.sentences(in: $0) }.prefix(limit))
        }
        // Parts of a message that asks several things are answered in paragraphs of their own.
        let body = sentences.joined(separator: request.parts.count >= 2 ? "\n\n" : " ")
        let citations = used.enumerated().map { offset, passage in
            Citation(number: offset + 1, passage: passage, snippet: Self.snippet(body, from: passage))
        }
        let text = Self.wrap(body, request: request, sourceURL: top.passage.sourceURL ?? used.compactMap(\.sourceURL).first)
        return KnowledgeAnswer(
            text: text, claims: body, citations: citations, confidence: request.retrievalConfidence, verdict: .grounded,
            engine: name, language: Self.replyLanguage(request.customer.language))
    }

    static func replyLanguage(_ language: String) -> String {
        ReplyTemplates.languages.contains(language) ? language : "en"
    }

    /// The sentences that best answer `question`, in reading order, and the passage they come from: one passage
    /// only (the best), never sentences stitched across sections. A section short enough is quoted whole; from a
    /// longer one, the sentences sharing most of the question's words (its first sentence counting a little more).
    func supportingSentences(for question: String, hits: [KnowledgeSearchHit]) -> ([String], [KnowledgePassage]) {
        let top = hits[0].passage
        if top.text.count <= wholePassageCharacters {
            return ([Self.flatten(top.text)], [top])
        }
        let questionTerms = Set(ClaimTerms(question, extractor: extractor).contentTerms)
        let questionStems = ClaimTerms.stems(of: questionTerms)
        var scored: [(score: Double, order: Int, sentence: String)] = []
        for (order, sentence) in SentenceSplitter.sentences(in: top.text).enumerated() {
            let terms = ClaimTerms(sentence, extractor: extractor).contentTerms
            guard !terms.isEmpty else { continue }
            let overlap = terms.filter { ClaimTerms.isSupported($0, by: questionTerms, stems: questionStems) }.count
            scored.append((Double(overlap) / Double(max(questionTerms.count, 1)) + (order == 0 ? 0.1 : 0), order, sentence))
        }
        let chosen = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
            .prefix(maximumSentences).sorted { $0.order < $1.order }
        guard !chosen.isEmpty else { return ([Self.flatten(String(top.text.prefix(wholePassageCharacters)))], [top]) }
        return (chosen.map { Self.flatten($0.sentence) }, [top])
    }

    /// One passage per part of a message that asks several things, each answered from its own passage, in the
    /// message's order (the parts are joined, never mixed): one text per part.
    func joinedParts(_ parts: [AnswerPart]) -> ([String], [KnowledgePassage]) {
        var sentences: [String] = []
        var passages: [KnowledgePassage] = []
        for part in parts where !passages.contains(where: { $0.id == part.hit.passage.id }) {
            let (partSentences, partPassages) = supportingSentences(for: part.question, hits: [part.hit])
            sentences.append(partSentences.joined(separator: " "))
            passages += partPassages
        }
        return (sentences, passages)
    }

    /// Joins a passage's lines into running text (list items stay readable).
    static func flatten(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func snippet(_ body: String, from passage: KnowledgePassage) -> String {
        let flat = flatten(passage.text)
        return String((flat.count <= 200 ? flat : String(flat.prefix(200)) + "…"))
    }
}
