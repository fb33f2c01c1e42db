/// The statistics language identification scores with: for each language, the log-probability of each kept
/// character n-gram (orders 1…5) and whole word, the log of each order's total count (for unseen features),
/// and the share of its letters per script. Immutable once built; shared freely between threads.
struct LanguageModel: Sendable {
    /// One packed entry: language index (high byte) and quantised negative log-probability (low byte).
    typealias Entry = UInt16

    /// ISO 639-1 codes, in model order.
    let languages: [String]
    /// `logTotals[language * orderCount + order]`: natural log of the language's feature count for that order.
    let logTotals: [Float]
    /// `scriptShares[language * scriptCount + script]`: per cent of the language's letters in that script.
    let scriptShares: [UInt8]
    /// Feature hash → `(start << 8) | count` into `entries`.
    let index: [UInt32: UInt32]
    let entries: [Entry]

    static let orderCount = LanguageFeatures.maxOrder + 1
    static let scriptCount = WritingScript.allCases.count
    /// Log-probabilities are stored as `round(-log p * quantisationScale)`, capped at 255.
    static let quantisationScale: Float = 12

    init(languages: [String], logTotals: [Float], scriptShares: [UInt8], sortedKeys: [UInt32], entryCounts: [UInt8],
         entries: [Entry]) {
        self.languages = languages
        self.logTotals = logTotals
        self.scriptShares = scriptShares
        self.entries = entries
        var index = [UInt32: UInt32](minimumCapacity: sortedKeys.count)
        var start: UInt32 = 0
        for (key, count) in zip(sortedKeys, entryCounts) {
            index[key] = (start << 8) | UInt32(count)
            start += UInt32(count)
        }
        self.index = index
    }

    /// Calls `body(language, logProbability)` for every language that has the feature.
    @inline(__always)
    func forEachEntry(of hash: UInt32, _ body: (Int, Float) -> Void) {
        guard let packed = index[hash] else { return }
        let start = Int(packed >> 8)
        for entry in entries[start..<(start + Int(packed & 0xFF))] {
            body(Int(entry >> 8), -Float(entry & 0xFF) / Self.quantisationScale)
        }
    }

    static func quantise(logProbability: Double) -> UInt8 {
        UInt8(min(255, max(0, (-logProbability * Double(quantisationScale)).rounded())))
    }
}
