import Foundation

/// Builds a ``LanguageIdentifier`` model from labelled texts (ISO 639-1 code per text): counts character
/// n-grams and words per language, keeps the most frequent ones per order within a size budget, and stores
/// quantised log-probabilities. Deterministic: the same texts give a byte-identical model file.
public struct LanguageModelTrainer: Sendable {
    /// How many features of each order (index 0 = whole words, 1…5 = character n-grams) each language keeps.
    public var featuresPerLanguage: [Int] = [3_000, 1_000, 2_500, 4_000, 4_000, 3_000]
    /// Features seen fewer times than this in a language are dropped.
    public var minimumCount = 2

    /// A trainer with the default budget (a model of about 3 MB for 79 languages).
    public init() {}

    /// Trains on `examples`; only labels in `languages` are kept (all labels when nil), in that order.
    public func train(_ examples: [LabeledText], languages: [String]? = nil) -> LanguageIdentifier {
        LanguageIdentifier(model: buildModel(examples, languages: languages))
    }

    /// Trains on `examples` and returns the model file's bytes (the format ``LanguageIdentifier/init(modelData:)`` reads).
    public func modelData(_ examples: [LabeledText], languages: [String]? = nil) -> Data {
        buildModel(examples, languages: languages).encoded()
    }

    func buildModel(_ examples: [LabeledText], languages: [String]?) -> LanguageModel {
        let codes = languages ?? Array(Set(examples.map(\.label))).sorted()
        precondition(codes.count < 256, "at most 255 languages")
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let orders = LanguageModel.orderCount
        let scripts = LanguageModel.scriptCount
        var counts = [[[UInt32: Int]]](repeating: Array(repeating: [:], count: orders), count: codes.count)
        var scriptLetters = [[Int]](repeating: Array(repeating: 0, count: scripts), count: codes.count)

        for example in examples {
            guard let language = position[example.label] else { continue }
            let features = LanguageFeatures(example.text, maxCharacters: Int.max)
            for order in 0..<orders {
                for hash in features.hashes[order] { counts[language][order][hash, default: 0] += 1 }
            }
            for script in 0..<scripts { scriptLetters[language][script] += features.scriptCounts[script] }
        }

        var logTotals = [Float](repeating: 0, count: codes.count * orders)
        var entriesByKey: [UInt32: [LanguageModel.Entry]] = [:]
        for language in codes.indices {
            for order in 0..<orders {
                let table = counts[language][order]
                let total = max(1, table.values.reduce(0, +))
                logTotals[language * orders + order] = Float(log(Double(total)))
                let kept = table.filter { $0.value >= minimumCount }
                    .sorted { ($0.value, $0.key) > ($1.value, $1.key) }
                    .prefix(featuresPerLanguage[order])
                for (key, count) in kept {
                    let quantised = LanguageModel.quantise(logProbability: log(Double(count) / Double(total)))
                    entriesByKey[key, default: []].append(LanguageModel.Entry(language) << 8 | LanguageModel.Entry(quantised))
                }
            }
        }

        var shares = [UInt8](repeating: 0, count: codes.count * scripts)
        for language in codes.indices {
            let letters = max(1, scriptLetters[language].reduce(0, +))
            for script in 0..<scripts {
                let perCent = (Double(scriptLetters[language][script]) * 100 / Double(letters)).rounded(.up)
                shares[language * scripts + script] = UInt8(min(100, perCent))
            }
        }

        let sortedKeys = entriesByKey.keys.sorted()
        var entries: [LanguageModel.Entry] = []
        var entryCounts: [UInt8] = []
        for key in sortedKeys {
            // The same hash can come from two orders (a collision); keep one entry per language.
            var seen = Set<LanguageModel.Entry>()
            let list = (entriesByKey[key] ?? []).sorted().filter { seen.insert($0 >> 8).inserted }.prefix(255)
            entries += list
            entryCounts.append(UInt8(list.count))
        }
        return LanguageModel(languages: codes, logTotals: logTotals, scriptShares: shares, sortedKeys: sortedKeys,
                             entryCounts: entryCounts, entries: entries)
    }
}
