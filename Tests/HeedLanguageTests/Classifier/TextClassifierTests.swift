import Foundation
import Testing
@testable import HeedLanguage

@Suite("Text classifier")
struct TextClassifierTests {
    @Test func predictsTheIntentOfUnseenParaphrases() throws {
        let classifier = try ClassifierFixture.trained()

        let arrival = classifier.predict("my card has still not arrived", topK: 3)
        let rate = classifier.predict("What's your EXCHANGE rate for euros?", topK: 3)
        let lost = classifier.predict("I lost my card yesterday", topK: 3)

        #expect(arrival.top?.label == "card_arrival")
        #expect(rate.top?.label == "exchange_rate")
        #expect(lost.top?.label == "lost_card")
        #expect(arrival.ranked.count == 3)
    }

    @Test func probabilitiesAreRankedAndSumToOne() throws {
        let classifier = try ClassifierFixture.trained()
        let probabilities = classifier.probabilities(for: "when will my card arrive")
        let result = classifier.predict("when will my card arrive", topK: 10)

        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
        #expect(result.ranked.count == classifier.labels.count)
        #expect(zip(result.ranked, result.ranked.dropFirst()).allSatisfy { $0.probability >= $1.probability })
        #expect(classifier.temperature > 0)
    }

    @Test func outOfScopeTextsAreFlaggedWithAnOutOfScopeLabel() throws {
        let classifier = try ClassifierFixture.trained(outOfScopeLabel: "oos")

        let weather = classifier.predict("what will the weather be tomorrow")
        let joke = classifier.predict("tell me a funny joke please")
        let card = classifier.predict("where is my new card")

        #expect(weather.isOutOfScope)
        #expect(weather.label == "oos")
        #expect(joke.isOutOfScope)
        #expect(!card.isOutOfScope)
        #expect(card.label == "card_arrival")
    }

    @Test func aThresholdFlagsLowConfidenceTextsAsOutOfScope() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "none"
        options.outOfScopeThreshold = 0.99
        let inScopeOnly = ClassifierFixture.examples.filter { $0.label != "oos" }
        let classifier = try TextClassifier.train(examples: inScopeOnly, options: options)

        let result = classifier.predict("zebra quantum violin")

        #expect(result.isOutOfScope)
        #expect(result.label == "none")
        #expect(result.top != nil)
    }

    @Test func aRecallTargetTunesTheThresholdToCatchOutOfScopeDevTexts() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "oos"
        options.outOfScopeRecallTarget = 1
        let classifier = try TextClassifier.train(
            examples: ClassifierFixture.examples, options: options, devExamples: ClassifierFixture.devExamples)

        let evaluation = ClassificationEvaluation.evaluate(classifier, on: ClassifierFixture.devExamples)

        #expect(evaluation.outOfScopeRecall == 1)
    }

    @Test func evaluationReportsClincStyleFigures() throws {
        let classifier = try ClassifierFixture.trained(outOfScopeLabel: "oos")
        let evaluation = ClassificationEvaluation.evaluate(classifier, on: ClassifierFixture.devExamples)

        #expect(evaluation.count == 8)
        #expect(evaluation.accuracy >= 0.75)
        #expect(evaluation.inScopeAccuracy != nil)
        #expect(evaluation.outOfScopeRecall != nil)
    }

    @Test func evaluationMetricsFollowTheirDefinitions() {
        let evaluation = ClassificationEvaluation.evaluate(
            gold: ["a", "a", "b", "oos", "oos"], predicted: ["a", "oos", "b", "oos", "a"], outOfScopeLabel: "oos")

        #expect(evaluation.accuracy == 3.0 / 5.0)
        #expect(evaluation.inScopeAccuracy == 2.0 / 3.0)
        #expect(evaluation.outOfScopeRecall == 0.5)
        // F1: a = 2·1/(2+2) = 0.5, b = 1, oos = 2·1/(2+2) = 0.5.
        #expect(abs(evaluation.macroF1 - 2.0 / 3.0) < 1e-9)
    }

    @Test func trainingNeedsTwoLabels() {
        #expect(throws: TextClassifier.TrainingError.noExamples) { try TextClassifier.train(examples: []) }
        #expect(throws: TextClassifier.TrainingError.singleLabel("x")) {
            try TextClassifier.train(examples: [LabeledText(text: "a", label: "x"), LabeledText(text: "b", label: "x")])
        }
    }
}
