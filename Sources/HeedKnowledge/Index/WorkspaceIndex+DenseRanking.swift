/// Dense-first ranking: the cosine similarity of the sentence-encoder vectors orders the passages; a small share of
/// the lexical (BM25) score breaks near-ties.
extension WorkspaceIndex {
    /// Whether any live passage carries a vector of `dimension` values.
    func hasVectors(dimension: Int) -> Bool {
        passageEmbeddings.contains { $0?.count == dimension }
    }

    /// Each lexically ranked passage's BM25 score over the query's best (0…1); empty when nothing matched.
    static func lexicalShares(_ lexical: [RankedPassage]) -> [Int32: Double] {
        let bestLexical = Double(lexical.first?.score ?? 0)
        guard bestLexical > 0 else { return [:] }
        var shares: [Int32: Double] = [:]
        for entry in lexical { shares[entry.slot] = Double(entry.score) / bestLexical }
        return shares
    }

    /// Every admitted passage with a vector, scored `cosine + weight · lexicalShare`, best first.
    func rankDenseFirst(
        _ vector: [Float], lexicalShare: [Int32: Double], allowed: PassageFilter, tuning: DenseRetrievalTuning
    ) -> [(slot: Int32, score: Double, confidence: Double)] {
        var ranked: [(slot: Int32, score: Double, confidence: Double)] = []
        for (slot, embedding) in passageEmbeddings.enumerated() {
            guard let embedding, embedding.count == vector.count, allowed.admits(Int32(slot)) else { continue }
            var dot: Float = 0
            for index in 0..<vector.count { dot += vector[index] * embedding[index] }
            let cosine = Double(dot)
            ranked.append((
                Int32(slot), cosine + tuning.lexicalWeight * (lexicalShare[Int32(slot)] ?? 0),
                tuning.confidence(cosine: cosine)))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.slot < $1.slot }
        return ranked
    }
}
