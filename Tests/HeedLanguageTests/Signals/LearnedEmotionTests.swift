import Testing
@testable import HeedLanguage

@Suite("Learned emotion model and emoji sentiment")
struct LearnedEmotionTests {
    let detector = SignalDetector()
    let cuesOnly = SignalDetector(sentimentModels: .bundled, emotionModels: .none)

    @Test func theIndonesianEmotionModelIsBundledWithItsLabelsAndServesMalayToo() throws {
        let models = EmotionModels.bundled

        #expect(Set(models.classifiers.keys) == ["id"])
        #expect(Set(try #require(models.classifiers["id"]).labels) == ["anger", "fear", "happy", "love", "sadness"])
        #expect(EmotionModels.modelLanguage["ms"] == "id")
    }

    @Test func angerWithoutAnyCuePhraseIsFoundByTheModelWithItsEvidence() {
        let text = "Pesanan saya sudah dua minggu belum sampai, pelayanan kalian benar-benar keterlaluan dan bikin emosi"

        let learned = detector.detect(text, language: "id")[.anger]
        let cues = cuesOnly.detect(text, language: "id")[.anger]

        #expect(learned.score >= 0.5)
        #expect(learned.score < 0.75, "the model alone stays below the default anger hand-off")
        #expect(learned.evidence.contains { $0.hasPrefix("learned emotion model: anger") })
        #expect(cues.score < 0.5)
    }

    @Test func happinessFeedsGratitude() {
        let signal = detector.detect("Barangnya sudah sampai, bagus sekali, saya senang banget sama pelayanannya",
                                     language: "id")[.gratitude]

        #expect(signal.score >= 0.8)
        #expect(signal.evidence.contains { $0.hasPrefix("learned emotion model: happy") })
    }

    @Test("plain questions get no learned emotion", arguments: [
        "Bagaimana cara mengganti alamat pengiriman saya?", "Berapa lama pengiriman ke Surabaya?",
    ])
    func questionsStayCalm(text: String) {
        let signals = detector.detect(text, language: "id")

        #expect(signals[.anger].score < 0.5)
        #expect(signals[.gratitude].score < 0.5)
        #expect(!signals.signals.flatMap(\.evidence).contains { $0.hasPrefix("learned emotion model") })
    }

    @Test func languagesWithoutAModelGetNoLearnedEmotion() {
        let signals = detector.detect("This is taking forever, I am so disappointed", language: "en")

        #expect(!signals.signals.flatMap(\.evidence).contains { $0.hasPrefix("learned emotion model") })
    }

    @Test func emojiCarrySentimentInAnyLanguageWhateverTheirSkinTone() {
        let hearts = detector.detect("😍😍")
        let thumbs = detector.detect("👍🏽")

        #expect(hearts.sentiment.label == .positive)
        #expect(hearts.sentiment.evidence.contains("😍"))
        #expect(thumbs.sentiment.label == .positive)
        #expect(detector.detect("😠😠").sentiment.label == .negative)
    }

    @Test func emojiLexiconKeysDropSelectorsAndSkinTones() {
        #expect(SignalResources.emojiLexiconKey("❤️") == "❤")
        #expect(SignalResources.emojiLexiconKey("👍🏿") == "👍")
        #expect(SignalResources.emojiLexiconKey("no emoji") == nil)
    }
}
