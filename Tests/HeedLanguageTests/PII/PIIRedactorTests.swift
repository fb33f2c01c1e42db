import Testing
@testable import HeedLanguage

@Suite("PII redaction")
struct PIIRedactorTests {
    let redactor = PIIRedactor()

    @Test("replaces each kind with a typed placeholder")
    func typedPlaceholders() {
        let text = "Mail a@b.com, call +371 2612 3456, card 4111111111111111, IBAN LV80BANK0000435195001, IP 10.0.0.1"
        let redacted = redactor.redact(text)
        #expect(redacted.text == "Mail [EMAIL_1], call [PHONE_1], card [CARD_1], IBAN [IBAN_1], IP [IP_1]")
    }

    @Test("the same value gets the same placeholder, a new value the next number")
    func stablePlaceholders() {
        let redacted = redactor.redact("a@b.com, A@B.com, c@d.org; +371 2612 3456 or +37126123456")
        #expect(redacted.text == "[EMAIL_1], [EMAIL_1], [EMAIL_2]; [PHONE_1] or [PHONE_1]")
    }

    @Test("restoring a redacted text gives the original back")
    func roundTrip() {
        let text = "Hi, I'm jan@example.lv, tel. +371 2612 3456, card 5555 5555 5555 4444."
        let redacted = redactor.redact(text)
        #expect(!redacted.text.contains("jan@example.lv"))
        #expect(redacted.map.restore(redacted.text) == text)
        #expect(redacted.map.restore("We will email [EMAIL_1].") == "We will email jan@example.lv.")
    }

    @Test("a map carried through a conversation keeps numbering across messages")
    func continuingMap() {
        let first = redactor.redact("a@b.com")
        let second = redactor.redact("c@d.com and a@b.com", continuing: first.map)
        #expect(second.text == "[EMAIL_2] and [EMAIL_1]")
        #expect(second.map.restore("[EMAIL_1] [EMAIL_2]") == "a@b.com c@d.com")
    }

    @Test("text without personal data is unchanged")
    func nothingToRedact() {
        let redacted = redactor.redact("Order #W1234567 arrived on 2026-11-21, thanks!")
        #expect(redacted.text == "Order #W1234567 arrived on 2026-11-21, thanks!")
        #expect(redacted.map.isEmpty)
    }
}
