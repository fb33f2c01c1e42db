import Foundation
import Testing
@testable import HeedLanguage

@Suite("Classifier model files")
struct ModelFileTests {
    @Test func saveAndLoadGiveIdenticalPredictions() throws {
        let classifier = try ClassifierFixture.trained(outOfScopeLabel: "oos")
        let url = ClassifierFixture.temporaryFile("model.heed")
        defer { try? FileManager.default.removeItem(at: url) }

        try classifier.save(to: url)
        let loaded = try TextClassifier.load(from: url)

        #expect(loaded.labels == classifier.labels)
        #expect(loaded.temperature == classifier.temperature)
        #expect(loaded.outOfScopeThreshold == classifier.outOfScopeThreshold)
        #expect(loaded.outOfScopeLabel == "oos")
        for text in ["where is my card", "exchange rate please", "tell me a joke", "", "🙂 Ünïcödé 東京"] {
            #expect(loaded.predict(text, topK: 4) == classifier.predict(text, topK: 4))
        }
    }

    @Test func modelBytesRoundTripWithoutAFile() throws {
        let classifier = try ClassifierFixture.trained(outOfScopeLabel: "oos")
        let loaded = try TextClassifier.load(modelData: classifier.modelData())
        #expect(loaded.labels == classifier.labels)
        #expect(loaded.predict("where is my card", topK: 4) == classifier.predict("where is my card", topK: 4))
        #expect(throws: ModelFileError.self) { try TextClassifier.load(modelData: Data("not a model".utf8)) }
    }

    @Test(arguments: [false, true])
    func featureSettingsSurviveTheRoundTrip(bothCharacterScopes: Bool) throws {
        var options = ClassifierFixture.options
        options.features.charNGramsAcrossWords = true
        options.features.charNGramsWithinWordsToo = bothCharacterScopes
        options.features.maxWordNGram = 3
        options.classBalancePower = 1
        let classifier = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        let loaded = try TextClassifier.deserialize(classifier.serialized())

        #expect(loaded.featureOptions == options.features)
        #expect(loaded.predict("my card is lost :(", topK: 4) == classifier.predict("my card is lost :(", topK: 4))
    }

    @Test(arguments: [(3, false), (0, true), (5, true)])
    func negationAndLexiconSettingsSurviveTheRoundTrip(negationScope: Int, lexiconPolarity: Bool) throws {
        var options = ClassifierFixture.options
        options.features.negationScope = negationScope
        options.features.lexiconPolarity = lexiconPolarity
        let classifier = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        let loaded = try TextClassifier.deserialize(classifier.serialized())

        #expect(loaded.featureOptions.negationScope == negationScope)
        #expect(loaded.featureOptions.lexiconPolarity == lexiconPolarity)
        #expect(loaded.predict("my card has not arrived, not great", topK: 4)
            == classifier.predict("my card has not arrived, not great", topK: 4))
    }

    @Test func versionTwoFilesLoadWithoutNegationOrLexiconFeatures() throws {
        var options = ClassifierFixture.options
        options.features.negationScope = 0
        options.features.lexiconPolarity = false
        let classifier = try TextClassifier.train(examples: ClassifierFixture.examples, options: options)

        let loaded = try TextClassifier.deserialize(classifier.serialized(version: 2))

        #expect(loaded.featureOptions.negationScope == 0)
        #expect(loaded.featureOptions.lexiconPolarity == false)
        for example in ClassifierFixture.devExamples {
            #expect(loaded.predict(example.text) == classifier.predict(example.text))
        }
    }

    @Test func bundledSentimentModelsStillLoad() throws {
        for code in ["lv", "id"] {
            let url = try #require(BundledResources.url(for: SentimentModels.fileName(for: code)))

            let classifier = try TextClassifier.load(from: url)

            #expect(Set(classifier.labels) == ["negative", "neutral", "positive"])
        }
    }

    @Test func anotherFormatVersionGivesAClearError() throws {
        var bytes = try ClassifierFixture.trained().serialized()
        bytes[8] = 99  // the little-endian format version follows the 8 magic bytes

        #expect(throws: ModelFileError.unsupportedVersion(found: 99, supported: TextClassifier.fileFormatVersion)) {
            try TextClassifier.deserialize(bytes)
        }
        let error = ModelFileError.unsupportedVersion(found: 99, supported: 1)
        #expect(error.description.contains("version 99"))
    }

    @Test func corruptedOrTruncatedFilesGiveClearErrors() throws {
        let bytes = try ClassifierFixture.trained().serialized()
        var corrupted = bytes
        corrupted[bytes.count / 2] ^= 0xFF
        let url = ClassifierFixture.temporaryFile("corrupted.heed")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(corrupted).write(to: url)

        #expect(throws: ModelFileError.checksumMismatch) { try TextClassifier.load(from: url) }
        #expect(throws: ModelFileError.truncated) { try TextClassifier.deserialize(Array(bytes.prefix(bytes.count - 10))) }
        #expect(throws: ModelFileError.truncated) { try TextClassifier.deserialize(Array(bytes.prefix(12))) }
        #expect(throws: ModelFileError.notAModelFile(expected: "Heed text classifier")) {
            try TextClassifier.deserialize(Array("text,label\nhello,greeting\n".utf8))
        }
        #expect(ModelFileError.checksumMismatch.description.contains("corrupted"))
    }
}
