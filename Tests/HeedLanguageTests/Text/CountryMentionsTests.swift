import Testing
@testable import HeedLanguage

@Suite("Country mentions")
struct CountryMentionsTests {
    @Test("countries named by name, city or region, in five languages and Latvian case forms", arguments: [
        ("How long until it reaches me in Kuala Lumpur?", "MY"),
        ("bila barang sampai kl ye?", "MY"),
        ("Giao hàng ra Đà Nẵng mất mấy ngày?", "VN"),
        ("ship về TP.HCM bao lâu", "VN"),
        ("Cik ilgi notiek piegāde uz Latviju?", "LV"),
        ("Dzīvoju Rīgā", "LV"),
        ("Vai piegādājat uz Malaiziju?", "MY"),
        ("Pengiriman ke Surabaya berapa hari?", "ID"),
        ("I'm in Singapore", "SG"),
    ])
    func named(text: String, code: String) {
        #expect(CountryMentions(text).codes == [code], "\(text)")
    }

    @Test("everyday words that look like place names are not countries", arguments: [
        "Where is my order?", "Anh ơi cho em hỏi", "This is a rigorous process", "Mỹ phẩm có được đổi trả không?",
        "Tôi ở Huế",
    ])
    func notNamed(text: String) {
        #expect(CountryMentions(text).codes.isEmpty, "\(text)")
    }

    @Test("several countries in one text, and the market a language implies")
    func severalAndMarket() {
        #expect(CountryMentions("Latvia: 2–4 days. Malaysia and Vietnam: 3–5 days.").codes == ["LV", "MY", "VN"])
        #expect(CountryMentions.market(ofLanguage: "vi") == "VN")
        #expect(CountryMentions.market(ofLanguage: "en") == nil)
    }
}
