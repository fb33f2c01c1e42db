import Foundation
import Synchronization
import Testing
@testable import HeedLanguage

@Suite("Classifier learning algorithms")
struct ClassifierModelTests {
    static func trained(_ model: ClassifierModel = .linearSVM, outOfScopeLabel: String? = nil) throws -> TextClassifier {
        var options = ClassifierFixture.options
        options.model = model
        options.outOfScopeLabel = outOfScopeLabel
        return try TextClassifier.train(examples: ClassifierFixture.examples, options: options,
                                        devExamples: ClassifierFixture.devExamples)
    }

    @Test(arguments: ClassifierModel.allCases)
    func predictsTheIntentOfUnseenParaphrases(model: ClassifierModel) throws {
        let classifier = try Self.trained(model)

        #expect(classifier.predict("my card has still not arrived").top?.label == "card_arrival")
        #expect(classifier.predict("What's your EXCHANGE rate for euros?").top?.label == "exchange_rate")
        #expect(classifier.predict("I lost my card yesterday").top?.label == "lost_card")
    }

    @Test(arguments: ClassifierModel.allCases)
    func separatesEveryTrainingExample(model: ClassifierModel) throws {
        let classifier = try Self.trained(model)

        let evaluation = ClassificationEvaluation.evaluate(classifier, on: ClassifierFixture.examples)

        #expect(evaluation.accuracy == 1)
    }

    @Test func naiveBayesScalingChangesTheWeightsAndSurvivesSaving() throws {
        var options = ClassifierFixture.options
        options.model = .linearSVM
        let plain = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)
        options.naiveBayesScaling = true
        let scaled = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        let loaded = try TextClassifier.deserialize(scaled.serialized())

        #expect(scaled.weights != plain.weights)
        #expect(ClassificationEvaluation.evaluate(scaled, on: ClassifierFixture.examples).accuracy == 1)
        for example in ClassifierFixture.devExamples {
            #expect(loaded.probabilities(for: example.text) == scaled.probabilities(for: example.text))
        }
    }

    @Test func ensembleIsOneLinearModelBetweenItsParts() throws {
        var options = ClassifierFixture.options
        options.model = .ensemble
        let ensemble = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)
        options.model = .linearSVM
        let svm = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        // Same features, so the same rows; the weights differ from the SVM's alone.
        #expect(ensemble.featureCount == svm.featureCount)
        #expect(ensemble.weights.count == svm.weights.count)
        #expect(ensemble.weights != svm.weights)
        #expect(ensemble.predict("please block my stolen card").top?.label == "lost_card")
    }

    @Test(arguments: ClassifierModel.allCases)
    func fittingProgressOnlyMovesForwardToItsTotal(model: ClassifierModel) throws {
        var options = ClassifierFixture.options
        options.model = model
        let steps = Mutex<[TrainingProgress]>([])

        _ = try TextClassifier.train(examples: ClassifierFixture.examples, options: options) { progress in
            if progress.phase == .fitting { steps.withLock { $0.append(progress) } }
        }

        let fitting = steps.withLock { $0 }
        let total = try #require(fitting.first?.total)
        #expect(fitting.allSatisfy { $0.total == total })
        #expect(zip(fitting, fitting.dropFirst()).allSatisfy { $0.completed < $1.completed })
        #expect(fitting.last?.completed == total)
    }

    @Test func svmGivesCalibratedProbabilitiesThatSurviveSaving() throws {
        let classifier = try Self.trained(outOfScopeLabel: "oos")
        let url = ClassifierFixture.temporaryFile("svm.model")
        defer { try? FileManager.default.removeItem(at: url) }

        try classifier.save(to: url)
        let loaded = try TextClassifier.load(from: url)
        let probabilities = loaded.probabilities(for: "tell me a joke about cards")

        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
        #expect(probabilities == classifier.probabilities(for: "tell me a joke about cards"))
        #expect(loaded.predict("recommend a pizza place").isOutOfScope)
    }
}
