import Testing
@testable import HeedServer
// SCAFFOLD
@Test func loads() { #expect(Bool(true)) }
