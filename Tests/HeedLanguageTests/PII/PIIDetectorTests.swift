import Testing
@testable import HeedLanguage

@Suite("PII detection")
struct PIIDetectorTests {
    let detector = PIIDetector()

    private func found(_ text: String) -> [(PIIKind, String)] {
        detector.matches(in: text).map { ($0.kind, $0.text) }
    }

    private func kinds(_ text: String) -> [PIIKind] { found(text).map(\.0) }

    @Test("finds e-mail addresses")
    func emails() {
        let matches = found("Write to anna.berzina+shop@example.co.uk. Or bob@mail.lv!")
        #expect(matches.map(\.1) == ["anna.berzina+shop@example.co.uk", "bob@mail.lv"])
        #expect(matches.allSatisfy { $0.0 == .email })
    }

    @Test("finds international and local phone numbers", arguments: [
        ("Call me on +371 2612 3456 please", "+371 2612 3456"),
        ("số điện thoại của tôi là 0912 345 678", "0912 345 678"),
        ("SĐT: 0912345678", "0912345678"),
        ("my number is (555) 123-4567", "(555) 123-4567"),
        ("reach me at 555-123-4567.", "555-123-4567"),
        ("hubungi saya 012-345 6789", "012-345 6789"),
        ("+84 (0) 912-345-678", "+84 (0) 912-345-678"),
        ("mans tālr. 26123456", "26123456"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
    ])
    func phones(text: String, expected: String) {
        #expect(found(text).map(\.1) == [expected])
        #expect(kinds(text) == [.phone])
    }

    @Test("finds Luhn-valid payment cards")
    func cards() {
        #expect(found("card 4111 1111 1111 1111 exp 12/27").map(\.1) == ["4111 1111 1111 1111", "12/27"])
        #expect(kinds("amex 3782-822463-10005") == [.paymentCard])
        #expect(kinds("5555555555554444") == [.paymentCard])
    }

    @Test("finds IBANs with a valid checksum, compact or grouped")
    func ibans() {
        #expect(found("IBAN: LV80BANK0000435195001").map(\.1) == ["LV80BANK0000435195001"])
        #expect(found("pay to DE89 3704 0044 0532 0130 00 today").map(\.1) == ["DE89 3704 0044 0532 0130 00"])
        #expect(kinds("GB82 WEST 1234 5698 7654 32") == [.iban])
    }

    @Test("finds IPv4 and IPv6 addresses")
    func ipAddresses() {
        #expect(found("from 192.168.1.20 and 2001:db8::8a2e:370:7334").map(\.1) == ["192.168.1.20", "2001:db8::8a2e:370:7334"])
        #expect(kinds("fe80:0000:0000:0000:0202:b3ff:fe1e:8329") == [.ipAddress])
    }

    @Test("finds US social security numbers in the dashed form")
    func nationalIDs() {
        #expect(kinds("SSN 123-45-6789") == [.nationalID])
        #expect(!kinds("SSN 000-45-6789").contains(.nationalID))
    }

    @Test("ignores look-alikes", arguments: [
        "card 4111 1111 1111 1112 is declined",          // fails Luhn
        "1234567812345678",                                // fails Luhn
        "delivered on 2026-11-21 at 10:30",
        "delivered on 21/11/2026",
        "delivered on 21.11.2026 14:05:33",
        "order #W1234567 shipped",
        "order ORD-2024-00017 shipped",
        "it cost $1,234.56 or 1.500.000 đ or 150.000.000 VND",
        "Total: 2 499 000 VND",
        "pay €1234567.89 now",
        "IBAN LV80BANK0000435195002",                     // wrong checksum
        "version 1.2.3 and 10:30:45",
        "tracking 1Z999AA10123456784",
        "I have 3 items, 12 34 56 in stock",
    ])
    func noFalsePositives(text: String) {
        #expect(found(text).isEmpty, "unexpected \(found(text))")
    }

    @Test("an e-mail wins over the digits inside it")
    func overlapsPreferEmail() {
        #expect(kinds("0912345678@example.com") == [.email])
    }

    @Test("reports UTF-8 offsets after non-ASCII text")
    func offsets() throws {
        let text = "Điện thoại: 0912 345 678"
        let match = try #require(detector.matches(in: text).first)
        #expect(String(text[match.range]) == "0912 345 678")
        #expect(Array(text.utf8)[match.utf8Offsets].count == 12)
    }
}
