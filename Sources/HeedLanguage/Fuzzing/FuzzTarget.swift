/// One parser to fuzz: valid seed inputs and a function that must return (or throw) for any input, never trap.
public struct FuzzTarget: Sendable {
    public let name: String
    public let seeds: [String]
    public let run: @Sendable (String) -> Void

    public init(name: String, seeds: [String], run: @escaping @Sendable (String) -> Void) {
        self.name = name
        self.seeds = seeds
        self.run = run
    }

    /// Runs `count` inputs from `seed`; a trap ends the process (the test or benchmark fails).
    public func fuzz(count: Int, seed: UInt64) {
        var fuzzer = MutationFuzzer(seed: seed, seeds: seeds)
        for _ in 0..<count { run(fuzzer.next()) }
    }
}
