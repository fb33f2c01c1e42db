/// Which section of the best article answers: dense retrieval finds the right article well, but a long article's
/// opening section often embeds closest to the question while another section holds the fact asked about (the
/// intro of "I was charged twice" before its "Pending authorisation" section). Among the passages of the top
/// passage's document, the one with the best cosine plus ``lexicalWeight`` × its share of the question's words
/// (BM25 over the query's best) goes first, carrying the document's confidence; other documents are untouched.
enum SectionChoice {
    /// Weight of the lexical share inside the top document (five times the ranking's own 0.01): enough for a
    /// section that holds the question's words to pass an opening section a few cosine points closer.
    static let lexicalWeight = 0.05

    /// `ranked` (best first) with the top document's best-supported section moved to the front.
    /// `lexicalShare`: each passage's BM25 score over the query's best (``WorkspaceIndex/lexicalShares(_:)``).
    static func apply(
        to ranked: [(slot: Int32, score: Double, confidence: Double)], lexicalShare share: [Int32: Double],
        documentOf: (Int32) -> String?
    ) -> [(slot: Int32, score: Double, confidence: Double)] {
        guard let top = ranked.first, let document = documentOf(top.slot), !share.isEmpty else { return ranked }
        var chosen = 0
        var chosenValue = top.score + lexicalWeight * (share[top.slot] ?? 0)
        for (offset, entry) in ranked.enumerated().dropFirst() where documentOf(entry.slot) == document {
            let value = entry.score + lexicalWeight * (share[entry.slot] ?? 0)
            if value > chosenValue { (chosen, chosenValue) = (offset, value) }
        }
        guard chosen > 0 else { return ranked }
        var reordered = ranked
        let section = reordered.remove(at: chosen)
        reordered.insert((section.slot, section.score, max(section.confidence, top.confidence)), at: 0)
        return reordered
    }
}
