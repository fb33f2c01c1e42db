import Testing
@testable import HeedStore
// SCAFFOLD
@Test func loads() { #expect(Bool(true)) }
