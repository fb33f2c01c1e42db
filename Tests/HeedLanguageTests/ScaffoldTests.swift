import Testing
@testable import HeedLanguage
// SCAFFOLD: replaced by real tests.
@Test func modelFormatVersionIsPositive() { #expect(HeedLanguage.modelFormatVersion > 0) }
