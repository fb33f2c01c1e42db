import Foundation
import Testing
@testable import HeedLanguage

@Suite("Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    private func texts(_ text: String) -> [String] { tokenizer.tokens(in: text).map(\.text) }

    @Test func emptyAndBlankTextGiveNoTokens() {
        #expect(tokenizer.tokens(in: "").isEmpty)
        #expect(tokenizer.tokens(in: " \n\t ...!!").isEmpty)
    }

    @Test func wordsAreCaseFoldedAndApostrophesInsideWordsKept() {
        #expect(texts("I DON'T know, it's Bob’s card!") == ["i", "don't", "know", "it's", "bob's", "card"])
        #expect(texts("'quoted' words") == ["quoted", "words"])
    }

    @Test func nfkcFoldsCompatibilityForms() {
        // Full-width letters and the "ﬁ" ligature become plain letters.
        #expect(texts("ＡＢＣ ﬁle") == ["abc", "file"])
    }

    @Test func numbersUrlsAndEmailsAreSingleTokens() {
        let tokens = tokenizer.tokens(in: "Pay 1,000.50 at 12:30 via https://heed.io/pay?x=1, or mail Support.Team@Example.co.uk.")
        #expect(tokens.contains(Token(text: "1,000.50", kind: .number)))
        #expect(tokens.contains(Token(text: "12:30", kind: .number)))
        #expect(tokens.contains(Token(text: "https://heed.io/pay?x=1", kind: .url)))
        #expect(tokens.contains(Token(text: "support.team@example.co.uk", kind: .email)))
        #expect(tokens.contains(Token(text: "www.example.com/a", kind: .url)) == false)
        #expect(texts("see www.example.com/a).") == ["see", "www.example.com/a"])
    }

    @Test func emojiWithZWJAndSkinTonesAreSingleTokens() {
        let family = "👨‍👩‍👧‍👦"
        let thumbs = "👍🏽"
        let tokens = tokenizer.tokens(in: "great\(thumbs)\(family) ❤️ 🇱🇻")
        #expect(tokens.map(\.kind) == [.word, .emoji, .emoji, .emoji, .emoji])
        #expect(tokens[1].text == thumbs)
        #expect(tokens[1].folded == "👍")
        #expect(tokens[2].text == family)
        #expect(tokens[4].text == "🇱🇻")
    }

    @Test func cjkAndThaiRunsBecomeOverlappingBigrams() {
        let japanese = tokenizer.tokens(in: "東京タワー")
        #expect(japanese.map(\.text) == ["東京", "京タ", "タワ", "ワー"])
        #expect(japanese.allSatisfy { $0.kind == .cjk })
        #expect(texts("中") == ["中"])
        #expect(texts("한국어 ok") == ["한국", "국어", "ok"])
        // Thai vowel marks stay attached to their consonant.
        let thai = tokenizer.tokens(in: "สวัสดี ที่นี่")
        #expect(thai.map(\.text) == ["สวั", "วัส", "สดี", "ที่นี่"])
        #expect(thai.allSatisfy { $0.kind == .cjk })
    }

    @Test func mixedScriptsSplitAtScriptBoundaries() {
        #expect(texts("iPhone15を買った Привет, мир") == ["iphone15", "を買", "買っ", "った", "привет", "мир"])
    }

    @Test func diacriticsAreFoldedForVietnameseAndLatvian() {
        let vietnamese = tokenizer.tokens(in: "Đường phố Hà Nội rất đẹp, ơn")
        #expect(vietnamese.map(\.folded) == ["duong", "pho", "ha", "noi", "rat", "dep", "on"])
        #expect(vietnamese.first?.text == "đường")
        let latvian = tokenizer.tokens(in: "Ļoti garšīgs ēdiens, paldies!")
        #expect(latvian.map(\.folded) == ["loti", "garsigs", "ediens", "paldies"])
        #expect(tokenizer.tokens(in: "plain").first?.folded == "plain")
    }

    @Test func foldDiacriticsMapsStrokeLetters() {
        #expect(TextNormalizer.foldDiacritics("Łódź Øre Straße æble") == "Lodz Ore Strasse aeble")
        #expect(TextNormalizer.foldDiacritics("ภาษาไทย") == "ภาษาไทย")
        #expect(TextNormalizer.normalize("ΟΔΟΣ Straße") == "οδοσ straße")
    }

    @Test func invalidUTF8InputDoesNotBreakTokenisation() {
        let bytes: [UInt8] = [0x68, 0x69, 0xFF, 0xFE, 0x20, 0xC3, 0x28, 0x77, 0x6F, 0x72, 0x6C, 0x64, 0xE2, 0x82]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(texts(text) == ["hi", "world"])
    }

    @Test func largeTextIsTokenisedQuickly() {
        let sentence = "Héllo wörld 👍🏽 東京タワー https://x.io/a mail@x.io 12.5 "
        let text = String(repeating: sentence, count: 100_000 / sentence.utf8.count + 1)
        let clock = ContinuousClock()
        var tokens: [Token] = []
        let elapsed = clock.measure { tokens = tokenizer.tokens(in: text) }
        #expect(tokens.count > 10_000)
        #expect(elapsed < .seconds(5))
    }

    @Test func pathologicalInputsFinish() {
        let inputs = [
            String(repeating: "@", count: 5000), String(repeating: "a@b.", count: 2000),
            String(repeating: "https://", count: 2000), String(repeating: "\u{0301}", count: 3000),
            String(repeating: "\u{200D}", count: 3000), String(repeating: "1.", count: 3000), "🏽🏽\u{FE0F}\u{200D}",
        ]
        for input in inputs {
            _ = tokenizer.tokens(in: input)
        }
        #expect(texts(String(repeating: "1.", count: 3)) == ["1.1.1"])
    }
}
