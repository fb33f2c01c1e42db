import Foundation
import HeedTestSupport
import Testing
@testable import HeedLanguage

/// A stand-in encoder that knows meanings the lexical model cannot see: one axis per intent, set by words of that
/// intent in English, Indonesian or Vietnamese, plus a small constant axis.
private struct ConceptEncoder: SentenceEncoder {
    static let concepts: [[String]] = [
        ["card", "kartu", "thẻ", "arrive", "sampai", "delivered", "dikirim"],
        ["rate", "kurs", "tỷ giá", "convert", "currency"],
        ["lost", "stolen", "hilang", "dicuri", "mất", "bị đánh cắp", "missing"],
    ]
    let dimension = concepts.count + 1
    let modelIdentifier = "concept-test"

    func embedQueries(_ texts: [String]) -> [[Float]] { texts.map(vector) }
    func embedPassages(_ texts: [String]) -> [[Float]] { texts.map(vector) }

    private func vector(_ text: String) -> [Float] {
        let lowered = text.lowercased()
        var vector = Self.concepts.map { words in Float(words.count { lowered.contains($0) }) } + [0.5]
        // "lost"/"stolen" beat "card" when both are named: the card is the object, the loss the intent.
        if vector[2] > 0 { vector[0] *= 0.3 }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { $0 / norm }
    }
}

/// Another encoder's identity with the same dimension, for the mismatch check.
private struct OtherEncoder: SentenceEncoder {
    let dimension = ConceptEncoder.concepts.count + 1
    let modelIdentifier = "other-test"
    func embedQueries(_ texts: [String]) -> [[Float]] { ConceptEncoder().embedQueries(texts) }
    func embedPassages(_ texts: [String]) -> [[Float]] { ConceptEncoder().embedPassages(texts) }
}

@Suite("Text classifier fused with a sentence encoder")
struct FusedTextClassifierTests {
    /// Questions in languages the training data never uses: only the encoder can read them.
    static let foreignDev: [LabeledText] = [
        LabeledText(text: "kartu saya belum sampai", label: "card_arrival"),
        LabeledText(text: "thẻ của tôi chưa được giao", label: "card_arrival"),
        LabeledText(text: "berapa kurs hari ini", label: "exchange_rate"),
        LabeledText(text: "tỷ giá hôm nay là bao nhiêu", label: "exchange_rate"),
        LabeledText(text: "kartu saya hilang", label: "lost_card"),
        LabeledText(text: "thẻ bị đánh cắp", label: "lost_card"),
    ]

    static func fused(dev: [LabeledText] = ClassifierFixture.devExamples + foreignDev) throws -> FusedTextClassifier {
        try FusedTextClassifier.train(
            examples: ClassifierFixture.examples, options: ClassifierFixture.options, devExamples: dev, encoder: ConceptEncoder())
    }

    @Test func theMixtureReadsWhatOnlyTheEncoderUnderstands() throws {
        let model = try Self.fused()
        let lexicalOnly = ClassificationEvaluation.evaluate(model.lexical, on: Self.foreignDev)
        let results = try model.predict(Self.foreignDev.map(\.text), encoder: ConceptEncoder(), topK: 1)
        let fused = ClassificationEvaluation.evaluate(results: results, examples: Self.foreignDev, outOfScopeLabel: nil)
        #expect(model.denseShare > 0, "dev questions only the encoder reads must give it a share")
        #expect(fused.accuracy == 1, "fused: \(results.map { $0.top?.label ?? "-" })")
        #expect(lexicalOnly.accuracy < 0.7)
        // English stays right: the lexical half still counts.
        let english = try model.predict(["please block my lost card", "what is the exchange rate"], encoder: ConceptEncoder(), topK: 1)
        #expect(english.map { $0.top?.label } == ["lost_card", "exchange_rate"])
    }

    @Test func probabilitiesAreCalibratedDistributions() throws {
        let model = try Self.fused()
        for row in try model.probabilities(for: ["where is my card", "kurs", ""], encoder: ConceptEncoder()) {
            #expect(row.count == model.labels.count)
            #expect(abs(row.reduce(0, +) - 1) < 1e-4)
            #expect(row.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
    }

    @Test func withoutDevDataTheShareIsHalf() throws {
        let model = try FusedTextClassifier.train(
            examples: ClassifierFixture.examples, options: ClassifierFixture.options, encoder: ConceptEncoder())
        #expect(model.denseShare == 0.5)
        #expect(model.temperature == 1)
    }

    @Test func outOfScopeIsTunedOnTheMixture() throws {
        var options = ClassifierFixture.options
        options.outOfScopeLabel = "oos"
        let model = try FusedTextClassifier.train(
            examples: ClassifierFixture.examples, options: options, devExamples: ClassifierFixture.devExamples,
            encoder: ConceptEncoder())
        let results = try model.predict(["tell me a joke please", "when will my card arrive"], encoder: ConceptEncoder())
        #expect(results[0].isOutOfScope)
        #expect(results[0].label == "oos")
        #expect(!results[1].isOutOfScope)
        #expect(results[1].label == "card_arrival")
    }

    @Test func saveAndLoadGiveIdenticalPredictions() throws {
        let model = try Self.fused()
        let url = ClassifierFixture.temporaryFile("fused.heed")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.save(to: url)
        guard case .fused(let loaded) = try TrainedClassifier.load(from: url) else {
            Issue.record("a fused model file loaded as another kind")
            return
        }
        #expect(loaded.denseShare == model.denseShare)
        #expect(loaded.encoderIdentifier == "concept-test")
        let texts = ["kartu saya hilang", "where is my card", "", "🙂 Ünïcödé 東京"]
        #expect(try loaded.predict(texts, encoder: ConceptEncoder(), topK: 4) == model.predict(texts, encoder: ConceptEncoder(), topK: 4))
    }

    @Test func aLexicalFileStillLoadsThroughTheSameDoor() throws {
        let lexical = try ClassifierFixture.trained()
        guard case .lexical(let loaded) = try TrainedClassifier.load(modelData: lexical.modelData()) else {
            Issue.record("a lexical model file loaded as another kind")
            return
        }
        #expect(loaded.labels == lexical.labels)
        #expect(try TrainedClassifier.lexical(loaded).predict(["where is my card"], encoder: nil) == [lexical.predict("where is my card")])
    }

    @Test func damagedOrForeignFilesAreRefused() throws {
        var bytes = [UInt8](try Self.fused().modelData())
        bytes[bytes.count - 3] ^= 0xFF
        #expect(throws: ModelFileError.checksumMismatch) { try TrainedClassifier.load(modelData: Data(bytes)) }
        #expect(throws: ModelFileError.truncated) { try FusedTextClassifier.load(modelData: Data(bytes.prefix(40))) }
        #expect(throws: ModelFileError.self) { try FusedTextClassifier.load(modelData: Data("HEEDFUSE".utf8)) }
    }

    @Test func aFusedModelNeedsItsOwnEncoder() throws {
        let model = try Self.fused()
        #expect(throws: FusedClassifierError.encoderRequired("concept-test")) {
            try TrainedClassifier.fused(model).predict(["where is my card"], encoder: nil)
        }
        #expect(throws: FusedClassifierError.wrongEncoder(expected: "concept-test", found: "other-test")) {
            try model.predict(["where is my card"], encoder: OtherEncoder())
        }
    }

    @Test func theVectorCacheAnswersRepeatsWithoutTheModel() throws {
        final class CountingEncoder: SentenceEncoder, @unchecked Sendable {
            let dimension = 4, modelIdentifier = "concept-test"
            var embedded = 0
            func embedQueries(_ texts: [String]) -> [[Float]] { embedded += texts.count; return ConceptEncoder().embedQueries(texts) }
            func embedPassages(_ texts: [String]) -> [[Float]] { embedded += texts.count; return ConceptEncoder().embedPassages(texts) }
        }
        let counting = CountingEncoder()
        let url = ClassifierFixture.temporaryFile("vectors")
        defer { try? FileManager.default.removeItem(at: url) }
        let cache = VectorCacheEncoder(counting, file: url)
        let first = cache.embedQueries(["kartu saya hilang", "where is my card"])
        try cache.save(to: url)
        let reopened = VectorCacheEncoder(counting, file: url)
        #expect(reopened.count == 2)
        #expect(reopened.embedQueries(["where is my card", "kartu saya hilang"]) == [first[1], first[0]])
        #expect(counting.embedded == 2, "the reopened cache must not run the encoder again")
        _ = reopened.embedPassages(["where is my card"])
        #expect(counting.embedded == 3, "a passage is not the same input as a query")
    }

    @Test func thePretrainedEncoderReadsOtherLanguages() throws {
        let encoder = try EncoderWeights.encoder()
        let model = try FusedTextClassifier.train(
            examples: ClassifierFixture.examples, options: ClassifierFixture.options,
            devExamples: ClassifierFixture.devExamples + Self.foreignDev, encoder: encoder)
        let questions = [
            LabeledText(text: "kad saya masih belum tiba", label: "card_arrival"),  // Malay
            LabeledText(text: "karte vēl nav pienākusi", label: "card_arrival"),  // Latvian
            LabeledText(text: "dompet dan kartu saya dicuri", label: "lost_card"),
        ]
        let results = try model.predict(questions.map(\.text), encoder: encoder, topK: 1)
        let fused = ClassificationEvaluation.evaluate(results: results, examples: questions, outOfScopeLabel: nil)
        let lexical = ClassificationEvaluation.evaluate(model.lexical, on: questions)
        #expect(fused.accuracy > lexical.accuracy, "fused \(results.map { $0.top?.label ?? "-" })")
        #expect(fused.accuracy >= 2.0 / 3)
    }
}
