/// Makes endless malformed variations of valid inputs — bytes flipped, spans cut, doubled or swapped between
/// seeds, troublesome characters inserted — from a fixed seed, so a failure can be replayed. For the parsers'
/// fuzz tests and `heed bench fuzz`.
public struct MutationFuzzer: Sendable {
    private var state: UInt64
    private let seeds: [[UInt8]]
    /// Characters parsers trip over: quotes, separators, brackets, markup, line ends, NUL, invalid UTF-8, emoji,
    /// combining marks, right-to-left marks, very long runs.
    private static let tokens: [[UInt8]] = [
        "\"", "\"\"", ",", ";", "\t", "\r\n", "\n\n", "\r", "\u{0}", "{", "}", "[", "]", ":", "\\", "\\u", "\\ud800",
        "<", ">", "</", "<!--", "-->", "<script>", "&", "&#x", "#", "---", "```", "*", "|", "1e309", "-0", "null",
        "true", "😀", "\u{301}", "\u{200F}", "\u{FEFF}", "ﬀ", String(repeating: "a", count: 5000),
        String(repeating: "{\"a\":", count: 200), String(repeating: "[", count: 300),
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    /// A fuzzer over `seeds` (valid inputs), reproducible from `seed`.
    public init(seed: UInt64, seeds: [String]) {
        self.state = seed &+ 0x9E37_79B9_7F4A_7C15
        self.seeds = seeds.isEmpty ? [[]] : seeds.map { Array($0.utf8) }
    }

    /// The next input: one to four mutations of a seed, decoded leniently as UTF-8.
    public mutating func next() -> String {
        var bytes = seeds[random(seeds.count)]
        for _ in 0...random(4) { mutate(&bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = bytes.isEmpty ? 0 : random(bytes.count + 1)
        switch random(7) {
        case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << random(8))
        case 1: bytes.insert(contentsOf: Self.tokens[random(Self.tokens.count)], at: position)
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + random(64))
            bytes.removeSubrange(min(position, end)..<end)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + random(256))
            bytes.insert(contentsOf: bytes[min(position, end)..<end], at: position)
        case 4:
            let other = seeds[random(seeds.count)]
            bytes = Array(bytes.prefix(position)) + other.suffix(other.isEmpty ? 0 : random(other.count + 1))
        case 5: bytes = Array(bytes.prefix(position))
        default: bytes.insert(UInt8(truncatingIfNeeded: random(256)), at: position)
        }
    }

    /// SplitMix64: a uniform number in `0..<bound`.
    private mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
