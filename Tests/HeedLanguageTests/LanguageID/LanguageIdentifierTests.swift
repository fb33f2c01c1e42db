import Foundation
import Testing
@testable import HeedLanguage

@Suite("Language identification with the bundled model")
struct LanguageIdentifierTests {
    let identifier: LanguageIdentifier

    init() throws {
        identifier = try LanguageIdentifier.bundled()
    }

    @Test("the bundled model loads and covers the 79 Leipzig languages")
    func bundledModelLoads() {
        #expect(identifier.languages.count == 79)
        for code in ["en", "vi", "lv", "ms", "id", "lt", "ja", "zh"] { #expect(identifier.languages.contains(code)) }
    }

    @Test("identifies sentences", arguments: [
        ("I would like to cancel my order, it has not arrived yet.", "en"),
        ("Tôi muốn hủy đơn hàng vì nó vẫn chưa được giao.", "vi"),
        ("Es gribu atcelt pasūtījumu, jo tas vēl nav piegādāts.", "lv"),
        ("Saya ingin membatalkan pesanan saya karena belum sampai.", "id"),
        ("Ich möchte meine Bestellung stornieren, sie ist noch nicht angekommen.", "de"),
        ("Je voudrais annuler ma commande, elle n'est pas encore arrivée.", "fr"),
        ("Noriu atšaukti užsakymą, nes jis dar neatvyko.", "lt"),
        ("Хочу отменить заказ, он до сих пор не пришёл.", "ru"),
    ])
    func sentences(text: String, code: String) {
        let guess = identifier.identify(text)
        #expect(guess.code == code)
        #expect(guess.confidence > 0.5)
    }

    @Test("identifies short phrases and single words", arguments: [
        ("thank you", "en"),
        ("where is my package", "en"),
        ("cảm ơn", "vi"),
        ("xin chào", "vi"),
        ("paldies", "lv"),
        ("kur ir mana paka", "lv"),
        ("dziękuję", "pl"),
    ])
    func shortInputs(text: String, code: String) {
        #expect(identifier.identify(text).code == code)
    }

    @Test("decides unique scripts directly and Kana versus Han")
    func scripts() {
        #expect(identifier.identify("สวัสดีครับ").code == "th")
        #expect(identifier.identify("안녕하세요").code == "ko")
        #expect(identifier.identify("Γεια σας").code == "el")
        #expect(identifier.identify("ありがとうございます").code == "ja")
        #expect(identifier.identify("谢谢你的帮助").code == "zh")
    }

    @Test("keeps Malay and Indonesian as the two leading candidates for Malay text")
    func malay() {
        let guess = identifier.identify("Saya mahu bercakap dengan pegawai khidmat pelanggan sekarang juga")
        #expect(Set(guess.alternatives.prefix(2).map(\.code)) == ["ms", "id"])
    }

    @Test("is unknown for text without letters", arguments: ["", "   ", "123 456", "2026-11-21", "!!!", "😀😀"])
    func unknown(text: String) {
        let guess = identifier.identify(text)
        #expect(guess.isUnknown)
        #expect(guess.confidence == 0)
    }

    @Test("alternatives are ranked and sum to at most one")
    func alternatives() {
        let guess = identifier.identify("terima kasih")
        #expect(Set(guess.alternatives.prefix(2).map(\.code)) == ["ms", "id"])
        #expect(zip(guess.alternatives, guess.alternatives.dropFirst()).allSatisfy { $0.probability >= $1.probability })
        #expect(guess.alternatives.map(\.probability).reduce(0, +) <= 1.0001)
    }

    @Test("a model survives a save and load round trip")
    func modelRoundTrip() throws {
        let reloaded = try LanguageIdentifier(modelData: identifier.modelData())
        #expect(reloaded.languages == identifier.languages)
        let text = "Labdien, man vajag palīdzību ar pasūtījumu"
        #expect(reloaded.identify(text) == identifier.identify(text))
    }

    @Test("rejects a file that is not a model")
    func rejectsGarbage() {
        #expect(throws: (any Error).self) { try LanguageIdentifier(modelData: Data("not a model".utf8)) }
    }
}

@Suite("Language model training")
struct LanguageModelTrainerTests {
    @Test("a model trained on a few sentences tells its languages apart")
    func trainsSmallModel() {
        let examples = [
            LabeledText(text: "the quick brown fox jumps over the lazy dog and the cat", label: "en"),
            LabeledText(text: "where is the order that I placed with the shop", label: "en"),
            LabeledText(text: "ātrā brūnā lapsa lec pāri slinkajam sunim un kaķim", label: "lv"),
            LabeledText(text: "kur ir pasūtījums, ko es veicu veikalā", label: "lv"),
        ]
        var trainer = LanguageModelTrainer()
        trainer.minimumCount = 1
        let identifier = trainer.train(examples)
        #expect(identifier.languages == ["en", "lv"])
        #expect(identifier.identify("the order").code == "en")
        #expect(identifier.identify("pasūtījums veikalā").code == "lv")
    }
}
