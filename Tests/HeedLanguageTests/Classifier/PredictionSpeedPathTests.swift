import Foundation
import Testing
@testable import HeedLanguage

@Suite("Prediction with compact weights")
struct PredictionSpeedPathTests {
    @Test func eightBitWeightsScoreLikeTheExactWeights() throws {
        let classifier = try ClassifierFixture.trained()
        var scratch = FeatureHasher.Scratch()
        for text in ["when will my card arrive", "euro to dollar rate please", "someone stole my wallet"] {
            let vector = classifier.vectorizer.vector(for: text, scratch: &scratch)
            var exact = [Float](repeating: 0, count: classifier.labels.count)
            var weights = classifier.weights, bias = classifier.bias
            weights.withUnsafeMutableBufferPointer { w in
                bias.withUnsafeMutableBufferPointer { b in
                    exact.withUnsafeMutableBufferPointer { out in
                        LinearScorer.scores(rows: vector.rows, values: vector.values, weights: w, bias: b,
                                            classCount: classifier.labels.count, into: out)
                    }
                }
            }
            var compact = [Float](repeating: 0, count: classifier.labels.count)
            compact.withUnsafeMutableBufferPointer { classifier.scores(of: text, scratch: &scratch, into: $0) }

            let largest = exact.map(abs).max() ?? 1
            #expect(zip(exact, compact).allSatisfy { abs($0 - $1) <= 0.02 * largest })
            #expect(exact.indices.max { exact[$0] < exact[$1] } == compact.indices.max { compact[$0] < compact[$1] })
        }
    }

    @Test func concurrentPredictionsMatchSequentialOnes() async throws {
        let classifier = try ClassifierFixture.trained()
        let texts = ClassifierFixture.devExamples.map(\.text)
        let sequential = texts.map { classifier.predict($0).top?.label }

        let concurrent = await withTaskGroup(of: (Int, String?).self) { group in
            for round in 0..<8 {
                for (index, text) in texts.enumerated() {
                    group.addTask { (round * texts.count + index, classifier.predict(text).top?.label) }
                }
            }
            var labels: [Int: String?] = [:]
            for await (key, label) in group { labels[key] = label }
            return labels
        }

        for (key, label) in concurrent { #expect(label == sequential[key % texts.count]) }
    }
}

@Suite("Weight pruning")
struct WeightPruningTests {
    @Test func rowsWithOnlyTinyWeightsAreZeroedAndOthersKept() {
        var weights: [Float] = [1, -0.5, 0.001, -0.002, 0.3, 0.0]

        TextClassifier.prune(&weights, classCount: 2, below: 0.01)

        #expect(weights == [1, -0.5, 0, 0, 0.3, 0.0])
    }

    @Test func mildPruningKeepsThePredictions() throws {
        var options = ClassifierFixture.options
        options.weightPruning = 0
        let full = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)
        options.weightPruning = 0.02
        let pruned = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        for example in ClassifierFixture.devExamples {
            #expect(pruned.predict(example.text).top?.label == full.predict(example.text).top?.label)
        }
    }
}

@Suite("Character n-gram scopes")
struct CharacterScopeTests {
    static func characterBuckets(_ text: String, across: Bool, both: Bool) -> Set<UInt32> {
        var options = FeatureOptions()
        options.charNGramsAcrossWords = across
        options.charNGramsWithinWordsToo = both
        var scratch = FeatureHasher.Scratch()
        FeatureHasher(options: options).buckets(for: text, into: &scratch)
        return Set(scratch.chars)
    }

    @Test func bothScopesAddTextWideNGramsToThePerWordOnes() {
        let text = "not good :("
        let words = Self.characterBuckets(text, across: false, both: false)
        let wholeText = Self.characterBuckets(text, across: true, both: false)
        let both = Self.characterBuckets(text, across: true, both: true)

        #expect(words.isSubset(of: both))
        #expect(both.count > words.count)
        #expect(both.count > wholeText.count)
    }
}
