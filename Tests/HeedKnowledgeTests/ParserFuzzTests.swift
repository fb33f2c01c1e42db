import HeedLanguage
import Testing

@testable import HeedKnowledge

/// Every text parser Heed owns survives malformed input: it returns or throws, never traps (a trap ends the test
/// run). Bounded here; `heed bench fuzz --seconds N` runs the same targets for longer.
@Suite("Parser fuzzing")
struct ParserFuzzTests {
    @Test("The fuzzer makes varied, reproducible inputs")
    func fuzzerVaries() {
        var first = MutationFuzzer(seed: 7, seeds: ["title,body\nA,B\n"])
        var again = MutationFuzzer(seed: 7, seeds: ["title,body\nA,B\n"])
        let inputs = (0..<500).map { _ in first.next() }
        #expect(inputs == (0..<500).map { _ in again.next() }, "the same seed replays the same inputs")
        #expect(Set(inputs).count > 300, "mutations differ: \(Set(inputs).count) distinct")
    }

    @Test("Importers and message scanners survive 3,000 malformed inputs each", arguments: ParserFuzzTargets.all.map(\.name))
    func survives(target name: String) throws {
        let target = try #require(ParserFuzzTargets.all.first { $0.name == name })
        target.fuzz(count: 3000, seed: 0x4845_4544)
    }
}
