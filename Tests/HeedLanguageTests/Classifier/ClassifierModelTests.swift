import Foundation
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

    @Test(arguments: [ClassifierModel.linearSVM, .softmaxRegression])
    func predictsTheIntentOfUnseenParaphrases(model: ClassifierModel) throws {
        let classifier = try Self.trained(model)

        #expect(classifier.predict("my card has still not arrived").top?.label == "card_arrival")
        #expect(classifier.predict("What's your EXCHANGE rate for euros?").top?.label == "exchange_rate")
        #expect(classifier.predict("I lost my card yesterday").top?.label == "lost_card")
    }

    @Test(arguments: [ClassifierModel.linearSVM, .softmaxRegression])
    func separatesEveryTrainingExample(model: ClassifierModel) throws {
        let classifier = try Self.trained(model)

        let evaluation = ClassificationEvaluation.evaluate(classifier, on: ClassifierFixture.examples)

        #expect(evaluation.accuracy == 1)
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
