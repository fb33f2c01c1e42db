import Testing
@testable import HeedCore
// SCAFFOLD
@Test func loads() { #expect(Bool(true)) }
