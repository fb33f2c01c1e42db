import Foundation
import HeedCore
import HeedKnowledge

/// Sentences from the shared data (Leipzig and UDHR language-id sets, StackFAQ), turned into synthetic
/// passages and queries for `heed bench kb`. Deterministic for a given seed.
struct BenchCorpus {
    struct Sentence {
        var text: String
        var language: String
    }

    private let sentences: [Sentence]

    init(dataFolder: String) throws {
        var sentences: [Sentence] = []
        for file in ["langid_leipzig/train.csv", "langid_leipzig/dev_sentences.csv", "langid_udhr/train.csv"] {
            let path = (dataFolder as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw KnowledgeCommandError(message: "\(path): not found (pass --data with the shared data folder)")
            }
            let rows = try CSVReader.rows(in: text, path: path)
            for row in rows.dropFirst() where row.count >= 2 && row[0].count >= 20 {
                sentences.append(Sentence(text: row[0], language: row[1].split(separator: "-").first.map(String.init) ?? row[1]))
            }
        }
        let faq = (dataFolder as NSString).appendingPathComponent("stackfaq/faq.jsonl")
        if let text = try? String(contentsOfFile: faq, encoding: .utf8) {
            for entry in try FAQFileParser.parseJSONLines(text, path: faq) {
                sentences += SentenceSplitter.sentences(in: entry.answer).filter { $0.count >= 20 }.map { Sentence(text: $0, language: "en") }
            }
        }
        self.sentences = sentences
    }

    /// `count` single-passage documents of 2–4 random sentences in one language each.
    func documents(count: Int, seed: UInt64) -> [KnowledgeDocument] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { number in
            let first = sentences[random.next(below: sentences.count)]
            var parts = [first.text]
            for _ in 0..<(1 + random.next(below: 3)) {
                // Prefer sentences of the same language, as an article would be.
                let candidate = sentences[random.next(below: sentences.count)]
                if candidate.language == first.language || random.next(below: 4) == 0 { parts.append(candidate.text) }
            }
            return KnowledgeDocument(
                id: "bench-\(number)", workspaceID: "bench", title: String(first.text.prefix(60)),
                body: parts.joined(separator: " "), language: first.language)
        }
    }

    /// Queries of 3–7 consecutive words from the given documents, one in four with a typo (a dropped letter).
    func queries(count: Int, from documents: [KnowledgeDocument], seed: UInt64) -> [KnowledgeQuery] {
        var random = SplitMix64(seed: seed)
        guard !documents.isEmpty else { return [] }
        return (0..<count).map { _ in
            let words = documents[random.next(below: documents.count)].body.split(separator: " ").map(String.init)
            let length = min(words.count, 3 + random.next(below: 5))
            let start = random.next(below: max(1, words.count - length + 1))
            var chosen = Array(words[start..<(start + length)])
            if random.next(below: 4) == 0, let index = chosen.indices.randomElement(using: &random), chosen[index].count > 4 {
                var word = Array(chosen[index])
                word.remove(at: 1 + random.next(below: word.count - 2))
                chosen[index] = String(word)
            }
            return KnowledgeQuery(text: chosen.joined(separator: " "), workspaceID: "bench", audience: .customer, limit: 10)
        }
    }
}
