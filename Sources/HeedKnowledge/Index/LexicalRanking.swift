import Synchronization

/// One query term: its exact vocabulary term (if any), close spellings with their similarity, and the weight it
/// carries towards coverage.
struct TermGroup {
    var exact: Int32?
    var variants: [(Int32, Float)]
    var weight: Float
}

extension WorkspaceIndex {
    /// The exact-term BM25 ranking and the spelling-variant BM25 ranking (each query term contributing through its
    /// best variant), computed in one pass over the postings and pooled per passage by max. The variant ranking is
    /// `nil` when no query term has variants (it would equal the exact one).
    ///
    /// Very common terms (in more than 5% of units) only add to units that rarer query terms already reached, so
    /// their long postings cost a scan but create no candidates (a MaxScore-style shortcut).
    func rankLexically(_ groups: [TermGroup], total: Float, allowed: PassageFilter, tuning: RetrievalTuning, scratch: inout ScoringScratch) -> ([RankedPassage], [RankedPassage]?) {
        let touched = scoreUnits(groups, tuning: tuning, scratch: &scratch)
        let hasVariants = groups.contains { !$0.variants.isEmpty }
        let (exactTouched, fuzzyTouched) = poolByPassage(
            touched, hasVariants: hasVariants, total: total, allowed: allowed, tuning: tuning, scratch: &scratch)
        var exactTop = TopScores(capacity: tuning.fusionDepth)
        for passage in exactTouched { exactTop.offer(scratch.exactPassageScore[Int(passage)], passage) }
        let exact = exactTop.items.map { RankedPassage(slot: $0.id, score: $0.score, coverage: scratch.exactPassageCoverage[Int($0.id)]) }
        var fuzzy: [RankedPassage]?
        if hasVariants {
            var fuzzyTop = TopScores(capacity: tuning.fusionDepth)
            for passage in fuzzyTouched { fuzzyTop.offer(scratch.fuzzyPassageScore[Int(passage)], passage) }
            fuzzy = fuzzyTop.items.map { RankedPassage(slot: $0.id, score: $0.score, coverage: scratch.fuzzyPassageCoverage[Int($0.id)]) }
        }
        scratch.reset(units: touched, passages: exactTouched + fuzzyTouched)
        return (exact, fuzzy)
    }

    /// BM25 per unit, exact and with spelling variants, into `scratch`; returns the units touched.
    private func scoreUnits(_ groups: [TermGroup], tuning: RetrievalTuning, scratch: inout ScoringScratch) -> [Int32] {
        let commonThreshold = Int32(max(1_000, liveUnits / 20))
        func frequency(_ group: TermGroup) -> Int32 {
            if let exact = group.exact { return postings[Int(exact)].liveCount }
            return group.variants.first.map { postings[Int($0.0)].liveCount } ?? 0
        }
        let order = groups.indices.sorted { frequency(groups[$0]) < frequency(groups[$1]) }
        let hasRareTerm = groups.contains { frequency($0) > 0 && frequency($0) <= commonThreshold }
        let averageLength = (0..<2).map { kind in Float(lengthSum[kind] / Double(max(liveUnitsByKind[kind], 1))) }
        let k1 = tuning.k1, b = tuning.b
        var touched: [Int32] = []
        scratch.withUnitBuffers { exactScores, exactMatched, fuzzyScores, fuzzyMatched, credited in
            unitLength.withUnsafeBufferPointer { lengths in
                unitKind.withUnsafeBufferPointer { kinds in
                    for groupIndex in order {
                        let group = groups[groupIndex]
                        let groupID = Int32(groupIndex)
                        let restricted = hasRareTerm && frequency(group) > commonThreshold
                        let terms = (group.exact.map { [($0, Float(1))] } ?? []) + group.variants
                        for (position, (term, similarity)) in terms.enumerated() {
                            let isExact = position == 0 && group.exact != nil
                            let list = postings[Int(term)]
                            let weight = idf(of: term) * similarity
                            let credit = group.weight * similarity
                            list.units.withUnsafeBufferPointer { units in
                                list.frequencies.withUnsafeBufferPointer { frequencies in
                                    for index in 0..<units.count {
                                        let unit = Int(units[index])
                                        if credited[unit] == groupID { continue }
                                        let isNew = fuzzyScores[unit] == 0
                                        if restricted, isNew { continue }
                                        credited[unit] = groupID
                                        if isNew { touched.append(Int32(unit)) }
                                        let tf = Float(frequencies[index])
                                        let norm = 1 - b + b * lengths[unit] / averageLength[Int(kinds[unit])]
                                        let score = weight * tf * (k1 + 1) / (tf + k1 * norm)
                                        fuzzyScores[unit] += score
                                        fuzzyMatched[unit] += credit
                                        if isExact {
                                            exactScores[unit] += score
                                            exactMatched[unit] += credit
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return touched
    }

    /// Pools unit scores per admitted passage by max (questions boosted) with their coverage; returns the passages
    /// the exact and the variant rankings reached.
    private func poolByPassage(
        _ touched: [Int32], hasVariants: Bool, total: Float, allowed: PassageFilter, tuning: RetrievalTuning,
        scratch: inout ScoringScratch
    ) -> (exact: [Int32], fuzzy: [Int32]) {
        var exactTouched: [Int32] = []
        var fuzzyTouched: [Int32] = []
        let totalWeight = max(total, .leastNonzeroMagnitude)
        for unit in touched where unitIsLive[Int(unit)] {
            let passage = unitPassage[Int(unit)]
            guard allowed.admits(passage) else { continue }
            let boost = unitKind[Int(unit)] == UnitKind.question.rawValue ? tuning.questionBoost : 1
            let slot = Int(passage)
            let exactScore = scratch.exactScores[Int(unit)]
            if exactScore > 0 {
                if scratch.exactPassageScore[slot] < 0 { exactTouched.append(passage) }
                scratch.exactPassageScore[slot] = max(scratch.exactPassageScore[slot], exactScore * boost)
                scratch.exactPassageCoverage[slot] = max(scratch.exactPassageCoverage[slot], min(1, scratch.exactMatched[Int(unit)] / totalWeight))
            }
            if hasVariants {
                if scratch.fuzzyPassageScore[slot] < 0 { fuzzyTouched.append(passage) }
                scratch.fuzzyPassageScore[slot] = max(scratch.fuzzyPassageScore[slot], scratch.fuzzyScores[Int(unit)] * boost)
                scratch.fuzzyPassageCoverage[slot] = max(scratch.fuzzyPassageCoverage[slot], min(1, scratch.fuzzyMatched[Int(unit)] / totalWeight))
            }
        }
        return (exactTouched, fuzzyTouched)
    }
}

/// Per-search accumulators indexed by unit, passage and term slot. Kept clean between searches (only touched
/// entries are reset), and reused through a ``ScoringScratchPool`` so a search neither allocates nor faults in
/// megabytes of fresh memory.
struct ScoringScratch: Sendable {
    var exactScores: [Float] = []
    var exactMatched: [Float] = []
    var fuzzyScores: [Float] = []
    var fuzzyMatched: [Float] = []
    var credited: [Int32] = []
    var exactPassageScore: [Float] = []
    var exactPassageCoverage: [Float] = []
    var fuzzyPassageScore: [Float] = []
    var fuzzyPassageCoverage: [Float] = []
    /// Shared-trigram counters for spelling variants, by term id.
    var termCounters: [UInt8] = []

    /// Grows the arrays to the index's current sizes (new entries start clean).
    mutating func prepare(units: Int, passages: Int, terms: Int) {
        func grow<T>(_ array: inout [T], to count: Int, with value: T) {
            if array.count < count { array.append(contentsOf: repeatElement(value, count: count - array.count)) }
        }
        grow(&exactScores, to: units, with: 0)
        grow(&exactMatched, to: units, with: 0)
        grow(&fuzzyScores, to: units, with: 0)
        grow(&fuzzyMatched, to: units, with: 0)
        grow(&credited, to: units, with: -1)
        grow(&exactPassageScore, to: passages, with: -1)
        grow(&exactPassageCoverage, to: passages, with: 0)
        grow(&fuzzyPassageScore, to: passages, with: -1)
        grow(&fuzzyPassageCoverage, to: passages, with: 0)
        grow(&termCounters, to: terms, with: 0)
    }

    mutating func withUnitBuffers(
        _ body: (UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Float>,
                 UnsafeMutableBufferPointer<Float>, UnsafeMutableBufferPointer<Int32>) -> Void
    ) {
        exactScores.withUnsafeMutableBufferPointer { exactScores in
            exactMatched.withUnsafeMutableBufferPointer { exactMatched in
                fuzzyScores.withUnsafeMutableBufferPointer { fuzzyScores in
                    fuzzyMatched.withUnsafeMutableBufferPointer { fuzzyMatched in
                        credited.withUnsafeMutableBufferPointer { credited in
                            body(exactScores, exactMatched, fuzzyScores, fuzzyMatched, credited)
                        }
                    }
                }
            }
        }
    }

    mutating func reset(units: [Int32], passages: [Int32]) {
        for unit in units.map(Int.init) {
            exactScores[unit] = 0
            exactMatched[unit] = 0
            fuzzyScores[unit] = 0
            fuzzyMatched[unit] = 0
            credited[unit] = -1
        }
        for passage in passages.map(Int.init) {
            exactPassageScore[passage] = -1
            exactPassageCoverage[passage] = 0
            fuzzyPassageScore[passage] = -1
            fuzzyPassageCoverage[passage] = 0
        }
    }
}

/// A few reusable ``ScoringScratch`` values shared by copies of an index (searches may run concurrently).
final class ScoringScratchPool: Sendable {
    private let free = Mutex<[ScoringScratch]>([])

    func borrow() -> ScoringScratch {
        free.withLock { $0.popLast() } ?? ScoringScratch()
    }

    func giveBack(_ scratch: ScoringScratch) {
        free.withLock { pool in
            if pool.count < 4 { pool.append(scratch) }
        }
    }
}
