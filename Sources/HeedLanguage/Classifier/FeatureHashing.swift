/// Hash functions for feature hashing: FNV-1a over bytes with a 64-bit finaliser, and a combiner for n-grams.
enum FeatureHashing {
    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Hashes a string's UTF-8 bytes, seeded so feature groups do not share hashes.
    @inline(__always)
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var h = fnvOffset ^ seed
        for byte in text.utf8 {
            h = (h ^ UInt64(byte)) &* fnvPrime
        }
        return finalize(h)
    }

    /// Mixes one more value into a running hash.
    @inline(__always)
    static func combine(_ h: UInt64, _ value: UInt64) -> UInt64 {
        (h ^ (value &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2))) &* fnvPrime
    }

    /// The MurmurHash3 64-bit finaliser: spreads every input bit over the output.
    @inline(__always)
    static func finalize(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
