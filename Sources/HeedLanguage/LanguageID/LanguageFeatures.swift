import Foundation

/// The features language identification reads from a text: hashed character n-grams of orders 1…5 over the
/// lower-cased letters (words padded with spaces), hashed whole words, and the count of letters per script.
/// Training and identification share this code, so the bundled model and the identifier always agree.
struct LanguageFeatures {
    /// Highest character n-gram order.
    static let maxOrder = 5
    /// Slot used for whole-word features (character orders are 1…maxOrder).
    static let wordOrder = 0
    /// Words longer than this (in scalars) are not used as whole-word features.
    static let maxWordLength = 24

    /// `hashes[order]` lists the feature hashes of that order (order 0 = whole words).
    var hashes: [[UInt32]] = Array(repeating: [], count: maxOrder + 1)
    /// Letters per script, indexed by `WritingScript.rawValue`.
    var scriptCounts = [Int](repeating: 0, count: WritingScript.allCases.count)
    /// Number of letters seen.
    var letterCount = 0

    init(_ text: String, maxCharacters: Int = 2_000) {
        // NFC so that decomposed input (common for Vietnamese) looks like the training text.
        var scalars: [UInt32] = [0x20]
        scalars.reserveCapacity(min(text.utf8.count, maxCharacters) + 2)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalars.count > maxCharacters { break }
            if let script = WritingScript(scalar) {
                scriptCounts[Int(script.rawValue)] += 1
                letterCount += 1
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(lower.value) }
            } else if (scalar == "'" || scalar == "\u{2019}"), scalars.last != 0x20 {
                scalars.append(0x27)
            } else if scalars.last != 0x20 {
                scalars.append(0x20)
            }
        }
        if scalars.last != 0x20 { scalars.append(0x20) }
        guard letterCount > 0 else { return }
        collectCharacterNGrams(scalars)
        collectWords(scalars)
    }

    private mutating func collectCharacterNGrams(_ scalars: [UInt32]) {
        for start in scalars.indices {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for order in 1...Self.maxOrder {
                let index = start + order - 1
                guard index < scalars.count else { break }
                hash = (hash ^ UInt64(scalars[index])) &* 0x100_0000_01B3
                // A lone space carries no information; n-grams are kept when they contain a letter.
                if order == 1, scalars[index] == 0x20 { continue }
                hashes[order].append(Self.finalize(hash, order: order))
            }
        }
    }

    private mutating func collectWords(_ scalars: [UInt32]) {
        var hash: UInt64 = 0x84222325_CBF29CE4
        var length = 0
        for scalar in scalars.dropFirst() {
            if scalar == 0x20 {
                if length > 0, length <= Self.maxWordLength {
                    hashes[Self.wordOrder].append(Self.finalize(hash, order: Self.wordOrder))
                }
                hash = 0x84222325_CBF29CE4
                length = 0
            } else {
                hash = (hash ^ UInt64(scalar)) &* 0x100_0000_01B3
                length += 1
            }
        }
    }

    private static func finalize(_ hash: UInt64, order: Int) -> UInt32 {
        var mixed = hash ^ (UInt64(order) &* 0x9E37_79B9_7F4A_7C15)
        mixed ^= mixed >> 33
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        return UInt32(truncatingIfNeeded: mixed)
    }

    /// The script most letters are written in, if any.
    var dominantScript: WritingScript? {
        guard letterCount > 0, let best = scriptCounts.indices.max(by: { scriptCounts[$0] < scriptCounts[$1] }) else {
            return nil
        }
        return WritingScript(rawValue: UInt8(best))
    }
}
