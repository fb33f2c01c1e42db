import Foundation

/// A passage ranked by one of the rankings fused by ``WorkspaceIndex/search(_:tuning:)``.
struct RankedPassage {
    var slot: Int32
    var score: Float
    /// Share of the query's term weight this passage's best unit covers (0…1).
    var coverage: Float
}

extension WorkspaceIndex {
    /// Hybrid retrieval: exact-term BM25, trigram-variant BM25 and (when vectors exist) cosine similarity,
    /// each ranked separately, then fused with reciprocal rank fusion.
    /// With `dense` knobs, a query vector and passage vectors of its size, ranking is dense-first instead (see
    /// ``rankDenseFirst(_:lexicalShare:allowed:tuning:)``).
    func search(_ query: KnowledgeQuery, tuning: RetrievalTuning, dense: DenseRetrievalTuning? = nil)
        -> [KnowledgeSearchHit]
    {
        let allowed = PassageFilter(index: self, query: query)
        var lists: [(ranking: [RankedPassage], weight: Double)] = []
        var lexical: [RankedPassage] = []
        let queryTerms = uniqueTerms(extractor.terms(in: query.text))
        var scratch = scratchPool.borrow()
        defer { scratchPool.giveBack(scratch) }
        if !queryTerms.isEmpty, liveUnits > 0 {
            var exactGroups: [[(Int32, Float)]] = []
            var fuzzyGroups: [[(Int32, Float)]] = []
            scratch.prepare(units: unitPassage.count, passages: passages.count, terms: postings.count)
            for term in queryTerms {
                let exact = termIDs[term].flatMap { postings[Int($0)].liveCount > 0 ? $0 : nil }
                exactGroups.append(exact.map { [($0, Float(1))] } ?? [])
                let variants = spellingVariants(of: term, excluding: exact, tuning: tuning, counters: &scratch.termCounters)
                fuzzyGroups.append((exact.map { [($0, Float(1))] } ?? []) + variants)
            }
            // A query term weighs its IDF, or its best variant's when unknown, or the highest IDF when unmatched.
            // Function words ("how", "my", "là", "un") do not count towards coverage unless the query has nothing else.
            // Nor do e-mail addresses and links, which a knowledge base does not hold.
            let contentMask = queryTerms.map { term in
                ClaimTerms.functionWords.contains(term) || term.contains("@") || term.contains("://") || term.hasPrefix("www.") ? Float(0) : 1
            }
            let useMask = contentMask.contains(1)
            // A word the index has never seen (nor anything spelled like it) weighs half the average known word:
            // chatter ("write", "asap") should lower coverage, not sink it.
            let known = fuzzyGroups.map { group in group.first.map { idf(of: $0.0) * $0.1 } }
            let knownContent = zip(known, contentMask).compactMap { weight, mask in mask > 0 ? weight : nil }
            let unknownWeight = knownContent.isEmpty ? idf(documentFrequency: 0) : 0.5 * knownContent.reduce(0, +) / Float(knownContent.count)
            let groupWeights = known.enumerated().map { offset, weight in (useMask ? contentMask[offset] : 1) * (weight ?? unknownWeight) }
            let total = groupWeights.reduce(0, +)
            let groups = exactGroups.indices.map { offset in
                TermGroup(exact: exactGroups[offset].first?.0, variants: Array(fuzzyGroups[offset].dropFirst(exactGroups[offset].count)), weight: groupWeights[offset])
            }
            let (exactRanking, fuzzyRanking) = rankLexically(groups, total: total, allowed: allowed, tuning: tuning, scratch: &scratch)
            lexical = exactRanking
            lists.append((exactRanking, tuning.lexicalWeight))
            lists.append((fuzzyRanking ?? exactRanking, tuning.fuzzyWeight))
        }
        if let dense, let embedding = query.embedding, hasVectors(dimension: embedding.count) {
            let lexicalShare = Self.lexicalShares(lexical)
            var ranked = rankDenseFirst(
                WorkspaceIndex.normalized(embedding), lexicalShare: lexicalShare, allowed: allowed, tuning: dense)
            if let preference = CountryPreference(query) {
                let confidenceShift = CountryPreference.cosineShift / (dense.confidenceCeiling - dense.confidenceFloor)
                ranked = preference.apply(to: ranked, passages: passages) { direction, score, confidence in
                    (score + direction * CountryPreference.cosineShift, max(0, confidence + min(0, direction) * confidenceShift))
                }
            }
            ranked = SectionChoice.apply(to: ranked, lexicalShare: lexicalShare) { passages[Int($0)]?.documentID }
            return hits(ranked, query: query)
        }
        if let embedding = query.embedding {
            lists.append((rankByVector(WorkspaceIndex.normalized(embedding), allowed: allowed, depth: tuning.fusionDepth), tuning.denseWeight))
        }
        return fuse(lists, query: query, tuning: tuning)
    }

    private func uniqueTerms(_ terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    @inline(__always)
    func idf(documentFrequency: Int32) -> Float {
        let n = Float(max(liveUnits, 1))
        let df = Float(max(documentFrequency, 0))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    func idf(of term: Int32) -> Float { idf(documentFrequency: postings[Int(term)].liveCount) }

    /// Vocabulary terms spelled like `term` (trigram Dice ≥ the tuning's minimum), best first, with their similarity.
    private func spellingVariants(of term: String, excluding exact: Int32?, tuning: RetrievalTuning, counters: inout [UInt8]) -> [(Int32, Float)] {
        guard term.unicodeScalars.count >= 4, term.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return [] }
        let grams = CharacterGrams.grams(of: term)
        var touched: [Int32] = []
        for gram in grams {
            guard let gramID = gramIDs[gram] else { continue }
            for candidate in gramTerms[Int(gramID)] {
                if counters[Int(candidate)] == 0 { touched.append(candidate) }
                counters[Int(candidate)] &+= 1
            }
        }
        var best = TopScores(capacity: tuning.spellingVariants)
        let queryGrams = Float(grams.count)
        for candidate in touched {
            let shared = Float(counters[Int(candidate)])
            counters[Int(candidate)] = 0
            guard candidate != exact, postings[Int(candidate)].liveCount > 0 else { continue }
            let similarity = 2 * shared / (queryGrams + Float(termGramCount[Int(candidate)]))
            if similarity >= tuning.minimumSpellingSimilarity { best.offer(similarity, candidate) }
        }
        return best.items.map { ($0.id, $0.score) }
    }

    private func rankByVector(_ vector: [Float], allowed: PassageFilter, depth: Int) -> [RankedPassage] {
        var top = TopScores(capacity: depth)
        for (slot, embedding) in passageEmbeddings.enumerated() {
            guard let embedding, embedding.count == vector.count, allowed.admits(Int32(slot)) else { continue }
            var dot: Float = 0
            for index in 0..<vector.count { dot += vector[index] * embedding[index] }
            top.offer(dot, Int32(slot))
        }
        return top.items.map { RankedPassage(slot: $0.id, score: $0.score, coverage: max(0, $0.score)) }
    }

    private func fuse(_ lists: [(ranking: [RankedPassage], weight: Double)], query: KnowledgeQuery, tuning: RetrievalTuning) -> [KnowledgeSearchHit] {
        var fused: [Int32: (score: Double, confidence: Double)] = [:]
        for (ranking, weight) in lists {
            for (rank, entry) in ranking.enumerated() {
                let current = fused[entry.slot] ?? (0, 0)
                fused[entry.slot] = (current.score + weight / (tuning.rrfK + Double(rank + 1)), max(current.confidence, Double(entry.coverage)))
            }
        }
        var ordered = fused.sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.key < $1.key }
            .map { (slot: $0.key, score: $0.value.score, confidence: $0.value.confidence) }
        if let preference = CountryPreference(query) {
            ordered = preference.apply(to: ordered, passages: passages) { direction, score, confidence in
                (score * (1 + 0.1 * direction), max(0, confidence + min(0, direction) * 0.06))
            }
        }
        return hits(ordered, query: query)
    }

    /// The first `query.limit` passages of `ordered` (one per document when asked).
    private func hits(_ ordered: [(slot: Int32, score: Double, confidence: Double)], query: KnowledgeQuery) -> [KnowledgeSearchHit] {
        var hits: [KnowledgeSearchHit] = []
        var seenDocuments = Set<String>()
        for (slot, score, confidence) in ordered {
            guard let passage = passages[Int(slot)] else { continue }
            if query.oneResultPerDocument, !seenDocuments.insert(passage.documentID).inserted { continue }
            hits.append(KnowledgeSearchHit(passage: passage, score: score, confidence: confidence))
            if hits.count == query.limit { break }
        }
        return hits
    }
}

/// Which passages a query may see: live, of the audience's visibility, in an allowed language.
struct PassageFilter {
    private let isPublic: [Bool]
    private let languages: [UInt16]
    private let alive: [Bool]
    private let allowedLanguages: [Bool]?
    private let customerOnly: Bool

    init(index: WorkspaceIndex, query: KnowledgeQuery) {
        isPublic = index.passageIsPublic
        languages = index.passageLanguage
        alive = index.passageIsLive
        customerOnly = query.audience == .customer
        allowedLanguages = query.languages.map { wanted in
            var allowed = [Bool](repeating: false, count: index.languageIDs.count)
            for (language, id) in index.languageIDs where wanted.contains(language) { allowed[Int(id)] = true }
            return allowed
        }
    }

    @inline(__always)
    func admits(_ slot: Int32) -> Bool {
        let index = Int(slot)
        guard alive[index] else { return false }
        if customerOnly, !isPublic[index] { return false }
        if let allowedLanguages, !allowedLanguages[Int(languages[index])] { return false }
        return true
    }
}
