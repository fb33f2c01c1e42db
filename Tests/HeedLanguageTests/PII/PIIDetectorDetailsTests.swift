import Testing
@testable import HeedLanguage

@Suite("PII detection: card details, folded digits, national ids, names, addresses")
struct PIIDetectorDetailsTests {
    let detector = PIIDetector()

    private func found(_ text: String, knownNames: [String] = []) -> [(PIIKind, String)] {
        detector.matches(in: text, knownNames: knownNames).map { ($0.kind, $0.text) }
    }

    private func texts(_ text: String, _ kind: PIIKind) -> [String] {
        found(text).filter { $0.0 == kind }.map(\.1)
    }

    @Test("finds a card's expiry and security code after their words or right after the card", arguments: [
        "4111 1111 1111 1111, exp 12/27, CVV 123",
        "4111111111111111 12/27 123",
        "card 4111-1111-1111-1111 valid thru 12/27 cvc: 123",
        "số thẻ 4111 1111 1111 1111 hết hạn 12/27 mã bảo mật 123",
    ])
    func cardDetails(text: String) {
        #expect(found(text).map(\.0) == [.paymentCard, .cardExpiry, .cardSecurityCode])
        #expect(texts(text, .cardExpiry) == ["12/27"])
        #expect(texts(text, .cardSecurityCode) == ["123"])
    }

    @Test("security codes and expiry dates named in any of Heed's languages", arguments: [
        ("kod keselamatan: 789", PIIKind.cardSecurityCode, "789"),
        ("kode keamanan 4321", .cardSecurityCode, "4321"),
        ("drošības kods 321", .cardSecurityCode, "321"),
        ("exp. 03/2029", .cardExpiry, "03/2029"),
        ("derīga līdz 11/28", .cardExpiry, "11/28"),
    ])
    func namedDetails(text: String, kind: PIIKind, value: String) {
        #expect(texts(text, kind) == [value])
    }

    @Test("numbers that are not card details stay", arguments: [
        "I ordered 3 items for 123 dollars on 12/27",
        "my experience 12/27 was bad",
        "order VT-10030 arrived, 2 of 3 boxes",
        "expect 120 units",
    ])
    func notCardDetails(text: String) {
        #expect(texts(text, .cardSecurityCode).isEmpty)
        #expect(texts(text, .cardExpiry).isEmpty)
    }

    @Test("full-width and spaced-out digits are found and reported as written")
    func foldedDigits() {
        #expect(found("số điện thoại ０９１２３４５６７８ nhé").map(\.1) == ["０９１２３４５６７８"])
        #expect(found("số điện thoại ０９１２３４５６７８ nhé").map(\.0) == [.phone])
        #expect(texts("thẻ ４１１１ １１１１ １１１１ １１１１", .paymentCard) == ["４１１１ １１１１ １１１１ １１１１"])
        #expect(texts("card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", .paymentCard) == ["4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"])
        #expect(texts("call 0 9 1 2 3 4 5 6 7 8", .phone) == ["0 9 1 2 3 4 5 6 7 8"])
        let match = detector.matches(in: "gọi ０９１２３４５６７８").first
        #expect(match?.normalizedValue == "0912345678")
        #expect(match?.lastDigits(3) == "678")
    }

    @Test("national ids of Malaysia, Latvia, Vietnam and Indonesia", arguments: [
        ("MyKad 900101-14-5678", "900101-14-5678"),
        ("personas kods 010190-12349", "010190-12349"),
        ("jauns kods 321234-56789", "321234-56789"),
        ("CCCD: 001203004567", "001203004567"),
        ("NIK 3171234567890002", "3171234567890002"),
    ])
    func nationalIDs(text: String, expected: String) {
        #expect(texts(text, .nationalID) == [expected])
    }

    @Test("id-shaped numbers without their word or check digit are not national ids", arguments: [
        "order 001203004567", "ticket 3171234567890002", "010190-12345", "901301-14-5678",
    ])
    func notNationalIDs(text: String) {
        #expect(texts(text, .nationalID).isEmpty)
    }

    @Test("names where someone is introduced or addressed", arguments: [
        ("Hello, I am Linh Pham and my order is late", "Linh Pham"),
        ("my name is Anna Bērziņa", "Anna Bērziņa"),
        ("Chào chị Mai, em kiểm tra giúp chị nhé", "Mai"),
        ("tên tôi là Nguyễn Văn An", "Nguyễn Văn An"),
        ("nama saya Siti Aminah, pesanan saya belum sampai", "Siti Aminah"),
        ("Puan Aminah, terima kasih", "Aminah"),
        ("mani sauc Jānis Bērziņš", "Jānis Bērziņš"),
    ])
    func names(text: String, expected: String) {
        #expect(texts(text, .personName) == [expected])
    }

    @Test("capitalised words after 'I am' that are not names stay", arguments: [
        "I am Very upset about this", "I am looking for delivery times", "I'm Vietnamese, do you ship here?",
        "Where is my order?",
    ])
    func notNames(text: String) {
        #expect(texts(text, .personName).isEmpty)
    }

    @Test("a known name is found anywhere, in any case, as whole words")
    func knownNames() {
        let matches = found("thanks sarah! Sarahs are great. MITCHELL here", knownNames: ["Sarah Mitchell"])
        #expect(matches.filter { $0.0 == .personName }.map(\.1) == ["sarah", "MITCHELL"])
    }

    @Test("street addresses in English, Vietnamese, Malay/Indonesian and Latvian", arguments: [
        ("please ship to 221B Baker Street, London", "221B Baker Street"),
        ("giao đến số 12 đường Lê Lợi, Quận 1", "số 12 đường Lê Lợi"),
        ("địa chỉ 45 Nguyễn Huệ, Quận 1", "45 Nguyễn Huệ"),
        ("alamat saya Jalan Ampang 12, Kuala Lumpur", "Jalan Ampang 12"),
        ("kirim ke Jl. Sudirman No. 5", "Jl. Sudirman No. 5"),
        ("adrese Brīvības iela 12-5, Rīga", "Brīvības iela 12-5"),
    ])
    func addresses(text: String, expected: String) {
        #expect(texts(text, .streetAddress) == [expected])
    }

    @Test("places that are not street addresses stay", arguments: [
        "giao hàng đến thành phố Hồ Chí Minh mất bao lâu", "I bought 2 Galaxy Buds", "delivery to Riga takes 3 days",
    ])
    func notAddresses(text: String) {
        #expect(texts(text, .streetAddress).isEmpty)
    }
}
