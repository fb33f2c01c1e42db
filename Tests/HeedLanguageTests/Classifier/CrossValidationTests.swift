import Testing
@testable import HeedLanguage

@Suite("Cross-validation")
struct CrossValidationTests {
    @Test func foldsPartitionTheExamplesAndKeepLabelProportions() {
        let examples = ClassifierFixture.examples

        let folds = CrossValidation.folds(of: examples, k: 3)

        #expect(folds.count == 3)
        #expect(folds.flatMap { $0 }.sorted() == Array(examples.indices))
        for fold in folds {
            let labels = fold.map { examples[$0].label }
            for label in Set(examples.map(\.label)) {
                let total = examples.count { $0.label == label }
                #expect(abs(labels.count { $0 == label } * 3 - total) <= 3)
            }
        }
        #expect(CrossValidation.folds(of: examples, k: 3) == folds)
    }

    @Test func evaluatesEveryFoldOnExamplesItWasNotTrainedOn() throws {
        let result = try CrossValidation.evaluate(examples: ClassifierFixture.examples, options: ClassifierFixture.options, k: 3)

        #expect(result.folds.count == 3)
        #expect(result.folds.map(\.count).reduce(0, +) == ClassifierFixture.examples.count)
        #expect(result.accuracy > 0.5)
        #expect(result.accuracy <= 1)
    }
}

@Suite("Choosing settings by cross-validation")
struct CrossValidationChoiceTests {
    @Test func picksTheSettingsThatScoreBetterOnHeldOutFolds() throws {
        var useful = ClassifierFixture.options
        useful.features.maxCharNGram = 0
        useful.model = .linearSVM
        var useless = useful
        useless.features.maxWordNGram = 1
        useless.features.hashBits = 8
        useless.svmC = 1e-4  // so little room for the weights that every text gets the most common label

        let (best, results) = try CrossValidation.best(of: [useless, useful], examples: ClassifierFixture.examples)

        #expect(best == useful)
        #expect(results[1].accuracy > results[0].accuracy)
    }
}
