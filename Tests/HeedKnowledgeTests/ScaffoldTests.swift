import Testing
@testable import HeedKnowledge
// SCAFFOLD: replaced by real tests.
@Test func moduleLoads() { #expect(Bool(true)) }
