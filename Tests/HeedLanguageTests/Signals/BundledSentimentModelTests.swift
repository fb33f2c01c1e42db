import Foundation
import Testing
@testable import HeedLanguage

@Suite("Bundled sentiment models")
struct BundledSentimentModelTests {
    @Test func latvianAndIndonesianModelsLoadWithTheirSentimentLabels() throws {
        let models = SentimentModels.bundled

        #expect(Set(models.classifiers.keys) == ["lv", "id"])
        for (_, classifier) in models.classifiers {
            #expect(Set(classifier.labels) == ["negative", "neutral", "positive"])
            #expect(classifier.featureCount > 0)
        }
    }

    @Test func bundledModelsGiveProbabilitiesForMessages() throws {
        let models = SentimentModels.bundled

        let latvian = try #require(models.probabilities("Paldies, ļoti garšīgas pusdienas!", language: "lv"))
        let malay = try #require(models.probabilities("pelayanan sangat buruk dan lambat", language: "ms"))

        #expect(abs(latvian.negative + latvian.neutral + latvian.positive - 1) < 1e-3)
        #expect(malay.negative > malay.positive)
    }
}
