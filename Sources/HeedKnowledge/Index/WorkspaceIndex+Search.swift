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
    func search(_ query: KnowledgeQuery, tuning: RetrievalTuning) -> [KnowledgeSearchHit] {
        let allowed = PassageFilter(index: self, query: query)
        var lists: [(ranking: [RankedPassage], weight: Double)] = []
        let queryTerms = uniqueTerms(extractor.terms(in: query.text))
        if !queryTerms.isEmpty, liveUnits > 0 {
            var exactGroups: [[(Int32, Float)]] = []
            var fuzzyGroups: [[(Int32, Float)]] = []
            var counters = [UInt8](repeating: 0, count: postings.count)
            for term in queryTerms {
                let exact = termIDs[term].flatMap { postings[Int($0)].liveCount > 0 ? $0 : nil }
                exactGroups.append(exact.map { [($0, Float(1))] } ?? [])
                let variants = spellingVariants(of: term, excluding: exact, tuning: tuning, counters: &counters)
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
            var scratch = ScoringScratch(units: unitPassage.count, passages: passages.count)
            lists.append((rank(groups: exactGroups, weights: groupWeights, total: total, allowed: allowed, tuning: tuning, scratch: &scratch), tuning.lexicalWeight))
            if fuzzyGroups.contains(where: { $0.count > 1 || ($0.count == 1 && $0[0].1 < 1) }) {
                lists.append((rank(groups: fuzzyGroups, weights: groupWeights, total: total, allowed: allowed, tuning: tuning, scratch: &scratch), tuning.fuzzyWeight))
            } else {
                lists.append((lists[0].ranking, tuning.fuzzyWeight))
            }
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

    private func idf(of term: Int32) -> Float { idf(documentFrequency: postings[Int(term)].liveCount) }

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

    /// BM25 over units, each query term contributing through its best-matching variant, pooled per passage by max.
    private func rank(
        groups: [[(Int32, Float)]], weights: [Float], total: Float, allowed: PassageFilter, tuning: RetrievalTuning,
        scratch: inout ScoringScratch
    ) -> [RankedPassage] {
        var touched: [Int32] = []
        defer { scratch.reset(units: touched) }
        let averageLength = (0..<2).map { kind in Float(lengthSum[kind] / Double(max(liveUnitsByKind[kind], 1))) }
        let k1 = tuning.k1, b = tuning.b
        scratch.withBuffers { scores, matched, credited in
            unitLength.withUnsafeBufferPointer { lengths in
                unitKind.withUnsafeBufferPointer { kinds in
                    for (group, variants) in groups.enumerated() {
                        let groupID = Int32(group)
                        for (term, similarity) in variants {
                            let list = postings[Int(term)]
                            let weight = idf(of: term) * similarity
                            let credit = weights[group] * similarity
                            list.units.withUnsafeBufferPointer { units in
                                list.frequencies.withUnsafeBufferPointer { frequencies in
                                    for index in 0..<units.count {
                                        let unit = Int(units[index])
                                        if credited[unit] == groupID { continue }
                                        credited[unit] = groupID
                                        if scores[unit] == 0 { touched.append(Int32(unit)) }
                                        let tf = Float(frequencies[index])
                                        let norm = 1 - b + b * lengths[unit] / averageLength[Int(kinds[unit])]
                                        scores[unit] += weight * tf * (k1 + 1) / (tf + k1 * norm)
                                        matched[unit] += credit
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Pool units per passage (max), in flat arrays indexed by passage slot.
        var touchedPassages: [Int32] = []
        defer { scratch.reset(passages: touchedPassages) }
        touchedPassages.reserveCapacity(touched.count)
        let totalWeight = max(total, .leastNonzeroMagnitude)
        for unit in touched where unitIsLive[Int(unit)] {
            let passage = unitPassage[Int(unit)]
            guard allowed.admits(passage) else { continue }
            let score = scratch.scores[Int(unit)] * (unitKind[Int(unit)] == UnitKind.question.rawValue ? tuning.questionBoost : 1)
            let coverage = min(1, scratch.matched[Int(unit)] / totalWeight)
            let slot = Int(passage)
            if scratch.passageScore[slot] < 0 { touchedPassages.append(passage) }
            scratch.passageScore[slot] = max(scratch.passageScore[slot], score)
            scratch.passageCoverage[slot] = max(scratch.passageCoverage[slot], coverage)
        }
        var top = TopScores(capacity: tuning.fusionDepth)
        for passage in touchedPassages { top.offer(scratch.passageScore[Int(passage)], passage) }
        return top.items.map { RankedPassage(slot: $0.id, score: $0.score, coverage: scratch.passageCoverage[Int($0.id)]) }
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
        let ordered = fused.sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.key < $1.key }
        var hits: [KnowledgeSearchHit] = []
        var seenDocuments = Set<String>()
        for (slot, value) in ordered {
            guard let passage = passages[Int(slot)] else { continue }
            if query.oneResultPerDocument, !seenDocuments.insert(passage.documentID).inserted { continue }
            hits.append(KnowledgeSearchHit(passage: passage, score: value.score, confidence: value.confidence))
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

/// Per-search accumulators, allocated once per search and cleared through the touched lists between rankings.
struct ScoringScratch {
    var scores: [Float]
    var matched: [Float]
    var credited: [Int32]
    var passageScore: [Float]
    var passageCoverage: [Float]

    init(units: Int, passages: Int) {
        scores = [Float](repeating: 0, count: units)
        matched = [Float](repeating: 0, count: units)
        credited = [Int32](repeating: -1, count: units)
        passageScore = [Float](repeating: -1, count: passages)
        passageCoverage = [Float](repeating: 0, count: passages)
    }

    mutating func withBuffers(_ body: (UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Int32>) -> Void) {
        scores.withUnsafeMutableBufferPointer { scores in
            matched.withUnsafeMutableBufferPointer { matched in
                credited.withUnsafeMutableBufferPointer { credited in body(scores, matched, credited) }
            }
        }
    }

    mutating func reset(units: [Int32]) {
        for unit in units {
            scores[Int(unit)] = 0
            matched[Int(unit)] = 0
            credited[Int(unit)] = -1
        }
    }

    mutating func reset(passages: [Int32]) {
        for passage in passages {
            passageScore[Int(passage)] = -1
            passageCoverage[Int(passage)] = 0
        }
    }
}
