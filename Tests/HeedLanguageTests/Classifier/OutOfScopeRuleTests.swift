import Foundation
import Testing
@testable import HeedLanguage

@Suite("Out-of-scope rule")
struct OutOfScopeRuleTests {
    @Test func logOddsRuleFlagsOutOfScopeDevTextsAndSurvivesSaving() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "oos"
        options.outOfScopeRecallTarget = 1
        options.outOfScopeScores = [.logOddsAgainstOutOfScope]
        let classifier = try TextClassifier.train(
            examples: ClassifierFixture.examples, options: options, devExamples: ClassifierFixture.devExamples)

        let loaded = try TextClassifier.deserialize(classifier.serialized())
        let evaluation = ClassificationEvaluation.evaluate(loaded, on: ClassifierFixture.devExamples)

        #expect(loaded.outOfScopeScore == .logOddsAgainstOutOfScope)
        #expect(loaded.outOfScopeThreshold == classifier.outOfScopeThreshold)
        #expect(evaluation.outOfScopeRecall == 1)
        #expect(loaded.predict("my card has not arrived yet").label == "card_arrival")
    }

    @Test func tuningPicksTheScoreThatSeparatesBestOnDev() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "oos"
        options.outOfScopeRecallTarget = 1
        let classifier = try TextClassifier.train(
            examples: ClassifierFixture.examples, options: options, devExamples: ClassifierFixture.devExamples)
        let byKind = [OutOfScopeScore.topProbability, .logOddsAgainstOutOfScope].map { kind in
            let (_, threshold) = classifier.tunedOutOfScopeRule(
                on: ClassifierFixture.devExamples, outOfScopeLabel: "oos", recallTarget: 1, scores: [kind])
            return ClassificationEvaluation.evaluate(
                classifier.with(temperature: classifier.temperature, threshold: threshold, score: kind),
                on: ClassifierFixture.devExamples)
        }

        let chosen = ClassificationEvaluation.evaluate(classifier, on: ClassifierFixture.devExamples)

        #expect(chosen.outOfScopeRecall == 1)
        #expect(byKind.allSatisfy { ($0.inScopeAccuracy ?? 0) <= (chosen.inScopeAccuracy ?? 0) })
    }

    @Test func versionOneFilesStillLoadWithAProbabilityThreshold() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "oos"
        options.outOfScopeThreshold = 0.5
        options.features.negationScope = 0  // version 1 files have no negation or lexicon features
        options.features.lexiconPolarity = false
        let classifier = try TextClassifier.train(
            examples: ClassifierFixture.examples, options: options, devExamples: ClassifierFixture.devExamples)

        let loaded = try TextClassifier.deserialize(classifier.serialized(version: 1))

        #expect(loaded.outOfScopeScore == .topProbability)
        #expect(loaded.outOfScopeThreshold == 0.5)
        for example in ClassifierFixture.devExamples {
            #expect(loaded.predict(example.text) == classifier.predict(example.text))
        }
    }
}
