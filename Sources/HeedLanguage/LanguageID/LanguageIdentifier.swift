import Foundation

/// Identifies the language of a text among the languages of its model (79 in the bundled one).
///
/// The script decides first (Thai, Greek, Hangul, Georgian, Armenian… each belong to one language; Kana means
/// Japanese); within a script, a naive Bayes model over character 1–5-grams and whole words chooses. Returns
/// `"unknown"` for text without letters or when no language is likely enough. Immutable and thread-safe.
public struct LanguageIdentifier: Sendable {
    let model: LanguageModel
    /// Weight of each feature order in the score (index 0 = whole words, 1…5 = character n-grams).
    public var orderWeights: [Float] = [1.5, 0.5, 0.8, 1.0, 1.0, 1.0]
    /// Pseudo-count given to a feature a language has never shown (smaller = harsher penalty).
    public var unseenPseudoCount: Float = 0.1
    /// Guesses below this probability are reported as unknown (0 = always guess when there are letters).
    public var minimumConfidence: Double = 0.0
    /// Softmax temperature per character position: naive Bayes counts overlapping n-grams as independent
    /// evidence, so raw scores are far too sure of themselves; dividing by this times the text length calibrates them.
    public var temperaturePerPosition: Float = 1.0
    /// How many candidates `identify` reports.
    public var alternativeCount = 5

    init(model: LanguageModel) {
        self.model = model
    }

    /// Loads a model file written by `heed nlu build-language-model`.
    public init(modelData: Data) throws {
        self.init(model: try LanguageModel(data: modelData))
    }

    /// The ISO 639-1 codes this identifier can return.
    public var languages: [String] { model.languages }

    /// The model file's bytes.
    public func modelData() -> Data { model.encoded() }

    /// The most likely language of `text`.
    public func identify(_ text: String) -> LanguageGuess {
        let features = LanguageFeatures(text)
        guard let script = features.dominantScript else { return .unknown() }
        let candidates = candidateLanguages(for: script, features: features)
        guard !candidates.isEmpty else { return .unknown() }
        if candidates.count == 1 {
            let share = Double(features.scriptCounts[Int(script.rawValue)]) / Double(features.letterCount)
            return guess(from: [(candidates[0], min(0.99, share))])
        }
        let scores = score(features, candidates: candidates)
        return guess(from: probabilities(scores, candidates: candidates, featureCount: features.hashes[1].count))
    }

    /// Languages that write `script` (Kana in the text narrows Han to the languages that use Kana).
    private func candidateLanguages(for script: WritingScript, features: LanguageFeatures) -> [Int] {
        let scripts = LanguageModel.scriptCount
        func share(_ language: Int, _ script: WritingScript) -> UInt8 {
            model.scriptShares[language * scripts + Int(script.rawValue)]
        }
        guard script == .han else { return model.languages.indices.filter { share($0, script) >= 2 } }
        // Japanese text almost always mixes in Kana; Han alone is Chinese.
        let hasKana = features.scriptCounts[Int(WritingScript.kana.rawValue)] > 0
        return model.languages.indices.filter { share($0, .han) >= 2 && (share($0, .kana) >= 2) == hasKana }
    }

    func score(_ features: LanguageFeatures, candidates: [Int]) -> [Float] {
        let languageCount = model.languages.count
        let orders = LanguageModel.orderCount
        let logPseudo = log(unseenPseudoCount)
        var scores = [Float](repeating: 0, count: languageCount)
        var unseen = [Float](repeating: 0, count: languageCount)
        for order in 0..<orders {
            let hashes = features.hashes[order]
            let weight = orderWeights[order]
            guard !hashes.isEmpty, weight != 0 else { continue }
            for language in candidates {
                unseen[language] = logPseudo - model.logTotals[language * orders + order]
                scores[language] += weight * Float(hashes.count) * unseen[language]
            }
            for hash in hashes {
                model.forEachEntry(of: hash) { language, logProbability in
                    scores[language] += weight * max(0, logProbability - unseen[language])
                }
            }
        }
        return scores
    }

    /// Softmax over the candidates' scores, flattened so that probabilities stay meaningful for long texts.
    private func probabilities(_ scores: [Float], candidates: [Int], featureCount: Int) -> [(Int, Double)] {
        let temperature = temperaturePerPosition * Float(max(1, featureCount))
        let best = candidates.map { scores[$0] }.max() ?? 0
        var exponentials = candidates.map { (language: $0, value: Double(exp((scores[$0] - best) / temperature))) }
        let sum = exponentials.reduce(0) { $0 + $1.value }
        for index in exponentials.indices { exponentials[index].value /= sum }
        return exponentials.sorted { $0.value > $1.value }.map { ($0.language, $0.value) }
    }

    private func guess(from ranked: [(Int, Double)]) -> LanguageGuess {
        let alternatives = ranked.prefix(alternativeCount).map {
            LanguageGuess.Candidate(code: model.languages[$0.0], probability: $0.1)
        }
        guard let top = alternatives.first, top.probability >= minimumConfidence else {
            return .unknown(alternatives: alternatives)
        }
        return LanguageGuess(code: top.code, confidence: top.probability, alternatives: alternatives)
    }
}
