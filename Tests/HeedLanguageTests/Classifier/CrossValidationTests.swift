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
